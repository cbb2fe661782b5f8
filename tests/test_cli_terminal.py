"""Terminal output is data: a meeting title cannot forge lines or send escape sequences to the terminal."""

from __future__ import annotations

import json

from facilitator.cli import main, printable

FORGED = "Zebranie\n00000000-0000-0000-0000-000000000000  2026-01-01  Fałszywe\x1b[2J\x1b]0;pwned\x07\r\u202eabc\u2028x\x85"


def test_list_and_import_lines_escape_control_characters(tmp_path, capsys):
    source = tmp_path / "m.json"
    source.write_text(json.dumps({"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": "9d1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "title": FORGED, "date": "2026-01-02", "sections": []}},
        ensure_ascii=False), encoding="utf-8")
    db = ["--db", str(tmp_path / "db.sqlite")]
    assert main(["import", str(source), *db]) == 0
    imported = capsys.readouterr().out
    assert main(["list", *db]) == 0
    listed = capsys.readouterr().out
    for out in (imported, listed):
        assert out.count("\n") == 1, out
        assert not any(ch in out for ch in "\x1b\x07\r\u202e\u2028\x85")
    assert "Zebranie\\n00000000" in listed and "\\x1b[2J" in listed and "Fałszywe" in listed


def test_printable_keeps_polish_and_escapes_controls():
    assert printable("Zażółć gęślą jaźń") == "Zażółć gęślą jaźń"
    assert printable("a\tb\x00c\x9bd") == "a\\tb\\x00c\\x9bd"


def test_a_lone_surrogate_in_a_refused_files_key_is_one_escaped_line(tmp_path, capsys):
    """A key name is printed in the error's path; a lone surrogate there cannot be written as UTF-8 (it crashed)."""
    source = tmp_path / "m.json"
    source.write_text(json.dumps({"format": "facilitator-meeting", "version": 1, "meeting": {
        "title": "", "date": "2000-01-01", "sections": [], "\ud800": 10**19}}), encoding="ascii")
    assert main(["import", str(source), "--db", str(tmp_path / "db.sqlite")]) in (0, 2)
    err = capsys.readouterr().err
    assert "\ud800" not in err and err.count("\n") <= 1
    assert printable("a\ud800b\udfff") == "a\\ud800b\\udfff"
