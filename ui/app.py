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
from facilitator.store import DatabaseError

# isort: split
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

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
    """Open the database and show the start window; non-zero exit when the database cannot be used.

    The database: `--db` / FACILITATOR_DB, else the office database remembered (Plik → Połącz z bazą urzędu…),
    else the local one; one app per database (a second start brings the running window to the front)."""
    app = make_application(argv)
    from ui import crash

    crash.install()
    from ui.database import open_at_start

    running = open_at_start(db)
    if isinstance(running, int):  # 0: the app already runs on this database (its window came to the front)
        return running
    _daily_backup(running.engine)
    window = running.build_window()
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
        running.close()


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
