"""Plik → Połącz z bazą urzędu…: the real dialog against real servers (the shared test server; a server of this
module's own for password logins and a restart), the URL remembered without a password, ~/.pgpass, the next start
on the office database, Wróć do bazy lokalnej, and a server that goes away mid-work (one calm message, the draft
kept, reconnected by itself)."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from facilitator import APP_NAME, operations
from facilitator.i18n import set_language
from facilitator.operations import CAPTURE_SLOT
from facilitator.store.office import OfficeTarget, pgpass_line
from facilitator.store.paths import server_label
from tests import pgserver
from tests.own_cluster import Cluster, office_database
from tests.ui.capture_helpers import type_text
from ui.database import open_at_start
from ui.dialogs.office import OfficeDialog
from ui.drafts import editor_text
from ui.officials import workers
from ui.settings import Settings

needs_server = pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)
PASSWORD = "Tajne:hasło\\1"


@pytest.fixture(autouse=True)
def polish_messages():
    """Core messages in the UI's language, as the app sets them at start."""
    set_language("pl")
    yield
    set_language("en")


def _fields_of(url: str) -> OfficeTarget:
    parsed = make_url(url)
    return OfficeTarget(host=str(parsed.query["host"]), port=int(parsed.query["port"]), database=parsed.database,
                        user=parsed.username)


def _fill(qtbot, dialog: OfficeDialog, target: OfficeTarget, password: str = "") -> None:
    for edit, text in ((dialog.host, target.host), (dialog.database, target.database), (dialog.user, target.user),
                       (dialog.password_edit, password)):
        edit.clear()
        type_text(qtbot, edit, text)
    dialog.port.setFocus()
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, str(target.port))


def _status(qtbot, dialog: OfficeDialog, words: str) -> str:
    qtbot.waitUntil(lambda: words in dialog.status.text(), timeout=20000)
    return dialog.status.text()


@needs_server
def test_a_good_server_connects_and_the_url_has_no_password(qtbot, server_database):
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    target = _fields_of(server_database)
    _fill(qtbot, dialog, target, password="nieużywane")
    assert dialog.sslmode.currentData() == "prefer"
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    text = _status(qtbot, dialog, "Połączenie działa")
    assert text.startswith(f"Połączenie działa: {server_label(server_database)} (PostgreSQL ")
    assert dialog.result() == 0  # checking does not connect
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == OfficeDialog.DialogCode.Accepted, timeout=20000)
    assert dialog.url == target.url()
    assert "nieużywane" not in dialog.url


@needs_server
def test_a_missing_database_is_named(qtbot, server_database):
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    target = _fields_of(server_database)
    missing = OfficeTarget(host=target.host, port=target.port, database="nie_ma_takiej", user=target.user)
    _fill(qtbot, dialog, missing)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    text = _status(qtbot, dialog, "Nie udało się")
    assert text == f"Nie udało się połączyć: na serwerze {missing.label()} nie ma bazy danych nie_ma_takiej"
    assert dialog.result() == 0 and dialog.url == ""


def test_an_empty_field_is_named_before_anything_is_tried(qtbot):
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.host, "db.urzad.local")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Podaj nazwę bazy danych."
    assert dialog.worker is None


def test_the_dialog_starts_from_the_remembered_url():
    url = OfficeTarget(host="db.urzad.local", port=5433, database="konsultacje", user="ola", sslmode="require").url()
    dialog = OfficeDialog(url=url)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text(),
            dialog.sslmode.currentData()) == ("db.urzad.local", 5433, "konsultacje", "ola", "require")
    assert dialog.password_edit.text() == ""
    dialog.deleteLater()


def test_an_unreachable_office_database_is_never_replaced_silently(qtbot, tmp_path, messages, monkeypatch):
    office = OfficeTarget(host=str(tmp_path), port=5, database="facilitator", user="ola").url()  # nobody listens
    Settings().office_url = office
    running = open_at_start(None)  # the user says Yes: the local database, knowingly
    try:
        assert running.url.startswith("sqlite:///")
        assert len(messages) == 1 and messages[0][0] == "question"
        assert messages[0][1].startswith(f"Nie można połączyć się z bazą urzędu ({tmp_path}:5/facilitator):\n"
                                         f"nie można połączyć się z serwerem {tmp_path}:5/facilitator: ")
        assert "Otworzyć zamiast niej bazę lokalną" in messages[0][1]
        assert Settings().office_url == office  # still remembered: next time it is tried again
    finally:
        running.close()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert open_at_start(None) == 2  # No: nothing is opened
    assert messages[-1][0] == "critical"


def test_an_explicit_database_wins_over_the_remembered_office(qtbot, db_path, messages):
    Settings().office_url = OfficeTarget(host="/nonexistent", database="facilitator", user="ola").url()
    running = open_at_start(str(db_path))
    try:
        assert running.url == f"sqlite:///{db_path.resolve()}"
        assert messages == []
    finally:
        running.close()


# --- a server of this module's own -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    own = Cluster()
    own.password_role("urzednik", PASSWORD)
    yield own
    own.stop()


def _drive_dialog(qtbot, steps) -> None:
    """Run `steps(dialog)` once the modal dialog is up (exec blocks the test until it closes)."""
    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OfficeDialog):
            QTimer.singleShot(50, act)
            return
        steps(dialog)

    QTimer.singleShot(0, act)


@pytest.mark.xdist_group("own_cluster")
def test_connect_remember_restart_on_the_office_database_and_go_back(qtbot, cluster, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    url = office_database(cluster, "urzad", user="urzednik")
    target = _fields_of(url)
    running = open_at_start(None)  # the local database: nothing remembered yet
    local = running.url
    window = running.build_window()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == APP_NAME and not window.local_action.isEnabled()
    seen: list[str] = []

    def steps(dialog: OfficeDialog) -> None:
        _fill(qtbot, dialog, target, password="złe hasło")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        seen.append(_status(qtbot, dialog, "Nie udało się"))
        dialog.password_edit.clear()
        type_text(qtbot, dialog.password_edit, PASSWORD)
        qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    _drive_dialog(qtbot, steps)
    window.office_action.trigger()
    assert seen == [(f"Nie udało się połączyć: serwer {target.label()} odrzucił użytkownika urzednik: błędna nazwa "
                     "użytkownika lub hasło (albo nie podano hasła)")]
    assert running.url == target.url()
    office_window = running.window
    qtbot.addWidget(office_window)
    assert office_window is not window and office_window.isVisible()
    assert office_window.windowTitle() == f"{APP_NAME} — baza urzędu {target.label()}"
    assert office_window.database_label.text() == f"Baza urzędu: {target.label()}"
    assert office_window.local_action.isEnabled()
    settings = Settings()
    settings.sync()
    assert settings.office_url == target.url()
    stored = Path(settings.qsettings.fileName()).read_text(encoding="utf-8")
    assert "Tajne" not in stored and "urzednik" in stored
    pgpass = tmp_path / "pgpass"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    assert pgpass.read_text(encoding="utf-8") == pgpass_line(target, PASSWORD) + "\n"
    office_window.new_action.trigger()  # works on the office database (closed untouched, it goes again)
    assert len(operations.list_meetings(running.engine)) == 1
    made = operations.create_meeting(running.engine, date=date(2026, 11, 30), title="W bazie urzędu")
    for meeting_window in list(office_window.windows.values()):
        meeting_window.close()
    office_window.close()
    running.close()

    again = open_at_start(None)  # the next start, no --db: the office database, the password from ~/.pgpass
    try:
        assert again.url == target.url()
        assert [row.title for row in operations.list_meetings(again.engine)] == ["W bazie urzędu"]
        assert made[0].id == operations.list_meetings(again.engine)[0].id
        start = again.build_window()
        qtbot.addWidget(start)
        start.show()
        start.local_action.trigger()  # Wróć do bazy lokalnej
        assert again.url == local
        assert Settings().office_url == ""
        qtbot.addWidget(again.window)
        assert again.window.windowTitle() == APP_NAME
        assert again.window.database_label.text().startswith("Baza lokalna: ")
    finally:
        if again.window is not None:
            again.window.close()
        again.close()


@pytest.mark.xdist_group("own_cluster")
def test_a_server_restart_mid_capture_loses_nothing_and_reconnects(qtbot, cluster, messages, monkeypatch):
    monkeypatch.setattr("ui.connection.PROBE_EVERY_MS", 300)
    url = office_database(cluster, "awaria")
    label = server_label(url)
    Settings().office_url = url
    running = open_at_start(None)
    window = running.build_window()
    qtbot.addWidget(window)
    window.show()
    try:
        kept = operations.create_meeting(running.engine, date=date(2026, 11, 30), title="Spotkanie w urzędzie",
                                         template=True)[0].id
        window.refresh()
        meeting = window.open_meeting(kept)
        line = meeting.notes.capture.text_edit
        line.setFocus()
        type_text(qtbot, line, "Brakuje lokali dla organizacji")
        qtbot.waitUntil(lambda: _draft(running.engine, kept) == "Brakuje lokali dla organizacji", timeout=10000)

        cluster.pause()
        try:
            type_text(qtbot, line, " młodzieżowych")  # the draft cannot be written now
            qtbot.waitUntil(lambda: any("Utracono połączenie" in text for _kind, text in messages), timeout=10000)
            assert messages[0] == ("warning", (f"Utracono połączenie z bazą urzędu ({label}). Nic zapisanego nie "
                                               "przepadło; Facilitator połączy się ponownie, gdy serwer wróci."))
            assert editor_text(line) == "Brakuje lokali dla organizacji młodzieżowych"
            qtbot.mouseClick(_button(window, "Nowe spotkanie"), Qt.MouseButton.LeftButton)  # an action fails calmly
            assert [kind for kind, _text in messages] == ["warning", "warning"]
            assert window.statusBar().currentMessage().startswith("Utracono połączenie z bazą urzędu")
            failures: list[str] = []  # a background job (search, import, report) says the same, no traceback
            job = workers.Worker(lambda _progress, _token: operations.list_meetings(running.engine))
            job.signals.failed.connect(failures.append)
            workers.start(job)
            qtbot.waitUntil(lambda: bool(failures), timeout=10000)
            assert failures == [messages[0][1]]
        finally:
            cluster.resume()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Połączono ponownie z bazą urzędu ({label}).",
                        timeout=20000)
        qtbot.waitUntil(lambda: _draft(running.engine, kept) == "Brakuje lokali dla organizacji młodzieżowych",
                        timeout=10000)  # written by itself once the server was back
        qtbot.mouseClick(_button(window, "Nowe spotkanie"), Qt.MouseButton.LeftButton)  # the next action works
        rows = operations.list_meetings(running.engine)
        assert len(rows) == 2 and kept in {row.id for row in rows}
        assert len(messages) == 2
    finally:
        for meeting_window in list(window.windows.values()):
            meeting_window.close()
        window.close()
        running.close()


def _draft(engine, meeting_id: str) -> str:
    return {d.slot: d.text for d in operations.get_drafts(engine, meeting_id)}.get(CAPTURE_SLOT, "")


def _button(window, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in window.findChildren(QPushButton) if b.text().replace("&", "") == text)
