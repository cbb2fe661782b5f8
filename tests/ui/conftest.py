"""Fixtures for widget tests: a meeting in the fresh database, its MeetingContext, no modal dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator import operations


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item) -> None:
    """No background job outlives its test: stopped and waited for before the fixtures (engine, files) go away."""
    from ui import live
    from ui.officials import workers

    live.stop()  # the app's watcher of others' changes closes its connection before the database goes
    assert workers.shutdown(30000), "a background job did not stop within 30 s"


@pytest.fixture(scope="session", autouse=True)
def polish_ui(qapp):
    """The Polish UI's translators, as the app installs them at start (the Polish forms of `%n` plurals)."""
    from ui.i18n import install_translators

    install_translators(qapp, "pl")


@pytest.fixture
def meeting_id(engine) -> str:
    """A meeting created from the default template."""
    changes = operations.create_meeting(engine, date=date(2018, 6, 15), title="Spotkanie testowe", template=True)
    return changes[0].id


@pytest.fixture
def ctx(qapp, engine, meeting_id):
    """The MeetingContext the pages of one window share."""
    from ui.context import MeetingContext

    context = MeetingContext(engine, meeting_id)
    yield context
    context.deleteLater()


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """Record message boxes instead of showing them (patching Qt's static methods, not our code)."""
    shown: list[tuple[str, str]] = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def type_text(qtbot):
    """Type like a keyboard, Polish letters and emoji included (QTest's keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        for char in text:
            if char.isascii() and char.isprintable():
                qtbot.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))

    return type_
