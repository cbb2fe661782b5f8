"""Start the desktop app: QApplication, translations, the database, the start window."""

from __future__ import annotations

import os
import sys
import time

# The data layer before Qt: PySide6's import hook reads the source of every module imported after it (looking
# for `__feature__`); imported first, SQLAlchemy's ~250 modules and our model skip that scan (~0.15 s at start).
from facilitator import APP_ID, APP_NAME, __version__
from facilitator import operations as _operations  # noqa: F401 - the first list query needs it; see above
from facilitator.i18n import set_language
from facilitator.store import DatabaseError, open_database

# isort: split
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.i18n import install_translators
from ui.settings import Settings

SHOWN_MARK = "facilitator-window-shown-at"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named (for QSettings) and scaled for high-DPI screens without rounding."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv if argv is not None else sys.argv))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    language = Settings().ui_language()
    install_translators(app, language)
    set_language(language)  # core error messages in the UI's language
    return app


def run(db: str | None = None, argv: list[str] | None = None) -> int:
    """Open the database and show the start window; non-zero exit when the database cannot be used."""
    app = make_application(argv)
    from ui import crash

    crash.install()
    from facilitator.store import database_url
    from ui import single

    server = single.claim(single.server_name(database_url(db)))
    if server is None:  # the app already runs on this database: its window came to the front, one undo history
        return 0
    try:
        engine = open_database(db)
    except DatabaseError as exc:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "App", "Nie można otworzyć bazy danych:\n%1").replace("%1", str(exc)))
        server.close()
        return 2
    _daily_backup(engine)
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    from ui.dialogs.backups import install_actions

    install_actions(window)  # Plik → Kopie zapasowe…, Usuń dane osoby…
    single.bring_to_front_on_request(server, window)
    window.show()
    from ui.drafts import reopen_interrupted

    reopen_interrupted(window)  # after a crash: the meetings that were open, with the drafts being typed
    if os.environ.get("FACILITATOR_EXIT_AFTER_SHOW"):  # benchmarks: start-up time until the window is shown
        QTimer.singleShot(0, lambda: _shown_then_quit(app))
    try:
        return app.exec()
    finally:
        server.close()
        engine.dispose()


def _daily_backup(engine) -> None:
    """At most one automatic backup a day, beside the database; a failure is logged, never blocks the start."""
    from facilitator.store.backups import daily_backup
    from ui import crash

    try:
        daily_backup(engine)
    except DatabaseError:
        crash.log.warning("the daily backup could not be made")


def _shown_then_quit(app: QApplication) -> None:
    """Benchmarks: print when the shown window has been painted (a clock shared by processes), then quit."""
    print(f"{SHOWN_MARK} {time.monotonic():.6f}", flush=True)
    app.quit()
