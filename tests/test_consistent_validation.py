"""Import and export accept exactly the same files: the hostile values below are refused by both, with the path."""

from __future__ import annotations

import pytest

from facilitator.cli import main

BASE = ('{"format": "facilitator-meeting", "version": 1, "meeting": {"id": "ad1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", '
        '"title": "Spotkanie", "date": "2026-01-02", %s "sections": []}}')
CASES = {
    "lone surrogate": ('"venue": "Sala \\ud800",', "meeting.venue", "surrogate"),
    "10^30 attendance": ('"attendance_count": 1000000000000000000000000000000,', "meeting.attendance_count", "too large"),
    "5,000 digits": ('"attendance_count": ' + "9" * 5000 + ",", "meeting.attendance_count", "too large"),
    "newline after time": ('"start": "10:00\\n",', "meeting.start", "not a valid time"),
    "newline after date": ("", "meeting.date", "not a valid date"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_import_and_export_refuse_the_same_hostile_values_with_the_path(tmp_path, capsys, case):
    fragment, where, words = CASES[case]
    text = BASE % fragment
    if case == "newline after date":
        text = text.replace('"2026-01-02"', '"2026-01-02\\n"')
    source = tmp_path / "m.json"
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "db.sqlite"
    for argv in (["import", str(source), "--db", str(db)],
                 ["export", str(source), "--format", "pdf", "-o", str(tmp_path / "m.pdf")]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and where in err and words in err and len(err) < 300, (argv, err)
    assert not (tmp_path / "m.pdf").exists()


def test_the_documented_limits_are_enforced_at_the_door(tmp_path, capsys):
    import json

    from facilitator.meetingfile.validation import MAX_STATEMENTS, MAX_TEXT

    too_long = json.loads(BASE % "")
    too_long["meeting"]["title"] = "x" * (MAX_TEXT + 1)
    many = json.loads(BASE % "")
    many["meeting"]["sections"] = [{"title": "S", "items": [{"kind": "remark", "text": "t"}] * (MAX_STATEMENTS + 1)}]
    for name, data, where in (("long.json", too_long, "meeting.title"),
                              ("many.json", many, f"meeting.sections[0].items[{MAX_STATEMENTS}]")):
        source = tmp_path / name
        source.write_text(json.dumps(data), encoding="utf-8")
        for argv in (["import", str(source), "--db", str(tmp_path / "db.sqlite")],
                     ["export", str(source), "--format", "docx", "-o", str(tmp_path / "m.docx")]):
            assert main(argv) == 2
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and where in err and len(err) < 300, err
    at_limit = json.loads(BASE % "")
    at_limit["meeting"]["title"] = "x" * MAX_TEXT
    source = tmp_path / "limit.json"
    source.write_text(json.dumps(at_limit), encoding="utf-8")
    assert main(["import", str(source), "--db", str(tmp_path / "db.sqlite")]) == 0
