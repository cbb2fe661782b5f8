"""An officials' window that follows what other windows change, so its lists are never stale.

The recurring, positions and report windows are opened once and shown again (ui/officials/controller.py); while
one is shown, a change made elsewhere (a series renamed, groups corrected, an import) reaches it by the bus's
`meetings_changed`, and a window shown again after being closed reads its data afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.signals import BusLink, bus


class Follow(QObject):
    """Calls `refresh` when data changed elsewhere while the window is shown, and when it is shown again."""

    def __init__(self, window: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        self.refresh = refresh
        self.own = False  # the window is announcing its own change: nothing to read again
        self.stale = False  # hidden since: read again when shown
        self.link = BusLink(self, (bus().meetings_changed, self._changed))
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.link.connected:
            self.link.connect()
            if self.stale:
                self.stale = False
                self.refresh()
        elif event.type() == QEvent.Type.Hide and not event.spontaneous():
            self.link.disconnect()
            self.stale = True
        return False

    def _changed(self) -> None:
        if not self.own:
            self.refresh()

    @contextmanager
    def announcing(self) -> Iterator[None]:
        """Around the window's own `meetings_changed`: the other windows follow it, this one already has it."""
        self.own = True
        try:
            yield
        finally:
            self.own = False


def refill(combo, everything: str, values: list[str]) -> None:
    """Fill a combo with "everything" (None) and the values, keeping the current choice if it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value in values:
        combo.addItem(value, value)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
