"""`facilitator report --kind consultation`: each remark with the office's answer, in DOCX, PDF and XLSX read back.

Organisations are printed, personal names never (speakers here all have one); every statement is there in its own
words; counts per position are right, unanswered remarks read "bez stanowiska".
"""

from __future__ import annotations

import pytest

from facilitator import operations
from facilitator.cli import main
from tests.ui.officials_data import import_all, item, meeting, person, section, uid

NAMES = ("Anna Kowalska", "Jan Nowak", "Zofia Wiśniewska", "Piotr Zieliński", "Ewa Facylitatorka")
ORGS = ("Fundacja Dom Otwarty", "Stowarzyszenie Podgórze.pl", "Klub Seniora „Huta”")
SAME = "Brak lokali dla organizacji pozarządowych w centrum"
TEXTS = {
    "i1": SAME, "i2": "Konsultacje ogłaszać z miesięcznym wyprzedzeniem", "i3": SAME,
    "i4": "Za mało pomieszczeń na spotkania NGO", "i5": "Dobra współpraca z wydziałem", "i6": "Więcej ławek w parkach",
    "i7": SAME,
}
SERIES = "WPW 2027"


def _files() -> list[dict]:
    def m(name, title, day, people, sections):
        return meeting(name, title=title, date=day, facilitator="Ewa Facylitatorka", series=SERIES,
                       participants=people, sections=sections)

    return [
        m("m1", "Spotkanie w Śródmieściu", "2026-04-10",
          [person("p1", "Anna Kowalska", ORGS[0]), {"id": uid("p2"), "name": "Jan Nowak"}], [
              section("s1", "Polityka lokalowa", [item("i1", "weakness", TEXTS["i1"], speaker="p1")]),
              section("s2", "Tworzenie polityk publicznych", [item("i2", "proposal", TEXTS["i2"], speaker="p2")]),
          ]),
        m("m2", "Spotkanie na Podgórzu", "2026-04-17", [person("p3", "Zofia Wiśniewska", ORGS[1])], [
            section("s3", "Polityka lokalowa", [item("i3", "weakness", TEXTS["i3"], speaker="p3"),
                                                item("i4", "weakness", TEXTS["i4"], speaker="p3")]),
            section("s4", "Komunikacja i wsparcie NGO", [item("i5", "strength", TEXTS["i5"])]),
        ]),
        m("m3", "Spotkanie w Nowej Hucie", "2026-04-24", [person("p4", "Piotr Zieliński", ORGS[2])], [
            section("s5", "Polityka lokalowa", [item("i7", "weakness", TEXTS["i7"], speaker="p4")]),
            section("s6", "Inne uwagi", [item("i6", "remark", TEXTS["i6"], speaker="p4")], kind="other"),
        ]),
    ]


@pytest.fixture
def db(engine, db_url):
    import_all(engine, _files())
    group = [uid(n) for n in ("i1", "i3", "i4", "i7")]
    operations.confirm_group(engine, item_ids=group)
    operations.set_response(engine, item_ids=group[:3], position="partly_accepted",
                            justification="Miasto przygotuje trzy lokale w 2027 r.", paragraph="§ 5 ust. 2")
    operations.set_response(engine, item_ids=[uid("i7")], position="not_accepted",
                            justification="Brak środków w budżecie na ten cel.")
    operations.set_response(engine, item_ids=[uid("i2")], position="accepted",
                            justification="Termin zostanie wpisany do programu.", paragraph="§ 8")
    engine.dispose()
    return db_url


def _report(db, out, *extra) -> int:
    return main(["report", "--kind", "consultation", "--db", str(db), "-o", str(out), *extra])


def _docx_text(path) -> tuple[str, list[list[list[str]]]]:
    import docx

    document = docx.Document(str(path))
    # cells keep "2026 r." and "nr 1" together with no-break spaces (test_render_pdf_words); read as spaces here
    tables = [[[cell.text.replace("\xa0", " ") for cell in row.cells] for row in table.rows] for table in document.tables]
    text = "\n".join([p.text for p in document.paragraphs] + [c for t in tables for r in t for c in r])
    return text, tables


def _pdf_boxes(path) -> str:
    """Each text box (a table cell, a paragraph) on one line, whitespace collapsed."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    boxes = [" ".join(el.get_text().split()) for page in extract_pages(str(path)) for el in page
             if isinstance(el, LTTextContainer)]
    return "\n".join(boxes)


def _check_common(text: str, meeting_line: str = "Spotkanie na Podgórzu, 17 kwietnia 2026 r.") -> None:
    flat = " ".join(text.split())
    for name in NAMES:
        assert name not in flat, name
    for org in ORGS:
        assert org in flat, org
    for statement in TEXTS.values():
        assert statement in flat, statement
    for words in ("Raport z konsultacji", "uwzględniono częściowo", "nie uwzględniono", "bez stanowiska",
                  "Miasto przygotuje trzy lokale w 2027 r.", "Brak środków w budżecie na ten cel.", "§ 5 ust. 2",
                  meeting_line):
        assert words in flat, words


def test_docx_has_every_remark_its_organisations_and_answers_and_no_name(db, tmp_path):
    out = tmp_path / "konsultacje.docx"
    assert _report(db, out, "--series", "wpw  2027") == 0
    text, tables = _docx_text(out)
    _check_common(text)
    counts = tables[0]
    assert counts[0] == ["Obszar", "uwzględniono", "uwzględniono częściowo", "nie uwzględniono", "bez stanowiska",
                         "Razem"]
    assert counts[-1] == ["Razem", "1", "1", "1", "2", "5"]
    local = next(row for row in counts if row[0] == "Polityka lokalowa")
    assert local[1:] == ["0", "1", "1", "0", "2"]
    rows = [row for t in tables[1:] for row in t[1:] if row[0].isdigit() and len(row) == 7]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 6)]
    split = [row for row in rows if row[1].startswith(SAME)]
    assert sorted(row[4] for row in split) == ["nie uwzględniono", "uwzględniono częściowo"]
    partly = next(row for row in split if row[4] == "uwzględniono częściowo")
    assert partly[2].split("\n") == [ORGS[0], ORGS[1]] and partly[6] == "§ 5 ust. 2"
    whole = next(row for row in split if row[4] == "nie uwzględniono")
    assert whole[2] == ORGS[2] and whole[3] == "zgłoszone na 1 spotkaniu"
    assert whole[1] == f"{SAME} (Spotkanie w Nowej Hucie, 24 kwietnia 2026 r.)"
    assert partly[1].split("\n") == [
        f"{SAME} (2 razy: Spotkanie w Śródmieściu, 10 kwietnia 2026 r.; Spotkanie na Podgórzu, 17 kwietnia 2026 r.)",
        f"– {TEXTS['i4']} (Spotkanie na Podgórzu, 17 kwietnia 2026 r.)"]
    assert partly[3] == "zgłoszone na 2 spotkaniach"
    proposal = next(row for row in rows if row[1] == TEXTS["i2"])
    assert proposal[2] == ""  # Jan Nowak has no organisation: nobody is named
    assert proposal[4:] == ["uwzględniono", "Termin zostanie wpisany do programu.", "§ 8"]
    assert next(row for row in rows if row[1] == TEXTS["i6"])[4] == "bez stanowiska"


def test_pdf_reads_back_the_same(db, tmp_path):
    out = tmp_path / "konsultacje.pdf"
    assert _report(db, out) == 0
    text = _pdf_boxes(out)
    _check_common(text)
    boxes = text.split("\n")
    end = boxes.index(next(b for b in boxes if b.startswith("Zgłaszający:")))
    start = max(i for i in range(end) if boxes[i] == "Razem")  # the totals row's label, after the four areas
    numbers = boxes[start + 1:end]
    columns = [numbers[i:i + 5] for i in range(0, len(numbers), 5)]  # a column per position, areas then total
    assert [column[-1] for column in columns] == ["1", "1", "1", "2", "5"]


def test_xlsx_has_a_row_per_statement_with_its_answer_and_all_text_cells_are_strings(db, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "konsultacje.xlsx"
    assert _report(db, out, "--format", "xlsx") == 0
    book = load_workbook(out)
    sheet, counts = book.worksheets
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Lp.", "Obszar", "Rodzaj", "Uwaga", "Treść wypowiedzi")
    body = rows[1:]
    assert sorted(r[4] for r in body) == sorted(TEXTS.values())
    _check_common("\n".join(str(v) for r in rows for v in r if v is not None)
                  + "\n" + "\n".join(str(v) for r in counts.iter_rows(values_only=True) for v in r if v is not None)
                  + "\nRaport z konsultacji", meeting_line="Spotkanie na Podgórzu")
    by_text = {}
    for r in body:
        by_text.setdefault(r[4], []).append(r)
    assert {r[8] for r in by_text[SAME]} == {"uwzględniono częściowo", "nie uwzględniono"}
    assert by_text[TEXTS["i2"]][0][5] is None and by_text[TEXTS["i2"]][0][8] == "uwzględniono"
    assert list(counts.iter_rows(values_only=True))[-1] == ("Razem", 1, 1, 1, 2, 5)
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s"


def test_english_report_and_formula_like_text_stays_text(engine, db_url, tmp_path):
    from openpyxl import load_workbook

    files = _files()
    files[0]["meeting"]["sections"][0]["items"][0]["text"] = '=HYPERLINK("http://x","y")'
    import_all(engine, files)
    operations.set_response(engine, item_ids=[uid("i1")], position="not_accepted", justification="=1+1")
    engine.dispose()
    out = tmp_path / "report.xlsx"
    assert main(["report", "--kind", "consultation", "--db", str(db_url), "--lang", "en", "-o", str(out)]) == 0
    sheet = load_workbook(out).worksheets[0]
    values = [c for r in sheet.iter_rows() for c in r]
    formula = [c for c in values if c.value == '=HYPERLINK("http://x","y")']
    assert formula and all(c.data_type == "s" for c in formula)
    assert any(c.value == "=1+1" and c.data_type == "s" for c in values)
    assert sheet.cell(1, 9).value == "Office's position"
    assert {c.value for c in values} >= {"not accepted", "no position"}
    docx_out = tmp_path / "report.docx"
    assert main(["report", "--kind", "consultation", "--db", str(db_url), "--lang", "en", "-o", str(docx_out)]) == 0
    text, _tables = _docx_text(docx_out)
    assert "Consultation response report" in text and "no position" in text and "10 April 2026" in text


def test_user_errors_are_one_line_with_exit_status_2(db, tmp_path, capsys):
    assert _report(db, tmp_path / "raport.odt") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot tell the format") and err.count("\n") == 1
    assert _report(db, tmp_path / "raport.pdf", "--series", "Nie ma takiej") == 2
    err = capsys.readouterr().err
    assert "there is no series" in err and SERIES in err and "Traceback" not in err
    with pytest.raises(SystemExit) as caught:  # argparse names the choices
        main(["report", "--kind", "opinion", "--db", str(db), "-o", str(tmp_path / "r.pdf")])
    assert caught.value.code == 2 and "consultation" in capsys.readouterr().err


def test_a_part_of_a_split_group_keeps_the_group_wording_as_its_heading(engine):
    from facilitator.report import ReportOptions, consultation

    import_all(engine, _files())
    operations.confirm_group(engine, item_ids=[uid("i1"), uid("i4")])
    operations.set_response(engine, item_ids=[uid("i4")], position="accepted")
    result = consultation.collect(engine, ReportOptions(confirmed_only=True))
    parts = [r for r in result.remarks() if r.grouped]
    assert sorted(r.answer.position or "" for r in parts) == ["", "accepted"]
    table = next(b for b in consultation.build(result).blocks if getattr(b, "rows", None) and any(
        row[4] == "uwzględniono" for row in b.rows))
    cell = next(row[1] for row in table.rows if row[4] == "uwzględniono")
    assert cell.split("\n") == [SAME, f"– {TEXTS['i4']} (Spotkanie na Podgórzu, 17 kwietnia 2026 r.)"]
    whole = consultation.collect(engine, ReportOptions(confirmed_only=True), split=False)
    assert [r.answer.position for r in whole.remarks() if r.grouped] == [consultation.MIXED]


def test_the_officials_heading_of_a_group_heads_its_remark_followed_by_every_wording(engine, tmp_path):
    from facilitator.report import ReportOptions, consultation, write

    import_all(engine, _files())
    group = [uid(n) for n in ("i1", "i3", "i4", "i7")]
    operations.confirm_group(engine, item_ids=group)
    operations.rename_group(engine, item_ids=group, heading="Lokale dla organizacji")
    result = consultation.collect(engine, ReportOptions(), split=False)
    remark = next(r for r in result.remarks() if r.grouped)
    assert remark.heading == "Lokale dla organizacji"
    out = write(engine, "docx", ReportOptions(), tmp_path / "k.docx", kind="consultation")
    _text, tables = _docx_text(out)
    cell = next(row[1] for t in tables[1:] for row in t if row[1].startswith("Lokale dla organizacji"))
    assert cell.split("\n") == [
        "Lokale dla organizacji",
        (f"– {SAME} (3 razy: Spotkanie w Śródmieściu, 10 kwietnia 2026 r.; Spotkanie na Podgórzu, 17 kwietnia "
         "2026 r.; Spotkanie w Nowej Hucie, 24 kwietnia 2026 r.)"),
        f"– {TEXTS['i4']} (Spotkanie na Podgórzu, 17 kwietnia 2026 r.)"]
