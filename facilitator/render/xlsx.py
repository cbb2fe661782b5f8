"""Consolidated report as a spreadsheet (openpyxl, write-only for speed): one row per statement + a counts sheet."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
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


def _text_cell(ws, value: str | None, style: tuple[Font | None, Alignment | None]) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=clean(value))
    cell.data_type = "s"  # "=SUM(A1)" typed in a meeting stays text, never a formula
    font, alignment = style
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _header(ws, names: list[str], widths: list[int]) -> None:
    bold = (Font(bold=True), Alignment(vertical="top", wrap_text=True))
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.append([_text_cell(ws, name, bold) for name in names])


def _statements_sheet(wb: Workbook, data: ReportData, lang: str) -> int:
    ws = wb.create_sheet(label("statements_sheet", lang))
    _header(ws, [label(key, lang) for key, _, _ in COLUMNS], [w for _, w, _ in COLUMNS])
    wrap = (None, Alignment(vertical="top", wrap_text=True))
    top = (None, Alignment(vertical="top"))
    styles = [wrap if w else top for _, _, w in COLUMNS]
    kinds = {k: label(k, lang) for k in KIND_ORDER}
    groups = data.group_of
    for s in data.statements:
        m = data.meeting(s.meeting_id)
        number = groups.get(s.item_id)
        values = (m.id, m.title, None, m.venue, m.series, s.section_title, kinds.get(s.kind, s.kind), s.text,
                  ", ".join(s.tags), s.parent_text, f"G{number}" if number else "")
        row = [_text_cell(ws, v, st) for v, st in zip(values, styles)]
        row[2] = WriteOnlyCell(ws, value=m.date)
        row[2].number_format = "yyyy-mm-dd"
        row[2].alignment = top[1]
        ws.append(row)
    rows = len(data.statements) + 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{rows}"
    return rows


def _counts_sheet(wb: Workbook, data: ReportData, lang: str) -> None:
    ws = wb.create_sheet(label("counts_sheet", lang))
    names = [label("area", lang), *(label(k, lang) for k in KIND_ORDER), label("total", lang)]
    _header(ws, names, [40, *([16] * (len(KIND_ORDER) + 1))])
    counts = data.counts()
    for title, c in counts:
        ws.append([_text_cell(ws, title, (None, None)), *(c.get(k, 0) for k in KIND_ORDER), sum(c.values())])
    bold = Font(bold=True)
    total = [_text_cell(ws, label("total", lang), (bold, None))]
    for value in [*(sum(c.get(k, 0) for _, c in counts) for k in KIND_ORDER), len(data.statements)]:
        cell = WriteOnlyCell(ws, value=value)
        cell.font = bold
        total.append(cell)
    ws.append(total)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(counts) + 1}"


def render_xlsx(data: ReportData, path: Path | str) -> None:
    """Write the report's statements and counts as an .xlsx file, atomically (temp file + rename)."""
    lang = norm(data.options.language)
    wb = Workbook(write_only=True)
    _statements_sheet(wb, data, lang)
    _counts_sheet(wb, data, lang)
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
