"""The meeting window: four pages, page switching keys, undo/redo actions, saved indicator, errors."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from facilitator import operations


def _window(qtbot, engine, meeting_id):
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_four_pages_title_and_size_fit_a_small_laptop(qtbot, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    assert [window.tabs.tabText(i).replace("&", "") for i in range(4)] == [
        "Szczegóły", "Lista obecności", "Notatki", "Podsumowanie"]
    assert window.windowTitle() == "Spotkanie testowe — 15.06.2018"
    assert window.width() <= 1366 and window.height() <= 768 - 40
    window.close()


def test_page_switching_keys(qtbot, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3  # wraps around
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1
    window.close()


def test_undo_redo_actions_flush_typing_and_restore(qtbot, type_text, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    venue = window.details.widgets["venue"]
    venue.setFocus()
    type_text(venue, "Sala Ą")
    assert window.details.bindings["venue"].pending()
    window.undo_action.trigger()  # commits the typing first, then undoes it
    assert operations.get_meeting(engine, meeting_id).venue is None and venue.text() == ""
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert operations.get_meeting(engine, meeting_id).venue == "Sala Ą"
    assert window.saved_label.text().startswith("Zapisano ")
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"
    window.close()


def test_title_follows_edits_and_closing_commits_pending_typing(qtbot, type_text, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    title = window.details.widgets["title"]
    title.setFocus()
    title.selectAll()
    type_text(title, "Nowy tytuł")
    window.close()
    assert operations.get_meeting(engine, meeting_id).title == "Nowy tytuł"


def test_errors_reach_the_status_bar_and_serious_ones_a_box(qtbot, engine, meeting_id, messages):
    window = _window(qtbot, engine, meeting_id)
    window.ctx.error("Nieprawidłowa wartość")
    assert window.statusBar().currentMessage() == "Nieprawidłowa wartość" and messages == []
    window.ctx.fail("database is locked")
    assert messages == [("warning", "database is locked")]
    assert window.statusBar().currentMessage() == "database is locked"
    window.close()


def test_python_m_ui_with_an_unusable_database_exits_non_zero(tmp_path):
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    code = ("import sys; from PySide6.QtWidgets import QMessageBox; "
            "QMessageBox.critical = staticmethod(lambda *a: print('BOX', a[2])); "
            "from ui.app import run; sys.exit(run(sys.argv[1]))")
    result = subprocess.run([sys.executable, "-c", code, str(bad)], capture_output=True, text=True, timeout=60, check=False,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
                            cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    assert result.returncode == 2
    assert "BOX Nie można otworzyć bazy danych" in result.stdout
