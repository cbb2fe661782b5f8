"""Plik → Kopie zapasowe…: the database's backups, a backup now, and a restore after confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator.i18n import os_error_line
from facilitator.store import DatabaseError
from facilitator.store.backups import backup_folder, list_backups, make_backup, restore
from facilitator.store.connection import sqlite_path

PathRole = Qt.ItemDataRole.UserRole + 1


class BackupsDialog(QDialog):
    """Lists the backups beside the database (newest first) and puts a chosen one back."""

    def __init__(self, engine: Engine, parent: QWidget | None = None, *, before_restore=None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.database = sqlite_path(engine)
        self.before_restore = before_restore  # asked first: may refuse (returns False), e.g. meetings still open
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Kopie zapasowe"))
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        folder = backup_folder(self.database) if self.database else None
        self.where = QLabel(self.tr("Kopie w folderze: %1").replace("%1", str(folder)) if folder else
                            self.tr("Kopie zapasowe są dostępne tylko dla bazy SQLite."), self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Data"), self.tr("Powód"), self.tr("Spotkania")])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(self.tr("Lista kopii zapasowych"))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("&Utwórz kopię teraz"), self)
        self.restore_button = QPushButton(self.tr("&Przywróć wybraną…"), self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        layout.addWidget(buttons)
        self.backup_button.setEnabled(self.database is not None)
        self.reload()

    def reasons(self) -> dict[str, str]:
        """Why each backup was made, in the UI's words."""
        return {"daily": self.tr("codzienna"), "migration": self.tr("przed aktualizacją"),
                "import": self.tr("przed importem"), "manual": self.tr("ręczna")}

    def reload(self) -> None:
        """Fill the list, newest first, and select the newest."""
        self.list.clear()
        reasons = self.reasons()
        for backup in list_backups(self.database) if self.database else []:
            meetings = "–" if backup.meetings is None else str(backup.meetings)
            item = QTreeWidgetItem([backup.created.astimezone().strftime("%Y-%m-%d %H:%M"),
                                    reasons.get(backup.why, backup.why), meetings])
            item.setData(0, PathRole, str(backup.path))
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.restore_button.setEnabled(self.list.topLevelItemCount() > 0)

    def backup_now(self) -> None:
        """Make a backup now (SQLite's backup API; a damaged database is reported instead)."""
        try:
            make_backup(self.database, "manual")
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Kopie zapasowe"), str(exc))
        self.reload()

    def restore_selected(self) -> None:
        """Put the chosen backup back after confirmation; the current file is kept aside, never deleted."""
        item = self.list.currentItem()
        if item is None or self.database is None:
            return
        chosen = Path(item.data(0, PathRole))
        answer = QMessageBox.question(
            self, self.tr("Przywrócić kopię?"),
            self.tr("Baza danych zostanie zastąpiona kopią z %1. Zmiany wprowadzone później nie będą widoczne; "
                    "obecny plik zostanie zachowany obok bazy. Przywrócić?").replace("%1", item.text(0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.before_restore is not None and not self.before_restore():
            return
        self.engine.dispose()  # no connection may hold the old file while it is swapped
        try:
            done = restore(self.database, chosen)
        except (DatabaseError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Kopie zapasowe"), os_error_line(exc) if isinstance(exc, OSError)
                                else str(exc))
            return
        self.engine.dispose()
        self.restored = done.backup
        kept = ", ".join(str(p.name) for p in done.kept)
        QMessageBox.information(self, self.tr("Kopie zapasowe"),
                                self.tr("Przywrócono kopię. Poprzedni plik zachowano jako: %1").replace("%1", kept))
        self.accept()


def _close_meetings(window) -> bool:
    """Meeting windows hold their own view of the data: close them (they save as they go) before a swap."""
    for meeting_window in list(getattr(window, "windows", {}).values()):
        meeting_window.close()
    return not any(w.isVisible() for w in getattr(window, "windows", {}).values())


def _after_change(window) -> None:
    """The data changed under the start window: its undo history no longer applies; show the new list."""
    window.library.undo_stack.clear()
    window.refresh()


def show_backups(window) -> None:
    """Plik → Kopie zapasowe…"""
    dialog = BackupsDialog(window.engine, window, before_restore=lambda: _close_meetings(window))
    dialog.exec()
    if dialog.restored is not None:
        _after_change(window)


def erase_person_from(window) -> None:
    """Plik → Usuń dane osoby…"""
    from ui.dialogs.erasure import ask_and_erase

    if ask_and_erase(window, window.engine, before=lambda: _close_meetings(window)):
        _after_change(window)


def install_actions(window) -> None:
    """Add the backup and erasure entries to the start window's Plik menu, above Zakończ."""
    menu = window.menus["file"]
    quit_action = menu.actions()[-1]
    window.backups_action = window.add_action(
        "file", QCoreApplication.translate("BackupsDialog", "&Kopie zapasowe…"), lambda: show_backups(window))
    window.erase_action = window.add_action(
        "file", QCoreApplication.translate("BackupsDialog", "Usuń &dane osoby…"), lambda: erase_person_from(window))
    for action in (window.backups_action, window.erase_action):
        menu.removeAction(action)
        menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)
