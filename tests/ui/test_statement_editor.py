"""F2 on a long statement shows all of it and edits it; the outline gives the text the width no column uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator import operations
from tests.ui.capture_helpers import db_items, make_meeting, make_page, type_item
from ui.models.items_model import COL_KIND, COL_SPEAKER, COL_TAGS, COL_TEXT
from ui.widgets.statement_editor import StatementEditor

SENTENCE = "Współpraca z organizacjami wymaga stałego kontaktu, jasnych terminów i informacji zwrotnej. "
LONG = (SENTENCE * 8)[:700].rstrip()


def _long_statement(qtbot, engine):
    meeting_id = make_meeting(engine)
    ctx, page = make_page(qtbot, engine, meeting_id)
    qtbot.keyClicks(page.capture.text_edit, LONG.translate(str.maketrans("ół", "ol")))  # keyClicks: ASCII
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Return)
    return meeting_id, ctx, page


def test_f2_on_a_700_character_statement_shows_all_of_it_and_edits_it(qtbot, engine):
    meeting_id, ctx, page = _long_statement(qtbot, engine)
    stored = db_items(engine, meeting_id)[0][3]
    assert len(stored) >= 690
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, StatementEditor) and editor.text() == stored
    qtbot.waitUntil(lambda: editor.verticalScrollBar().maximum() == 0)  # nothing hidden below a scroll
    assert page.outline.viewport().rect().contains(editor.geometry())
    assert editor.height() > 3 * page.outline.rowHeight(0)
    edited: list[tuple[str, str]] = []
    page.outline.text_delegate.text_edited.connect(lambda item_id, text: edited.append((item_id, text)))
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " Koniec.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "Drugi akapit.")
    item_id = operations.get_meeting(engine, meeting_id).sections[0].items[0].id
    assert edited[-1] == (item_id, stored + " Koniec.\nDrugi akapit.")
    assert db_items(engine, meeting_id)[0][3] == stored  # nothing saved before Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.capture.text_edit.hasFocus)
    assert db_items(engine, meeting_id)[0][3] == stored + " Koniec.\nDrugi akapit."
    qtbot.waitUntil(lambda: (page.detail.shown() or ("", ""))[1] == stored + " Koniec.\nDrugi akapit.")
    ctx.deleteLater()


def test_esc_in_the_long_editor_keeps_the_statement(qtbot, engine):
    meeting_id, ctx, page = _long_statement(qtbot, engine)
    stored = db_items(engine, meeting_id)[0][3]
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "zmiana")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.capture.text_edit.hasFocus)
    assert db_items(engine, meeting_id)[0][3] == stored
    ctx.deleteLater()


def test_columns_nobody_uses_take_no_space(qtbot, engine):
    meeting_id = make_meeting(engine)
    ctx, page = make_page(qtbot, engine, meeting_id)
    type_item(qtbot, page, "Bez mówcy i bez tagów")
    outline = page.outline
    assert outline.isColumnHidden(COL_SPEAKER) and outline.isColumnHidden(COL_TAGS)
    assert outline.columnWidth(COL_KIND) + outline.columnWidth(COL_TEXT) >= outline.viewport().width() - 1
    page.capture.speaker_edit.setFocus()
    qtbot.keyClicks(page.capture.speaker_edit, "Jan Kowalski")
    page.capture.text_edit.setFocus()
    type_item(qtbot, page, "Z mówcą")
    assert not outline.isColumnHidden(COL_SPEAKER) and outline.isColumnHidden(COL_TAGS)
    assert outline.model().index(1, COL_SPEAKER).data() == "Jan Kowalski"
    ctx.deleteLater()
