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


# Polish typography keeps a year with its "r." and "nr" with its number: "2026 r." and "nr 1" never break across
# lines (a lone "r." or "1" opening a narrow table cell's line reads as a mistake). No-break spaces do it in DOCX and
# PDF alike (reportlab breaks a line at every space but U+00A0); the layout below splits words the same way.
_BOUND = re.compile(r"(?<=\d) (?=r\.)|(?<=\b[Nn]r) (?=\d)")
_BREAKABLE = re.compile("[^\\S\u00a0]+")


def bound(text: str | None) -> str:
    """Clean text whose "2026 r." and "nr 1" keep together, for table cells."""
    return _BOUND.sub("\u00a0", clean(text))


def words(text: str) -> list[str]:
    """The text's words as a line may be broken between them: at whitespace other than a no-break space."""
    return [word for word in _BREAKABLE.split(text) if word]


def one_line(text: str | None) -> str:
    """Clean text on one line, for document properties and footers."""
    return " ".join(clean(text).split())


def wrap_lines(text: str, width: float, measure: Callable[[str], float], hyphens: bool = False) -> list[str]:
    """Greedy line breaking of plain text as a paragraph would do it, given each word's printed width.

    Very long text is laid out one line per paragraph from these (see pdf.long_text), so the pieces
    meet where a line ends anyway and the reader sees one seamless paragraph. A word wider than the
    line is cut where the line is full, as reportlab's splitLongWords does; with `hyphens` a line may
    also end after a hyphen inside a word ("wykluczeniu-|społecznemu"), as in table cells.
    """
    space = measure(" ")
    widths: dict[str, float] = {}
    lines: list[str] = []
    for part in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for whole in words(part):
            spaced = True  # the word's first piece follows a space; its other pieces follow without one
            for segment in _HYPHENATED.findall(whole) if hyphens and "-" in whole else (whole,):
                for word in _fitting(segment, width, measure, widths):
                    w = widths.get(word)
                    if w is None:
                        w = widths[word] = measure(word)
                    gap = space if spaced and line else 0.0
                    if line and used + gap + w > width:
                        lines.append("".join(line))
                        line, used, gap = [], 0.0, 0.0
                    used += gap + w
                    line.append((" " if gap else "") + word)
                    spaced = False
        lines.append("".join(line))
    return lines


_HYPHENATED = re.compile(r"[^-]+-+|[^-]+|-+")  # the pieces of a word after whose hyphens a line may end


def _fitting(word: str, width: float, measure: Callable[[str], float], cache: dict[str, float]) -> list[str]:
    """The word, or its pieces that each fit on a line when it is wider than one (at least a letter each)."""
    if word in cache and cache[word] <= width:
        return [word]
    total = cache[word] = measure(word)
    if total <= width:
        return [word]
    pieces, start, used = [], 0, 0.0
    for i, char in enumerate(word):
        w = cache.get(char)
        if w is None:
            w = cache[char] = measure(char)
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


WORD_PIECE = 60  # characters; a longer unbroken word is broken every WORD_PIECE characters
_LONG_WORD = re.compile(r"\S{" + str(WORD_PIECE + 1) + ",}")


def break_long_words(text: str, limit: int = WORD_PIECE) -> str:
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
