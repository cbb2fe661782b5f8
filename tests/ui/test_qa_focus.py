"""QA: after Ctrl+N and after Alt+2 the keyboard is where the next thing is typed, not on a tab bar or a page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator import operations
from ui.start_window import StartWindow


def _active(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_ctrl_n_opens_the_meeting_with_its_title_ready_to_be_replaced(qtbot, engine, type_text):
    start = StartWindow(engine)
    qtbot.addWidget(start)
    _active(qtbot, start)
    qtbot.keyClick(start, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window = next(iter(start.windows.values()))
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    title = window.details.widgets["title"]
    assert QApplication.focusWidget() is title and title.selectedText() == title.text()

    type_text(title, "Konsultacje WPW – Nowa Huta")
    window.details.flush()
    assert operations.get_meeting(engine, window.ctx.meeting_id).title == "Konsultacje WPW – Nowa Huta"


def test_alt_2_puts_the_cursor_in_the_quick_add_line(qtbot, engine, meeting_id, type_text):
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.attendance
    assert QApplication.focusWidget() is window.attendance.quick
    type_text(window.attendance.quick, "Łucja Żółkiewska; Fundacja")
    qtbot.keyClick(window.attendance.quick, Qt.Key.Key_Return)
    assert [p.name for p in operations.get_meeting(engine, meeting_id).participants] == ["Łucja Żółkiewska"]
