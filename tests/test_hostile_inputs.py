"""Issue 12 §3, the exact hostile inputs, each through `import` and `export` (and the report for U+FFFE/U+FFFF).

The header-field cases (lone surrogate in a venue, 10**30, 5,000 digits, "10:00\\n") are in
test_consistent_validation.py; these put the same inputs where statements and section titles live.
"""

from __future__ import annotations

import json

import openpyxl
import pytest
from docx import Document

from facilitator.cli import main

MEETING_ID = "ad1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4c"
# Written with JSON escapes, as a hostile file would carry them.
FILE = ('{"format": "facilitator-meeting", "version": 1, "meeting": {"id": "' + MEETING_ID + '", '
        '"title": "Spotkanie", "date": "2026-01-02", "sections": [{"title": %s, "items": [{"kind": "remark", '
        '"text": %s}]}]}}')
STATEMENT, TITLE = '"Uwaga \\ud800"', '"Sekcja"'


def _run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("title", "text", "where"), [
    ('"Sekcja"', '"Uwaga \\ud800"', "meeting.sections[0].items[0].text"),
    ('"Sekcja \\ud800"', '"Uwaga"', "meeting.sections[0].title"),
    ('"Sekcja"', '"\\udfff"', "meeting.sections[0].items[0].text"),
], ids=["statement", "section title", "low surrogate alone"])
def test_a_lone_surrogate_is_refused_by_import_and_export_with_the_path(tmp_path, capsys, title, text, where):
    source = tmp_path / "m.json"
    source.write_text(FILE % (title, text), encoding="ascii")
    db = tmp_path / "db.sqlite"
    for argv in (["import", str(source), "--db", str(db)],
                 ["export", str(source), "--format", "docx", "-o", str(tmp_path / "m.docx")],
                 ["export", str(source), "--format", "pdf", "-o", str(tmp_path / "m.pdf")]):
        code, out, err = _run(capsys, argv)
        assert code == 2 and out == "", argv
        assert err.startswith("error: ") and err.count("\n") == 1 and where in err and "surrogate" in err, err
    assert not (tmp_path / "m.docx").exists() and not (tmp_path / "m.pdf").exists()


@pytest.mark.parametrize("where", ["statement", "section title"])
def test_u_fffe_and_u_ffff_are_stored_exported_and_reported_without_a_corrupt_file(tmp_path, capsys, where):
    hostile = "\\ufffe i \\uffff"
    title = f'"Sekcja {hostile}"' if where == "section title" else '"Sekcja"'
    text = f'"Uwaga {hostile} koniec"' if where == "statement" else '"Uwaga koniec"'
    source = tmp_path / "m.json"
    source.write_text(FILE % (title, text), encoding="ascii")
    db = tmp_path / "db.sqlite"
    assert _run(capsys, ["import", str(source), "--db", str(db)])[0] == 0
    # The database keeps the file's text exactly: a dump gives it back.
    assert _run(capsys, ["dump", "--meeting", MEETING_ID, "--db", str(db), "-o", str(tmp_path / "d.json")])[0] == 0
    section = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["meeting"]["sections"][0]
    assert section["title"] == json.loads(title) and section["items"][0]["text"] == json.loads(text)
    for fmt in ("xlsx", "docx", "pdf"):
        code, _, err = _run(capsys, ["report", "--format", fmt, "-o", str(tmp_path / f"r.{fmt}"), "--db", str(db)])
        assert code == 0 and err == "", (fmt, err)
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx").worksheets[0]
    cells = {cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    shown = json.loads(title if where == "section title" else text).replace("\ufffe", "\ufffd").replace("\uffff",
                                                                                                       "\ufffd")
    assert shown in cells  # the spreadsheet shows the replacement character where XML can hold nothing
    for argv, out in ((["export", str(source)], tmp_path / "e.docx"),
                      (["export", "--meeting", MEETING_ID, "--db", str(db)], tmp_path / "m.docx")):
        assert _run(capsys, [*argv, "--format", "docx", "-o", str(out)])[0] == 0
        words = "\n".join(p.text for p in Document(str(out)).paragraphs)
        # The characters XML cannot hold are left out, the rest stays (headings are printed in capitals).
        assert ("uwaga  i  koniec" if where == "statement" else "sekcja  i") in words.lower()
        assert "\ufffe" not in words and "\uffff" not in words
    assert _run(capsys, ["export", str(source), "--format", "pdf", "-o", str(tmp_path / "e.pdf")])[0] == 0
