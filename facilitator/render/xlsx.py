"""Consolidated report as a spreadsheet (openpyxl, write-only for speed): one row per statement + a counts sheet."""

from __future__ import annotations

import os
import tempfile
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from facilitator.render.base import Exporter, ExportError
from facilitator.report.data import KIND_ORDER, ReportData
from facilitator.report.labels import label
from facilitator.summary.lang import norm

MAX_CELL = 32767  # Excel's limit on characters in one cell
# (label key, width in characters, wrap)
COLUMNS: tuple[tuple[str, int, bool], ...] = (
    ("meeting_id", 38, False), ("meeting_title", 34, True), ("date", 12, False), ("venue", 26, True),
    ("series", 30, True), ("section", 30, True), ("kind", 16, False), ("text", 70, True), ("tags", 20, True),
    ("parent", 40, True), ("group", 16, False),
)


def clean(value: str | None) -> str:
    """Text as a spreadsheet can hold it: no control characters, at most Excel's cell length."""
    if not value:
        return ""
    value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


class _Styles:
    """Font/alignment pairs resolved once per workbook; assigning styles cell by cell is openpyxl's slow path."""

    def __init__(self, wb: Workbook) -> None:
        self.sheet = wb.create_sheet("styles")
        wb.remove(self.sheet)
        self.cache: dict[tuple, StyleArray] = {}

    def array(self, font: Font | None = None, alignment: Alignment | None = None, number_format: str = "") -> StyleArray:
        key = (font, alignment, number_format)
        if key not in self.cache:
            cell = WriteOnlyCell(self.sheet, value="")
            if font is not None:
                cell.font = font
            if alignment is not None:
                cell.alignment = alignment
            if number_format:
                cell.number_format = number_format
            self.cache[key] = cell._style
        return self.cache[key]

    def cell(self, ws, value, style: StyleArray) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=clean(value) if isinstance(value, str) or value is None else value)
        if cell.data_type == "f":
            cell.data_type = "s"  # "=SUM(A1)" typed in a meeting stays text, never a formula
        cell._style = copy(style)
        return cell


def _header(ws, styles: _Styles, names: list[str], widths: list[int]) -> None:
    bold = styles.array(Font(bold=True), Alignment(vertical="top", wrap_text=True))
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.append([styles.cell(ws, name, bold) for name in names])


def _statements_sheet(wb: Workbook, styles: _Styles, data: ReportData, lang: str) -> None:
    ws = wb.create_sheet(label("statements_sheet", lang))
    _header(ws, styles, [label(key, lang) for key, _, _ in COLUMNS], [w for _, w, _ in COLUMNS])
    wrap = styles.array(alignment=Alignment(vertical="top", wrap_text=True))
    top = styles.array(alignment=Alignment(vertical="top"))
    day = styles.array(alignment=Alignment(vertical="top"), number_format="yyyy-mm-dd")
    column_styles = [wrap if w else top for _, _, w in COLUMNS]
    column_styles[2] = day
    kinds = {k: label(k, lang) for k in KIND_ORDER}
    for s in data.statements:
        m = data.meeting(s.meeting_id)
        number = data.group_of.get(s.item_id)
        values = (m.id, m.title, m.date, m.venue, m.series, s.section_title, kinds.get(s.kind, s.kind), s.text,
                  ", ".join(s.tags), s.parent_text, f"G{number}" if number else "")
        ws.append([styles.cell(ws, v, st) for v, st in zip(values, column_styles)])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(data.statements) + 1}"


def _counts_sheet(wb: Workbook, styles: _Styles, data: ReportData, lang: str) -> None:
    ws = wb.create_sheet(label("counts_sheet", lang))
    names = [label("area", lang), *(label(k, lang) for k in KIND_ORDER), label("total", lang)]
    _header(ws, styles, names, [40, *([16] * (len(KIND_ORDER) + 1))])
    counts = data.counts()
    plain = styles.array()
    for title, c in counts:
        ws.append([styles.cell(ws, title, plain), *(c.get(k, 0) for k in KIND_ORDER), sum(c.values())])
    bold = styles.array(Font(bold=True))
    totals = [label("total", lang), *(sum(c.get(k, 0) for _, c in counts) for k in KIND_ORDER), len(data.statements)]
    ws.append([styles.cell(ws, value, bold) for value in totals])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(counts) + 1}"


def render_xlsx(data: ReportData, path: Path | str) -> None:
    """Write the report's statements and counts as an .xlsx file, atomically (temp file + rename)."""
    lang = norm(data.options.language)
    wb = Workbook(write_only=True)
    styles = _Styles(wb)
    _statements_sheet(wb, styles, data, lang)
    _counts_sheet(wb, styles, data, lang)
    target = Path(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=".report-", suffix=".xlsx", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}", target) from exc
    try:
        wb.save(temp)
        os.replace(temp, target)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}", target) from exc
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


class XlsxExporter(Exporter):
    """The report's spreadsheet; takes ReportData (a spreadsheet needs rows, not the document tree)."""

    def extension(self) -> str:
        """'.xlsx'."""
        return ".xlsx"

    def render(self, summary: ReportData, path: Path | str) -> None:  # type: ignore[override]
        """Write the spreadsheet."""
        render_xlsx(summary, path)
