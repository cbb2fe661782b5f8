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
