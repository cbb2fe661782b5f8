"""Live capture on the Notatki page, driven by the keyboard, checked against the real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator import operations
from facilitator.model import ITEM_KINDS
from facilitator.store import open_database
from tests.ui.capture_helpers import db_items, db_state, make_meeting, make_page, type_item, type_text
from ui.models.items_model import COL_TEXT, IdRole, KindRole, SpeakerRole, TextRole

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FIRST = "Tworzenie polityk publicznych"
SECOND = "Komunikacja i wsparcie NGO"


@pytest.fixture
def meeting(engine):
    return make_meeting(engine)


@pytest.fixture
def page(qtbot, engine, meeting):
    _ctx, notes = make_page(qtbot, engine, meeting)
    return notes


def test_every_kind_by_keyboard_only(qtbot, engine, meeting, page):
    edit = page.capture.text_edit
    for number, kind in enumerate(ITEM_KINDS, start=1):
        qtbot.keyClick(edit, getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert page.capture.kind() == kind
        type_item(qtbot, page, f"Wypowiedź {number}: <b> & 😀")
        assert edit.text() == ""
        assert edit.hasFocus()
    assert [(kind, text) for _s, _d, kind, text, _p in db_items(engine, meeting)] == [
        (kind, f"Wypowiedź {n}: <b> & 😀") for n, kind in enumerate(ITEM_KINDS, start=1)
    ]
    current = page.outline.currentIndex()
    assert current.data(KindRole) == "remark"
    assert page.items_model.index(current.row(), COL_TEXT).data() == "Wypowiedź 6: <b> & 😀"
    assert page.sections_model.rows()[0].count == 6


def test_tab_indents_the_next_item_and_shift_tab_lifts_it(qtbot, engine, meeting, page):
    edit = page.capture.text_edit
    type_item(qtbot, page, "Punkt główny")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert page.capture.level() == 1 and edit.hasFocus()
    type_item(qtbot, page, "Podpunkt")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    type_item(qtbot, page, "Pod-podpunkt")
    qtbot.keyClick(edit, Qt.Key.Key_Backtab)
    qtbot.keyClick(edit, Qt.Key.Key_Backtab)
    type_item(qtbot, page, "Drugi punkt")
    assert [(depth, text) for _s, depth, _k, text, _p in db_items(engine, meeting)] == [
        (0, "Punkt główny"), (1, "Podpunkt"), (2, "Pod-podpunkt"), (0, "Drugi punkt")]


def test_tab_on_a_selected_item_indents_and_outdents_it(qtbot, engine, meeting, page):
    for text in ("A", "B"):
        type_item(qtbot, page, text)
    page.outline.setFocus()
    page.outline.select_index(page.items_model.index_for_id(page.items_model.top_level_nodes()[1].id))
    qtbot.keyClick(page.outline, Qt.Key.Key_Tab)
    assert [(d, t) for _s, d, _k, t, _p in db_items(engine, meeting)] == [(0, "A"), (1, "B")]
    assert page.outline.currentIndex().data(TextRole) == "B"
    qtbot.keyClick(page.outline, Qt.Key.Key_Backtab)
    assert [(d, t) for _s, d, _k, t, _p in db_items(engine, meeting)] == [(0, "A"), (0, "B")]


def test_alt_down_and_up_switch_sections(qtbot, engine, meeting, page):
    edit = page.capture.text_edit
    type_item(qtbot, page, "w pierwszej")
    qtbot.keyClick(edit, Qt.Key.Key_Down, ALT)
    assert page.section_title.text() == SECOND and edit.hasFocus()
    type_item(qtbot, page, "w drugiej")
    qtbot.keyClick(edit, Qt.Key.Key_Up, ALT)
    type_item(qtbot, page, "znowu w pierwszej")
    assert [(s, t) for s, _d, _k, t, _p in db_items(engine, meeting)] == [
        (FIRST, "w pierwszej"), (FIRST, "znowu w pierwszej"), (SECOND, "w drugiej")]
    assert page.items_model.rowCount() == 2


def test_speaker_chosen_by_typing_part_of_the_name(qtbot, engine, meeting, page):
    qtbot.keyClicks(page.capture.text_edit, "Brakuje informacji w BIP")
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_M, CTRL)
    speaker = page.capture.speaker_edit
    assert speaker.hasFocus()
    qtbot.keyClicks(speaker, "ZOLK")  # no diacritics, other case, middle of the surname
    completer = page.capture.speaker_completer
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Łucja Żółkiewska"
    completer.popup().hide()
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    assert db_items(engine, meeting) == [(FIRST, 0, "remark", "Brakuje informacji w BIP", "Łucja Żółkiewska")]
    assert page.outline.currentIndex().data(SpeakerRole) == "Łucja Żółkiewska"
    assert speaker.text() == "" and page.capture.text_edit.text() == ""


def test_speaker_first_then_the_statement_goes_to_the_statement_line(qtbot, engine, meeting, page):
    """Ctrl+M, pick the speaker from the list with Down+Enter: what is typed next is the statement, not the speaker."""
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_M, CTRL)
    speaker = page.capture.speaker_edit
    qtbot.keyClicks(speaker, "kowal")
    popup = page.capture.speaker_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert speaker.text() == "Jan Kowalski"
    qtbot.waitUntil(page.capture.text_edit.hasFocus)
    type_item(qtbot, page, "Dyżury urzędników w czwartki")
    assert db_items(engine, meeting) == [(FIRST, 0, "remark", "Dyżury urzędników w czwartki", "Jan Kowalski")]


def test_enter_in_the_speaker_field_without_a_statement_returns_to_the_line(qtbot, engine, meeting, page):
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_M, CTRL)
    speaker = page.capture.speaker_edit
    speaker.setText("Jan Kowalski")
    qtbot.keyClick(speaker, Qt.Key.Key_Return)
    assert page.capture.text_edit.hasFocus()
    assert db_items(engine, meeting) == []


def test_unknown_speaker_keeps_the_text_and_says_why(qtbot, engine, meeting, page):
    messages = []
    page.ctx.error_raised.connect(messages.append)
    type_text(qtbot, page.capture.text_edit, "Ważna uwaga")
    page.capture.speaker_edit.setText("Nikt Taki")
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Return)
    assert db_items(engine, meeting) == []
    assert page.capture.text_edit.text() == "Ważna uwaga"
    assert messages and "Nikt Taki" in messages[0]


def test_edit_in_place_with_f2(qtbot, engine, meeting, page):
    type_item(qtbot, page, "Pierwotna treść")
    page.outline.setFocus()
    qtbot.keyClick(page.outline, Qt.Key.Key_F2)
    editor = page.outline.focusWidget()
    assert editor is not page.outline
    editor.selectAll()
    type_text(qtbot, editor, "Poprawiona treść & <więcej>")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.outline.state() == page.outline.State.NoState)  # Qt commits queued
    assert db_items(engine, meeting)[0][3] == "Poprawiona treść & <więcej>"
    assert page.outline.currentIndex().data() == "Poprawiona treść & <więcej>"


def test_reorder_by_keyboard_and_by_drop(qtbot, engine, meeting, page):
    for text in ("A", "B", "C"):
        type_item(qtbot, page, text)
    page.outline.setFocus()  # C is selected after the add
    qtbot.keyClick(page.outline, Qt.Key.Key_Up, ALT | SHIFT)
    assert [t for *_x, t, _p in db_items(engine, meeting)] == ["A", "C", "B"]
    assert page.outline.currentIndex().data() == "C"
    model = page.items_model
    a = model.index_for_id(model.top_level_nodes()[0].id)
    mime = model.mimeData([a])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, page.outline.rootIndex())
    assert [t for *_x, t, _p in db_items(engine, meeting)] == ["C", "B", "A"]
    b = model.index_for_id(model.top_level_nodes()[1].id)
    model.dropMimeData(model.mimeData([b]), Qt.DropAction.MoveAction, -1, 0, model.index_for_id(model.top_level_nodes()[0].id))
    assert [(d, t) for _s, d, _k, t, _p in db_items(engine, meeting)] == [(0, "C"), (1, "B"), (0, "A")]


def test_delete_key_deletes_and_undo_restores(qtbot, engine, meeting, page):
    for text in ("A", "B"):
        type_item(qtbot, page, text)
    page.outline.setFocus()
    qtbot.keyClick(page.outline, Qt.Key.Key_Delete)
    assert [t for *_x, t, _p in db_items(engine, meeting)] == ["A"]
    assert page.outline.currentIndex().data() == "A"
    page.ctx.undo_stack.undo()
    assert [t for *_x, t, _p in db_items(engine, meeting)] == ["A", "B"]
    assert [n.text for n in page.items_model.iter_nodes()] == ["A", "B"]


def test_sections_add_theme_rename_move_delete(qtbot, engine, meeting, page):
    page.sections_panel.theme_button.click()
    editor = page.sections_panel.view.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "Działania antydyskryminacyjne")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    view = page.sections_panel.view
    qtbot.waitUntil(lambda: view.state() == view.State.NoState)  # Qt commits queued
    meeting_row = operations.get_meeting(engine, meeting)
    assert [(s.title, s.kind) for s in meeting_row.sections][-1] == ("Działania antydyskryminacyjne", "theme")
    assert page.section_title.text() == "Działania antydyskryminacyjne"
    page.sections_panel.view.setFocus()
    qtbot.keyClick(page.sections_panel.view, Qt.Key.Key_Up, ALT | SHIFT)
    titles = [s.title for s in operations.get_meeting(engine, meeting).sections]
    assert titles[-2:] == ["Działania antydyskryminacyjne", "Inne uwagi"]
    qtbot.keyClick(page.sections_panel.view, Qt.Key.Key_Delete)
    assert "Działania antydyskryminacyjne" not in [s.title for s in operations.get_meeting(engine, meeting).sections]
    page.ctx.undo_stack.undo()
    assert [s.title for s in operations.get_meeting(engine, meeting).sections] == titles


def test_ten_mixed_changes_undo_to_start_and_redo_to_end(qtbot, engine, meeting, page):
    edit = page.capture.text_edit
    start = db_state(engine, meeting)
    type_item(qtbot, page, "Jeden")  # 1
    qtbot.keyClick(edit, Qt.Key.Key_2, CTRL)
    type_item(qtbot, page, "Dwa")  # 2
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    type_item(qtbot, page, "Pod dwa")  # 3
    page.outline.setFocus()
    qtbot.keyClick(page.outline, Qt.Key.Key_3, CTRL)  # 4: kind of the selected item
    page.outline.select_index(page.items_model.index_for_id(page.items_model.top_level_nodes()[1].id))
    qtbot.keyClick(page.outline, Qt.Key.Key_Up, ALT | SHIFT)  # 5: reorder
    page.items_model.setData(page.outline.currentIndex(), "Dwa poprawione")  # 6: edit in place
    qtbot.keyClick(page.outline, Qt.Key.Key_Delete)  # 7: delete with its sub-point
    page.add_section("theme")  # 8
    page.sections_model.setData(page.sections_panel.view.currentIndex(), "Blok")  # 9: rename
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Backtab)
    type_item(qtbot, page, "W bloku")  # 10
    end = db_state(engine, meeting)
    stack = page.ctx.undo_stack
    assert stack.count() == 10
    for _ in range(10):
        stack.undo()
    assert db_state(engine, meeting) == start
    assert page.items_model.rowCount() == 0
    for _ in range(10):
        stack.redo()
    assert db_state(engine, meeting) == end
    assert [n.text for n in page.items_model.iter_nodes()] == [
        t for s, _d, _k, t, _p in db_items(engine, meeting) if s == page.section_title.text()]


def test_everything_is_there_after_reopening_the_database(qtbot, db_path, engine, meeting, page):
    long_text = "Bardzo długa wypowiedź. " * 200
    type_item(qtbot, page, "Zażółć gęślą jaźń <&>")
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Tab)
    page.capture.text_edit.setText(long_text)
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Return)
    before = db_items(engine, meeting)
    engine.dispose()
    reopened = open_database(db_path)
    try:
        assert db_items(reopened, meeting) == before
        assert before[1][3] == long_text.strip()
    finally:
        reopened.dispose()


def test_selected_item_is_the_newest_after_each_add(qtbot, page):
    for text in ("pierwsza", "druga"):
        type_item(qtbot, page, text)
        node = page.items_model.node(page.outline.currentIndex())
        assert node is not None and node.text == text
        assert page.outline.currentIndex().data(IdRole) == node.id
