"""Open windows follow other officials' changes: one timer per app polls the database's change watcher
(facilitator.store.changes) and announces `others_changed` on the bus; each window reads its data again when it is
shown and nothing is being edited in it, keeping what the user chose, scrolled to and typed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget
from sqlalchemy import Engine

from facilitator.store import changes
from ui.signals import BusLink, bus

logger = logging.getLogger(__name__)
INTERVAL_MS = 1000  # others' changes are on screen within 2 s: at most a second here, the rest for reading
RETRY_MS = 400  # a window busy with an edit is asked again this often
_QUIT_HOOK = "facilitator-live-stops-at-quit"


class Live(QObject):
    """The app's one watcher and timer (not one per window)."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.watcher = changes.watch(engine)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        """Tell the windows if someone else changed the database (the watcher never raises, never waits)."""
        if self.watcher.poll():
            bus().others_changed.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.close()


_live: Live | None = None


def follow(engine: Engine) -> Live:
    """Start watching this engine's database for the whole app (again: the same watcher; another engine replaces
    it, as when the app connects to another database)."""
    global _live
    if _live is not None and _live.engine is engine and shiboken6.isValid(_live):
        return _live
    stop()
    _live = Live(engine)
    app = QCoreApplication.instance()
    if app is not None and not app.property(_QUIT_HOOK):
        app.aboutToQuit.connect(stop)
        app.setProperty(_QUIT_HOOK, True)
    return _live


def stop() -> None:
    """Stop watching (the app quits, the database is closed)."""
    global _live
    live, _live = _live, None
    if live is not None and shiboken6.isValid(live):
        live.stop()
        live.deleteLater()


class FollowOthers(QObject):
    """Calls a window's `refresh` when others changed data: at once while it is shown and `editing()` is False,
    when the edit ends otherwise, and when it is shown again if it was hidden or minimised meanwhile."""

    def __init__(self, window: QWidget, refresh: Callable[[], None],
                 editing: Callable[[], bool] = lambda: False) -> None:
        super().__init__(window)
        self.window, self.refresh, self.editing = window, refresh, editing
        self.stale = False
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.request)
        self.link = BusLink(self, (bus().others_changed, self.request))
        self.link.connect()
        window.installEventFilter(self)

    def request(self) -> None:
        """Others changed data: refresh now if the window can take it, or as soon as it can."""
        self.stale = True
        if _live is None or not self.window.isVisible() or self.window.isMinimized():
            return  # read when shown again (nothing when the app stopped watching: it quits)
        if self.editing():
            self.retry.start()
            return
        try:
            self.refresh()
        except changes.UNAVAILABLE as exc:  # the server went away: its message is the app's to give
            logger.warning("others' changes not read: %s", " ".join(str(exc).split("\n", 1)[0].split()))
            return  # still stale: read at the next change or when shown again
        self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.stale and (kind == QEvent.Type.Show or (kind == QEvent.Type.WindowStateChange
                                                        and not self.window.isMinimized())):
            QTimer.singleShot(0, self._shown)  # after the window's own show handling
        return False

    def _shown(self) -> None:
        if shiboken6.isValid(self) and self.stale:
            self.request()


# ---- what the user chose in a list, kept across a reload ---------------------------------------------------------

IdOf = Callable[[QModelIndex], str | None]


@dataclass(frozen=True)
class Kept:
    """The chosen rows, the current one and the one at the top of the view, by the ids they show."""

    chosen: frozenset[str]
    current: str | None
    top: str | None


def remember(view: QAbstractItemView, id_of: IdOf) -> Kept:
    """What the user chose and scrolled to in a view, before its rows are replaced."""
    def at(index: QModelIndex) -> str | None:
        return id_of(index) if index.isValid() else None

    chosen = frozenset(filter(None, (at(index) for index in view.selectionModel().selectedIndexes())))
    return Kept(chosen, at(view.currentIndex()), at(view.indexAt(QPoint(1, 1))))


def restore(view: QAbstractItemView, kept: Kept, id_of: IdOf) -> bool:
    """Choose the same rows again where they are now, the same one at the top; whether any was found."""
    model = view.model()
    rows = {id_of(model.index(row, 0)): row for row in range(model.rowCount(QModelIndex()))}
    selection = QItemSelection()
    for item_id in kept.chosen & rows.keys():
        selection.select(model.index(rows[item_id], 0), model.index(rows[item_id], 0))
    flags = QItemSelectionModel.SelectionFlag
    if kept.current in rows:
        view.selectionModel().setCurrentIndex(model.index(rows[kept.current], 0), flags.NoUpdate)
    view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
    if kept.top in rows:
        view.scrollTo(model.index(rows[kept.top], 0), QAbstractItemView.ScrollHint.PositionAtTop)
    return not selection.isEmpty()
