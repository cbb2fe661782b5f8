"""Capturing while the officials' search window is open: results follow, the filter lists are not re-read per statement."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator import operations
from tests.ui.capture_helpers import type_text
from tests.ui.officials_data import import_all, meeting_a, meeting_b, uid
from ui.models.search_model import ItemIdRole
from ui.officials.search_window import SearchWindow


def test_statements_captured_beside_the_search_window(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b()])
    search = SearchWindow(engine)
    qtbot.addWidget(search)
    search.show()
    qtbot.waitUntil(lambda: not search.busy, timeout=10000)
    rebuilt = []
    search.tag_combo.model().modelReset.connect(lambda: rebuilt.append("tags"))
    search.tag_combo.model().rowsRemoved.connect(lambda *_: rebuilt.append("tags"))
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, uid("m-a"))  # deletes itself on close, at the end of the test
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Notatki
    line = window.notes.capture.text_edit
    type_text(qtbot, line, "Brakuje świetlic dla młodzieży.")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    added = window.notes.items_model.node(window.notes.outline.currentIndex()).id

    def listed() -> set[str]:
        return {search.model.index(r, 0).data(ItemIdRole) for r in range(search.model.rowCount())}

    qtbot.waitUntil(lambda: not search.busy and added in listed(), timeout=10000)
    assert rebuilt == []  # a statement without tags leaves the series, section and tag lists alone
    window.ctx.run("tagi", partial(operations.update_item, tags=["świetlice"]), item_id=added)
    assert rebuilt and search.tag_combo.findData("świetlice") >= 0
    qtbot.waitUntil(lambda: not search.busy and not search.timer.isActive(), timeout=10000)  # nothing in flight
    window.close()
