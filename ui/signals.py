"""Application-wide events that cross windows: one QObject everyone connects to."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from contextlib import suppress

import shiboken6
from PySide6.QtCore import QObject, Signal, SignalInstance


class AppSignals(QObject):
    """The event bus (Vorta's application signals, in small)."""

    # A meeting's data changed (meeting id, tuple of facilitator.operations.Change).
    meeting_changed = Signal(str, object)
    # Meetings were added, removed or renamed: lists must refresh.
    meetings_changed = Signal()
    # A change was committed to the database (for "saved at …" indicators).
    saved = Signal()
    # Another official (another connection) changed the database: shown lists read it again (ui/live.py).
    others_changed = Signal()
    # Open a meeting (optionally at an item) in its window: meeting id, item id or "".
    open_meeting_requested = Signal(str, str)


_bus: AppSignals | None = None


def bus() -> AppSignals:
    """The one AppSignals instance of this process."""
    global _bus
    if _bus is None:
        _bus = AppSignals()
    return _bus


class BusLink:
    """A widget's connections to the bus, made and dropped together, so a closed or deleted window never reacts.

    The bus outlives every window; a slot reached while its window is being destroyed would touch deleted child
    widgets. Slots are held weakly and checked with `shiboken6.isValid` before each call; the owner drops the
    link in closeEvent/hideEvent, and its `destroyed` signal drops it at the latest.
    """

    def __init__(self, owner: QObject, *pairs: tuple[SignalInstance, Callable]) -> None:
        self._owner = weakref.ref(owner)
        self._calls = [(signal, self._guarded(weakref.WeakMethod(slot))) for signal, slot in pairs]
        self.connected = False
        owner.destroyed.connect(self.disconnect)

    def _guarded(self, slot_ref: weakref.WeakMethod) -> Callable:
        def call(*args) -> None:
            owner, slot = self._owner(), slot_ref()
            if owner is None or slot is None or not shiboken6.isValid(owner):
                self.disconnect()
                return
            slot(*args)

        return call

    def connect(self) -> None:
        """Start receiving the bus signals (idempotent)."""
        if not self.connected:
            for signal, call in self._calls:
                signal.connect(call)
            self.connected = True

    def disconnect(self, *_args) -> None:
        """Stop receiving them (idempotent; also safe while the owner is being destroyed)."""
        if self.connected:
            self.connected = False
            for signal, call in self._calls:
                with suppress(RuntimeError):  # the bus itself already deleted (the app shutting down)
                    signal.disconnect(call)
