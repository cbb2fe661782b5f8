"""Sections map to the model's three areas: variant titles merge into one area, reports follow the model's order."""

from __future__ import annotations

import json
import uuid

import pytest

from facilitator import areas
from facilitator.cli import main
from facilitator.recurring import find_groups

MODEL_PL = ["Tworzenie polityk publicznych", "Komunikacja i wsparcie NGO", "Polityka lokalowa"]
MODEL_EN = ["Public policy making", "Communication and support", "Premises policy"]


@pytest.mark.parametrize(("title", "key"), [
    ("Tworzenie polityk publicznych", "policy"),
    ("TWORZENIE POLITYK PUBLICZNYCH", "policy"),
    ("I. Tworzenie polityk publicznych", "policy"),
    ("Public policy making", "policy"),
    ("Komunikacja i wsparcie dla NGO", "communication"),
    ("Obszar 2: Komunikacja i wsparcie NGO", "communication"),
    ("Obszar II – komunikacja i wsparcie", "communication"),
    ("Communication and support for NGOs", "communication"),
    ("komunikacja i wsparcie dla organizacji pozarzadowych", "communication"),  # typed without diacritics
    ("Polityka lokalowa miasta", "premises"),
    ("3) Polityka lokalowa miasta Gdańska", "premises"),
    ("Premises policy", "premises"),
    ("Obszar 3", "premises"),
    ("Inne uwagi", "other"),
    ("Other remarks", "other"),
])
def test_variant_titles_map_to_their_area(title, key):
    assert areas.mapping().area_of(title).key == key


@pytest.mark.parametrize("title", ["Sport i rekreacja", "Komunikacja z mieszkańcami", "Obszar 5", "i tworzenie", ""])
def test_a_title_of_no_area_keeps_its_own(title):
    assert areas.mapping().area_of(title) is None


def test_the_office_file_adds_titles_and_areas(tmp_path, monkeypatch):
    office = tmp_path / "areas.txt"
    office.write_text("premises: Baza lokalowa\nsport: Sport i rekreacja, Sport and leisure,\n  Sport\n",
                      encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_AREAS", str(office))
    mapping = areas.mapping()
    assert mapping.area_of("Baza lokalowa").key == "premises"
    assert mapping.area_of("SPORT").title("en") == "Sport and leisure"
    rows = [("Sport", "area"), ("Inne uwagi", "other"), ("Baza lokalowa", "area"), ("Tematy różne", "theme"),
            ("Komunikacja i wsparcie dla NGO", "area")]
    arranged = areas.arrange(rows, lambda r: r[0], lambda r: r[1], "pl")
    assert [title for title, _ in arranged] == ["Komunikacja i wsparcie NGO", "Polityka lokalowa",
                                               "Sport i rekreacja", "Tematy różne", "Inne uwagi"]


def test_arrange_orders_model_areas_then_unmapped_areas_then_themes_then_other():
    rows = [("Inne uwagi", "other"), ("Zielona infrastruktura", "theme"), ("Polityka lokalowa miasta", "area"),
            ("Budżet obywatelski", "theme"), ("Pytania z sali", "other"), ("Dodatkowy obszar", "area"),
            ("Public policy making", "area"), ("Obszar 2: Komunikacja", "area"), ("Polityka lokalowa", "area"),
            ("budżet obywatelski", "theme"), ("Budżet obywatelski", "theme")]
    arranged = areas.arrange(rows, lambda r: r[0], lambda r: r[1], "pl")
    assert [(title, len(members)) for title, members in arranged] == [
        ("Tworzenie polityk publicznych", 1), ("Komunikacja i wsparcie NGO", 1), ("Polityka lokalowa", 2),
        ("Dodatkowy obszar", 1), ("Budżet obywatelski", 3), ("Zielona infrastruktura", 1), ("Pytania z sali", 1),
        ("Inne uwagi", 1)]


def meeting_file(path, title: str, day: str, sections: list[tuple[str, str]], lang: str = "pl") -> None:
    """A meeting file whose sections carry these (title, kind) with one weakness each, named after its section."""
    data = {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": str(uuid.uuid4()), "title": title, "date": day, "series": "WPW 2026", "language": lang,
        "sections": [{"id": str(uuid.uuid4()), "title": section, "kind": kind,
                      "items": [{"id": str(uuid.uuid4()), "kind": "weakness", "text": f"{title}: {section}"}]}
                     for section, kind in sections]}}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


VARIANTS = [
    ("Spotkanie A", "2026-03-01", [("Inne uwagi", "other"), ("Polityka lokalowa", "area"),
                                   ("Komunikacja i wsparcie NGO", "area"), ("Tworzenie polityk publicznych", "area")]),
    ("Spotkanie B", "2026-03-08", [("Obszar 3: Polityka lokalowa miasta", "area"),
                                   ("Komunikacja i wsparcie dla NGO", "area"), ("Budżet obywatelski", "theme"),
                                   ("TWORZENIE POLITYK PUBLICZNYCH", "area")]),
    ("Spotkanie C", "2026-03-15", [("Communication and support for NGOs", "area"), ("Premises policy", "area"),
                                   ("Public policy making", "area"), ("Other remarks", "other")]),
]
ORDER = [*MODEL_PL, "Budżet obywatelski", "Inne uwagi"]


@pytest.fixture
def imported(tmp_path, db_url, engine):
    files = []
    for n, (title, day, sections) in enumerate(VARIANTS):
        files.append(tmp_path / f"m{n}.json")
        meeting_file(files[-1], title, day, sections, lang="en" if title.endswith("C") else "pl")
    engine.dispose()
    assert main(["import", "--db", str(db_url), *map(str, files)]) == 0
    return db_url


def report(db_url, tmp_path, fmt: str, *extra: str):
    out = tmp_path / f"raport.{fmt}"
    assert main(["report", "--db", str(db_url), "--format", fmt, "-o", str(out), *extra]) == 0
    return out


def assert_one_area_each_in_model_order(lines: list[str], headings: list[str]) -> None:
    start = max(i for i, line in enumerate(lines) if line == headings[0])  # past the contents and the overview
    body = lines[start:]
    where = [body.index(h) for h in headings]
    assert where == sorted(where), (headings, where)
    for heading in headings:
        assert body.count(heading) == 1, heading
    # each area holds the statement of every meeting's variant of it
    for title, _, sections in VARIANTS:
        for section, _ in sections:
            statement = f"{title}: {section}"
            area = areas.place(section, "area").area
            heading = area.pl if area else section
            if area is None:
                continue
            start = body.index(heading)
            after = [body.index(h) for h in headings if body.index(h) > start]
            end = min(after, default=len(body))
            assert any(statement in line for line in body[start:end]), (statement, heading)


def test_docx_report_has_one_area_each_in_model_order(imported, tmp_path):
    import docx

    document = docx.Document(str(report(imported, tmp_path, "docx")))
    lines = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [h for h in headings if h in ORDER] == ORDER
    assert not {"Komunikacja i wsparcie dla NGO", "Premises policy", "Other remarks"} & set(headings)
    assert_one_area_each_in_model_order(lines, ORDER)


def test_pdf_report_has_one_area_each_in_model_order(imported, tmp_path):
    from pdfminer.high_level import extract_text

    text = extract_text(str(report(imported, tmp_path, "pdf")))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert_one_area_each_in_model_order(lines, ORDER)
    assert "Komunikacja i wsparcie dla NGO" not in lines and "Premises policy" not in lines


def test_xlsx_report_counts_one_row_per_area_in_model_order(imported, tmp_path):
    from openpyxl import load_workbook

    workbook = load_workbook(report(imported, tmp_path, "xlsx"))
    counts = [row[0].value for row in workbook["Liczby"].iter_rows(min_row=2)]
    assert counts == [*ORDER, "Razem"]
    rows = [[c.value for c in row] for row in workbook["Wypowiedzi"].iter_rows(min_row=2)]
    by_text = {r[7]: r for r in rows}
    assert by_text["Spotkanie B: Obszar 3: Polityka lokalowa miasta"][5] == "Obszar 3: Polityka lokalowa miasta"
    assert by_text["Spotkanie B: Obszar 3: Polityka lokalowa miasta"][11] == "Polityka lokalowa"
    assert by_text["Spotkanie C: Premises policy"][11] == "Polityka lokalowa"


def test_english_report_uses_the_english_area_names(imported, tmp_path):
    from openpyxl import load_workbook

    workbook = load_workbook(report(imported, tmp_path, "xlsx", "--language", "en"))
    counts = [row[0].value for row in workbook["Counts"].iter_rows(min_row=2)]
    assert counts == [*MODEL_EN, "Budżet obywatelski", "Other remarks", "Total"]


def test_variant_titles_of_one_area_are_compared_for_recurrence(engine):
    from datetime import date

    from tests.test_search import make_meeting

    make_meeting(engine, title="A", day=date(2026, 3, 1),
                 items={"Komunikacja i wsparcie NGO": [("weakness", "Brak informacji o konkursach")]})
    make_meeting(engine, title="B", day=date(2026, 3, 8),
                 items={"Obszar 2: Komunikacja i wsparcie dla NGO": [("weakness", "Brak informacji o konkursach")]})
    (group,) = find_groups(engine)
    assert group.meetings == 2
