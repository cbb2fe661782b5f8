"""QA: in the start window the selection follows delete, undo, redo and duplicate, so the next key acts on the right row."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from facilitator import operations
from ui.start_window import StartWindow


@pytest.fixture
def three(engine) -> list[str]:
    """Three meetings; the list shows them newest first: Styczeń, Luty, Marzec from the bottom."""
    return [operations.create_meeting(engine, date=date(2018, month, 15), title=title)[0].id
            for month, title in ((1, "Styczeń <&>"), (2, "Luty 😀"), (3, "Marzec – Nowa Huta"))]


def _window(qtbot, engine) -> StartWindow:
    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # Delete and Ctrl+Z are window shortcuts
    return window


def _selected(window: StartWindow) -> list[str]:
    """Ids of the selected rows (not only the current index: what the user sees highlighted)."""
    return [window._id_at(index) for index in window.table.selectionModel().selectedRows()]


def test_undoing_a_delete_selects_the_restored_meeting(qtbot, engine, three, messages):
    window = _window(qtbot, engine)
    january, february, march = three
    window.select(february)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert messages and messages[0][0] == "question"
    assert operations.list_meetings(engine) and february not in {m.id for m in operations.list_meetings(engine)}
    assert window.current_id() == january and _selected(window) == [january]  # the next one took its place

    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_id() == february and _selected(window) == [february]
    assert window.table.currentIndex().siblingAtColumn(1).data() == "Luty 😀"

    window.redo_action.trigger()
    assert window.current_id() in (january, march) and window.model.row_of(february) < 0
    window.undo_action.trigger()
    assert _selected(window) == [february]


def test_deleting_the_last_row_selects_the_one_above(qtbot, engine, three, messages):
    window = _window(qtbot, engine)
    january, february, _march = three
    window.select(january)  # bottom row (oldest)
    window.delete_current()
    assert _selected(window) == [february]


def test_duplicate_selects_the_copy_and_undo_of_a_later_step_keeps_it_findable(qtbot, engine, three, messages):
    window = _window(qtbot, engine)
    january = three[0]
    window.select(january)
    window.duplicate_current()
    copy = window.current_id()
    assert copy not in three and _selected(window) == [copy]
    assert operations.get_meeting(engine, copy).title == "Styczeń <&>"

    window.delete_current()
    assert window.model.row_of(copy) < 0
    window.undo_action.trigger()
    assert _selected(window) == [copy]
    window.undo_action.trigger()  # the duplicate itself: the copy goes, a neighbour row stays selected
    assert window.model.row_of(copy) < 0 and len(_selected(window)) == 1 and _selected(window)[0] in three
