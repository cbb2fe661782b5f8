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


def _window(qtbot, engine, meeting_id):
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    _active(qtbot, window)
    return window


def _key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def test_each_page_switch_lands_on_the_pages_first_control(qtbot, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    alt = Qt.KeyboardModifier.AltModifier
    _key(qtbot, window, Qt.Key.Key_3, alt)
    assert window.tabs.currentWidget() is window.notes
    assert QApplication.focusWidget() is window.notes.capture.text_edit
    _key(qtbot, window, Qt.Key.Key_4, alt)
    assert QApplication.focusWidget() is window.summary.layout_combo
    _key(qtbot, window, Qt.Key.Key_1, alt)
    assert QApplication.focusWidget() is window.details.widgets["title"]
    window.details.widgets["venue"].setFocus()
    _key(qtbot, window, Qt.Key.Key_1, alt)  # already on Szczegóły: back to the title all the same
    assert QApplication.focusWidget() is window.details.widgets["title"]

    ctrl = Qt.KeyboardModifier.ControlModifier
    _key(qtbot, window, Qt.Key.Key_PageUp, ctrl)  # wraps around to Podsumowanie
    assert QApplication.focusWidget() is window.summary.layout_combo
    _key(qtbot, window, Qt.Key.Key_PageDown, ctrl)
    assert QApplication.focusWidget() is window.details.widgets["title"]
    _key(qtbot, window, Qt.Key.Key_PageDown, ctrl)
    assert QApplication.focusWidget() is window.attendance.quick
    _key(qtbot, window, Qt.Key.Key_PageDown, ctrl)
    assert QApplication.focusWidget() is window.notes.capture.text_edit


def test_summary_export_buttons_follow_the_options_in_tab_order(qtbot, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    _key(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    reached = []
    for _ in range(4):
        _key(qtbot, window, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert window.summary.docx_button in reached and window.summary.preview not in reached


def _capture(qtbot, window, type_text, text: str) -> None:
    type_text(window.notes.capture.text_edit, text)
    qtbot.keyClick(window.notes.capture.text_edit, Qt.Key.Key_Return)


def test_up_from_the_capture_line_reaches_the_outline_and_esc_or_enter_come_back(qtbot, engine, meeting_id, type_text):
    window = _window(qtbot, engine, meeting_id)
    _key(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    notes, line = window.notes, window.notes.capture.text_edit
    for text in ("Pierwsza: <b>&</b>", "Druga 😀", "Trzecia – najnowsza"):
        _capture(qtbot, window, type_text, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # Tab keeps its meaning in the line: the indent level
    assert notes.capture.level() == 1 and QApplication.focusWidget() is line
    qtbot.keyClick(line, Qt.Key.Key_Backtab)
    assert notes.capture.level() == 0 and QApplication.focusWidget() is line

    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is notes.outline
    assert notes.items_model.node(notes.outline.currentIndex()).text == "Trzecia – najnowsza"
    qtbot.keyClick(notes.outline, Qt.Key.Key_Up)  # the arrows now move in the outline
    assert notes.items_model.node(notes.outline.currentIndex()).text == "Druga 😀"
    qtbot.keyClick(notes.outline, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is line

    type_text(line, "w połowie")  # typed text waits in the line while the outline is visited
    qtbot.keyClick(line, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is notes.outline
    qtbot.keyClick(notes.outline, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is line and line.text() == "w połowie"
    texts = [i.text for s in operations.get_meeting(engine, meeting_id).sections for i in s.items]
    assert texts == ["Pierwsza: <b>&</b>", "Druga 😀", "Trzecia – najnowsza"]


def test_esc_in_the_outline_editor_only_closes_the_editor(qtbot, engine, meeting_id, type_text):
    window = _window(qtbot, engine, meeting_id)
    _key(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    notes = window.notes
    _capture(qtbot, window, type_text, "Do poprawienia")
    qtbot.keyClick(notes.capture.text_edit, Qt.Key.Key_Up)
    qtbot.keyClick(notes.outline, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not notes.outline and notes.outline.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is notes.outline


def test_the_shortcuts_dialog_lists_the_way_into_the_outline_and_back(qtbot, engine, meeting_id):
    from ui.dialogs.shortcuts import ShortcutsDialog, native_keys

    window = _window(qtbot, engine, meeting_id)
    dialog = ShortcutsDialog(window, key_events=True)
    qtbot.addWidget(dialog)
    keys = dialog.keys_listed()
    assert native_keys("Up") in keys and native_keys("Esc / Return / Enter") in keys
