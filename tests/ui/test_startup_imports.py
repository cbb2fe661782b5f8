"""Start-up stays light: the start window does not load the exporters, the officials' engines or the meeting screens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from facilitator import operations

ROOT = Path(__file__).resolve().parents[2]
# Loaded on first use of a menu or a meeting, never to show the list of meetings.
HEAVY = ("facilitator.report", "openpyxl", "docx", "reportlab", "rapidfuzz", "PIL", "jsonschema", "alembic",
         "facilitator.search", "facilitator.recurring", "facilitator.meetingfile", "facilitator.summary",
         "facilitator.render", "ui.meeting_window")
NEEDED = ("ui.start_window", "ui.officials.controller", "facilitator.operations", "PySide6.QtWidgets")

SCRIPT = """
import json, sys
from ui.app import run
code = run(sys.argv[1], [sys.argv[0]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _start(db_path: Path) -> dict:
    """Run the app in a fresh interpreter until its start window is shown; the modules it loaded."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_EXIT_AFTER_SHOW": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_start_window_shows_without_heavy_imports(engine, db_path):
    operations.create_meeting(engine, title="Konsultacje <WPW> & „Łódź” 🙂", date=date(2018, 6, 15), template=True)
    engine.dispose()
    result = _start(db_path)
    assert result["code"] == 0
    assert all(_loaded(result["modules"], name) for name in NEEDED)
    assert [name for name in HEAVY if _loaded(result["modules"], name)] == []
