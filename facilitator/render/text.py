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


def pdf_markup(text: str | None) -> str:
    """Reportlab Paragraph markup that prints `text` literally, with its newlines as line breaks."""
    escaped = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\t", "    ").replace("\n", "<br/>")


def html_text(text: str | None) -> str:
    """HTML that prints `text` literally, with its newlines as line breaks."""
    return html.escape(clean(text), quote=True).replace("\n", "<br>")
