"""The look of the officials' reports, read back from the files (issue 10 §3/§6).

The consultation report's seven-column remark tables sit on landscape pages (PDF mediabox, DOCX section) with the
remark column at least a quarter of the width (above that the widths follow the rows' heights:
tests/test_report_widths.py); a meeting that kept the default title is named by its date and venue
(the title every meeting shares says nothing), a named one still by its title; the consolidated report's meetings
table has a "Seria" column when it covers several series, and none when it covers one.
"""

from __future__ import annotations

import pytest

from facilitator.cli import main
from tests.ui.officials_data import import_all, item, meeting, person, section

DEFAULT = "Podsumowanie spotkania konsultacyjnego"
LONG = ("Urząd powinien ogłaszać otwarte konkursy ofert z co najmniej miesięcznym wyprzedzeniem i publikować "
        "harmonogram na cały rok, tak aby mniejsze organizacje mogły przygotować wkład własny")


def _meeting(name: str, title: str, day: str, venue: str | None, series: str, texts: list[str]) -> dict:
    data = meeting(name, title=title, date=day, facilitator="Ewa Facylitatorka", series=series,
                   participants=[person(f"{name}p", "Anna Kowalska", "Fundacja Dom Otwarty")],
                   sections=[section(f"{name}s", "Współpraca finansowa",
                                     [item(f"{name}i{n}", "proposal", t, speaker=f"{name}p")
                                      for n, t in enumerate(texts)])])
    if venue:
        data["meeting"]["venue"] = venue
    return data


def _files(second_series: str = "WPW 2027") -> list[dict]:
    return [
        _meeting("a", DEFAULT, "2027-02-10", "Centrum Obywatelskie", "WPW 2027", [LONG, "Więcej szkoleń z PZP"]),
        _meeting("b", DEFAULT, "2027-02-17", None, "WPW 2027", ["Mniej sprawozdań w trakcie roku"]),
        _meeting("c", "Spotkanie w Nowej Hucie", "2027-02-24", "Dom Kultury", second_series,
                 ["Dyżury urzędników w dzielnicach"]),
    ]


@pytest.fixture
def one_series(engine, db_url):
    import_all(engine, _files())
    engine.dispose()
    return db_url


@pytest.fixture
def two_series(engine, db_url):
    import_all(engine, _files("Konsultacje budżetu"))
    engine.dispose()
    return db_url


def _report(db, out, *extra) -> None:
    assert main(["report", "--db", str(db), "-o", str(out), *extra]) == 0


def _pages(path) -> list[tuple[bool, str]]:
    """Per page: whether it lies landscape (its mediabox wider than tall) and its text, whitespace collapsed."""
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    out = []
    for n, page in enumerate(reader.pages):
        box = page.mediabox
        text = " ".join(extract_text(str(path), page_numbers=[n]).split())
        out.append((float(box.width) > float(box.height), text))
    return out


def test_consultation_pdf_tables_are_landscape_and_the_rest_portrait(one_series, tmp_path):
    out = tmp_path / "odp.pdf"
    _report(one_series, out, "--kind", "consultation")
    pages = _pages(out)
    wide = [text for landscape, text in pages if landscape]
    tall = [text for landscape, text in pages if not landscape]
    assert wide and tall
    assert pages[0][0] is False and "Raport z konsultacji" in pages[0][1]  # the title page stays portrait
    assert all("Stanowisko urzędu" in text and "Uwaga" in text for text in wide)  # the remark table's header
    assert any("Spotkania objęte raportem" in text for text in tall)  # back to portrait for the meetings
    assert not any("Spotkania objęte raportem" in text for text in wide)
    assert not any("Uzasadnienie" in text for text in tall)


def _remark_column_share(path) -> float:
    """The width of the 'Uwaga' column over the table's width on the first landscape page, from the grid's rules."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTCurve

    for page in extract_pages(str(path)):
        if page.width <= page.height:
            continue
        xs = sorted({round(el.x0, 1) for el in page if isinstance(el, LTCurve) and abs(el.x0 - el.x1) < 0.5
                     and el.height > 5})
        assert len(xs) == 8, xs  # seven columns
        return (xs[2] - xs[1]) / (xs[-1] - xs[0])
    raise AssertionError("no landscape page")


def test_consultation_pdf_remark_column_takes_a_quarter_at_least(one_series, tmp_path):
    out = tmp_path / "odp.pdf"
    _report(one_series, out, "--kind", "consultation")
    assert _remark_column_share(out) >= 0.25  # its floor (report/consultation.py: floors)


def test_consultation_docx_table_section_is_landscape(one_series, tmp_path):
    import docx
    from docx.enum.section import WD_ORIENT

    out = tmp_path / "odp.docx"
    _report(one_series, out, "--kind", "consultation")
    document = docx.Document(str(out))
    sections = document.sections
    assert [s.orientation for s in sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    wide = sections[1]
    assert wide.page_width > wide.page_height
    assert sections[0].page_width < sections[0].page_height and sections[2].page_width < sections[2].page_height
    remarks = next(t for t in document.tables if t.rows[0].cells[1].text == "Uwaga")
    widths = [c.width for c in remarks.columns]
    assert sum(widths) > sections[0].page_width  # laid out across the landscape page (24.7 cm > 21 cm)
    assert widths[1] / sum(widths) >= 0.25
    for s in sections:  # 'Strona N z M' on every section, the landscape one included
        assert "Strona" in s.footer.paragraphs[0].text


def test_meeting_named_by_date_and_venue_when_it_kept_the_default_title(one_series, tmp_path):
    for kind in ("consultation", "consolidated"):
        out = tmp_path / f"{kind}.pdf"
        _report(one_series, out, "--kind", kind)
        text = " ".join(t for _, t in _pages(out))
        assert "10 lutego 2027 r., Centrum Obywatelskie" in text, kind
        assert "17 lutego 2027 r., WPW 2027" in text, kind  # no venue: the series says which meeting
        assert "Spotkanie w Nowej Hucie, 24 lutego 2027 r." in text, kind  # a title of its own is kept
        assert f"{DEFAULT}, 10 lutego" not in text and f"({DEFAULT}" not in text, kind
        for statement in (LONG, "Więcej szkoleń z PZP", "Mniej sprawozdań w trakcie roku",
                          "Dyżury urzędników w dzielnicach"):
            assert statement in text, (kind, statement)  # no statement lost


def test_meeting_names_in_docx(one_series, tmp_path):
    import docx

    out = tmp_path / "odp.docx"
    _report(one_series, out, "--kind", "consultation")
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "10 lutego 2027\xa0r., Centrum Obywatelskie" in cells  # the year keeps its "r." on one line
    assert not any(c.startswith(f"{DEFAULT}, ") for c in cells)


def _meetings_table(path):
    import docx

    return next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[1].text == "Data")


def test_series_column_when_the_report_covers_several_series(two_series, tmp_path):
    out = tmp_path / "cons.docx"
    _report(two_series, out)
    table = _meetings_table(out)
    assert [c.text for c in table.rows[0].cells][:5] == ["Lp.", "Data", "Tytuł", "Miejsce", "Seria"]
    assert [r.cells[4].text for r in table.rows[1:]] == ["WPW 2027", "WPW 2027", "Konsultacje budżetu"]
    pdf = tmp_path / "cons.pdf"
    _report(two_series, pdf)
    last = " ".join(t for _, t in _pages(pdf) if "Spotkania objęte raportem" in t)
    assert "Seria" in last and "Konsultacje budżetu" in last


def test_no_series_column_for_one_series(one_series, tmp_path):
    out = tmp_path / "cons.docx"
    _report(one_series, out)
    assert "Seria" not in [c.text for c in _meetings_table(out).rows[0].cells]


TOPICS = ("lokale", "konkursy", "szkolenia", "sprawozdania", "dotacje", "wolontariat", "seniorzy", "sport", "kultura",
          "ekologia", "edukacja", "zdrowie", "turystyka", "mieszkańcy", "rady dzielnic", "młodzież", "media", "sale",
          "granty", "umowy", "księgowość", "strony", "nabory", "wkład własny", "promocja", "partnerstwa", "inkubator",
          "dyżury", "komisje", "ankiety")


def test_one_justification_does_not_widen_the_justification_column_of_every_remark(engine, db_url, tmp_path):
    """Three answered remarks among sixty kept a quarter of every page blank for justifications and wrapped every
    meeting's date on four lines. One short justification among thirty remarks costs no page."""
    from facilitator import operations
    from tests.ui.officials_data import uid

    import_all(engine, [_meeting(f"m{n}", f"Spotkanie konsultacyjne nr {n}", f"2027-03-{n + 1:02d}", None,
                                 "WPW 2027", [f"Uwaga o {topic} numer {n}"])
                        for n, topic in enumerate(TOPICS)])
    plain = tmp_path / "bez.pdf"
    _report(db_url, plain, "--kind", "consultation")
    operations.set_response(engine, item_ids=[uid("m3i0")], position="accepted", justification="Tak.")
    engine.dispose()
    answered = tmp_path / "z.pdf"
    _report(db_url, answered, "--kind", "consultation")
    assert "Tak." in " ".join(text for _, text in _pages(answered))
    assert len(_pages(answered)) == len(_pages(plain))
