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

from ui.i18n import install_translators, loaded_translation_files
from ui.icon import app_icon
from ui.settings import Settings

SHOWN_MARK = "facilitator-window-shown-at"
TRANSLATION_MARK = "facilitator-translation"
LIBRARY_MARK = "facilitator-mapped"


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
    QGuiApplication.setDesktopFileName(APP_ID)  # Wayland task bars match the window to facilitator.desktop
    app.setWindowIcon(app_icon())  # every window without its own icon shows it, and the task bar
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
        from ui.officials import workers

        workers.shutdown()  # an import or report still running (its window already gone) stops before the engine does
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
    """Benchmarks and the bundle's smoke test: when the shown window was painted (a clock shared by processes) and
    the translation files in use (the language really loaded), then quit."""
    print(f"{SHOWN_MARK} {time.monotonic():.6f}", flush=True)
    for path in loaded_translation_files():
        print(f"{TRANSLATION_MARK} {path}", flush=True)
    if os.environ.get("FACILITATOR_LIST_LOADED"):  # the smoke test: which shared libraries a real run maps
        for path in loaded_libraries():
            print(f"{LIBRARY_MARK} {path}", flush=True)
    app.quit()


def loaded_libraries() -> list[str]:
    """The files this process has mapped (Linux /proc/self/maps), to measure what a lean bundle must keep."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return sorted({line.split(maxsplit=5)[5].strip() for line in maps if line.count(" ") >= 5
                           and "/" in line.split(maxsplit=5)[-1]})
    except OSError:
        return []
