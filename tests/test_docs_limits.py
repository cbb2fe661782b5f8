"""The limits the documentation promises are the ones the code enforces (a change to either fails here)."""

from __future__ import annotations

import re
from pathlib import Path

from facilitator.meetingfile.parsing import MAX_BYTES
from facilitator.meetingfile.validation import MAX_STATEMENTS, MAX_TEXT, SQLITE_INT
from facilitator.store.backups import FOLDER, KEEP_MONTHS, KEEP_RECENT

ROOT = Path(__file__).resolve().parent.parent


def _limits_table() -> dict[str, str]:
    text = (ROOT / "docs" / "meeting-file.md").read_text(encoding="utf-8")
    section = text.split("### Limits", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| (.+?) \|$", section, re.MULTILINE)
    return {what: limit for what, limit in rows if not set(what) <= {"-"}}


def test_docs_state_the_limits_the_code_enforces():
    limits = _limits_table()
    assert limits["a meeting file"] == f"{MAX_BYTES // 1024 // 1024} MB"
    assert limits["statements in one meeting (items at any depth)"] == f"{MAX_STATEMENTS:,}"
    assert limits["characters in one text field (title, statement, name, …)"] == f"{MAX_TEXT:,}"
    assert limits["a whole number (attendance count, version)"].endswith(f"±{SQLITE_INT:,}")
    assert "`\\ud800` is refused" in limits["text"] and '`"10:00\\n"` is refused' in limits["`date`, `start`, `end`"]


def test_readme_says_where_backups_are_and_how_to_restore():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Backups and restore", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    assert f"`{FOLDER}/` folder beside it" in section
    assert f"The last {KEEP_RECENT} are kept" in section and f"each of the {KEEP_MONTHS} months" in section
    for command in ("facilitator db restore", "facilitator db backups"):
        assert command in section
