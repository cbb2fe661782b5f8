"""Tags on items in the Notatki page (keyboard, suggestions from every meeting, undo) and the detail pane."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from facilitator import operations
from facilitator.model import Tag
from tests.ui.capture_helpers import make_meeting, make_page, type_item, type_text
from ui.models.items_model import COL_TAGS, COL_TEXT, TagsRole

CTRL = Qt.KeyboardModifier.ControlModifier
OTHER_TAG = "Lokale użytkowe"


@pytest.fixture
def meeting(engine):
    """Our meeting, and an earlier meeting whose statement carries a tag."""
    other = operations.create_meeting(engine, date=date(2018, 3, 1), title="Wcześniejsze", template=True)[0].id
    section_id = operations.get_meeting(engine, other).sections[0].id
    operations.add_item(engine, section_id=section_id, kind="proposal", text="Tańsze lokale", tags=[OTHER_TAG])
    return make_meeting(engine)


@pytest.fixture
def page(qtbot, engine, meeting):
    _ctx, notes = make_page(qtbot, engine, meeting)
    return notes


def _item_tags(engine, meeting_id: str) -> list[list[str]]:
    meeting = operations.get_meeting(engine, meeting_id)
    return [[t.name for t in item.tags] for section in meeting.sections for item in section.all_items]


def _tag_count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Tag)).scalar_one()


def _editor(page) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and page.outline.isAncestorOf(editor)
    return editor


def _submit(qtbot, page, editor) -> None:
    """Enter in the cell editor: Qt commits on the next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.outline.state() != page.outline.State.EditingState)


def _detail_shows(qtbot, page, text: str) -> None:
    qtbot.waitUntil(lambda: page.detail.shown() is not None and page.detail.shown()[1] == text)


def test_tag_by_keyboard_with_a_suggestion_from_another_meeting_then_undo_redo(qtbot, engine, meeting, page):
    type_item(qtbot, page, "Potrzeba lokali dla małych organizacji")
    assert page.tag_completer.names() == [OTHER_TAG]  # loaded with the section, from every meeting
    tags_before = _tag_count(engine)
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_T, CTRL)  # the statement just captured
    editor = _editor(page)
    type_text(qtbot, editor, "UZYT")  # any case, no Polish letters needed
    popup = page.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == OTHER_TAG
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.text() == f"{OTHER_TAG}, "
    # The offscreen platform hands activation to the closed popup; a desktop keeps the window active.
    qtbot.wait(20)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    _submit(qtbot, page, editor)
    assert _item_tags(engine, meeting) == [[OTHER_TAG]]
    assert _tag_count(engine) == tags_before  # the existing tag, not a new one
    row = page.outline.currentIndex().row()
    assert page.items_model.index(row, COL_TAGS).data() == OTHER_TAG
    qtbot.waitUntil(page.capture.text_edit.hasFocus)  # back to capturing
    qtbot.waitUntil(lambda: page.detail.shown() is not None and page.detail.shown()[3] == (OTHER_TAG,))
    assert OTHER_TAG in page.detail.toPlainText()
    assert page.ctx.undo_stack.undoText() == "Zmiana tagów"

    page.ctx.undo_stack.undo()
    assert _item_tags(engine, meeting) == [[]]
    assert page.items_model.index(0, COL_TAGS).data() == ""
    page.ctx.undo_stack.redo()
    assert _item_tags(engine, meeting) == [[OTHER_TAG]]
    assert page.items_model.index(0, COL_TAGS).data(TagsRole) == (OTHER_TAG,)
    page.outline.select_index(page.items_model.index(0, COL_TEXT))
    qtbot.waitUntil(lambda: page.detail.shown() is not None and page.detail.shown()[3] == (OTHER_TAG,))


def test_new_tags_ignore_case_repeats_and_become_suggestions(qtbot, engine, meeting, page):
    type_item(qtbot, page, "Pierwsza")
    type_item(qtbot, page, "Druga")
    page.outline.setFocus()
    page.outline.select_index(page.items_model.index(0, COL_TEXT))
    qtbot.keyClick(page.outline, Qt.Key.Key_T, CTRL)
    editor = _editor(page)
    editor.setText("lokale użytkowe, Dotacje <&>, dotacje <&>,  ,")
    _submit(qtbot, page, editor)
    assert _item_tags(engine, meeting) == [["Dotacje <&>", OTHER_TAG], []]
    assert page.items_model.index(0, COL_TAGS).data() == f"Dotacje <&>, {OTHER_TAG}"
    assert "Dotacje <&>" in page.tag_completer.names()  # suggested from now on
    assert page.outline.hasFocus()  # started in the outline: stays there
    qtbot.keyClick(page.outline, Qt.Key.Key_T, CTRL)
    editor = _editor(page)
    assert editor.text() == f"Dotacje <&>, {OTHER_TAG}, "  # ready for one more
    editor.setText("")
    _submit(qtbot, page, editor)
    assert _item_tags(engine, meeting) == [[], []]


def test_detail_pane_shows_the_whole_long_statement(qtbot, engine, meeting, page):
    long_text = ("Wypowiedź <b>bardzo</b> długa & zawiła, zażółć gęślą jaźń 😀 " * 40)[:2000]
    assert len(long_text) == 2000
    page.capture.text_edit.setText(long_text)
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Return)
    type_item(qtbot, page, "Krótka")
    page.outline.select_index(page.items_model.index(0, COL_TEXT))
    _detail_shows(qtbot, page, long_text)
    shown = page.detail.toPlainText()
    assert long_text.strip() in shown and "Uwaga" in shown
    assert page.detail.horizontalScrollBar().maximum() == 0  # wrapped, not cut or scrolled sideways
    assert page.detail.document().size().height() > 3 * page.detail.fontMetrics().height()
    page.outline.select_index(page.items_model.index(1, COL_TEXT))
    _detail_shows(qtbot, page, "Krótka")


def test_detail_pane_is_reachable_by_keyboard(qtbot, engine, meeting, page):
    type_item(qtbot, page, "Do przeczytania")
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_D, CTRL)
    assert page.detail.hasFocus()
    _detail_shows(qtbot, page, "Do przeczytania")
    qtbot.keyClick(page.detail, Qt.Key.Key_Escape)
    assert page.outline.hasFocus()


def test_tags_are_parsed_and_loaded_once_per_section(engine, meeting):
    from facilitator.operations.capture_reads import section_items as load_section_rows
    from facilitator.operations.capture_reads import tag_names as load_tag_names
    from ui.models.items_model import parse_tags

    assert parse_tags(" zieleń ,Zieleń,  boiska   osiedlowe,,\t") == ["boiska osiedlowe", "zieleń"]
    assert parse_tags("") == [] and parse_tags(["B", "a", "b"]) == ["a", "B"]
    section_id = operations.get_meeting(engine, meeting).sections[1].id
    operations.add_item(engine, section_id=section_id, kind="remark", text="x", tags=["Żłobki", "boiska"])
    operations.add_item(engine, section_id=section_id, kind="remark", text="y")
    rows = load_section_rows(engine, section_id)
    assert [sorted(r["tags"]) for r in rows] == [["boiska", "Żłobki"], []]
    assert load_tag_names(engine) == ["boiska", OTHER_TAG, "Żłobki"]
