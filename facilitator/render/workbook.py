"""The one XLSX writer: every spreadsheet the app makes is streamed into a package this module writes whole.

It owns every part of the file (content types, relationships, workbook, styles with its own ids, one sheet part
per sheet with column widths, a frozen header row and an autofilter), so nothing depends on another library's
file layout. Rows are streamed: tens of thousands of statements never sit in memory as cells. Every text cell is
an inline string, never a formula (OWASP formula injection: '=HYPERLINK(…)' stays the text typed).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from facilitator.atomic import atomic_path
from facilitator.i18n import reason, tr
from facilitator.render.base import ExportError
from facilitator.render.xlsxcells import MAX_CELL, continuations, cut, spread, titles

EXCEL_EPOCH = date(1899, 12, 30)
_BATCH = 500  # rows joined per write
# Characters XML 1.0 has no place for (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates): the file would
# not open, so they become U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# Cell formats (cellXfs), by index: the s="…" of a cell. Fonts: 0 regular, 1 bold. Number format 164: a date.
DEFAULT, HEADER, TOP, WRAP, DATE, BOLD = range(6)
_TOP, _WRAP = '<alignment vertical="top"/>', '<alignment vertical="top" wrapText="1"/>'
_XFS = ((0, 0, ""), (0, 1, _WRAP), (0, 0, _TOP), (0, 0, _WRAP), (164, 0, _TOP), (0, 1, ""))  # (format, font, alignment)
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def clean(value: str | None) -> str:
    """Text as a spreadsheet can hold it: no XML-invalid characters, at most Excel's cell length (a longer text is
    laid into continuation columns by `continued` before it gets here)."""
    if not value:
        return ""
    value = _NOT_XML.sub("\ufffd", value)
    return value if len(value) <= MAX_CELL // 2 else cut(value)


def column_letter(number: int) -> str:
    """Spreadsheet column name of a 1-based column number (1 → A, 27 → AA)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """A column's header text, width in characters and body format (TOP, WRAP or DATE)."""

    title: str
    width: float
    style: int = TOP


@dataclass(frozen=True)
class Bold:
    """A totals row, written in bold and left out of the autofilter."""

    values: Sequence[object]


@dataclass
class Sheet:
    """One worksheet: a header row (frozen, with an autofilter over the table) and the rows below it.

    `rows` may be any iterable (a generator streams); each row is a sequence of str, int, float, date or None
    (no cell; '' is an empty text cell), or a `Bold` of one. `count`, when known, is written as the sheet's dimension.
    """

    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object] | Bold]
    count: int | None = None


def continued(name: str, columns: Sequence[Column], rows: Sequence[Sequence[object]], word: str) -> Sheet:
    """A sheet of `rows` whose texts longer than a cell continue in columns at its end ('Treść (cd.)', 'Treść (cd. 2)'
    …; `word` is 'cd.'), one row each: render.xlsxcells lays them out."""
    plan = continuations(rows)
    sources = [columns[index] for index, extra in plan for _ in range(extra)]
    more = [Column(title, c.width, c.style) for title, c in zip(titles([c.title for c in columns], plan, word), sources)]
    return Sheet(name, [*columns, *more], (spread(row, plan) for row in rows), len(rows))


def write(path: Path | str, sheets: Sequence[Sheet]) -> None:
    """Write `sheets` as one .xlsx file at `path`, atomically (temp file + rename); ExportError if it cannot."""
    target = Path(path)
    try:
        with atomic_path(target, suffix=".xlsx") as temp, zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", _content_types(len(sheets)))
            z.writestr("_rels/.rels", _XML + f'<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
                       f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            z.writestr("xl/styles.xml", _styles())
            filters = []
            for number, sheet in enumerate(sheets, start=1):
                with z.open(f"xl/worksheets/sheet{number}.xml", "w") as out:
                    filters.append(_sheet(out, sheet, tab=number == 1))
            z.writestr("xl/workbook.xml", _workbook(sheets, filters))
            z.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))
    except OSError as exc:
        raise ExportError(tr("Cannot write {path}: {reason}", path=target, reason=reason(exc)), target) from exc


def _content_types(sheets: int) -> str:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    parts = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{sheet}"/>'
                    for n in range(1, sheets + 1))
    office = "application/vnd.openxmlformats-officedocument"
    return (_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="{office}.package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{office}.spreadsheetml.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{office}.spreadsheetml.styles+xml"/>'
            f"{parts}</Types>")


def _styles() -> str:
    return (_XML + f'<styleSheet xmlns="{_MAIN}">'
            '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(_XFS)}">{"".join(_xf(*xf) for xf in _XFS)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            "</styleSheet>")


def _xf(number_format: int, font: int, alignment: str) -> str:
    applied = (' applyNumberFormat="1"' if number_format else "") + (' applyFont="1"' if font else "") + (
        ' applyAlignment="1"' if alignment else "")
    return (f'<xf numFmtId="{number_format}" fontId="{font}" fillId="0" borderId="0" xfId="0"{applied}>'
            f"{alignment}</xf>")


def _workbook(sheets: Sequence[Sheet], filters: list[str]) -> str:
    entries = "".join(f'<sheet name={quoteattr(clean(s.name))} sheetId="{n}" r:id="rId{n}"/>'
                      for n, s in enumerate(sheets, start=1))
    names = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
                    f"{escape(_quoted(s.name))}!{_absolute(ref)}</definedName>"
                    for n, (s, ref) in enumerate(zip(sheets, filters)))
    return (_XML + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView activeTab="0"/></bookViews>'
            f"<sheets>{entries}</sheets>" + (f"<definedNames>{names}</definedNames>" if names else "")
            + "</workbook>")


def _quoted(name: str) -> str:
    return "'" + clean(name).replace("'", "''") + "'"


def _absolute(ref: str) -> str:
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in ref.split(":"))


def _workbook_rels(sheets: int) -> str:
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                   for n in range(1, sheets + 1))
    styles = f'<Relationship Id="rId{sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    return _XML + f'<Relationships xmlns="{_PKG_REL}">{rels}{styles}</Relationships>'


def _sheet(out, sheet: Sheet, *, tab: bool) -> str:
    """Stream one sheet part into `out`; return its autofilter range (the header and every row but totals)."""
    last = column_letter(len(sheet.columns))
    dimension = f'<dimension ref="A1:{last}{sheet.count + 1}"/>' if sheet.count is not None else ""
    selected = ' tabSelected="1"' if tab else ""
    widths = "".join(f'<col min="{n}" max="{n}" width="{c.width}" customWidth="1"/>'
                     for n, c in enumerate(sheet.columns, start=1))
    out.write((_XML + f'<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">{dimension}'
               f'<sheetViews><sheetView workbookViewId="0"{selected}>'
               '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
               '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
               f'<sheetFormatPr defaultRowHeight="15"/><cols>{widths}</cols><sheetData>').encode())
    letters = [column_letter(n) for n in range(1, len(sheet.columns) + 1)]
    out.write(_row(1, [c.title for c in sheet.columns], letters, [HEADER] * len(letters)).encode())
    styles = [c.style for c in sheet.columns]
    bold = [BOLD] * len(letters)
    number, table, batch = 1, 1, []
    for row in sheet.rows:
        number += 1
        if isinstance(row, Bold):
            batch.append(_row(number, row.values, letters, bold))
        else:
            table = number
            batch.append(_row(number, row, letters, styles))
        if len(batch) >= _BATCH:
            out.write("".join(batch).encode())
            batch.clear()
    out.write("".join(batch).encode())
    ref = f"A1:{last}{table}"  # a totals row below the table stays put when the table is sorted
    out.write(f'</sheetData><autoFilter ref="{ref}"/>'
              '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>'
              "</worksheet>".encode())
    return ref


def _row(number: int, values: Sequence[object], letters: list[str], styles: list[int]) -> str:
    """One <row>: text as inline strings, numbers as numbers, dates as day serials; None leaves no cell."""
    cells = []
    for letter, style, value in zip(letters, styles, values):
        if value is None:
            continue
        if isinstance(value, str):
            cells.append(f'<c r="{letter}{number}" s="{style}" t="inlineStr"><is><t xml:space="preserve">'
                         f"{escape(clean(value))}</t></is></c>")
        elif isinstance(value, bool):
            raise TypeError(f"no spreadsheet cell for a bool ({letter}{number})")
        elif isinstance(value, int | float):
            cells.append(f'<c r="{letter}{number}" s="{style}"><v>{value!r}</v></c>')
        elif isinstance(value, date) and not isinstance(value, datetime):
            cells.append(f'<c r="{letter}{number}" s="{DATE}"><v>{(value - EXCEL_EPOCH).days}</v></c>')
        else:
            raise TypeError(f"no spreadsheet cell for {type(value).__name__} ({letter}{number})")
    return f'<row r="{number}">{"".join(cells)}</row>'
