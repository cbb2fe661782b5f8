"""Which database the app has open, and switching it in place: the office database (Plik → Połącz z bazą urzędu…)
or back to the local one (Plik → Wróć do bazy lokalnej).

At start an explicit `--db` / FACILITATOR_DB wins; else the office URL remembered in the settings (never a
password); if that server cannot be reached the app says so and asks before opening the local database, so an
official never takes the laptop's data for the office's. A switch closes the meeting windows first (they save as
they go; the capture line's draft stays in its database), refuses while an import or report runs, then builds a
new start window on the new engine with its own single-instance server; the old window (its undo history belongs
to the old database), server and engine go.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import Engine

from facilitator import APP_NAME
from facilitator.store import DatabaseError, database_url, init_db, make_engine
from facilitator.store.paths import ENV_DB, ENV_DB_URL, is_url, server_label
from ui import connection, single
from ui.settings import Settings


def is_server(url: str) -> bool:
    """Whether a database URL names a server (the office database) rather than a SQLite file."""
    return is_url(url) and not url.lower().startswith("sqlite")


class Running(QObject):
    """The open database (engine, URL, single-instance server) and its start window; replaced by `switch`."""

    def __init__(self, engine: Engine, url: str, server: QLocalServer, *, local_db: str | None = None) -> None:
        super().__init__()
        self.engine, self.url, self.server = engine, url, server
        self.local_db = local_db  # the SQLite file "Wróć do bazy lokalnej" opens (None: the default one)
        self.window = None

    def label(self) -> str:
        return server_label(self.url)

    def build_window(self):
        """The start window on this database, with every entry of the Plik menu and the database it shows."""
        from ui.dialogs.backups import install_actions
        from ui.start_window import StartWindow

        window = StartWindow(self.engine)
        install_actions(window)  # Plik → Kopie zapasowe…, Usuń dane osoby…
        self._install_office_actions(window)
        single.bring_to_front_on_request(self.server, window)
        self.window = window
        self._show_database(window)
        return window

    def _install_office_actions(self, window) -> None:
        menu = window.menus["file"]
        anchor = getattr(window, "backups_action", None) or menu.actions()[-1]
        window.office_action = window.add_action(
            "file", QCoreApplication.translate("OfficeDatabase", "Połącz z &bazą urzędu…"), self.connect_office)
        window.local_action = window.add_action(
            "file", QCoreApplication.translate("OfficeDatabase", "Wróć do bazy &lokalnej"), self.back_to_local)
        for action in (window.office_action, window.local_action):
            menu.removeAction(action)
            menu.insertAction(anchor, action)
        menu.insertSeparator(anchor)
        window.local_action.setEnabled(is_server(self.url))

    def _show_database(self, window) -> None:
        """The title and the status bar name the open database: host/db of the office's, never a password."""
        label = QLabel(window)
        label.setAccessibleName(QCoreApplication.translate("OfficeDatabase", "Otwarta baza danych"))
        if is_server(self.url):
            window.setWindowTitle(QCoreApplication.translate("OfficeDatabase", "%1 — baza urzędu %2")
                                  .replace("%1", APP_NAME).replace("%2", self.label()))
            label.setText(QCoreApplication.translate("OfficeDatabase", "Baza urzędu: %1").replace("%1", self.label()))
            watch = connection.watch(self.engine, self.label(), self)
            bar = window.statusBar()
            watch.lost.connect(lambda _label: bar.showMessage(watch.message()))
            watch.restored.connect(lambda _label: bar.showMessage(watch.restored_message(), 15000))
        else:
            connection.forget()
            label.setText(QCoreApplication.translate("OfficeDatabase", "Baza lokalna: %1")
                          .replace("%1", self.label()))
        window.database_label = label
        window.statusBar().addPermanentWidget(label)

    def connect_office(self) -> bool:
        """Plik → Połącz z bazą urzędu…: the dialog; after a successful check the app works on that database."""
        from ui.dialogs.office import OfficeDialog

        start = Settings().office_url or (self.url if is_server(self.url) else "")
        dialog = OfficeDialog(self.window, url=start)
        if dialog.exec() != OfficeDialog.DialogCode.Accepted:
            return False
        if not self.switch(dialog.url, dialog.password):
            return False
        settings = Settings()
        settings.office_url = dialog.url  # the URL only: the password stays in memory (or ~/.pgpass)
        settings.sync()
        return True

    def back_to_local(self) -> bool:
        """Plik → Wróć do bazy lokalnej: forget the office URL and open the laptop's database."""
        if not self.switch(database_url(self.local_db)):
            return False
        settings = Settings()
        settings.office_url = ""
        settings.sync()
        return True

    def switch(self, url: str, password: str | None = None) -> bool:
        """Work on another database from now on; False (nothing changed) when it cannot be done now."""
        from ui.dialogs.backups import _close_meetings
        from ui.officials import workers

        window = self.window
        title = QCoreApplication.translate("OfficeDatabase", "Zmiana bazy danych")
        if url == self.url and password is None:
            return True
        if workers.busy():
            QMessageBox.information(window, title, QCoreApplication.translate(
                "OfficeDatabase", "Trwa import albo tworzenie raportu. Zmień bazę, gdy się zakończy."))
            return False
        if window is not None and not _close_meetings(window):
            return False
        try:
            engine = init_db(make_engine(url, password=password))
        except DatabaseError as exc:
            QMessageBox.warning(window, title, QCoreApplication.translate(
                "OfficeDatabase", "Nie można otworzyć bazy danych:\n%1").replace("%1", str(exc)))
            return False
        server = single.claim(single.server_name(url))
        if server is None:  # another Facilitator already works on it: its window came to the front
            engine.dispose()
            return False
        old_window, old_engine, old_server = window, self.engine, self.server
        self.engine, self.url, self.server = engine, url, server
        new_window = self.build_window()
        new_window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        old_server.close()
        old_engine.dispose()
        return True

    def close(self) -> None:
        """The app ends: the single-instance server and the engine go."""
        connection.forget()
        self.server.close()
        self.engine.dispose()


def explicit_database(db: str | None) -> bool:
    """`--db` or FACILITATOR_DB(_URL) given: it wins over the remembered office database."""
    return bool(db or os.environ.get(ENV_DB) or os.environ.get(ENV_DB_URL))


def open_at_start(db: str | None = None) -> Running | int:
    """The database to start on, opened: `--db`, else the remembered office database (asking before falling back
    to the local one when it cannot be reached), else the local database. An int is the exit code (0: the app
    already runs on that database and came to the front; 2: nothing could be opened)."""
    from facilitator.store import open_database

    office = "" if explicit_database(db) else Settings().office_url
    chosen = office or db
    local_db = None if db and is_url(str(db)) else db
    while True:
        url = database_url(chosen)
        server = single.claim(single.server_name(url))
        if server is None:
            return 0
        try:
            engine = open_database(chosen)
        except DatabaseError as exc:
            server.close()
            if chosen and chosen == office and _ask_local(office, exc):
                chosen = local_db
                office = ""
                continue
            QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
                "App", "Nie można otworzyć bazy danych:\n%1").replace("%1", str(exc)))
            return 2
        return Running(engine, url, server, local_db=local_db)


def _ask_local(office: str, exc: DatabaseError) -> bool:
    """The remembered office database cannot be opened: say why, and open the local one only if the user says so."""
    answer = QMessageBox.question(
        None, APP_NAME, QCoreApplication.translate(
            "OfficeDatabase", "Nie można połączyć się z bazą urzędu (%1):\n%2\n\nOtworzyć zamiast niej bazę lokalną "
                              "na tym komputerze? Nie będzie w niej danych urzędu.")
        .replace("%1", server_label(office)).replace("%2", str(exc)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
