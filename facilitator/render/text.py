"""The one place where captured text is made safe for XML, reportlab markup and HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

# XML 1.0 forbids C0 controls except tab/newline/CR, lone surrogates and U+FFFE/U+FFFF; C1 controls are
# invisible garbage from copy-paste. CR is normalised to a newline before this runs.
_INVALID = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?|[\x85\u2028\u2029]")


def clean(text: str | None) -> str:
    """Text with newlines normalised and every code point that XML or a PDF cannot hold removed."""
    if not text:
        return ""
    return _INVALID.sub("", _NEWLINES.sub("\n", str(text)))


def one_line(text: str | None) -> str:
    """Clean text on one line, for document properties and footers."""
    return " ".join(clean(text).split())


def wrap_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy line breaking of plain text as a paragraph would do it, given each word's printed width.

    Very long text is laid out one line per paragraph from these (see pdf.long_text), so the pieces
    meet where a line ends anyway and the reader sees one seamless paragraph.
    """
    space = measure(" ")
    widths: dict[str, float] = {}
    lines: list[str] = []
    for part in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in part.split():
            w = widths.get(word)
            if w is None:
                w = widths[word] = measure(word)
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0.0) + w
            line.append(word)
        lines.append(" ".join(line))
    return lines


_LONG_WORD = re.compile(r"\S{61,}")


def break_long_words(text: str, limit: int = 60) -> str:
    """Words longer than `limit` (URLs, pasted garbage) get line breaks every `limit` characters.

    Reportlab measures an over-long word character by character in pure Python; pre-breaking keeps
    pathological input fast and prints it the same way splitLongWords would.
    """

    def cut(match: re.Match[str]) -> str:
        word = match.group(0)
        return "\n".join(word[i : i + limit] for i in range(0, len(word), limit))

    return _LONG_WORD.sub(cut, text)


def pdf_markup(text: str | None) -> str:
    """Reportlab Paragraph markup that prints `text` literally, with its newlines as line breaks."""
    escaped = break_long_words(clean(text)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\t", "    ").replace("\n", "<br/>")


def html_text(text: str | None) -> str:
    """HTML that prints `text` literally, with its newlines as line breaks."""
    return html.escape(clean(text), quote=True).replace("\n", "<br>")
