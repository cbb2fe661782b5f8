"""The one XLSX writer (render.workbook): the report, the consultation report and the search export open in openpyxl
with their sheets, values, frozen header, filter and widths, and LibreOffice converts each of them without error."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from facilitator.cli import main
from facilitator.render import workbook
from facilitator.render.workbook import DATE, DEFAULT, TOP, WRAP, Bold, Column, Sheet
from facilitator.render.xlsxcells import MAX_CELL
from facilitator.search_export import write_xlsx
from tests.seedtext import in_ci


def test_a_workbook_written_whole_reads_back_with_its_layout(tmp_path):
    out = tmp_path / "book.xlsx"
    rows = (("=1+1", 3, date(2026, 4, 10), "wiersz\nz\u0001nowym \ufffe", ""), ("  spacja ", 2.5, None, None, "-2"))
    workbook.write(out, [
        Sheet("Wypowiedzi Ż'ółw", [Column("Treść", 60, WRAP), Column("Liczba", 9, DEFAULT), Column("Data", 12, DATE),
                                   Column("Uwaga", 30, TOP), Column("Puste", 8)], iter(rows)),
        Sheet("Liczby", [Column("Obszar", 40, DEFAULT), Column("Razem", 16, DEFAULT)],
              [("A", 1), ("B", 2), Bold(("Razem", 3))], 3),
    ])
    book = load_workbook(out)
    assert book.sheetnames == ["Wypowiedzi Ż'ółw", "Liczby"]
    sheet, counts = book.worksheets
    assert [c.value for c in sheet[1]] == ["Treść", "Liczba", "Data", "Uwaga", "Puste"]
    assert all(c.font.bold and c.alignment.wrap_text for c in sheet[1])
    first = sheet[2]
    assert first[0].value == "=1+1" and first[0].data_type == "s" and first[0].alignment.wrap_text
    assert first[1].value == 3 and first[1].data_type == "n"
    assert first[2].value == datetime(2026, 4, 10) and first[2].number_format == "yyyy\\-mm\\-dd"
    assert first[3].value == "wiersz\nz\ufffdnowym \ufffd" and first[3].alignment.vertical == "top"
    assert first[4].value == ""  # '' is an empty text cell, None no cell at all
    assert [c.value for c in sheet[3]] == ["  spacja ", 2.5, None, None, "-2"] and sheet["E3"].data_type == "s"
    assert sheet.freeze_panes == counts.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E3" and counts.auto_filter.ref == "A1:B3"  # the totals row is left out
    assert sheet.column_dimensions["A"].width == 60 and counts.column_dimensions["A"].width == 40
    assert [c.value for c in counts[4]] == ["Razem", 3] and all(c.font.bold for c in counts[4])
    assert not counts["A3"].font.bold


def test_long_text_is_cut_at_excels_cell_limit_and_an_unknown_value_is_refused(tmp_path):
    out = tmp_path / "long.xlsx"
    workbook.write(out, [Sheet("A", [Column("Treść", 60)], [("x" * (MAX_CELL + 10),)])])
    value = load_workbook(out).active["A2"].value
    assert len(value) == MAX_CELL and value.endswith("…")
    with pytest.raises(TypeError, match="bool"):
        workbook.write(tmp_path / "bad.xlsx", [Sheet("A", [Column("Tak", 5)], [(True,)])])
    assert not (tmp_path / "bad.xlsx").exists()


def test_column_letters_go_past_z():
    assert [workbook.column_letter(n) for n in (1, 13, 26, 27, 52, 703)] == ["A", "M", "Z", "AA", "AZ", "AAA"]


@pytest.fixture
def outputs(tmp_path, engine, db_url):
    """The three spreadsheets the app writes, from the sample meeting imported into a real database."""
    sample = tmp_path / "sample.json"
    engine.dispose()
    assert main(["sample", "-o", str(sample)]) == 0
    assert main(["import", str(sample), "--db", str(db_url)]) == 0
    report, consultation = tmp_path / "raport.xlsx", tmp_path / "konsultacje.xlsx"
    assert main(["report", "--db", str(db_url), "-o", str(report)]) == 0
    assert main(["report", "--kind", "consultation", "--db", str(db_url), "-o", str(consultation)]) == 0
    found = tmp_path / "wyniki.xlsx"
    assert write_xlsx(engine, None, found) > 10
    return {"report": report, "consultation": consultation, "search": found}


def test_every_spreadsheet_opens_with_its_sheets_frozen_header_filter_and_widths(outputs):
    expected = {"report": ["Wypowiedzi", "Liczby", "Tagi"], "consultation": ["Uwagi i stanowiska", "Liczby"],
                "search": ["Wypowiedzi", "Liczby", "Tagi"]}
    for name, path in outputs.items():
        book = load_workbook(path)
        assert book.sheetnames == expected[name], name
        for sheet in book.worksheets:
            assert sheet.freeze_panes == "A2", (name, sheet.title)
            last = sheet.cell(1, sheet.max_column).column_letter
            assert sheet.auto_filter.ref.startswith(f"A1:{last}"), (name, sheet.title, sheet.auto_filter.ref)
            assert all(sheet.column_dimensions[c.column_letter].width >= 7 for c in sheet[1]), (name, sheet.title)
            assert all(c.font.bold and isinstance(c.value, str) for c in sheet[1]), (name, sheet.title)
        body = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
        assert len(body) > 10 and all(isinstance(row[0], str | int) for row in body), name
        assert book.worksheets[0].auto_filter.ref.endswith(str(len(body) + 1)), name


UTF8_CSV = "csv:Text - txt - csv (StarCalc):44,34,76"  # comma, double quotes, UTF-8


def _libreoffice() -> str:
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        reason = "LibreOffice (libreoffice/soffice) is not installed"
        if in_ci():
            pytest.fail(f"{reason}; CI must have it", pytrace=False)
        pytest.skip(reason)
    return found


def test_libreoffice_converts_every_spreadsheet(outputs, tmp_path):
    converted = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: parallel test workers do not share a lock
    done = subprocess.run([_libreoffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", UTF8_CSV,
                           "--outdir", str(converted), *map(str, outputs.values())],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    for name, path in outputs.items():
        table = list(csv.reader((converted / f"{path.stem}.csv").read_text(encoding="utf-8").splitlines()))
        sheet = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
        assert len(table) == len(sheet) > 10, name
        assert table[0] == [str(v) for v in sheet[0]], name
        texts = {v for row in sheet for v in row if isinstance(v, str)}
        assert texts & {v for row in table for v in row} >= {v for v in texts if "\n" not in v and v.strip()}, name
