"""Kill the app mid-typing (SIGKILL, a real process): it comes back on Notatki with the half statement in the line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator import operations
from facilitator.operations import CAPTURE_SLOT

ROOT = Path(__file__).resolve().parents[2]
FULL = "Brakuje lokali dla organizacji młodzieżowych w Zielonce, a sale szkolne są zamknięte po 16:00 — " * 4

CHILD = r'''
import sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.app import make_application

app = make_application([])
from facilitator.store import open_database
from tests.ui.capture_helpers import make_meeting
from ui.start_window import StartWindow

engine = open_database(sys.argv[1])
meeting_id = make_meeting(engine)
start = StartWindow(engine)
start.show()
window = start.open_meeting(meeting_id)
window.activateWindow()
while not window.isActiveWindow():                                               # shortcuts need the active window
    app.processEvents()
QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)           # Notatki
line = window.notes.capture.text_edit
combo = window.notes.agenda_combo
combo.setFocus()
QTest.keyClick(combo, Qt.Key.Key_Down)                                           # the second agenda point
line.setFocus()
QTest.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)          # the second section
QTest.keyClicks(line, "Dobra wspolpraca z urzedem")
QTest.keyClick(line, Qt.Key.Key_Return)                                          # one statement saved
QTest.keyClick(line, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)         # the next one is a proposal
text = iter(sys.argv[2])


def type_one():
    char = next(text, None)
    if char is None:
        return
    if char.isascii():
        QTest.keyClick(line, char)
    else:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


timer = QTimer()
timer.timeout.connect(type_one)
timer.start(25)
print("TYPING", flush=True)
app.exec()
'''


def _draft(engine, meeting_id: str) -> str:
    drafts = {d.slot: d.text for d in operations.get_drafts(engine, meeting_id)}
    return drafts.get(CAPTURE_SLOT, "")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_half_a_statement_survives_sigkill_and_comes_back_on_notatki(qtbot, tmp_path):
    from facilitator.store import open_database
    from ui.drafts import reopen_interrupted
    from ui.start_window import StartWindow

    db = tmp_path / "kill.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), FULL], cwd=ROOT, env=env, text=True,
                             encoding="utf-8", stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert child.stdout.readline().strip() == "TYPING"
        watcher = open_database(db)
        try:
            (meeting,) = operations.list_meetings(watcher)
            seen = ""
            deadline = time.monotonic() + 60  # a loaded machine is slow; the draft is due within a second
            while len(seen) < 20 and time.monotonic() < deadline and child.poll() is None:
                time.sleep(0.05)
                seen = _draft(watcher, meeting.id)
        finally:
            watcher.dispose()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert len(seen) >= 20 and FULL.startswith(seen)

    engine = open_database(db)
    try:
        # The clock must go on from when the meeting started, not from the restart: let over a second pass since.
        started = operations.get_capture_state(engine, meeting.id).clock_started_at
        assert started is not None
        time.sleep(max(0.0, 1.5 - (datetime.now(UTC) - started.astimezone(UTC)).total_seconds()))
        start = StartWindow(engine)
        qtbot.addWidget(start)
        start.show()
        (window,) = reopen_interrupted(start)  # the app's start-up does this: the open meeting comes back
        qtbot.addWidget(window)
        notes = window.notes
        restored = notes.capture.text_edit.text()
        assert window.tabs.currentWidget() is notes
        assert FULL.startswith(restored) and len(seen) <= len(restored) < len(FULL)  # killed mid-typing
        assert notes.capture.kind() == "proposal" and notes.section_title.text() == "Komunikacja i wsparcie NGO"
        assert notes.notice.isVisible() and "Przywrócono" in notes.notice.text()
        assert [i.text for s in operations.get_meeting(engine, meeting.id).sections for i in s.items] == [
            "Dobra wspolpraca z urzedem"]
        assert notes.agenda_combo.currentIndex() == 1
        state = operations.get_capture_state(engine, meeting.id)
        assert state.clock_started_at is not None and notes.meeting_clock.elapsed() >= 1
        qtbot.waitUntil(notes.capture.text_edit.hasFocus, timeout=5000)
        qtbot.keyClicks(notes.capture.text_edit, " koniec.")
        qtbot.keyClick(notes.capture.text_edit, Qt.Key.Key_Return)
        texts = [i.text for s in operations.get_meeting(engine, meeting.id).sections for i in s.items]
        assert texts == ["Dobra wspolpraca z urzedem", restored + " koniec."]
        assert operations.get_drafts(engine, meeting.id) == [] and not notes.notice.isVisible()
        start.close()
    finally:
        engine.dispose()
