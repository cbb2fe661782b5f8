"""PDF layout rules: wide tables keep whole words, the table of contents lists only the levels asked for."""

from __future__ import annotations

from pypdf import PdfReader

from facilitator.render import render_pdf
from facilitator.render.layout import SLACK, content_widths, squeeze, table_layout
from facilitator.render.text import wrap_lines
from facilitator.summary import Heading, Metadata, PageBreak, Summary, Table, TableOfContents

HEADER = ("Obszar", "Mocne strony", "Słabe strony", "Postulaty", "Rekomendacje", "Dobre praktyki", "Uwagi", "Razem")


def test_column_widths_follow_the_content():
    assert content_widths(200.0, [10.0, 20.0], [50.0, 50.0]) == [100.0, 100.0]  # everything on one line: grown alike
    # too long for one line each: short content (a date) stays on one line, the long column takes the rest
    assert content_widths(200.0, [20.0, 80.0, 20.0], [300.0, 90.0, 20.0]) == [90.0, 90.0, 20.0]
    # two long columns: each its longest word, then the room in proportion to what would still wrap
    assert content_widths(200.0, [20.0, 40.0], [420.0, 240.0]) == [20.0 + 140.0 * 400 / 600, 40.0 + 140.0 * 200 / 600]
    # no room for every word: the short column keeps its word ("Uczestnicy"), the over-long one is cut
    assert squeeze([30.0, 10.0], 20.0) == [10.0, 10.0]


def test_widths_go_where_they_take_lines_off_the_rows():
    def measure(text: str, bold: bool = False, size: float = 9.0) -> float:
        return 5.0 * len(text)

    meeting = "Spotkanie konsultacyjne nr 7, 15 września 2026 r."  # 250 wide on one line
    rows = [("Za mało lokali", meeting)] * 12 + [("słowo " * 120, meeting)]

    def row_lines(widths: list[float]) -> int:
        return sum(max(len(wrap_lines(cell, w / SLACK, measure, hyphens=True)) for cell, w in zip(row, widths))
                   for row in rows)

    _size, widths = table_layout(("Uwaga", "Spotkanie"), rows, [150.0, 150.0], 0.0, measure)
    # the meeting kept on one line would leave the long remark 50 wide: 120 lines for one row, 144 in all; each
    # column giving way a little takes two lines a row, and the long remark about 30
    assert row_lines(widths) <= 48, widths
    assert row_lines([50.1, 249.9]) == 144
    assert min(widths) >= measure("konsultacyjne") * SLACK


def test_a_wide_counts_table_never_cuts_a_word(tmp_path):
    rows = (("Rekomendacje dot. działań antydyskryminacyjnych", "1", "5", "1", "1", "5", "4", "17"),)
    out = tmp_path / "t.pdf"
    render_pdf(Summary(Metadata(title="Tabela"), (Table(HEADER, rows, (1.4, *([1.0] * 7))),)), out)
    words = PdfReader(out).pages[0].extract_text().split()
    for word in ("Rekomendacje", "Postulaty", "praktyki", "antydyskryminacyjnych"):
        assert word in words


def test_the_table_of_contents_lists_only_the_top_levels(tmp_path):
    blocks = (TableOfContents("Spis treści", 1), PageBreak(), Heading("Polityka lokalowa", 1),
              Heading("Mocne strony", 2), Heading("Komunikacja i wsparcie NGO", 1))
    out = tmp_path / "toc.pdf"
    render_pdf(Summary(Metadata(title="Raport"), blocks), out)
    contents = PdfReader(out).pages[0].extract_text()
    assert "Polityka lokalowa" in contents and "Komunikacja i wsparcie NGO" in contents
    assert "Mocne strony" not in contents
