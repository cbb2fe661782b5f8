"""Unexpected errors in the desktop app: logged to a file and told to the user, never a silent traceback."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator import APP_ID

log = logging.getLogger(__name__)
# Every module logs to its own logger (`logging.getLogger(__name__)`); these two roots are where the log file listens.
SINKS = ("facilitator", "ui")
LOG_BYTES = 1_000_000  # rotated at about 1 MB, three old files kept
LOG_KEEP = 3


class PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """A size-limited, rotated log readable by its owner only (0600), rotated files included."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_path() -> Path:
    """The app's log file in the user's log folder (platformdirs)."""
    from platformdirs import user_log_path

    return user_log_path(APP_ID, appauthor=False) / "facilitator.log"


def install() -> logging.Handler:
    """The one log sink (a private, rotated file) for the core and the GUI; uncaught exceptions go there too."""
    path = log_path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = PrivateLogHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in SINKS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    sys.excepthook = report
    return handler


def uninstall() -> None:
    """Detach and close the log file (the app keeps it to the end; tests and embedders let it go)."""
    handlers = {handler for name in SINKS for handler in logging.getLogger(name).handlers}
    for name in SINKS:
        for handler in handlers:
            logging.getLogger(name).removeHandler(handler)
    for handler in handlers:
        handler.close()


def log_error(what: str, error: BaseException) -> None:
    """An error nobody expected, caught to keep the app running (a background job): where it failed, to the log."""
    log.error("%s\n%s", what, private_traceback(type(error), error, error.__traceback__))


def report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """Log the whole traceback; show one calm sentence: what was saved stays saved."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if QApplication.instance() is not None and not QCoreApplication.closingDown():
        from ui import connection

        if connection.handle(error):  # the office server went away: a calm message, no traceback, reconnects
            return
    log.error("unexpected error\n%s", private_traceback(kind, error, tb))
    if QApplication.instance() is None or QCoreApplication.closingDown():
        return  # at shutdown (a worker finishing after its window closed) the log is enough
    text = QCoreApplication.translate(
        "Crash",
        "Wystąpił nieoczekiwany błąd: %1\n\nWszystko, co zostało oznaczone jako zapisane, jest bezpieczne w bazie "
        "danych. Szczegóły zapisano w pliku %2.",
    )
    QMessageBox.critical(None, QCoreApplication.translate("Crash", "Nieoczekiwany błąd"),
                         text.replace("%1", user_words(error)).replace("%2", str(log_path())))


def _database_error(error: BaseException) -> bool:
    return type(error).__module__.startswith(("sqlalchemy", "sqlite3"))


def user_words(error: BaseException) -> str:
    """The error for the dialog: a database error in plain words (no SQL, no values), else its own message."""
    if _database_error(error):
        from facilitator.store.errors import translate

        return str(translate(error))
    return str(error) or type(error).__name__


def private_traceback(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Where it failed (frames and error types), never the messages: they can carry names and statements."""
    lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
    from facilitator.store.errors import translate

    said = f": {translate(error)}" if _database_error(error) else " (message withheld: it may hold personal data)"
    lines.append(f"{kind.__module__}.{kind.__qualname__}{said}\n")
    cause = error.__cause__ or error.__context__
    if cause is not None and cause is not error:
        lines.insert(0, private_traceback(type(cause), cause, cause.__traceback__) + "\nwhich led to:\n")
    return "".join(lines)
