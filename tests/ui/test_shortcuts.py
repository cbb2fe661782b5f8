"""Help → Keyboard shortcuts: F1 opens the overview in the start window and in a meeting window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from ui.dialogs.shortcuts import ShortcutsDialog, describe, native_keys
from ui.meeting_window import MeetingWindow
from ui.pages.notes import SPEAKER
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


def _installed_keys(window) -> list[tuple[str, str]]:
    """Every key bound in the window, read from Qt itself: (keys as shown, the binding's class)."""
    found = [(s.key(), "QShortcut") for s in window.findChildren(QShortcut)]
    found += [(k, "QAction") for a in window.findChildren(QAction) for k in a.shortcuts()]
    return [(k.toString(QKeySequence.SequenceFormat.NativeText), kind) for k, kind in found if not k.isEmpty()]


def test_f1_in_the_meeting_window_lists_every_installed_key(qtbot, engine, meeting_id, opened):
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.notes)
    assert "Skróty klawiszowe" in _help_titles(window)
    _press_f1(qtbot, window)
    assert len(opened) == 1 and opened[0].parent() is window
    table = opened[0].table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    listed = {key.strip() for keys, _text in rows for key in keys.split(" / ")}
    installed = _installed_keys(window)
    assert len(installed) > 30  # kinds, sections, pages, undo, agenda and attendance keys
    assert [key for key, _kind in installed if key not in listed] == []
    assert [keys for keys, text in rows if not text.strip()] == []  # every binding says what it does
    texts = {text: keys for keys, text in rows}
    assert texts["Rodzaj: Mocna strona"] == native_keys("Ctrl+1") and texts["Rodzaj: Uwaga"] == native_keys("Ctrl+6")
    assert texts["Poprzednia / następna sekcja"] == native_keys("Alt+Up / Alt+Down")
    for keys in ("Enter", "Tab / Shift+Tab", "F2", "Up"):  # handled in key events, listed from KEY_EVENTS
        assert native_keys(keys) in [k for k, _t in rows], keys


def test_a_new_binding_shows_up_without_editing_the_dialog(qtbot, engine, meeting_id):
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    describe(QShortcut(QKeySequence("Ctrl+Alt+J"), window.notes), SPEAKER)
    dialog = ShortcutsDialog(window, key_events=True)
    qtbot.addWidget(dialog)
    rows = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text()) for r in range(dialog.table.rowCount())]
    assert any(native_keys("Ctrl+Alt+J") in keys and "Mówca" in text for keys, text in rows)


def test_f1_in_the_start_window(qtbot, engine, opened):
    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    assert "Skróty klawiszowe" in _help_titles(window)
    _press_f1(qtbot, window)
    assert len(opened) == 1 and opened[0].parent() is window
