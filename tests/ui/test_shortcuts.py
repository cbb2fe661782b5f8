"""Help → Keyboard shortcuts: F1 opens the overview in the start window and in a meeting window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.dialogs.shortcuts import ShortcutsDialog, native_keys
from ui.meeting_window import MeetingWindow
from ui.start_window import StartWindow


@pytest.fixture
def opened(monkeypatch) -> list[ShortcutsDialog]:
    """Dialogs F1 opened; `exec` returns at once instead of blocking the test."""
    shown: list[ShortcutsDialog] = []

    def fake_exec(dialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ShortcutsDialog, "exec", fake_exec)
    return shown


def _press_f1(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)


def _help_titles(window) -> list[str]:
    menus = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Pomoc"]
    assert len(menus) == 1
    return [a.text().replace("&", "") for a in menus[0].actions() if not a.isSeparator()]


def test_f1_in_the_meeting_window_lists_every_capture_key(qtbot, engine, meeting_id, opened):
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.notes)
    assert "Skróty klawiszowe" in _help_titles(window)
    _press_f1(qtbot, window)
    assert len(opened) == 1
    keys = opened[0].keys_listed()  # as this platform and language name the keys (e.g. "Tabulator" in Polish Qt)
    for expected in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Tab / Shift+Tab", "Alt+Up / Alt+Down",
                     "F2", "Delete", "Ctrl+M", "F5", "Ctrl+Z", "Ctrl+Shift+Z / Ctrl+Y", "Alt+1 … Alt+4", "Ctrl+T",
                     "Ctrl+D", "F1"):
        assert native_keys(expected) in keys, expected
    texts = [opened[0].table.item(r, 1).text() for r in range(opened[0].table.rowCount())]
    assert "Rodzaj: Mocna strona" in texts and "Rodzaj: Uwaga" in texts
    assert opened[0].parent() is window


def test_f1_in_the_start_window(qtbot, engine, opened):
    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    assert "Skróty klawiszowe" in _help_titles(window)
    _press_f1(qtbot, window)
    assert len(opened) == 1 and opened[0].parent() is window
