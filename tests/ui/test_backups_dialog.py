"""Plik → Kopie zapasowe… lists the backups and restores one after confirmation; one app per database;
Plik → Usuń dane osoby… erases a person after showing what would go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from sqlalchemy import select

from facilitator import operations
from facilitator.meetingfile import import_data
from facilitator.model import Participant
from facilitator.sample import load_sample
from facilitator.store.backups import list_backups, make_backup
from facilitator.store.connection import sqlite_path
from ui.dialogs.backups import BackupsDialog, install_actions


def _answer_yes(monkeypatch, asked: list[str]) -> None:
    def question(_parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: asked.append(a[2])))


def test_the_dialog_lists_backups_and_restores_the_chosen_one(qtbot, engine, monkeypatch):
    database = sqlite_path(engine)
    make_backup(database, "daily")  # an empty database
    import_data(engine, [load_sample()])
    dialog = BackupsDialog(engine)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)  # one more, holding the sample
    assert dialog.list.topLevelItemCount() == 2
    assert [dialog.list.topLevelItem(i).text(2) for i in range(2)] == ["1", "0"]
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Down)  # the older, empty one
    assert dialog.list.currentItem().text(1) == "codzienna"
    asked: list[str] = []
    _answer_yes(monkeypatch, asked)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Przywrócić" in asked[0] and "zachowano" in asked[1]
    assert dialog.restored == list_backups(database)[1].path
    assert operations.list_meetings(engine) == []  # the engine reads the restored file
    kept = [p for p in database.parent.iterdir() if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1


def test_plik_menu_has_backups_and_erasure_above_quit(qtbot, engine):
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    install_actions(window)
    texts = [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]
    assert texts[-3:] == ["&Kopie zapasowe…", "Usuń &dane osoby…", "&Zakończ"]


def test_a_second_start_brings_the_first_window_to_the_front(qtbot, tmp_path):
    from ui.single import bring_to_front_on_request, claim, server_name

    name = server_name(str(tmp_path / "db.sqlite"))
    server = claim(name)
    assert server is not None and server.isListening()
    window = QWidget()
    qtbot.addWidget(window)
    bring_to_front_on_request(server, window)
    assert claim(name) is None  # the second start asks the first and goes away
    qtbot.waitUntil(window.isVisible, timeout=5000)
    assert claim(server_name(str(tmp_path / "other.sqlite"))) is not None  # another database: its own app
    server.close()


def test_erase_person_from_the_gui(qtbot, engine, monkeypatch):
    from ui.dialogs.erasure import ask_and_erase

    meeting_id = load_sample()["meeting"]["id"]
    import_data(engine, [load_sample()])
    operations.add_participant(engine, meeting_id=meeting_id, name="Zofia Wiśniewska", email="z@przyklad.pl")
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("zofia wiśniewska", True)))
    asked: list[str] = []
    _answer_yes(monkeypatch, asked)
    assert ask_and_erase(parent, engine)
    assert "na liście obecności: 1, jej wypowiedzi: 0" in asked[0] and "nie można cofnąć" in asked[0]
    with engine.connect() as conn:
        assert conn.execute(select(Participant.name)).scalars().all() == []
