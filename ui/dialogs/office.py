"""Plik → Połącz z bazą urzędu…: host, port, database, user, TLS and a password used only to test and connect.

The check runs off the GUI thread and says what is wrong (server unreachable, wrong password, no such database,
schema to upgrade, no privileges). Only the URL without a password is remembered (ui/settings.py); the password,
if the user asks, goes where libpq finds it: ~/.pgpass (or PGPASSFILE), 0600.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.store import DatabaseError
from facilitator.store.office import (
    DEFAULT_PORT,
    DEFAULT_SSL,
    SSL_MODES,
    OfficeTarget,
    check_connection,
    pgpass_path,
    remember_password,
    target_of,
)
from ui.officials import workers

SSL_LABELS = {
    "disable": QT_TRANSLATE_NOOP("OfficeDialog", "bez szyfrowania (disable)"),
    "prefer": QT_TRANSLATE_NOOP("OfficeDialog", "szyfrowane, jeśli serwer pozwala (prefer)"),
    "require": QT_TRANSLATE_NOOP("OfficeDialog", "zawsze szyfrowane (require)"),
    "verify-full": QT_TRANSLATE_NOOP("OfficeDialog", "szyfrowane, certyfikat sprawdzany (verify-full)"),
}


class OfficeDialog(QDialog):
    """Where the office database is; Połącz accepts only after a successful check (`url`, `password` then set)."""

    def __init__(self, parent: QWidget | None = None, *, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Połącz z bazą urzędu"))
        self.url = ""
        self.password: str | None = None
        self.worker: workers.Worker | None = None
        self._accept_after_check = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Wspólna baza urzędu na serwerze PostgreSQL. Dane połączenia poda administrator; "
                               "hasło nie jest zapisywane w ustawieniach programu."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(QCoreApplication.translate("OfficeDialog", SSL_LABELS[mode]), mode)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for label, widget, name in ((self.tr("&Serwer:"), self.host, self.tr("Serwer")),
                                    (self.tr("P&ort:"), self.port, self.tr("Port")),
                                    (self.tr("&Baza danych:"), self.database, self.tr("Baza danych")),
                                    (self.tr("&Użytkownik:"), self.user, self.tr("Użytkownik")),
                                    (self.tr("Szy&frowanie (TLS):"), self.sslmode, self.tr("Szyfrowanie (TLS)")),
                                    (self.tr("&Hasło:"), self.password_edit, self.tr("Hasło"))):
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Zapamiętaj hasło w %1").replace("%1", _home_short(str(pgpass_path()))),
                                  self)
        self.remember.setToolTip(self.tr("Plik haseł PostgreSQL (libpq), czytelny tylko dla Ciebie; program czyta "
                                         "go przy każdym połączeniu."))
        layout.addWidget(self.remember)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Wynik sprawdzenia"))
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.check_button = QPushButton(self.tr("Sp&rawdź połączenie"), self)
        self.connect_button = QPushButton(self.tr("&Połącz"), self)
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_button.clicked.connect(lambda: self.check(then_accept=False))
        self.connect_button.clicked.connect(lambda: self.check(then_accept=True))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(target_of(url))
        self.resize(520, self.sizeHint().height())

    def _fill(self, target: OfficeTarget | None) -> None:
        self.sslmode.setCurrentIndex(SSL_MODES.index(target.sslmode if target else DEFAULT_SSL))
        if target is None:
            return
        self.host.setText(target.host)
        self.port.setValue(target.port)
        self.database.setText(target.database)
        self.user.setText(target.user)

    def target(self) -> OfficeTarget | None:
        """The fields as a target; None (and the status says which field) while one is empty."""
        for widget, text in ((self.host, self.tr("Podaj serwer (nazwę lub adres komputera z bazą).")),
                             (self.database, self.tr("Podaj nazwę bazy danych.")),
                             (self.user, self.tr("Podaj nazwę użytkownika."))):
            if not widget.text().strip():
                self._say(text, ok=False)
                widget.setFocus()
                return None
        return OfficeTarget(host=self.host.text().strip(), port=self.port.value(),
                            database=self.database.text().strip(), user=self.user.text().strip(),
                            sslmode=self.sslmode.currentData())

    def check(self, *, then_accept: bool) -> None:
        """Test the connection in the thread pool; Połącz accepts once it succeeded."""
        target = self.target()
        if target is None or self.worker is not None:
            return
        url, password = target.url(), self.password_edit.text() or None
        self._accept_after_check = then_accept
        self._say(self.tr("Łączenie z %1…").replace("%1", target.label()), ok=True)
        self._busy(True)
        self.worker = workers.Worker(lambda _progress, _token: check_connection(url, password),
                                     expected=(DatabaseError,))
        self.worker.signals.finished.connect(lambda version: self._checked(target, password, str(version)))
        self.worker.signals.failed.connect(self._failed)
        workers.start(self.worker)

    def _checked(self, target: OfficeTarget, password: str | None, version: str) -> None:
        self.worker = None
        self._busy(False)
        self._say(self.tr("Połączenie działa: %1 (PostgreSQL %2).").replace("%1", target.label())
                  .replace("%2", version), ok=True)
        if password and self.remember.isChecked():
            try:
                remember_password(target, password)
            except DatabaseError as exc:
                self._say(str(exc), ok=False)
                return
        if self._accept_after_check:
            self.url, self.password = target.url(), password
            self.accept()

    def _failed(self, message: str) -> None:
        self.worker = None
        self._busy(False)
        self._say(self.tr("Nie udało się połączyć: %1").replace("%1", message), ok=False)

    def _busy(self, busy: bool) -> None:
        for button in (self.check_button, self.connect_button):
            button.setEnabled(not busy)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("failed", not ok)
        self.status.setStyleSheet("" if ok else "color: #b00020;")

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().reject()


def _home_short(path: str) -> str:
    """~/.pgpass rather than /home/ola/.pgpass."""
    from pathlib import Path

    home = str(Path.home())
    return "~" + path[len(home):] if path.startswith(home + "/") else path
