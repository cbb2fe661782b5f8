"""The consultation report as a spreadsheet: one row per statement with its remark and the office's answer, and counts.

Every text cell is stored as a string (render.xlsx.as_text): a statement starting with '=' is never a formula.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from facilitator.atomic import atomic_path
from facilitator.kinds import ITEM_KINDS
from facilitator.render.base import ExportError
from facilitator.render.xlsx import as_text, clean
from facilitator.render.xlsxcells import continuations, spread, titles
from facilitator.report.consultation import COLUMNS, NO_POSITION, Consultation, organisations, position_text
from facilitator.report.labels import label

# (label key, width in characters)
SHEET = (("number", 7), ("area", 30), ("kind", 16), ("c_remark", 60), ("wording", 60), ("organisation", 30),
         ("meeting_title", 34), ("date", 12), ("position", 22), ("justification", 60), ("paragraph", 16))


def _header(ws, names: list[str], widths: list[int]) -> None:
    for index, (name, width) in enumerate(zip(names, widths), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
        cell = ws.cell(row=1, column=index, value=clean(name))
        cell.font, cell.alignment = Font(bold=True), Alignment(vertical="top", wrap_text=True)
        as_text(cell)
    ws.freeze_panes = "A2"


def _append(ws, values: list) -> None:
    ws.append([clean(v) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        as_text(cell)


def _values(consultation: Consultation, lang: str) -> list[list]:
    data = consultation.data
    rows = []
    for title, remarks in consultation.areas:
        for remark in remarks:
            for s in remark.members:
                m = data.meeting(s.meeting_id)
                rows.append([remark.number, title, label(s.kind, lang) if s.kind in ITEM_KINDS else s.kind,
                             remark.heading, s.text, ", ".join(organisations([s])), m.title, m.date,
                             position_text(remark.answer.position, lang), remark.answer.justification,
                             remark.answer.paragraph or ""])
    return rows


def _statements(ws, consultation: Consultation, lang: str) -> None:
    """One row per statement; a text longer than a cell holds continues in columns after SHEET's."""
    rows = _values(consultation, lang)
    plan = continuations(rows)
    names = [label(key, lang) for key, _ in SHEET]
    widths = [w for _, w in SHEET]
    _header(ws, [*names, *titles(names, plan, label("continued", lang))],
            [*widths, *(widths[index] for index, extra in plan for _ in range(extra))])
    top = Alignment(vertical="top", wrap_text=True)
    for values in rows:
        _append(ws, list(spread(values, plan)))
        row = ws[ws.max_row]
        for cell in row:
            cell.alignment = top
        row[7].number_format = "yyyy-mm-dd"
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 1)}"


def _counts(wb: Workbook, consultation: Consultation, lang: str) -> None:
    ws = wb.create_sheet(label("counts_sheet", lang))
    names = [label("area", lang), *(position_text(None if p == NO_POSITION else p, lang) for p in COLUMNS),
             label("total", lang)]
    _header(ws, names, [40, *([18] * (len(COLUMNS) + 1))])
    counts = consultation.counts()
    for title, c in counts:
        _append(ws, [title, *(c.get(p, 0) for p in COLUMNS), sum(c.values())])
    _append(ws, [label("total", lang), *(sum(c.get(p, 0) for _, c in counts) for p in COLUMNS),
                 sum(sum(c.values()) for _, c in counts)])
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)


def render_consultation_xlsx(consultation: Consultation, path: Path | str) -> None:
    """Write the statements with their answers and the counts as an .xlsx file, atomically."""
    lang = consultation.language
    wb = Workbook()
    ws = wb.active
    ws.title = label("remarks_sheet", lang)
    _statements(ws, consultation, lang)
    _counts(wb, consultation, lang)
    target = Path(path)
    try:
        with atomic_path(target, suffix=".xlsx") as temp:
            wb.save(temp)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}", target) from exc
