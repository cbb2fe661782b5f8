"""Report tables share their width by how tall the rows get (issue 10 leftovers), read back from the PDFs.

A row is as tall as its tallest cell, so a column of short meeting names must not be squeezed to one word a line
beside a remark column that would take fewer lines anyway: the consultation report's rows are no taller than their
remarks need and never leave "Spotkanie" alone on a line, and the consolidated report's meetings table shares its
width between date, title and venue so that its rows take two lines.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from facilitator.cli import main
from tests.ui.officials_data import import_all, item, meeting, person, section

TEXTS = (
    "Za mało lokali na spotkania",
    "Brak informacji o konkursach",
    "Za krótkie terminy składania ofert",
    "Więcej szkoleń z rozliczania dotacji",
)
LONG = ("Urząd powinien ogłaszać otwarte konkursy ofert z co najmniej miesięcznym wyprzedzeniem, publikować "
        "harmonogram na cały rok, tak aby mniejsze organizacje mogły przygotować wkład własny, a informację o "
        "każdym konkursie wysyłać pocztą elektroniczną do wszystkich organizacji z bazy urzędu oraz do rad dzielnic")
VENUES = ("Centrum Obywatelskie", "Ratusz, sala 12", "Biblioteka Główna", "Dom Kultury Podgórze")
MEETINGS = 14
TWO_LINES = 2 * 9 * 1.33 + 10  # a row of two lines of 9 pt cell text (leading 1.33) and the cell's padding


def _files() -> list[dict]:
    files = []
    for n in range(1, MEETINGS + 1):
        name = f"w{n}"
        texts = [f"{TEXTS[(n + k) % len(TEXTS)]} ({n}.{k})" for k in range(3)] + ([LONG] if n == 1 else [])
        data = meeting(name, title=f"Spotkanie konsultacyjne nr {n}", date=f"2026-10-{n + 1:02d}",
                       facilitator="Ewa Facylitatorka", series="Program współpracy 2027",
                       participants=[person(f"{name}p", "Anna Kowalska", "Stowarzyszenie Sąsiedzi Razem")],
                       sections=[section(f"{name}s", "Polityka lokalowa",
                                         [item(f"{name}i{k}", "proposal", t, speaker=f"{name}p")
                                          for k, t in enumerate(texts)])])
        data["meeting"]["venue"] = VENUES[n % len(VENUES)]
        files.append(data)
    return files


@pytest.fixture
def corpus(engine, db_url):
    import_all(engine, _files())
    engine.dispose()
    return db_url


def _lines(path, landscape: bool, pages: list[int] | None = None) -> list[str]:
    """The text lines pdfminer finds on the landscape (or portrait) pages, whitespace collapsed."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    out = []
    for page in extract_pages(str(path), page_numbers=pages):
        if (page.width > page.height) != landscape:
            continue
        for box in page:
            if isinstance(box, LTTextContainer):
                out.extend(" ".join(line.get_text().split()) for line in box if isinstance(line, LTTextLine))
    return out


def _row_heights(path, landscape: bool, pages: list[int] | None = None) -> list[float]:
    """The heights of the table rows on the landscape (or portrait) pages, from the grid's horizontal rules."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTCurve

    heights = []
    for page in extract_pages(str(path), page_numbers=pages):
        if (page.width > page.height) != landscape:
            continue
        ys = sorted({round(el.y0, 1) for el in page if isinstance(el, LTCurve) and abs(el.y0 - el.y1) < 0.5
                     and el.width > 20}, reverse=True)
        heights.extend(a - b for a, b in pairwise(ys))
    return heights


def _consultation(corpus, tmp_path):
    out = tmp_path / "raport.pdf"
    assert main(["report", "--kind", "consultation", "--db", str(corpus), "-o", str(out), "--threshold", "100"]) == 0
    return out


def test_consultation_pdf_rows_are_as_short_as_their_remarks(corpus, tmp_path):
    out = _consultation(corpus, tmp_path)
    heights = _row_heights(out, landscape=True)
    assert len(heights) >= 3 * MEETINGS + 1
    # each short remark, its organisation and its meeting ("Spotkanie konsultacyjne nr 7, 8 października 2026 r.")
    # fit two lines; only the long remark, the group of two wordings that names both meetings and the gap between
    # the running header's rule and the first table may take more (at the old widths 22 rows took 4 lines)
    assert len([h for h in heights if h > TWO_LINES]) <= 3, sorted(heights)


def test_consultation_pdf_never_leaves_a_word_of_a_meeting_title_alone(corpus, tmp_path):
    lines = _lines(_consultation(corpus, tmp_path), landscape=True)
    assert sum("konsultacyjne" in line for line in lines) >= 3 * MEETINGS
    assert not [line for line in lines if line.startswith("konsultacyjne")], lines  # "Spotkanie" is not alone


def test_consolidated_pdf_meetings_table_rows_take_two_lines(corpus, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "zbiorczy.pdf"
    assert main(["report", "--db", str(corpus), "-o", str(out)]) == 0
    last = len(PdfReader(str(out)).pages) - 1
    lines = _lines(out, landscape=False, pages=[last])
    assert "Spotkania objęte raportem" in lines and sum("konsultacyjne nr" in line for line in lines) == MEETINGS
    heights = _row_heights(out, landscape=False, pages=[last])
    assert len(heights) >= MEETINGS + 1
    # date, title, venue and series share the width so that no row needs a third line ("Spotkanie | konsultacyjne |
    # nr 1" beside "Ratusz, sala 12" on one); only the gap under the heading is taller
    assert len([h for h in heights if h > TWO_LINES]) <= 1, sorted(heights)
