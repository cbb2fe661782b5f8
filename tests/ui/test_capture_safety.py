"""Nothing typed is lost and undo works as people expect: drafts, reopening on Notatki, clocks, Ctrl+N, Ctrl+Z."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from facilitator import operations
from facilitator.operations import CAPTURE_SLOT
from tests.ui.capture_helpers import db_items, make_meeting

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _open(qtbot, engine, meeting_id):
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _on_notes(qtbot, engine, meeting_id):
    window = _open(qtbot, engine, meeting_id)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.notes
    qtbot.waitUntil(window.notes.capture.text_edit.hasFocus, timeout=3000)
    return window


def _draft(engine, meeting_id) -> str | None:
    drafts = {d.slot: d for d in operations.get_drafts(engine, meeting_id)}
    return drafts[CAPTURE_SLOT].text if CAPTURE_SLOT in drafts else None


@pytest.fixture
def captured(engine):
    return make_meeting(engine)


def test_typing_is_kept_as_a_draft_outside_the_undo_stack_and_cleared_on_enter(qtbot, type_text, engine, captured):
    window = _on_notes(qtbot, engine, captured)
    line = window.notes.capture.text_edit
    type_text(line, "Brakuje lokali dla młodzieży")
    qtbot.waitUntil(lambda: _draft(engine, captured) == "Brakuje lokali dla młodzieży", timeout=5000)
    assert window.ctx.undo_stack.count() == 0  # a draft is no undoable change
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _draft(engine, captured) is None
    assert [i[3] for i in db_items(engine, captured)] == ["Brakuje lokali dla młodzieży"]
    assert window.ctx.undo_stack.count() == 1
    type_text(line, "Druga")
    qtbot.waitUntil(lambda: _draft(engine, captured) == "Druga", timeout=5000)
    for _ in "Druga":
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _draft(engine, captured) is None, timeout=5000)
    window.close()


def test_a_closed_meeting_reopens_on_notatki_with_the_line_as_it_was(qtbot, type_text, engine, captured):
    window = _on_notes(qtbot, engine, captured)
    capture = window.notes.capture
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the second section
    qtbot.keyClick(capture.text_edit, Qt.Key.Key_3, CTRL)  # a proposal
    section = window.notes.section_id()
    type_text(capture.text_edit, "Wynająć salę w ")
    window.close()  # at once: the close saves what the timer had not yet
    assert _draft(engine, captured) == "Wynająć salę w "
    again = _open(qtbot, engine, captured)
    assert again.tabs.currentWidget() is again.notes
    assert again.notes.capture.text_edit.text() == "Wynająć salę w "
    assert again.notes.capture.kind() == "proposal" and again.notes.section_id() == section
    assert again.notes.notice.isVisible() and "Przywrócono" in again.notes.notice.text()
    qtbot.waitUntil(again.notes.capture.text_edit.hasFocus, timeout=3000)
    type_text(again.notes.capture.text_edit, "ratuszu")
    qtbot.keyClick(again.notes.capture.text_edit, Qt.Key.Key_Return)
    assert not again.notes.notice.isVisible()
    assert ("Komunikacja i wsparcie NGO", 0, "proposal", "Wynająć salę w ratuszu", None) in db_items(engine, captured)
    again.close()


def test_a_meeting_left_on_another_page_opens_on_its_first_page(qtbot, engine, captured):
    window = _on_notes(qtbot, engine, captured)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    window.close()
    again = _open(qtbot, engine, captured)
    assert again.tabs.currentIndex() == 0
    again.close()


def test_clock_and_agenda_point_are_kept_with_the_meeting(qtbot, engine, captured):
    window = _on_notes(qtbot, engine, captured)
    combo = window.notes.agenda_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 1
    state = operations.get_capture_state(engine, captured)
    points = [p.id for p in operations.get_meeting(engine, captured).agenda]
    assert state.agenda_item_id == points[1] and state.clock_started_at is not None
    window.close()
    # As if the meeting had gone on for a while since (the window closed or the app crashed meanwhile).
    now = datetime.now(UTC)
    earlier = max(now - timedelta(minutes=40), datetime.now().astimezone().replace(hour=0, minute=0, second=1))
    operations.save_capture_state(engine, meeting_id=captured, clock_started_at=earlier,
                                  agenda_started_at=earlier + timedelta(seconds=30))
    again = _open(qtbot, engine, captured)
    assert again.tabs.currentWidget() is again.notes
    expected = int((now - earlier).total_seconds())
    assert expected <= again.notes.meeting_clock.elapsed() <= expected + 120
    assert again.notes.agenda_combo.currentIndex() == 1
    assert expected - 30 <= again.notes.agenda_clock.elapsed() <= expected + 90
    again.close()


def test_ctrl_z_in_an_empty_line_undoes_the_statement_and_enter_cannot_add_it_twice(qtbot, type_text, engine,
                                                                                     captured):
    window = _on_notes(qtbot, engine, captured)
    line = window.notes.capture.text_edit
    type_text(line, "Za mało konsultacji")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.undo_action.text() == "&Cofnij dodanie wypowiedzi"
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert db_items(engine, captured) == [] and line.text() == ""
    assert window.redo_action.text() == "&Ponów dodanie wypowiedzi"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert db_items(engine, captured) == []
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL_SHIFT)
    assert [i[3] for i in db_items(engine, captured)] == ["Za mało konsultacji"]
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert [i[3] for i in db_items(engine, captured)] == ["Za mało konsultacji"]
    window.close()


def test_ctrl_z_with_text_in_the_line_undoes_typing_only(qtbot, type_text, engine, captured):
    window = _on_notes(qtbot, engine, captured)
    line = window.notes.capture.text_edit
    type_text(line, "Pierwsza")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.keyClicks(line, "abc")
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() != "abc"
    assert [i[3] for i in db_items(engine, captured)] == ["Pierwsza"]
    for _ in range(5):
        if not line.text():
            break
        qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)
    assert line.text() == "" and [i[3] for i in db_items(engine, captured)] == ["Pierwsza"]
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL_SHIFT)  # redo of typing, not of a statement
    assert line.text() != "" and [i[3] for i in db_items(engine, captured)] == ["Pierwsza"]
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Z, CTRL)  # an empty line: the statement is what Ctrl+Z takes back
    assert db_items(engine, captured) == [] and line.text() == ""
    window.close()


def test_ctrl_n_then_close_leaves_no_empty_meeting_but_a_used_one_stays(qtbot, type_text, engine):
    from ui.start_window import StartWindow

    start = StartWindow(engine)
    qtbot.addWidget(start)
    start.show()
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow, timeout=3000)
    qtbot.keyClick(start.table, Qt.Key.Key_N, CTRL)
    (window,) = start.windows.values()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert operations.list_meetings(engine) == []
    assert "Puste spotkanie nie zostało zachowane" in start.statusBar().currentMessage()
    assert start.redo_action.text() == "&Ponów nowe spotkanie"
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow, timeout=3000)
    qtbot.keyClick(start.table, Qt.Key.Key_N, CTRL)
    (window,) = start.windows.values()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    type_text(window.details.widgets["title"], "Spotkanie w Zielonce")
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert [m.title for m in operations.list_meetings(engine)] == ["Spotkanie w Zielonce"]
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow, timeout=3000)
    qtbot.keyClick(start.table, Qt.Key.Key_N, CTRL)
    (window,) = start.windows.values()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    type_text(window.notes.capture.text_edit, "Pół zdania")
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert len(operations.list_meetings(engine)) == 2  # half a statement typed: the meeting is kept
    start.close()


def test_undo_entries_read_naturally_in_english(qtbot, qapp, type_text, engine, captured):
    from ui.i18n import install_translators

    assert install_translators(qapp, "en")
    try:
        window = _on_notes(qtbot, engine, captured)
        type_text(window.notes.capture.text_edit, "Statement")
        qtbot.keyClick(window.notes.capture.text_edit, Qt.Key.Key_Return)
        assert window.undo_action.text() == "&Undo add statement"
        qtbot.keyClick(window.notes.capture.text_edit, Qt.Key.Key_Z, CTRL)
        assert window.redo_action.text() == "&Redo add statement"
        window.close()
    finally:
        install_translators(qapp, "pl")


def _crash_copy(db_path, tmp_path):
    """The database file as a crash would leave it now (a consistent copy while the app keeps running)."""
    import sqlite3

    copy = tmp_path / "after-crash.sqlite"
    with sqlite3.connect(db_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return copy


def test_a_correction_being_typed_in_the_statement_editor_comes_back_after_a_crash(qtbot, type_text, engine, db_path,
                                                                                   tmp_path, captured):
    from facilitator.operations import item_slot
    from facilitator.store import open_database

    window = _on_notes(qtbot, engine, captured)
    line = window.notes.capture.text_edit
    type_text(line, "Stara treść")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    (item,) = [i for s in operations.get_meeting(engine, captured).sections for i in s.all_items]
    qtbot.keyClick(line, Qt.Key.Key_F2)
    outline = window.notes.outline
    assert outline.state() == outline.State.EditingState
    editor = outline.indexWidget(outline.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_End)
    type_text(editor, " — poprawiona")
    slot = item_slot(item.id)
    drafts = lambda eng: {d.slot: d.text for d in operations.get_drafts(eng, captured)}
    qtbot.waitUntil(lambda: drafts(engine).get(slot) == "Stara treść — poprawiona", timeout=5000)
    crashed = open_database(_crash_copy(db_path, tmp_path))
    try:
        again = _open(qtbot, crashed, captured)
        again_outline = again.notes.outline
        assert again.tabs.currentWidget() is again.notes
        assert again_outline.state() == again_outline.State.EditingState
        restored = again_outline.indexWidget(again_outline.currentIndex())
        assert restored.text() == "Stara treść — poprawiona" and again.notes.notice.isVisible()
        qtbot.waitUntil(restored.hasFocus, timeout=3000)
        qtbot.keyClick(restored, Qt.Key.Key_Return)
        texts = lambda: [i.text for s in operations.get_meeting(crashed, captured).sections for i in s.all_items]
        qtbot.waitUntil(lambda: texts() == ["Stara treść — poprawiona"], timeout=3000)
        qtbot.waitUntil(lambda: slot not in drafts(crashed), timeout=3000)  # the editor closed: its draft goes
        again.close()
    finally:
        crashed.dispose()
    # Here the editor lost the keyboard to the other window, which commits it as Qt does: its draft goes with it.
    qtbot.waitUntil(lambda: slot not in drafts(engine), timeout=5000)
    assert operations.get_meeting(engine, captured).sections[0].all_items[0].text == "Stara treść — poprawiona"
    window.close()
