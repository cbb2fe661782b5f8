"""The PDF meetings table wraps only at spaces and after hyphens ("Uczestnic|y", "październi|ka" never happen)."""

from __future__ import annotations

from datetime import date

from facilitator.cli import main
from facilitator.render import render_pdf
from facilitator.render.layout import pieces
from facilitator.summary import Metadata, Summary, Table
from tests.test_search import make_meeting

HEADER = ("Lp.", "Data", "Tytuł", "Miejsce", "Uczestnicy", "Liczba wypowiedzi")
MEETINGS = [
    (("Konsultacje Wieloletniego Programu Współpracy z organizacjami pozarządowymi – przedstawiciele "
     "Rady Działalności Pożytku Publicznego"), date(2026, 10, 1),
     "Centrum Obywatelskie Śródmieście-Północ, ul. Konstantynopolitańska 12"),
    ("Przeciwdziałanie wykluczeniu-społecznemu i niepełnosprawności w dzielnicach", date(2026, 9, 22),
     "Międzypokoleniowe Centrum Aktywności Lokalnej"),
    ("Spotkanie", date(2026, 2, 28), "Sala"),
]


def vocabulary(*texts: str) -> set[str]:
    """Every word of the texts, and every piece of a hyphenated word a line may end or start with."""
    found: set[str] = set()
    for text in texts:
        for word in text.split():
            found.add(word)
            parts = pieces(word)
            found.update("".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))
    return found


def assert_whole_words(lines: list[str], allowed: set[str]) -> None:
    split = [token for line in lines for token in line.split() if token not in allowed]
    assert not split, split


def test_the_meetings_table_of_a_report_never_splits_a_word(engine, db_url, tmp_path):
    from pdfminer.high_level import extract_text

    for n, (title, day, venue) in enumerate(MEETINGS):
        make_meeting(engine, title=title, day=day, venue=venue,
                     items={"Polityka lokalowa": [("weakness", f"Brak lokali {n}")]})
    engine.dispose()
    out = tmp_path / "raport.pdf"
    assert main(["report", "--db", str(db_url), "--format", "pdf", "-o", str(out)]) == 0
    text = extract_text(str(out))
    table = text[text.rindex("Spotkania objęte raportem") + len("Spotkania objęte raportem"):]
    lines = [line.strip() for line in table.splitlines() if line.strip() and not line.startswith("Strona ")]
    dates = ["1 października 2026 r.", "22 września 2026 r.", "28 lutego 2026 r."]
    allowed = vocabulary(*HEADER, *(t for t, _, _ in MEETINGS), *(v for _, _, v in MEETINGS), *dates,
                         "brak danych", "1 2 3")
    assert_whole_words(lines, allowed)
    assert "Uczestnicy" in lines and "października" in " ".join(lines).split()


def test_an_overlong_word_cuts_only_its_own_column(tmp_path):
    from pdfminer.high_level import extract_text

    garbage = "Stowarzyszenie" * 4 + "Fund"  # 60 letters, no space: no column can hold it at any size
    rows = (("1", "1 października 2026 r.", f"Spotkanie {garbage}", "ul. Konstantynopolitańska", "brak danych", "12"),)
    out = tmp_path / "t.pdf"
    render_pdf(Summary(Metadata(title="Tabela"), (Table(HEADER, rows, (0.6, 2.0, 4.0, 3.0, 1.2, 1.2)),)), out)
    lines = [line.strip() for line in extract_text(str(out)).splitlines() if line.strip()]
    others = [line for line in lines if not set(line) <= set(garbage) and not line.startswith("Strona ")]
    assert_whole_words([line.replace("Spotkanie ", "") for line in others if "Stowarzysz" not in line],
                       vocabulary(*HEADER, *rows[0]) - {garbage})
    assert "Uczestnicy" in lines and "października" in " ".join(lines).split()



def test_a_year_keeps_its_r_and_nr_its_number_at_every_width():
    """Polish typography: no line of a table cell opens with the "r." of a year or the number after "nr".

    Every width from a word's to the whole cell's is tried; at some of them ordinary spaces wrap right there
    ("…2026 | r.", "…nr | 16,"), in the layout's line breaking (wrap_lines) and in reportlab's alike."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from facilitator.render.pdfstyle import register_fonts
    from facilitator.render.text import bound, pdf_markup, wrap_lines

    family = register_fonts()
    style = ParagraphStyle("cell", fontName=family, fontSize=9, leading=12)
    text = bound("Spotkanie konsultacyjne nr 16, 11 września 2026 r.; Spotkanie nr 7, 1 maja 2027 r.")
    widest = stringWidth("konsultacyjne", family, 9)

    def wrong(lines: list[str]) -> list[str]:
        return [line for line in lines if line.startswith(("r.", "16", "7,")) or line.endswith(" nr")]

    for width in range(int(widest) + 1, int(stringWidth(text, family, 9)) + 2):
        assert not wrong(wrap_lines(text, width, lambda piece: stringWidth(piece, family, 9))), width
        paragraph = Paragraph(pdf_markup(text), style)
        paragraph.wrap(width, 1000)
        printed = [" ".join(line[1]) for line in paragraph.blPara.lines]
        assert not wrong(printed) and "".join(printed).replace(" ", "") == text.replace(" ", ""), (width, printed)


def test_docx_cells_keep_a_year_with_its_r_and_nr_with_its_number(tmp_path):
    import docx

    from facilitator.render import render_docx

    rows = (("1", "Spotkanie konsultacyjne nr 1, 2 lutego 2026 r."),)
    render_docx(Summary(Metadata(title="Tabela"), (Table(("Lp.", "Spotkanie"), rows, (0.5, 1.0)),)), tmp_path / "t.docx")
    texts = {c.text for t in docx.Document(str(tmp_path / "t.docx")).tables for r in t.rows for c in r.cells}
    assert "Spotkanie konsultacyjne nr\xa01, 2 lutego 2026\xa0r." in texts
