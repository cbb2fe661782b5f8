"""QA: a search result opened with Enter lands on that statement in Notatki, not on the meeting's first page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator import operations
from tests.ui.officials_data import import_all, meeting_a, meeting_b, uid
from ui.officials.search_window import SearchWindow
from ui.start_window import StartWindow


def test_enter_on_a_result_shows_the_statement_selected_in_its_section(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b()])
    start = StartWindow(engine)
    qtbot.addWidget(start)
    start.show()
    search = SearchWindow(engine, start)
    search.show()
    qtbot.waitUntil(lambda: not search.busy, timeout=10000)
    search.query.setText("lokali")
    qtbot.waitUntil(lambda: not search.busy and search.model.rowCount() > 0, timeout=10000)
    qtbot.keyClick(search.query, Qt.Key.Key_Down)
    qtbot.keyClick(search.results, Qt.Key.Key_Return)

    window = start.windows[uid("m-a")]
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.notes
    node = window.notes.items_model.node(window.notes.outline.currentIndex())
    assert node is not None and node.id == uid("a-i3")
    stored = operations.get_meeting(engine, uid("m-a"))
    section = next(s for s in stored.sections if any(i.id == uid("a-i3") for i in s.items))
    assert window.notes.section_id() == section.id
    qtbot.waitUntil(lambda: window.notes.detail.shown() is not None)  # the statement in full below the outline


def test_a_statement_deleted_meanwhile_still_opens_the_meeting(qtbot, engine):
    import_all(engine, [meeting_a()])
    start = StartWindow(engine)
    qtbot.addWidget(start)
    operations.delete_item(engine, item_id=uid("a-i3"))
    start._open_requested(uid("m-a"), uid("a-i3"))
    window = start.windows[uid("m-a")]
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.notes
    assert window.isVisible()
