"""Consolidated report: tree contents, DOCX/PDF/XLSX read back, anonymisation, filters."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.render import render_docx, render_pdf
from facilitator.render.xlsx import render_xlsx
from facilitator.report import ReportError, ReportOptions, build, build_from, load
from facilitator.report.labels import organisations_phrase, recurrence
from facilitator.summary.nodes import BulletList, Heading, Image, Table, TableOfContents, Title
from tests.test_search import make_meeting

PEOPLE = [("Anna Nowak", "Fundacja Alfa", "anna@example.org"), ("Jan Kowalski", "Stowarzyszenie Beta", "jk@x.pl"),
          ("Ewa Zielińska", "Fundacja Gamma", None)]
HOSTILE = "Tekst <b>&amp;</b> \"cudzysłów\" =SUM(A1) \x07 😀"


@pytest.fixture
def meetings(engine):
    ids = []
    for n, (day, venue) in enumerate([(date(2018, 6, 1), "Sala A"), (date(2018, 6, 8), "Sala B"),
                                      (date(2018, 6, 15), "Sala C")]):
        ids.append(make_meeting(engine, title=f"Spotkanie {n + 1}", day=day, venue=venue, participants=PEOPLE, items={
            "Tworzenie polityk publicznych": [("strength", "Dobra współpraca z wydziałami", ("dialog",), n),
                                              ("weakness", f"Za mało konsultacji numer {n}")],
            "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych", (), n,
                                   [("proposal", "Udostępnić pustostany organizacjom")])],
            "Inne uwagi": [("remark", HOSTILE if n == 0 else f"Uwaga {n}")],
        }))
    make_meeting(engine, title="Spoza serii", day=date(2019, 1, 1), series="Inna", items={
        "Polityka lokalowa": [("strength", "Lokal na Reymonta działa świetnie")]})
    return ids


OPTIONS = ReportOptions(series="WPW 2019–2022")


def test_tree_has_title_page_counts_chart_areas_and_meetings(engine, meetings):
    summary = build(engine, OPTIONS)
    blocks = summary.blocks
    assert isinstance(blocks[0], Title) and blocks[0].text == "Raport zbiorczy z konsultacji"
    text = summary.plain_text()
    assert "Liczba spotkań: 3" in text and "Liczba uczestników: 9 osób" in text
    assert "Okres: 1 czerwca 2018 r. – 15 czerwca 2018 r." in text
    assert any(isinstance(b, TableOfContents) for b in blocks)
    counts = next(b for b in blocks if isinstance(b, Table))
    assert counts.header[:3] == ("Obszar", "Mocne strony", "Słabe strony")
    assert ("Polityka lokalowa", "0", "3", "3", "0", "6") in counts.rows
    assert counts.rows[-1][0] == "Razem" and counts.rows[-1][-1] == "15"
    chart = next(b for b in blocks if isinstance(b, Image))
    assert chart.data.startswith(b"\x89PNG")
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings[:4] == ["Zestawienie liczbowe", "Tworzenie polityk publicznych", "Mocne strony", "Słabe strony"]
    assert headings[-1] == "Spotkania objęte raportem"
    assert "Lokal na Reymonta" not in text  # other series left out


def test_recurring_groups_come_first_with_counts_and_every_wording(engine, meetings):
    summary = build(engine, OPTIONS)
    lists = [b for b in summary.blocks if isinstance(b, BulletList)]
    first = lists[0].items[0]
    assert first.text == "Dobra współpraca z wydziałami (zgłoszone na 3 spotkaniach, 3 organizacje)"
    assert [c.text for c in first.children] == [(
        "Dobra współpraca z wydziałami (3 razy: Spotkanie 1, 1 czerwca 2018 r.; Spotkanie 2, 8 czerwca 2018 r.; "
        "Spotkanie 3, 15 czerwca 2018 r.)")]
    text = summary.plain_text()
    assert "Za mało konsultacji numer 0 (zgłoszone na 3 spotkaniach)" in text
    for n in range(3):  # each wording of the group is printed with its meeting
        assert f"Za mało konsultacji numer {n} (Spotkanie {n + 1}, " in text
    single = "Udostępnić pustostany organizacjom (zgłoszone na 3 spotkaniach, 3 organizacje)"
    assert single not in text  # the children have no speaker: no organisations to count
    assert "Udostępnić pustostany organizacjom (zgłoszone na 3 spotkaniach)" in text


def test_report_is_anonymised(engine, meetings):
    text = build(engine, OPTIONS).plain_text()
    for name, organisation, email in PEOPLE:
        assert name not in text and organisation not in text
        if email:
            assert email not in text


def test_english_and_plurals(engine, meetings):
    text = build(engine, ReportOptions(series="WPW 2019–2022", language="en")).plain_text()
    assert "Consolidated consultation report" in text and "raised at 3 meetings, 3 organisations" in text
    assert [organisations_phrase(n, "pl") for n in (1, 2, 5, 12, 22)] == [
        "1 organizacja", "2 organizacje", "5 organizacji", "12 organizacji", "22 organizacje"]
    assert recurrence(1, 0, "pl") == "zgłoszone na 1 spotkaniu"


def test_filters_and_errors(engine, meetings):
    assert len(load(engine, ReportOptions(meeting_ids=meetings[:2])).meetings) == 2
    assert len(load(engine, ReportOptions(date_from=date(2018, 6, 8), date_to=date(2018, 12, 31))).meetings) == 2
    with pytest.raises(ReportError, match="no series 'nie ma takiej'; the series are: Inna, WPW 2019–2022"):
        build(engine, ReportOptions(series="nie ma takiej"))
    with pytest.raises(ReportError, match="no meetings"):
        build(engine, ReportOptions(meeting_ids=[]))
    with pytest.raises(ReportError, match="after"):
        build(engine, ReportOptions(date_from=date(2019, 1, 1), date_to=date(2018, 1, 1)))


def test_docx_read_back(engine, meetings, tmp_path):
    import docx

    out = tmp_path / "raport.docx"
    render_docx(build(engine, OPTIONS), out)
    document = docx.Document(str(out))
    styles_text = [(p.style.name, p.text) for p in document.paragraphs]
    assert any(style.startswith("Heading") and text == "Polityka lokalowa" for style, text in styles_text)
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:3] == ["Obszar", "Mocne strony", "Słabe strony"]
    assert document.inline_shapes and len(document.inline_shapes) >= 1
    body = "\n".join(t for _, t in styles_text)
    assert "Tekst <b>&amp;</b>" in body and "😀" in body
    assert "Anna Nowak" not in body


def test_pdf_read_back(engine, meetings, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "raport.pdf"
    render_pdf(build(engine, OPTIONS), out)
    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Raport zbiorczy z konsultacji" in text and "Polityka lokalowa" in text
    assert "Słabe strony" in text and "Fundacja Alfa" not in text
    images = [obj for page in reader.pages for obj in _xobjects(page) if obj.get("/Subtype") == "/Image"]
    assert images


def _xobjects(page):
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    return [xobjects[name].get_object() for name in xobjects]


def test_xlsx_read_back(engine, meetings, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "raport.xlsx"
    data = load(engine, OPTIONS)
    build_from(data)
    render_xlsx(data, out)
    wb = load_workbook(out)
    ws = wb["Wypowiedzi"]
    header = [c.value for c in ws[1]]
    assert header == ["Id spotkania", "Tytuł", "Data", "Miejsce", "Seria", "Sekcja", "Rodzaj", "Treść", "Tagi",
                      "Punkt nadrzędny", "Grupa powtórzeń", "Obszar", "Nagłówek grupy"]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:M16"
    assert ws.column_dimensions["H"].width == 70
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert len(rows) == 15
    child = next(r for r in rows if r[7] == "Udostępnić pustostany organizacjom")
    assert child[9] == "Brak lokali dla organizacji pozarządowych" and child[6] == "Postulaty"
    assert child[10].startswith("G") and child[11] == "Polityka lokalowa"
    hostile = next(r for r in rows if r[7].startswith("Tekst"))
    assert hostile[7].startswith("Tekst <b>&amp;</b> \"cudzysłów\" =SUM(A1)") and "😀" in hostile[7]
    assert ws.cell(row=2, column=8).alignment.wrap_text
    tagged = next(r for r in rows if r[7] == "Dobra współpraca z wydziałami")
    assert tagged[8] == "dialog" and tagged[3] == "Sala A" and tagged[4] == "WPW 2019–2022"
    assert str(tagged[2]).startswith("2018-06-01")
    counts = wb["Liczby"]
    table = [[c.value for c in row] for row in counts.iter_rows()]
    assert table[0][:3] == ["Obszar", "Mocne strony", "Słabe strony"]
    assert ["Polityka lokalowa", 0, 3, 3, 0, 0, 0, 6] in table
    assert table[-1][0] == "Razem" and table[-1][-1] == 15
    assert "Anna Nowak" not in str(rows)


def test_chart_is_a_readable_png():
    import io

    from PIL import Image as PILImage

    from facilitator.report.chart import Series, bar_chart

    png = bar_chart(["Tworzenie polityk publicznych", "Źródła finansowania — bardzo długi tytuł obszaru " * 3],
                    [Series("Mocne strony", (3, 0)), Series("Słabe strony", (12, 7))], title="Żółć", width=800)
    picture = PILImage.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.width == 800
    colours = picture.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 20  # text and bars, not a blank canvas
    assert bar_chart([], []).startswith(b"\x89PNG")


def test_meetings_without_statements_still_make_a_report(engine):
    make_meeting(engine, title="Puste", day=date(2020, 2, 2), participants=PEOPLE[:2])
    summary = build(engine, ReportOptions())
    text = summary.plain_text()
    assert "Liczba spotkań: 1" in text and "Liczba uczestników: 2 osoby" in text and "Liczba wypowiedzi: 0" in text
    assert "Okres: 2 lutego 2020 r." in text


def test_sources_gather_dates_under_one_title_and_name_every_meeting(engine):
    for n in range(8):
        make_meeting(engine, title="Podsumowanie spotkania", day=date(2018, 1, 1 + n), items={
            "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych")]})
    text = build(engine, ReportOptions()).plain_text()
    assert ("Brak lokali dla organizacji pozarządowych (8 razy: Podsumowanie spotkania, 1 stycznia 2018 r., "
            "2 stycznia 2018 r.,") in text
    assert "7 stycznia 2018 r., 8 stycznia 2018 r.)" in text
    assert "(zgłoszone na 8 spotkaniach)" in text


def test_every_group_lists_its_wordings_however_many_groups(engine):
    words = ("lokale", "dotacje", "szkolenia", "konsultacje", "strona", "rada", "wolontariat", "seniorzy", "młodzież",
             "kultura", "sport", "ekologia")
    topics = [f"{w.capitalize()}: {w} {w} {w}" for w in words]
    for day in (1, 2):
        make_meeting(engine, title=f"Spotkanie {day}", day=date(2018, 5, day), items={
            "Polityka lokalowa": [("weakness", topic) for topic in topics]})
    summary = build(engine, ReportOptions())
    recurring = next(b for b in summary.blocks if isinstance(b, BulletList))
    assert len(recurring.items) == len(words)
    assert all(len(item.children) == 1 and "(zgłoszone na 2 spotkaniach)" in item.text for item in recurring.items)
    assert all("2 razy: Spotkanie 1, 1 maja 2018 r.; Spotkanie 2, 2 maja 2018 r." in item.children[0].text
               for item in recurring.items)


def test_many_meetings_are_listed_not_tabulated(engine, monkeypatch):
    import importlib

    from facilitator.summary.nodes import NumberedList

    build_module = importlib.import_module("facilitator.report.build")

    for n in range(3):
        make_meeting(engine, title=f"Spotkanie {n}", day=date(2018, 1, 1 + n), venue="Sala <1>", participants=PEOPLE)
    monkeypatch.setattr(build_module, "MAX_TABLE_MEETINGS", 2)
    listed = build_module.build(engine, ReportOptions()).blocks[-1]
    assert isinstance(listed, NumberedList)
    assert listed.items[0].text == "1 stycznia 2018 r. — Spotkanie 0, Sala <1> (3 osoby, liczba wypowiedzi: 0)"


def test_counts_table_and_chart_share_a_page_for_seven_areas(engine, tmp_path):
    """The overview reads as one page: the chart is sized to fit below the table of the usual seven areas."""
    from pypdf import PdfReader

    areas = ("Tworzenie polityk publicznych", "Komunikacja i wsparcie NGO", "Polityka lokalowa",
             "Ochrona praw mniejszości i migrantów", "Polityka antydyskryminacyjna",
             "Rekomendacje dot. działań antydyskryminacyjnych", "Inne uwagi")
    make_meeting(engine, title="Spotkanie", day=date(2018, 6, 1), items={
        area: [("strength", f"Mocna strona {n}"), ("weakness", f"Słaba strona {n}"), ("proposal", f"Postulat {n}")]
        for n, area in enumerate(areas)})
    out = tmp_path / "raport.pdf"
    render_pdf(build(engine, ReportOptions()), out)
    reader = PdfReader(str(out))
    overview = next(p for p in reader.pages if "Zestawienie liczbowe" in p.extract_text() and "Razem" in p.extract_text())
    assert any(obj.get("/Subtype") == "/Image" for obj in _xobjects(overview))
