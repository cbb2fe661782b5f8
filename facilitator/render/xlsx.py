"""Consolidated report as a spreadsheet: one row per statement + a counts sheet.

openpyxl builds the workbook (styles, header, frozen pane, filter, widths, the counts sheet); the
statement rows, which can be tens of thousands, are streamed into that sheet's XML afterwards with
the style ids openpyxl registered. openpyxl's per-cell path alone takes longer than the whole
report may (3 s for 300 meetings × 60 items); the XML written is the same inline-string form it uses.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from facilitator.atomic import atomic_path
from facilitator.render.base import ExportError
from facilitator.render.xlsxcells import MAX_CELL, Plan, continuations, cut, spread, titles
from facilitator.report.data import KIND_ORDER, ReportData
from facilitator.report.labels import label
from facilitator.summary.lang import norm

EXCEL_EPOCH = date(1899, 12, 30)
# (label key, width in characters, wrap)
COLUMNS: tuple[tuple[str, int, bool], ...] = (
    ("meeting_id", 38, False), ("meeting_title", 34, True), ("date", 12, False), ("venue", 26, True),
    ("series", 30, True), ("section", 30, True), ("kind", 16, False), ("text", 70, True), ("tags", 20, True),
    ("parent", 40, True), ("group", 16, False), ("area", 30, True), ("group_heading", 50, True),
)  # added columns last: earlier columns keep their letters
_SHEET_DATA_END = b"</sheetData>"


_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")  # XML 1.0 has no place for these: the file would not open


def clean(value: str | None) -> str:
    """Text as a spreadsheet can hold it: no control characters, at most Excel's cell length (longer text is
    laid into continuation cells by render.xlsxcells before it gets here)."""
    if not value:
        return ""
    value = _NOT_XML.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
    return value if len(value) <= MAX_CELL // 2 else cut(value)


def as_text(cell) -> None:
    """A text cell stays text: openpyxl would store '=HYPERLINK(…)' as a live formula (OWASP CSV/formula injection)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def _header(ws, names: list[str], widths: list[int]) -> None:
    bold, top = Font(bold=True), Alignment(vertical="top", wrap_text=True)
    for index, (name, width) in enumerate(zip(names, widths), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
        cell = ws.cell(row=1, column=index, value=clean(name))
        cell.font, cell.alignment = bold, top
        as_text(cell)
    ws.freeze_panes = "A2"


def _style_ids(ws) -> list[int]:
    """Register the body styles of each column with openpyxl and return their ids (xf indices, COLUMNS order)."""
    wrap, top = Alignment(vertical="top", wrap_text=True), Alignment(vertical="top")
    ids = []
    for index, (key, _, wraps) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=2, column=index)
        cell.alignment = wrap if wraps else top
        if key == "date":
            cell.number_format = "yyyy-mm-dd"
        ids.append(cell.style_id)
    ws.delete_rows(2)
    return ids


def _counts_sheet(wb: Workbook, data: ReportData, lang: str) -> None:
    ws = wb.create_sheet(label("counts_sheet", lang))
    names = [label("area", lang), *(label(k, lang) for k in KIND_ORDER), label("total", lang)]
    _header(ws, names, [40, *([16] * (len(KIND_ORDER) + 1))])
    counts = data.counts()
    for title, c in counts:
        ws.append([clean(title), *(c.get(k, 0) for k in KIND_ORDER), sum(c.values())])
        as_text(ws.cell(row=ws.max_row, column=1))
    ws.append([label("total", lang), *(sum(c.get(k, 0) for _, c in counts) for k in KIND_ORDER),
               len(data.statements)])
    as_text(ws.cell(row=ws.max_row, column=1))
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(counts) + 1}"


def _tags_sheet(wb: Workbook, data: ReportData, lang: str) -> None:
    """Statements and meetings per tag (a level counts the tags under it); no sheet when nothing is tagged."""
    levels = data.tag_counts()
    if not levels:
        return
    ws = wb.create_sheet(label("tags_sheet", lang))
    _header(ws, [label("tag", lang), label("statements", lang), label("meetings", lang)], [50, 18, 18])
    for level in levels:
        ws.append([clean(level.path), level.items, level.meetings])
        as_text(ws.cell(row=ws.max_row, column=1))
    ws.auto_filter.ref = f"A1:C{len(levels) + 1}"


def _text(ref: str, style: int, value: str | None) -> str:
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{escape(clean(value))}</t></is></c>'


def _values(data: ReportData, lang: str) -> Iterator[tuple]:
    """Each statement's cells in COLUMNS order (the date as its Excel day number)."""
    kinds = {k: label(k, lang) for k in KIND_ORDER}
    area_of = data.area_of()
    for s in data.statements:
        m = data.meeting(s.meeting_id)
        group = data.group_of.get(s.item_id)
        yield (m.id, m.title, (m.date - EXCEL_EPOCH).days, m.venue, m.series, s.section_title,
               kinds.get(s.kind, s.kind), s.text, ", ".join(s.tags), s.parent_text, f"G{group}" if group else "",
               area_of[s.item_id], data.groups[group - 1].heading if group else "")


def _rows(data: ReportData, lang: str, styles: list[int], plan: Plan) -> Iterator[str]:
    """The <row> elements of the statements, row 2 onwards; long text continues in the columns after COLUMNS."""
    letters = [get_column_letter(i) for i in range(1, len(styles) + 1)]
    for number, values in enumerate(_values(data, lang), start=2):
        cells = [f'<c r="C{number}" s="{style}"><v>{value}</v></c>' if letter == "C" else
                 _text(f"{letter}{number}", style, value)
                 for column, (letter, style, value) in enumerate(zip(letters, styles, spread(values, plan)))
                 if value is not None or column < len(COLUMNS)]  # no empty continuation cells
        yield f'<row r="{number}">{"".join(cells)}</row>'


def _inject(source: io.BytesIO, target: Path, sheet_xml: str, rows: Iterator[str], last_ref: str) -> None:
    """Copy the openpyxl workbook, streaming the statement rows into one sheet's <sheetData>."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename != sheet_xml:
                zout.writestr(info, content)
                continue
            content = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="A1:{last_ref}"/>'.encode(), content, 1)
            head, tail = content.split(_SHEET_DATA_END, 1)
            streamed = zipfile.ZipInfo(info.filename, info.date_time)
            streamed.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(streamed, "w") as out:
                out.write(head)
                batch: list[str] = []
                for row in rows:
                    batch.append(row)
                    if len(batch) >= 500:
                        out.write("".join(batch).encode())
                        batch.clear()
                out.write("".join(batch).encode())
                out.write(_SHEET_DATA_END + tail)


def render_xlsx(data: ReportData, path: Path | str) -> None:
    """Write the report's statements and counts as an .xlsx file, atomically (temp file + rename)."""
    lang = norm(data.options.language)
    wb = Workbook()
    ws = wb.active
    ws.title = label("statements_sheet", lang)
    plan = continuations(_values(data, lang))
    names = [label(key, lang) for key, _, _ in COLUMNS]
    widths = [w for _, w, _ in COLUMNS]
    _header(ws, [*names, *titles(names, plan, label("continued", lang))],
            [*widths, *(widths[index] for index, extra in plan for _ in range(extra))])
    styles = _style_ids(ws)
    styles += [styles[index] for index, extra in plan for _ in range(extra)]
    last_ref = f"{get_column_letter(len(styles))}{len(data.statements) + 1}"
    ws.auto_filter.ref = f"A1:{last_ref}"
    _counts_sheet(wb, data, lang)
    _tags_sheet(wb, data, lang)
    target = Path(path)
    base = io.BytesIO()  # openpyxl's workbook without the statement rows: small, kept in memory
    wb.save(base)
    try:
        with atomic_path(target, suffix=".xlsx") as temp:
            _inject(base, temp, "xl/worksheets/sheet1.xml", _rows(data, lang, styles, plan), last_ref)
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}", target) from exc

