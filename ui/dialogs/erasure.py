"""Plik → Usuń dane osoby…: the right to erasure from the desktop app, with the counts shown before it happens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy import Engine

from facilitator.operations import OperationError
from facilitator.operations.erasure import erase_person
from facilitator.store import DatabaseError


def ask_and_erase(parent: QWidget, engine: Engine, *, before=None) -> bool:
    """Ask for the name or e-mail, show what would go, erase after confirmation; True when something was erased."""
    who, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("EraseDialog", "Usuń dane osoby"),
        QCoreApplication.translate("EraseDialog", "Imię i nazwisko albo e-mail osoby, której dane mają zostać usunięte ze wszystkich spotkań:"),
        QLineEdit.EchoMode.Normal, "")
    if not ok or not who.strip():
        return False
    try:
        found = erase_person(engine, who=who, dry_run=True)
    except (OperationError, DatabaseError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EraseDialog", "Usuń dane osoby"), str(exc))
        return False
    if not found.participants:
        QMessageBox.information(parent, QCoreApplication.translate("EraseDialog", "Usuń dane osoby"), QCoreApplication.translate("EraseDialog", "Nie znaleziono takiej osoby w żadnym spotkaniu."))
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("EraseDialog", "Usunąć dane osoby?"),
        QCoreApplication.translate("EraseDialog", "Spotkania z tą osobą na liście obecności: %1, jej wypowiedzi: %2. "
           "Zostanie usunięta z list obecności, a przy jej wypowiedziach pojawi się organizacja albo „uczestnik”. "
           "Tej operacji nie można cofnąć. Usunąć?").replace("%1", str(found.meetings))
        .replace("%2", str(found.statements)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes or (before is not None and not before()):
        return False
    try:
        erase_person(engine, who=who)
    except (OperationError, DatabaseError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EraseDialog", "Usuń dane osoby"), str(exc))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("EraseDialog", "Usuń dane osoby"),
                            QCoreApplication.translate("EraseDialog", "Usunięto dane osoby. Starsze kopie zapasowe zawierają je do czasu ich rotacji."))
    return True
