"""The spec: "Unknown keys are ignored" — never validated, never refusing a file, never stored or written back."""

from __future__ import annotations

import json

import pytest
from docx import Document
from pypdf import PdfReader

from facilitator.cli import main

PID = "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"
HUGE = "1" + "0" * 30  # 10**30, the exact input: beyond any database integer
# Inserted verbatim into the JSON text, so the parser sees exactly these bytes.
EXACT = '"x-new": ' + HUGE
ODD = ('"x-new": ' + HUGE + ', "x-text": "' + "x" * 100_001 + '", "x-lone": "\\ud800", "x-deep": {"a": [1, {"b": '
       + "9" * 5000 + "}]}, \"x-null\": null")


def _meeting(extra: str) -> str:
    """A valid meeting file with `extra` inside the top level, the meeting, a participant, a section, an item,
    a nested item and a response."""
    e = extra + ", " if extra else ""
    return (
        '{' + e + '"format": "facilitator-meeting", "version": 1, "meeting": {' + e
        + '"id": "ad1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "title": "Spotkanie w sprawie żłobków", '
        '"date": "2026-01-02", "attendance_count": 7, '
        '"participants": [{' + e + '"id": "' + PID + '", "name": "Zofia Ćwik", "consent": true}], '
        '"sections": [{' + e + '"title": "Lokale", "items": [{' + e + '"kind": "proposal", '
        '"text": "Więcej lokali dla organizacji", "speaker": "' + PID + '", "tags": ["lokale"], '
        '"response": {' + e + '"position": "accepted", "justification": "Tak"}, '
        '"children": [{' + e + '"kind": "remark", "text": "Zwłaszcza w Nowej Hucie"}]}]}]}}'
    )


@pytest.mark.parametrize("extra", [EXACT, ODD], ids=["x-new 10^30", "odd values"])
def test_unknown_keys_everywhere_are_ignored_by_import_export_and_dump(tmp_path, capsys, extra):
    source, plain = tmp_path / "m.json", tmp_path / "plain.json"
    source.write_text(_meeting(extra), encoding="utf-8")
    plain.write_text(_meeting(""), encoding="utf-8")
    assert source.read_text(encoding="utf-8").count('"x-new": ' + HUGE) == 7  # the exact input, in 7 places
    db, db_plain = tmp_path / "db.sqlite", tmp_path / "plain.sqlite"

    assert main(["import", str(source), "--db", str(db)]) == 0, capsys.readouterr().err
    assert main(["import", str(plain), "--db", str(db_plain)]) == 0
    capsys.readouterr()
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"m.{fmt}"
        assert main(["export", str(source), "--format", fmt, "--named", "-o", str(out)]) == 0, capsys.readouterr()
        text = ("\n".join(page.extract_text() for page in PdfReader(out).pages) if fmt == "pdf"
                else "\n".join(p.text for p in Document(out).paragraphs))
        assert "Nowej Hucie" in text and "x-new" not in text and HUGE not in text

    mid = "ad1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"
    dumped, dumped_plain = tmp_path / "d.json", tmp_path / "d-plain.json"
    assert main(["dump", "--meeting", mid, "-o", str(dumped), "--db", str(db)]) == 0
    assert main(["dump", "--meeting", mid, "-o", str(dumped_plain), "--db", str(db_plain)]) == 0
    # Ignored means dropped: the dump is exactly the dump of the same file without the unknown keys.
    assert json.loads(dumped.read_text(encoding="utf-8")) == json.loads(dumped_plain.read_text(encoding="utf-8"))
    assert "x-" not in dumped.read_text(encoding="utf-8")
    # And the round trip is closed: importing the dump back changes nothing.
    capsys.readouterr()
    assert main(["import", str(dumped), "--db", str(db)]) == 0
    assert "unchanged meeting" in capsys.readouterr().out
    assert main(["import", str(source), "--db", str(db)]) == 0  # the file itself re-imports as unchanged too
    assert "unchanged meeting" in capsys.readouterr().out


@pytest.mark.parametrize("key", ["title", "attendance_count", "venue"])
def test_a_known_key_with_the_same_value_is_still_refused_with_its_path(tmp_path, capsys, key):
    value = {"title": '"' + "x" * 100_001 + '"', "attendance_count": HUGE, "venue": '"\\ud800"'}[key]
    text = _meeting("").replace('"attendance_count": 7', f'"{key}": {value}', 1)
    if key == "title":
        text = text.replace('"title": "Spotkanie w sprawie żłobków", ', '"attendance_count": 7, ', 1)
    source = tmp_path / "m.json"
    source.write_text(text, encoding="utf-8")
    assert main(["import", str(source), "--db", str(tmp_path / "db.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"meeting.{key}" in err, err
