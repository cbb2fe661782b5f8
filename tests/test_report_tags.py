"""The consolidated report counts statements per tag (nested tags roll up), read back from DOCX, PDF and XLSX."""

from __future__ import annotations

import re
from datetime import date

import pytest

from facilitator.render import render_docx, render_pdf
from facilitator.render.xlsx import render_xlsx
from facilitator.report import ReportOptions, build_from, load
from tests.test_search import make_meeting


@pytest.fixture
def data(engine):
    make_meeting(engine, title="Pierwsze", day=date(2024, 1, 10), items={"Polityka lokalowa": [
        ("weakness", "Brak lokali", ["Obszar 3/lokale"]), ("weakness", "Drogie lokale", ["Obszar 3/lokale", "pilne"]),
        ("proposal", "Więcej sal", ["Obszar 3/sale"])]})
    make_meeting(engine, title="Drugie", day=date(2024, 2, 10), items={"Inne uwagi": [
        ("remark", "=HYPERLINK(\"http://x\")", ["=1+1"]), ("remark", "Bez tagu")]})
    return load(engine, ReportOptions())


EXPECTED = [("=1+1", 1, 1), ("Obszar 3", 3, 1), ("Obszar 3/lokale", 2, 1), ("Obszar 3/sale", 1, 1), ("pilne", 1, 1)]


def test_counts_per_tag_roll_up_to_the_parent(data):
    assert [(c.path, c.items, c.meetings) for c in data.tag_counts()] == EXPECTED


def test_docx_and_pdf_print_the_tag_table(data, tmp_path):
    import docx
    from pypdf import PdfReader

    summary = build_from(data)
    render_docx(summary, tmp_path / "r.docx")
    document = docx.Document(str(tmp_path / "r.docx"))
    assert "Wypowiedzi według tagów" in [p.text for p in document.paragraphs]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Tag")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert rows == [[p.replace("/", " / "), str(i), str(m)] for p, i, m in EXPECTED]
    render_pdf(summary, tmp_path / "r.pdf")
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "r.pdf")).pages))
    assert "Wypowiedzi według tagów" in text and "Obszar 3 / lokale 2 1" in text and "Obszar 3 3 1" in text


def test_xlsx_has_a_tags_sheet_with_text_names(data, tmp_path):
    from openpyxl import load_workbook

    render_xlsx(data, tmp_path / "r.xlsx")
    sheet = load_workbook(tmp_path / "r.xlsx")["Tagi"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Tag", "Liczba wypowiedzi", "Liczba spotkań")
    assert rows[1:] == EXPECTED
    assert sheet["A2"].data_type == "s"  # "=1+1" stays text, not a formula


def test_no_tags_no_tag_table(engine, tmp_path):
    make_meeting(engine, title="Bez", day=date(2024, 1, 1), items={"Inne uwagi": [("remark", "Nic")]})
    data = load(engine, ReportOptions())
    assert data.tag_counts() == []
    from openpyxl import load_workbook

    render_xlsx(data, tmp_path / "r.xlsx")
    assert "Tagi" not in load_workbook(tmp_path / "r.xlsx").sheetnames
