"""Yes/no questions and error messages in one place, so every window words them alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask before something the user may regret (undo still exists, but say what will happen)."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A one-line error the user can act on."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Confirm", "Błąd"), message)


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A short confirmation of something done."""
    QMessageBox.information(parent, title or QCoreApplication.translate("Confirm", "Informacja"), message)
