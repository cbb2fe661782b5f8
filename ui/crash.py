"""Unexpected errors in the desktop app: logged to a file and told to the user, never a silent traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import APP_ID

log = logging.getLogger("facilitator.ui")


def log_path() -> Path:
    """The app's log file in the user's log folder (platformdirs)."""
    from platformdirs import user_log_path

    return user_log_path(APP_ID, appauthor=False) / "facilitator.log"


def install() -> None:
    """Route uncaught exceptions (Qt slots included) to the log and a message box."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    sys.excepthook = report


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log the whole traceback; show one calm sentence: what was saved stays saved."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    if QApplication.instance() is None or QCoreApplication.closingDown():
        return  # at shutdown (a worker finishing after its window closed) the log is enough
    text = QCoreApplication.translate(
        "Crash",
        "Wystąpił nieoczekiwany błąd: %1\n\nWszystko, co zostało oznaczone jako zapisane, jest bezpieczne w bazie "
        "danych. Szczegóły zapisano w pliku %2.",
    )
    QMessageBox.critical(None, QCoreApplication.translate("Crash", "Nieoczekiwany błąd"),
                         text.replace("%1", str(error) or kind.__name__).replace("%2", str(log_path())))
