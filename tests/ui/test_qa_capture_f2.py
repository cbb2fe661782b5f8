"""QA: F2 in the capture line corrects the statement just captured and gives the keyboard back to capturing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.capture_helpers import db_items, make_meeting, make_page, type_item, type_text
from ui.widgets.statement_editor import StatementEditor


def test_f2_in_the_capture_line_edits_the_newest_statement_then_returns(qtbot, engine):
    meeting_id = make_meeting(engine)
    ctx, page = make_page(qtbot, engine, meeting_id)
    type_item(qtbot, page, "Pierwsza wypowiedź")
    type_item(qtbot, page, "Drugaa wypowiedz z literówką")
    line = page.capture.text_edit
    assert line.hasFocus()

    qtbot.keyClick(line, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, StatementEditor) and editor is not line
    assert editor.text() == "Drugaa wypowiedz z literówką"
    editor.selectAll()
    type_text(qtbot, editor, "Druga wypowiedź <poprawiona> & gotowa")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(line.hasFocus)

    type_item(qtbot, page, "Trzecia")
    texts = [row[3] for row in db_items(engine, meeting_id)]
    assert texts == ["Pierwsza wypowiedź", "Druga wypowiedź <poprawiona> & gotowa", "Trzecia"]
    ctx.deleteLater()


def test_escape_leaves_the_statement_as_it_was_and_typing_goes_on(qtbot, engine):
    meeting_id = make_meeting(engine)
    ctx, page = make_page(qtbot, engine, meeting_id)
    type_item(qtbot, page, "Bez zmian")
    line = page.capture.text_edit
    qtbot.keyClick(line, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not line
    type_text(qtbot, editor, "xyz")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(line.hasFocus)
    assert [row[3] for row in db_items(engine, meeting_id)] == ["Bez zmian"]
    ctx.deleteLater()


def test_f2_with_nothing_captured_yet_keeps_the_focus_in_the_line(qtbot, engine):
    meeting_id = make_meeting(engine)
    ctx, page = make_page(qtbot, engine, meeting_id)
    line = page.capture.text_edit
    type_text(qtbot, line, "pisze")
    qtbot.keyClick(line, Qt.Key.Key_F2)
    assert line.hasFocus() and line.text() == "pisze"
    ctx.deleteLater()
