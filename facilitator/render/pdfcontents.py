"""A table of contents laid out in one pass: its page numbers are drawn when the document is saved.

reportlab's own table of contents needs the document laid out twice (multiBuild: once to learn the pages, once to
print them), and layout is most of a long report's time. Here the entries are known before layout (the summary's
headings), each entry's line ends where its dots and number will go, and the pages held back by the numbering
canvas get them at save, when every heading's page is known.
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from facilitator.render.text import pdf_markup

DOT = " . "
WIDEST = "999"  # the link area of a page number


@dataclass
class PageNumbers:
    """Where each heading landed (filled while laying out) and where the contents want their numbers."""

    pages: dict[str, int] = field(default_factory=dict)
    slots: dict[int, list[tuple[float, float, float, str, ParagraphStyle]]] = field(default_factory=dict)

    def slot(self, canvas: Canvas, style: ParagraphStyle, key: str, width: float) -> None:
        """Remember where the current entry line ends: its dots and page number are drawn at save."""
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        left, base = canvas.absolutePosition(x, y)
        right, _ = canvas.absolutePosition(width, y)
        self.slots.setdefault(canvas.getPageNumber(), []).append((left, right, base, key, style))
        room = stringWidth(WIDEST, style.fontName, style.fontSize)
        canvas.linkRect("", key, (width - room, y, width, y + style.leading), relative=1)

    def draw(self, canvas: Canvas, page: int) -> None:
        """Dots and page number after each contents entry on this page, as reportlab's contents print them (called at
        save, when every heading is placed)."""
        for left, right, base, key, style in self.slots.get(page, ()):
            number = str(self.pages.get(key, ""))
            size = style.fontSize
            while stringWidth(number, style.fontName, size) > right - left and size > 1:
                size *= 0.9
            width = stringWidth(number, style.fontName, size)
            dot = stringWidth(DOT, style.fontName, size)
            dots = max(int((right - left - width) / dot), 0)
            text = canvas.beginText(right - dots * dot - width, base)
            text.setFont(style.fontName, size)
            text.setFillColor(style.textColor)
            text.textLine(dots * DOT + number)
            canvas.drawText(text)


class Contents(TableOfContents):
    """reportlab's table of contents with its entries given up front and its numbers drawn at save."""

    def __init__(self, numbers: PageNumbers, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.numbers = numbers

    def fill(self, entries: Iterable[tuple[int, str, str]]) -> None:
        """The entries (level, plain text, bookmark key), in reading order."""
        self._entries = [(level, pdf_markup(text), 0, key) for level, text, key in entries]
        self._lastEntries = list(self._entries)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Lay the entries out; their ends call the numbers' slot instead of printing a page number now."""
        size = super().wrap(availWidth, availHeight)

        def entry_end(canvas: Canvas, kind: str, label: str) -> None:
            _page, level, key = label.split(",")
            self.numbers.slot(canvas, self.getLevelStyle(int(level)), literal_eval(key), availWidth)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return size


def heading_entries(flowables: Iterable[Flowable], levels: int) -> list[tuple[int, str, str]]:
    """(level, text, key) of the headings the contents lists, levels clamped as the outline clamps them."""
    entries = []
    previous = -1
    for flowable in flowables:
        level = getattr(flowable, "_heading_level", None)
        if level is None:
            continue
        level = min(level, previous + 1)
        previous = level
        if level < levels:
            entries.append((level, flowable._heading_text, flowable._heading_key))
    return entries
