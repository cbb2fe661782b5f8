"""Help → O programie: version and licences, and where the data and logs are, as text the user can copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import APP_NAME, __version__
from facilitator.resources import resource_path
from facilitator.store.connection import default_db_path
from ui.crash import log_path
from ui.icon import app_icon

LICENCE = "MIT"
FONTS_LICENCE_FILE = ("fonts", "LICENSE-DejaVu.txt")


def database_location(window: QWidget | None) -> str:
    """The database the window works on (chosen with --db / FACILITATOR_DB or the default file), password hidden."""
    engine = getattr(window, "engine", None) or getattr(getattr(window, "ctx", None), "engine", None)
    if engine is None:
        return str(default_db_path())
    url = engine.url
    return url.database if url.get_backend_name() == "sqlite" and url.database else url.render_as_string()


class AboutDialog(QDialog):
    """Version, licences and the folders a user or a helpdesk needs, each in a read-only field to copy from."""

    def __init__(self, parent: QWidget | None = None, database: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("O programie %1").replace("%1", APP_NAME))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Ikona programu"))
        title = QLabel(f"<b>{APP_NAME} {__version__}</b><br>"
                       + self.tr("Notatki ze spotkań konsultacyjnych i ich podsumowania (DOCX, PDF)."))
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        rows = (
            ("version", self.tr("Wersja:"), __version__),
            ("licence", self.tr("Licencja:"), self.tr("%1 (wolne oprogramowanie)").replace("%1", LICENCE)),
            ("fonts", self.tr("Czcionki:"), self.tr("DejaVu, licencja Bitstream Vera (zmiany DejaVu: domena "
                                                     "publiczna); osadzane w plikach PDF")),
            ("fonts_licence", self.tr("Tekst licencji czcionek:"), str(resource_path(*FONTS_LICENCE_FILE))),
            ("database", self.tr("Baza danych:"), database or database_location(parent)),
            ("logs", self.tr("Dziennik błędów:"), str(log_path())),
        )
        for key, label, value in rows:
            field = QLineEdit(value)
            field.setReadOnly(True)
            field.setCursorPosition(0)
            field.setMinimumWidth(420)
            field.setAccessibleName(label.rstrip(":"))
            form.addRow(label, field)
            self.fields[key] = field

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Kopiuj wszystko"))
        self.copy_button.setToolTip(self.tr("Kopiuj te informacje do schowka, np. do zgłoszenia problemu"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._labels = {key: label for key, label, _value in rows}

    def text(self) -> str:
        """Everything the dialog shows, one 'label value' line each (what 'Copy all' puts on the clipboard)."""
        lines = [f"{APP_NAME} {__version__}"]
        lines += [f"{self._labels[key]} {field.text()}" for key, field in self.fields.items()]
        return "\n".join(lines)

    def copy_all(self) -> None:
        """Put the whole text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog (modal); returns it for tests."""
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog


def add_about_action(window: QWidget, menu: QMenu) -> QAction:
    """Help → O programie in `menu` of `window`."""
    action = QAction(QCoreApplication.translate("AboutDialog", "&O programie"), window)
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window))
    menu.addAction(action)
    return action
