"""Closed and deleted windows never react to the app bus (no calls into deleted widgets)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from facilitator import operations
from ui.meeting_window import MeetingWindow
from ui.officials.search_window import SearchWindow
from ui.signals import bus
from ui.start_window import StartWindow


def _delete_now(widget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _emit_everything(qtbot, engine, meeting_id: str) -> list:
    """A real change and both bus signals; returns the exceptions raised in slots."""
    changes = operations.update_meeting(engine, meeting_id=meeting_id, title="Po zamknięciu <&> okna")
    with qtbot.captureExceptions() as exceptions:
        bus().meeting_changed.emit(meeting_id, changes)
        bus().meetings_changed.emit()
        bus().saved.emit()
    return exceptions


def _add_tagged_item(engine, meeting_id: str, tag: str) -> None:
    section_id = operations.get_meeting(engine, meeting_id).sections[0].id
    operations.add_item(engine, section_id=section_id, kind="remark", text="Wypowiedź", tags=[tag])


def _tags_in_filter(window: SearchWindow) -> list[str]:
    return [window.tag_combo.itemText(i) for i in range(1, window.tag_combo.count())]


def test_a_closed_search_window_ignores_the_bus_until_shown_again(qtbot, engine, meeting_id):
    window = SearchWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    window.close()
    assert not window.bus_link.connected
    _add_tagged_item(engine, meeting_id, "Lokale")
    assert _emit_everything(qtbot, engine, meeting_id) == []
    assert _tags_in_filter(window) == []  # not touched while closed
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    assert _tags_in_filter(window) == ["Lokale"]
    _add_tagged_item(engine, meeting_id, "Boiska")
    bus().meetings_changed.emit()  # shown: follows the bus again
    assert _tags_in_filter(window) == ["Boiska", "Lokale"]
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)


def test_a_deleted_search_window_is_gone_from_the_bus(qtbot, engine, meeting_id):
    window = SearchWindow(engine)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    link = window.bus_link
    _delete_now(window)
    assert not link.connected
    assert _emit_everything(qtbot, engine, meeting_id) == []


def test_a_search_window_being_destroyed_is_not_called(qtbot, engine, meeting_id):
    """The bus fires while the window's children are already deleted (the reported crash)."""
    window = SearchWindow(engine)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    window.bus_link.connect()  # as if still live while Qt tears the window down
    last_child = QObject(window)  # deleted after the combo boxes
    last_child.destroyed.connect(lambda *_: bus().meetings_changed.emit())
    with qtbot.captureExceptions() as exceptions:
        _delete_now(window)
    assert exceptions == []


def test_closed_start_and_meeting_windows_ignore_the_bus(qtbot, engine, meeting_id):
    start = StartWindow(engine)
    start.show()
    search = start.officials.open_search()
    qtbot.waitUntil(lambda: not search.busy, timeout=10000)
    meeting = start.open_meeting(meeting_id)
    assert isinstance(meeting, MeetingWindow)
    page = meeting.notes
    page.capture.text_edit.setText("Zdanie przed zamknięciem")
    page.capture.submit()
    meeting.close()  # deleted on close
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert _emit_everything(qtbot, engine, meeting_id) == []
    start.close()
    assert not start.bus_link.connected
    assert _emit_everything(qtbot, engine, meeting_id) == []
    _delete_now(start)
    assert _emit_everything(qtbot, engine, meeting_id) == []
    ctx_changes = partial(operations.add_item, text="Po usunięciu okien")
    section_id = operations.get_meeting(engine, meeting_id).sections[0].id
    assert ctx_changes(engine, section_id=section_id, kind="remark")
    with qtbot.captureExceptions() as exceptions:
        bus().open_meeting_requested.emit(meeting_id, "")
    assert exceptions == []


def test_a_link_outliving_the_bus_drops_quietly(qapp):
    """At exit Python may delete the bus before a window still following it (ui/live.py keeps hidden windows
    linked): dropping the link then raises nothing (it would reach the crash dialog while the app quits)."""
    import shiboken6
    from PySide6.QtCore import QObject

    from ui.signals import AppSignals, BusLink

    class Owner(QObject):
        def slot(self) -> None:
            pass

    signals, owner = AppSignals(), Owner()
    link = BusLink(owner, (signals.meetings_changed, owner.slot))
    link.connect()
    shiboken6.delete(signals)
    link.disconnect()
    assert not link.connected
