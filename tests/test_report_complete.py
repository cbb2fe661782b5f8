"""No statement is lost: planted near-duplicates each appear in the DOCX, PDF and XLSX report with meeting and date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from facilitator.operations import confirm_group as confirm
from facilitator.render import render_docx, render_pdf
from facilitator.render.xlsx import render_xlsx
from facilitator.report import ReportOptions, build_from, load
from facilitator.summary.lang import long_date
from tests.test_search import make_meeting

LOCAL = "Polityka lokalowa"
COMMS = "Komunikacja i wsparcie NGO"
# Near-duplicates that group at the default threshold, exact repeats, look-alikes that must stay apart and
# wordings only an official's confirmation joins: every one of them must be printed, in its own words.
MEETINGS = [
    ("Spotkanie w Śródmieściu", date(2018, 6, 1), {
        LOCAL: [("weakness", "Brak lokali dla organizacji pozarządowych"),
                ("weakness", "Brak informacji o lokalach"),
                ("proposal", "Udostępnić pustostany organizacjom")],
        COMMS: [("weakness", "Brak informacji o konkursach"),
                ("strength", "Dobra współpraca z wydziałami")]}),
    ("Spotkanie na Podgórzu", date(2018, 6, 8), {
        LOCAL: [("weakness", "Brak lokali dla organizacji pozarządowych."),
                ("weakness", "Brak lokali dla organizacji"),
                ("proposal", "Udostępnić pustostany organizacjom pozarządowym")],
        COMMS: [("weakness", "Brak informacji o konkursach"),
                ("weakness", "Za mało informacji o ogłaszanych konkursach dotacyjnych"),
                ("strength", "Dobra współpraca z wydziałami urzędu")]}),
    ("Spotkanie w Nowej Hucie", date(2018, 6, 15), {
        LOCAL: [("weakness", "Brak lokali dla organizacji pozarządowych"),
                ("weakness", "Nie ma gdzie się spotykać – brakuje pomieszczeń dla NGO")],
        COMMS: [("strength", "Dobra współpraca z wydziałami"),
                ("remark", "Uwaga bez pary")]}),
]


@pytest.fixture
def report(engine):
    for title, day, items in MEETINGS:
        make_meeting(engine, title=title, day=day, items=items)
    data = load(engine, ReportOptions())
    ids = {m.text: m.item_id for g in data.groups for m in g.members}
    singles = {s.text: s.item_id for s in data.statements}
    # the official joins a paraphrase the similarity misses: it is printed under the group, not dropped
    confirm(engine, item_ids=[ids.get("Brak lokali dla organizacji pozarządowych")
                              or singles["Brak lokali dla organizacji pozarządowych"],
                              singles["Nie ma gdzie się spotykać – brakuje pomieszczeń dla NGO"]])
    data = load(engine, ReportOptions())
    assert any(len({m.text for m in g.members}) >= 3 for g in data.groups), "the fixture plants a real group"
    return data


def expected() -> list[tuple[str, str, str]]:
    """(text, meeting title, long date) of every planted statement."""
    return [(text.strip(), title, long_date(day, "pl")) for title, day, items in MEETINGS
            for rows in items.values() for _, text in rows]


def assert_each_statement_with_its_meeting(text: str) -> None:
    text = re.sub(r"\s+", " ", text)
    for statement, title, day in expected():
        chunks = [m.group(1) for m in re.finditer(re.escape(statement) + r" \(([^)]*)\)", text)]
        assert any(title in chunk and day in chunk for chunk in chunks), (statement, title, day)


def test_every_statement_is_in_the_docx_with_its_meeting_and_date(report, tmp_path):
    import docx

    out = tmp_path / "raport.docx"
    render_docx(build_from(report), out)
    assert_each_statement_with_its_meeting("\n".join(p.text for p in docx.Document(str(out)).paragraphs))


def test_every_statement_is_in_the_pdf_with_its_meeting_and_date(report, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "raport.pdf"
    render_pdf(build_from(report), out)
    assert_each_statement_with_its_meeting(" ".join(page.extract_text() for page in PdfReader(str(out)).pages))


def test_every_statement_is_a_row_of_the_xlsx_with_its_meeting_and_date(report, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "raport.xlsx"
    render_xlsx(report, out)
    rows = [[c.value for c in row] for row in load_workbook(out)["Wypowiedzi"].iter_rows(min_row=2)]
    found = {(r[7], r[1], r[2].date()) for r in rows}
    for title, day, items in MEETINGS:
        for rows_ in items.values():
            for _, text in rows_:
                assert (text, title, day) in found


def test_a_group_shows_its_heading_then_each_wording_with_counts(report):
    summary = build_from(report)
    group = next(g for g in report.groups if "Nie ma gdzie się spotykać – brakuje pomieszczeń dla NGO"
                 in {m.text for m in g.members})
    text = summary.plain_text()
    assert f"{group.representative.text} (zgłoszone na 3 spotkaniach)" in text
    assert ("Brak lokali dla organizacji pozarządowych (2 razy: Spotkanie w Śródmieściu, 1 czerwca 2018 r.; "
            "Spotkanie w Nowej Hucie, 15 czerwca 2018 r.)") in text
