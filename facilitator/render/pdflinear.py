"""PDF flowables that stay linear in the size of their text: long text as drawn lines, long tables a page at a time.

Long text: reportlab re-wraps the rest of a paragraph at every page split, which is quadratic in its length; a
text longer than pdf.LONG_TEXT is broken into lines once (text.wrap_lines) and drawn by Lines, which splits
between lines in constant time per page.

Tables: cells broken into lines once, tall rows cut, one small table a page.

Reportlab's Table rebuilds and re-measures every remaining row at each page break and splits a tall cell by
re-wrapping the rest of its text each time: a 100,000-character name in the attendance list took minutes, the
50,000 participants of a 10 MB meeting file more than ten minutes. Here every body cell is broken into lines
once (wrap_lines, word widths cached) and drawn as text lines; a row taller than CHUNK_LINES lines is set as
several table rows drawn without a rule between them, so the reader sees one row; and each page gets a small
Table of the rows that fit, found from the row heights measured once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from facilitator.render.text import pdf_markup, wrap_lines

CHUNK_LINES = 20  # a taller row is set in pieces of this many lines
PAD_TOP, PAD_BOTTOM = 3, 4
PAD_SIDES = 12  # reportlab's default left + right cell padding


class Lines(Flowable):
    """Lines of text already broken to fit, drawn in one font; split between any two lines (no widow, no orphan).

    Space before belongs to the first piece and space after to the last, as for a split paragraph; a bullet
    hangs before the first line; attributes named `_heading…` (outline entries) stay with the first piece.
    """

    def __init__(self, lines: Sequence[str], style: ParagraphStyle, font: str, bullet: str | None = None,
                 start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.lines, self.style, self.font, self.bullet = lines, style, font, bullet
        self.start, self.end = start, len(lines) if end is None else end
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def _count(self) -> int:
        return self.end - self.start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self._count() * self.style.leading
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore if self.start == 0 else 0.0

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter if self.end == len(self.lines) else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= self._count():
            return [self]
        if self._count() - fit < 2:
            fit = self._count() - 2  # never one line alone at the top of the next page
        if fit < 2:
            return []  # nor alone at the bottom of this one
        head = Lines(self.lines, self.style, self.font, self.bullet, self.start, self.start + fit)
        head.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_heading")})
        head.keepWithNext = 0
        return [head, Lines(self.lines, self.style, self.font, None, self.start + fit, self.end)]

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        left, right = style.leftIndent, self.width - style.rightIndent
        y = self.height - style.fontSize  # the first baseline, as in a reportlab Paragraph
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        if self.bullet and self.start == 0:
            canvas.setFont(style.bulletFontName, style.bulletFontSize)
            canvas.drawString(style.bulletIndent, y, self.bullet)
        canvas.setFont(self.font, style.fontSize)
        for line in self.lines[self.start:self.end]:
            if style.alignment == TA_CENTER:
                canvas.drawCentredString((left + right) / 2, y, line)
            elif style.alignment == TA_RIGHT:
                canvas.drawRightString(right, y, line)
            else:  # left, and justified text, whose lines the reader sees as a paragraph's last lines
                canvas.drawString(left, y, line)
            y -= style.leading
        canvas.restoreState()


def row_pieces(values: Sequence[str], widths: Sequence[float], measure: Callable[[str], float]) -> list[list[str]]:
    """The row's cells broken into lines, in pieces of at most CHUNK_LINES lines each (one table row each)."""
    columns = [wrap_lines(v, w - PAD_SIDES + 0.01, measure, hyphens=True) if v else []
               for v, w in zip(values, widths)]
    count = max(1, *(-(-len(lines) // CHUNK_LINES) for lines in columns))
    return [["\n".join(lines[k * CHUNK_LINES:(k + 1) * CHUNK_LINES]) for lines in columns] for k in range(count)]


class _Rows:
    """The table's text, its row pieces and their heights (measured once, on first layout), shared by all pages."""

    def __init__(self, header: Sequence[str], body: Sequence[Sequence[str]], widths: list[float],
                 head: ParagraphStyle, cell: ParagraphStyle, commands: list[tuple[Any, ...]], rule: Any,
                 check: Callable[[], None]) -> None:
        self.header = list(header)
        self.widths, self.head, self.cell, self.commands, self.rule = widths, head, cell, commands, rule
        self.rows: list[list[str]] = []
        measure = cache(partial(stringWidth, fontName=cell.fontName, fontSize=cell.fontSize))
        self.first: list[int] = []  # per table row: the index of the first piece of its logical row
        self.last: list[int] = []
        for n, values in enumerate(body):
            if n % 256 == 0:
                check()
            pieces = row_pieces(values, widths, measure)
            first = len(self.rows)
            self.rows += pieces
            self.first += [first] * len(pieces)
            self.last += [first + len(pieces) - 1] * len(pieces)
        self.check = check
        self.tops: list[float] | None = None  # tops[i]: height of rows before i; tops[-1] the body's height
        self.head_height = 0.0

    def measure(self) -> list[float]:
        """Heights of every row once (as reportlab's Table computes them), as running totals."""
        if self.tops is None:
            self.head_height = self._height(self.header, self.head, PAD_TOP, PAD_BOTTOM) if self.header else 0.0
            tops, total = [0.0], 0.0
            for i, values in enumerate(self.rows):
                if i % 256 == 0:
                    self.check()
                top = PAD_TOP if self.first[i] == i else 0
                bottom = PAD_BOTTOM if self.last[i] == i else 0
                total += self.cell.leading * max(value.count("\n") + 1 for value in values) + top + bottom
                tops.append(total)
            self.tops = tops
        return self.tops

    def _height(self, values: Sequence[str], style: ParagraphStyle, top: float, bottom: float) -> float:
        """A header row's height as reportlab's Table computes it (header cells are paragraphs, in bold)."""
        tallest = 0.0
        for value, width in zip(values, self.widths):
            if value:
                tallest = max(tallest, Paragraph(pdf_markup(value), style).wrap(width - PAD_SIDES, 1e9)[1])
        return tallest + top + bottom

    def table(self, start: int, end: int) -> Table:
        """A reportlab table of the header and rows start..end-1, with the grid drawn as if it were whole."""
        rows = [[Paragraph(pdf_markup(v), self.head) for v in self.header]] if self.header else []
        offset = len(rows) - start
        spans: list[tuple[int, int]] = [(0, 0)] if self.header else []
        for i in range(start, end):
            if i == start or self.first[i] == i:
                spans.append((i + offset, min(self.last[i], end - 1) + offset))
            rows.append(self.rows[i])  # lines already broken: drawn as text, a hundred times faster than a Paragraph
        table = Table(rows, colWidths=self.widths, repeatRows=1 if self.header else 0, splitInRow=1, hAlign="LEFT")
        cut = [] if start == 0 or self.first[start] == start else [("TOPPADDING", (0, len(rows) - end + start),
                                                                      (-1, len(rows) - end + start), 0)]
        if self.last[end - 1] != end - 1:  # the page ends inside a row: no bottom padding there, as measure() counts
            cut.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
        text = [("FONTSIZE", (0, 0), (-1, -1), self.cell.fontSize), ("LEADING", (0, 0), (-1, -1), self.cell.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), self.cell.textColor), ("FONTNAME", (0, 0), (-1, -1), self.cell.fontName)]  # the body's cells are drawn as text lines
        table.setStyle(TableStyle([*self.commands, *text, *_rules(spans, self.rule), *cut]))
        return table


class PagedTable(Flowable):
    """A long table laid out a page at a time: each page gets a small reportlab Table of the rows that fit.

    Reportlab's own Table rebuilds and re-measures every remaining row at each page break, which is quadratic:
    the 10 MB meeting file with 50,000 participants in the attendance list did not finish in ten minutes.
    """

    def __init__(self, rows: _Rows, start: int = 0) -> None:
        super().__init__()
        self.rows, self.start = rows, start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        tops = self.rows.measure()
        self.width = sum(self.rows.widths)
        self.height = self.rows.head_height + tops[-1] - tops[self.start]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The rows that fit on this page as one table, then the rest."""
        tops = self.rows.measure()
        room = availHeight - self.rows.head_height
        end = bisect_right(tops, tops[self.start] + room, lo=self.start) - 1
        if end <= self.start:
            frame = getattr(self, "_frame", None)
            if frame is None or not getattr(frame, "_atTop", False):
                return []  # the next page
            end = self.start + 1  # a row taller than a page: reportlab splits it inside (splitInRow)
        if end >= len(self.rows.rows):
            return [self.rows.table(self.start, end)]
        return [self.rows.table(self.start, end), PagedTable(self.rows, end)]

    def draw(self) -> None:
        table = self.rows.table(self.start, len(self.rows.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def build_table(header: Sequence[str], body: Sequence[Sequence[str]], widths: list[float], head: ParagraphStyle,
                cell: ParagraphStyle, commands: list[tuple[Any, ...]], rule: Any,
                check: Callable[[], None] | None = None) -> Flowable | None:
    """A table of `header` (repeated on every page) and `body`; `commands` style it besides the rules.

    `check` is called every few hundred rows (an export's cancel check).
    """
    if not header and not body:
        return None
    return PagedTable(_Rows(header, body, widths, head, cell, commands, rule, check or (lambda: None)))


def _rules(spans: list[tuple[int, int]], rule: Any) -> list[tuple[Any, ...]]:
    """A grid around every logical row; a row set in pieces has no rule or padding between its pieces.

    Runs of ordinary rows share one command, so the style stays small (reportlab re-reads it at every page).
    """
    commands: list[tuple[Any, ...]] = [("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM)]
    if all(first == last for first, last in spans):
        return [("GRID", (0, 0), (-1, -1), 0.5, rule), *commands]
    commands += [("BOX", (0, 0), (-1, -1), 0.5, rule), ("LINEAFTER", (0, 0), (-2, -1), 0.5, rule)]
    run: list[int] = []  # first and last row of the current run of one-piece rows
    for first, last in spans:
        if first == last:
            run = [run[0], last] if run else [first, last]
            continue
        if run:
            commands.append(("LINEBELOW", (0, run[0]), (-1, run[1]), 0.5, rule))
            run = []
        commands += [("LINEBELOW", (0, last), (-1, last), 0.5, rule),
                     ("TOPPADDING", (0, first + 1), (-1, last), 0),
                     ("BOTTOMPADDING", (0, first), (-1, last - 1), 0)]
    if run:
        commands.append(("LINEBELOW", (0, run[0]), (-1, run[1]), 0.5, rule))
    return commands
