"""A statement up to the spec's 100,000 characters is never cut in a spreadsheet: it continues in extra columns.

Excel holds 32,767 characters (UTF-16 units) in a cell. Every XLSX the app writes — the consolidated report, the
consultation report and the search export — lays a longer text into continuation columns at the end of the
sheet ("Treść (cd.)", "Treść (cd. 2)" …); joining a row's cells gives back the whole text, read with openpyxl.
"""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from facilitator.cli import main
from facilitator.render.xlsxcells import MAX_CELL, split_cell

MID = "ad1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"
WORDS = "Rewitalizacja śródmieścia wymaga konsultacji z mieszkańcami i organizacjami pozarządowymi. "


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def prose(length: int, start: str = "") -> str:
    return (start + WORDS * (length // len(WORDS) + 2))[:length]


@pytest.mark.parametrize("text", [
    prose(100_000), "ż" * 100_000, "😀" * 40_000 + "a" * 20_000, prose(MAX_CELL), prose(MAX_CELL + 1),
    "😀" * (MAX_CELL // 2) + "ab",
], ids=["prose", "unbroken", "emoji (two units each)", "exactly one cell", "one more", "emoji at the edge"])
def test_the_pieces_join_back_to_the_text_and_each_fits_a_cell(text):
    pieces = split_cell(text)
    assert "".join(pieces) == text
    assert all(0 < _units(piece) <= MAX_CELL for piece in pieces)
    assert -(-_units(text) // MAX_CELL) <= len(pieces) <= -(-_units(text) // (MAX_CELL - 2000))


def test_prose_is_split_after_a_space_not_inside_a_word():
    pieces = split_cell(prose(100_000))
    assert len(pieces) == 4 and all(piece.endswith(" ") for piece in pieces[:-1])


def _file(tmp_path, long_text: str, language: str = "pl"):
    data = {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": MID, "title": "Spotkanie o rewitalizacji", "date": "2026-01-02", "language": language,
        "participants": [{"id": "p1", "name": "Zofia Ćwik", "organisation": "Stowarzyszenie Zielone Podgórze"}],
        "sections": [{"title": "Przestrzeń publiczna", "items": [
            {"kind": "proposal", "text": long_text, "speaker": "p1",
             "response": {"position": "accepted", "justification": "Uwzględniono w § 5."}},
            {"kind": "remark", "text": "Krótka uwaga o lokalach", "speaker": "p1"}]}]}}
    source = tmp_path / "m.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "db.sqlite"
    assert main(["import", str(source), "--db", str(db)]) == 0
    return db


def _sheet_rows(path, sheet: str) -> tuple[list[str], list[tuple]]:
    ws = load_workbook(path)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def _joined(header: list[str], row: tuple, column: str, word: str) -> str:
    names = [column, f"{column} ({word})", *(f"{column} ({word} {k})" for k in range(2, 10))]
    return "".join(row[header.index(name)] or "" for name in names if name in header)


@pytest.mark.parametrize(("kind", "language", "sheet", "column", "word"), [
    ("consolidated", "pl", "Wypowiedzi", "Treść", "cd."),
    ("consolidated", "en", "Statements", "Text", "cont."),
    ("consultation", "pl", "Uwagi i stanowiska", "Treść wypowiedzi", "cd."),
])
def test_a_100000_character_statement_is_whole_in_the_report_xlsx(tmp_path, capsys, kind, language, sheet, column,
                                                                   word):
    text = prose(100_000, start="=HYPERLINK(\"http://x\") ")  # and still never a formula
    db = _file(tmp_path, text)
    out = tmp_path / "r.xlsx"
    assert main(["report", "--kind", kind, "--language", language, "--db", str(db), "-o", str(out)]) == 0, \
        capsys.readouterr().err
    header, rows = _sheet_rows(out, sheet)
    assert header[-3:] == [f"{column} ({word})", f"{column} ({word} 2)", f"{column} ({word} 3)"]
    long_row = next(r for r in rows if r[header.index(column)].startswith("=HYPERLINK"))
    assert _joined(header, long_row, column, word) == text
    short = next(r for r in rows if r[header.index(column)] == "Krótka uwaga o lokalach")
    assert short[len(header) - 3:] == (None, None, None)
    ws = load_workbook(out)[sheet]
    assert ws.auto_filter.ref.split(":")[1].rstrip("0123456789") == ws.cell(1, len(header)).column_letter
    assert all(cell.data_type != "f" for row in ws.iter_rows() for cell in row)


def test_a_100000_character_statement_is_whole_in_the_search_export(tmp_path):
    from facilitator.search_export import write_xlsx
    from facilitator.store.connection import make_engine

    text = prose(100_000, start="Lokale ")
    db = _file(tmp_path, text)
    out = tmp_path / "wyniki.xlsx"
    assert write_xlsx(make_engine(f"sqlite:///{db}"), "lokale", out) == 2
    header, rows = _sheet_rows(out, "Wypowiedzi")
    assert "Treść (cd. 3)" in header
    assert sorted(_joined(header, r, "Treść", "cd.") for r in rows) == sorted([text, "Krótka uwaga o lokalach"])


def test_a_sheet_without_long_text_has_no_continuation_columns(tmp_path):
    db = _file(tmp_path, "Więcej lokali dla organizacji")
    out = tmp_path / "r.xlsx"
    assert main(["report", "--db", str(db), "-o", str(out)]) == 0
    header, _ = _sheet_rows(out, "Wypowiedzi")
    assert not [name for name in header if "(cd." in name]
