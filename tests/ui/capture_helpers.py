"""Builders shared by the capture, summary and projector tests: a real meeting made with operations."""

from __future__ import annotations

from datetime import date

from facilitator import operations

PEOPLE = ["Łucja Żółkiewska", "Jan Kowalski", "Anna Nowak-Wiśniewska"]


def make_meeting(engine) -> str:
    """A meeting from the template (four sections), three participants and two agenda points."""
    meeting_id = operations.create_meeting(engine, date=date(2018, 6, 15), template=True, start="10:00",
                                           facilitator="Ewa Chromniak")[0].id
    for name in PEOPLE:
        operations.add_participant(engine, meeting_id=meeting_id, name=name, organisation="Fundacja")
    for text in ("Informacja o WPW", "Zbieranie opinii"):
        operations.add_agenda_item(engine, meeting_id=meeting_id, text=text)
    return meeting_id


def make_page(qtbot, engine, meeting_id: str):
    """A shown NotesPage on its own MeetingContext."""
    from PySide6.QtWidgets import QApplication

    from ui.context import MeetingContext
    from ui.pages.notes import NotesPage

    ctx = MeetingContext(engine, meeting_id)
    page = NotesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts (Ctrl+1…6, Alt+Down, F5) need the window active, as in real use
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.capture.text_edit.setFocus()
    return ctx, page


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard would, Polish letters and emoji included (QTest's keyClicks is ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_item(qtbot, page, text: str) -> None:
    """Type a statement into the capture line and press Enter."""
    from PySide6.QtCore import Qt

    type_text(qtbot, page.capture.text_edit, text)
    qtbot.keyClick(page.capture.text_edit, Qt.Key.Key_Return)


def db_items(engine, meeting_id: str) -> list[tuple]:
    """Every item of a meeting as (section title, depth, kind, text, speaker name), in document order."""
    meeting = operations.get_meeting(engine, meeting_id)
    names = {p.id: p.name for p in meeting.participants}
    found: list[tuple] = []

    def walk(section, items, depth):
        for item in items:
            found.append((section.title, depth, item.kind, item.text, names.get(item.speaker_id)))
            walk(section, item.children, depth + 1)

    for section in meeting.sections:
        walk(section, section.items, 0)
    return found


def db_state(engine, meeting_id: str) -> tuple:
    """Sections and items of a meeting, for comparing before/after undo and redo."""
    meeting = operations.get_meeting(engine, meeting_id)
    sections = tuple((s.title, s.kind) for s in meeting.sections)
    return sections, tuple(db_items(engine, meeting_id))
