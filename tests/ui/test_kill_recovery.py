"""Kill the app mid-capture: every statement it showed as saved is in the database afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitator.store import open_database
from tests.ui.capture_helpers import make_meeting
from ui.context import MeetingContext
from ui.pages.notes import NotesPage

engine = open_database(sys.argv[1])
ctx = MeetingContext(engine, make_meeting(engine))
page = NotesPage(ctx)
page.show()
saved = []
ctx.saved.connect(lambda _when: saved.append(True))
print("READY", flush=True)
for line in sys.stdin:
    text = line.rstrip("\n")
    page.capture.text_edit.setFocus()
    page.capture.text_edit.setText(text)
    QTest.keyClick(page.capture.text_edit, Qt.Key.Key_Return)
    app.processEvents()
    shown = page.items_model.node(page.outline.currentIndex())
    if saved and shown is not None and shown.text == text and page.capture.text_edit.text() == "":
        saved.clear()
        print("SAVED " + text, flush=True)
'''


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_everything_shown_as_saved_survives_sigkill(tmp_path):
    from facilitator import operations
    from facilitator.store import open_database

    db = tmp_path / "kill.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db)], cwd=ROOT, env=env, text=True, encoding="utf-8",
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert child.stdout.readline().strip() == "READY"
        texts = [f"Wypowiedź {n}: zażółć <&> 😀" for n in range(400)]
        child.stdin.write("".join(t + "\n" for t in texts))
        child.stdin.flush()
        confirmed = []
        while len(confirmed) < 25:
            line = child.stdout.readline()
            assert line, "the child stopped before saving"
            confirmed.append(line.rstrip("\n").removeprefix("SAVED "))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert confirmed == texts[:25]
    engine = open_database(db)
    try:
        (meeting,) = operations.list_meetings(engine)
        stored = [i.text for s in operations.get_meeting(engine, meeting.id).sections for i in s.items]
    finally:
        engine.dispose()
    assert stored[: len(confirmed)] == confirmed
    assert len(stored) < len(texts)  # killed mid-capture, not after the end
