"""A dropped connection to the office database: one calm message, never a traceback; a probe every few seconds
reconnects by itself, then the windows refresh and say so.

The engine's pool (pool_pre_ping) replaces dead connections on its own: once the server is back the next action
works. The watch only tells the user, retries `SELECT 1` off the GUI thread, and announces the return.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import Engine

from facilitator.store.errors import ConnectionLost, is_disconnect

PROBE_EVERY_MS = 3000

log = logging.getLogger(__name__)


class ConnectionWatch(QObject):
    """The open server database's connection: lost (told once per failed action), probed, restored."""

    lost = Signal(str)  # host/db: the connection went away
    restored = Signal(str)  # host/db: the server answers again (windows refresh, drafts are written)

    def __init__(self, engine: Engine, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine, self.label = engine, label
        self.down = False
        self._showing = False
        self._probing = False
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_EVERY_MS)
        self.timer.timeout.connect(self.probe)

    def message(self) -> str:
        return QCoreApplication.translate(
            "Connection", "Utracono połączenie z bazą urzędu (%1). Nic zapisanego nie przepadło; Facilitator połączy "
                          "się ponownie, gdy serwer wróci.").replace("%1", self.label)

    def restored_message(self) -> str:
        return QCoreApplication.translate("Connection", "Połączono ponownie z bazą urzędu (%1).").replace(
            "%1", self.label)

    def report(self, parent: QWidget | None = None) -> None:
        """An action failed because the server went away: say so (one box at a time) and start probing."""
        log.warning("the connection to the office database was lost")
        if not self.down:
            self.down = True
            self.lost.emit(self.label)
            self.timer.start()
        if self._showing or QCoreApplication.closingDown():
            return
        self._showing = True
        try:
            QMessageBox.warning(parent or QApplication.activeWindow(),
                                QCoreApplication.translate("Connection", "Brak połączenia z bazą urzędu"),
                                self.message())
        finally:
            self._showing = False

    def probe(self) -> None:
        """Ask the server `SELECT 1` in the thread pool; the answer comes back on the GUI thread."""
        if self._probing:
            return
        from ui.officials import workers

        self._probing = True
        from facilitator.store.connection import ping

        worker = workers.Worker(lambda _progress, _token: ping(self.engine), expected=(Exception,))
        worker.signals.finished.connect(self._answered)
        worker.signals.failed.connect(self._unanswered)
        workers.start(worker)

    def _answered(self, _result: object) -> None:
        self._probing = False
        if self.down:
            self.down = False
            self.timer.stop()
            log.info("the connection to the office database is back")
            from ui.signals import bus

            self.restored.emit(self.label)
            bus().meetings_changed.emit()  # lists read again: others may have changed things meanwhile

    def _unanswered(self, _message: str) -> None:
        self._probing = False


_watch: dict[str, ConnectionWatch] = {}


def watch(engine: Engine, label: str, parent: QObject | None = None) -> ConnectionWatch:
    """Start following a server database's connection (the app does it for the office database it opens)."""
    _watch.clear()
    _watch["current"] = ConnectionWatch(engine, label, parent)
    return _watch["current"]


def current() -> ConnectionWatch | None:
    """The watch of the open office database (None on SQLite)."""
    return _watch.get("current")


def forget() -> None:
    """The office database was closed (the app switched or quits)."""
    found = _watch.pop("current", None)
    if found is not None:
        found.timer.stop()


def handle(error: BaseException, engine: Engine | None = None, parent: QWidget | None = None) -> bool:
    """If the error means the server went away, tell the user calmly (and reconnect later); True when handled."""
    if not isinstance(error, ConnectionLost) and not is_disconnect(error):
        return False
    found = current()
    if found is None or (engine is not None and found.engine is not engine):
        if engine is None:
            return False
        from facilitator.store.paths import server_label

        found = watch(engine, server_label(engine.url.render_as_string()))
    found.report(parent)
    return True
