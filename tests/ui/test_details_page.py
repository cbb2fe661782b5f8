"""Szczegóły: typing commits after the debounce, undo/redo restore fields, the agenda list edits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from facilitator import operations
from facilitator.store import open_database


def _page(qtbot, ctx):
    from ui.pages.details import DetailsPage

    page = DetailsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)  # focus events need an active window
    return page


def _stored(db_path, meeting_id):
    """Read through a fresh engine, as after restarting the app."""
    engine = open_database(db_path)
    try:
        return operations.get_meeting(engine, meeting_id)
    finally:
        engine.dispose()


def _type(qtbot, type_text, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def test_typed_fields_are_stored_after_the_debounce(qtbot, type_text, ctx, db_path, meeting_id):
    page = _page(qtbot, ctx)
    venue = "Biuro Inicjatyw Społecznych <ul. Józefińska 14> & sala 2 🙂"
    _type(qtbot, type_text, page.widgets["venue"], venue)
    _type(qtbot, type_text, page.widgets["series"], "WPW 2019–2022")
    _type(qtbot, type_text, page.widgets["start"], "9:30")
    _type(qtbot, type_text, page.widgets["attendance_count"], "22")
    qtbot.waitUntil(lambda: not any(b.pending() for b in page.bindings.values()), timeout=3000)
    stored = _stored(db_path, meeting_id)
    assert (stored.venue, stored.series, stored.start, stored.attendance_count) == (venue, "WPW 2019–2022", "09:30", 22)


def test_purpose_date_and_language_are_committed(qtbot, type_text, ctx, db_path, meeting_id):
    page = _page(qtbot, ctx)
    page.widgets["purpose"].setFocus()
    type_text(page.widgets["purpose"], "zebranie doświadczeń")
    page.widgets["date"].setDate(QDate(2019, 3, 1))
    page.widgets["language"].setCurrentIndex(page.widgets["language"].findData("en"))
    page.flush()
    stored = _stored(db_path, meeting_id)
    assert (stored.purpose, stored.date, stored.language) == ("zebranie doświadczeń", date(2019, 3, 1), "en")


def test_focus_out_commits_without_waiting(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    _type(qtbot, type_text, page.widgets["organiser"], "Urząd Miasta Krakowa")
    assert page.bindings["organiser"].pending()
    page.widgets["venue"].setFocus()
    assert not page.bindings["organiser"].pending()
    assert operations.get_meeting(engine, meeting_id).organiser == "Urząd Miasta Krakowa"


def test_undo_and_redo_of_a_field_edit_restore_the_text(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    title = page.widgets["title"]
    _type(qtbot, type_text, title, "Pierwszy")
    page.flush()
    _type(qtbot, type_text, title, "Drugi tytuł")
    page.flush()
    assert ctx.undo_stack.count() == 1  # the two edits of one field merge into one step
    ctx.undo_stack.undo()
    assert operations.get_meeting(engine, meeting_id).title == "Spotkanie testowe"
    assert title.text() == "Spotkanie testowe"
    ctx.undo_stack.redo()
    assert operations.get_meeting(engine, meeting_id).title == "Drugi tytuł"
    assert title.text() == "Drugi tytuł"


def test_empty_title_and_half_typed_time_wait_instead_of_failing(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    errors = []
    ctx.error_raised.connect(errors.append)
    _type(qtbot, type_text, page.widgets["title"], "")
    _type(qtbot, type_text, page.widgets["end"], "1")
    page.flush()
    stored = operations.get_meeting(engine, meeting_id)
    assert (stored.title, stored.end, errors) == ("Spotkanie testowe", None, [])


def test_refresh_from_another_change_keeps_text_being_typed(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    _type(qtbot, type_text, page.widgets["venue"], "Sala")
    ctx.run("x", operations.update_meeting, meeting_id=meeting_id, author="Ewa Chromniak")
    assert page.widgets["venue"].text() == "Sala"
    assert page.widgets["author"].text() == "Ewa Chromniak"


def test_agenda_add_edit_reorder_delete_and_undo(qtbot, type_text, ctx, engine, meeting_id):
    page = _page(qtbot, ctx)
    agenda = page.agenda
    agenda.new_point.setFocus()
    for text in ("Powitanie", "Wprowadzenie", "Dyskusja"):
        type_text(agenda.new_point, text)
        qtbot.keyClick(agenda.new_point, Qt.Key.Key_Return)
    assert agenda.new_point.hasFocus()

    def stored():
        return [a.text for a in operations.get_meeting(engine, meeting_id).agenda]

    assert stored() == ["Powitanie", "Wprowadzenie", "Dyskusja"] == agenda.texts()
    agenda.list.setFocus()
    agenda.list.setCurrentRow(2)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored() == ["Powitanie", "Dyskusja", "Wprowadzenie"]
    assert agenda.list.currentRow() == 1
    agenda.list.item(0).setText("Powitanie gości")
    assert stored()[0] == "Powitanie gości"
    agenda.list.setCurrentRow(0)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Delete)
    assert stored() == ["Dyskusja", "Wprowadzenie"] == agenda.texts()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert stored() == ["Powitanie", "Dyskusja", "Wprowadzenie"] == agenda.texts()


def test_agenda_drag_reorder_is_stored(qtbot, type_text, ctx, engine, meeting_id):
    for text in ("A", "B", "C"):
        operations.add_agenda_item(engine, meeting_id=meeting_id, text=text)
    page = _page(qtbot, ctx)
    model = page.agenda.list.model()
    model.moveRows(model.index(0, 0).parent(), 0, 1, model.index(0, 0).parent(), 3)  # what a drop does
    qtbot.waitUntil(lambda: [a.text for a in operations.get_meeting(engine, meeting_id).agenda] == ["B", "C", "A"],
                    timeout=2000)
    assert page.agenda.texts() == ["B", "C", "A"]
