"""The one place where captured text is made safe for XML, reportlab markup and HTML."""

from __future__ import annotations

import html
import re

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


def chunks(text: str, size: int = 1500) -> list[str]:
    """Very long text cut into pieces of at most `size` characters, at a newline or space when possible.

    Reportlab re-wraps the rest of a paragraph at every page split, and words wider than the line make
    that slow; laying out bounded pieces keeps a 100,000-character item linear.
    """
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind("\n", size // 2, size)
        if cut < 0:
            cut = text.rfind(" ", size // 2, size)
        cut = cut + 1 if cut >= 0 else size
        pieces.append(text[:cut].rstrip("\n"))
        text = text[cut:]
    pieces.append(text)
    return pieces


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
