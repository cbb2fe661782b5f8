"""Application-wide events that cross windows: one QObject everyone connects to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """The event bus (Vorta's application signals, in small)."""

    # A meeting's data changed (meeting id, tuple of facilitator.operations.Change).
    meeting_changed = Signal(str, object)
    # Meetings were added, removed or renamed: lists must refresh.
    meetings_changed = Signal()
    # A change was committed to the database (for "saved at …" indicators).
    saved = Signal()
    # Open a meeting (optionally at an item) in its window: meeting id, item id or "".
    open_meeting_requested = Signal(str, str)


_bus: AppSignals | None = None


def bus() -> AppSignals:
    """The one AppSignals instance of this process."""
    global _bus
    if _bus is None:
        _bus = AppSignals()
    return _bus
