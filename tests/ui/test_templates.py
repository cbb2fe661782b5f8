"""Issue 8 §5: save a meeting as a template and start new meetings from it in the start window, with keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QListWidget, QMessageBox

from facilitator import operations
from facilitator.area_group import area_group

ORGANISER = "Urząd Miejski w Zielonce"


def _window(qtbot, engine):
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts need the window active, as in real use
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _when_modal(kind: type, act, done: list) -> None:
    """Once a modal dialog of `kind` is up, hand it to `act` (keys pressed on it)."""
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, check)
            return
        done.append(dialog)
        act(dialog)
    QTimer.singleShot(0, check)


def _type_name(name: str):
    def act(dialog: QInputDialog) -> None:
        edit = dialog.findChild(QLineEdit)
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    return act


def test_save_as_template_then_new_from_template_then_delete_and_undo(qtbot, engine):
    source = operations.create_meeting(engine, date=date(2026, 3, 5), template=True, organiser=ORGANISER,
                                       series="Zielonka 2027")[0].id
    operations.add_agenda_item(engine, meeting_id=source, text="Praca w grupach")
    operations.add_participant(engine, meeting_id=source, name="Ola Tajna")
    window = _window(qtbot, engine)
    window.select(source)
    templates = window.templates
    assert templates.new_action in window.menus["file"].actions()
    seen: list = []
    _when_modal(QInputDialog, _type_name("Zielonka - spotkania z NGO"), seen)
    _when_modal(QMessageBox, lambda box: QTest.keyClick(box, Qt.Key.Key_Return), seen)
    templates.save_action.trigger()  # Plik → Zapisz jako szablon…
    assert [t.name for t in operations.list_templates(engine)] == ["Zielonka - spotkania z NGO"]

    def choose(dialog: QDialog) -> None:
        QTest.keyClick(dialog.findChild(QListWidget), Qt.Key.Key_Return)
    _when_modal(QDialog, choose, seen)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    new_ids = [m.id for m in operations.list_meetings(engine) if m.id != source]
    assert len(new_ids) == 1 and new_ids[0] in window.windows
    made = operations.get_meeting(engine, new_ids[0])
    assert made.date == date.today() and made.organiser == ORGANISER and made.series == "Zielonka 2027"
    assert [a.text for a in made.agenda] == ["Praca w grupach"] and made.participants == []
    assert made.group_heading == area_group(ORGANISER)
    for meeting_window in list(window.windows.values()):
        meeting_window.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def forget(dialog: QDialog) -> None:
        listing = dialog.findChild(QListWidget)
        listing.setFocus()
        QTest.keyClick(listing, Qt.Key.Key_Delete)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    _when_modal(QDialog, forget, seen)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert operations.list_templates(engine) == []
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edycja → Cofnij
    assert [t.name for t in operations.list_templates(engine)] == ["Zielonka - spotkania z NGO"]
