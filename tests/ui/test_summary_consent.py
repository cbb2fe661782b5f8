"""Issue 8 §7: before a named export the Podsumowanie page lists who lacks consent; go on or cancel, with keys."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from facilitator import operations
from tests.ui.capture_helpers import PEOPLE, make_meeting
from ui.context import MeetingContext
from ui.pages.summary import SummaryPage


def _answer(key: Qt.Key, seen: list[str]) -> None:
    """When the question box is up: note what it lists, then press `key` on it."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        QTest.keyClick(box, key)
    QTimer.singleShot(0, press)


def test_named_export_lists_who_lacks_consent_and_never_prints_their_names(qtbot, engine, tmp_path, monkeypatch):
    meeting_id = make_meeting(engine)
    meeting = operations.get_meeting(engine, meeting_id)
    people = {p.name: p.id for p in meeting.participants}
    consenting, *silent = PEOPLE
    operations.update_participant(engine, participant_id=people[consenting], consent=True)
    section = meeting.sections[0].id
    for n, name in enumerate(PEOPLE):
        operations.add_item(engine, section_id=section, kind="weakness", text=f"Wypowiedź {n}.",
                            speaker_id=people[name])
    page = SummaryPage(MeetingContext(engine, meeting_id))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.named_check.setChecked(False)
    page.named_check.setFocus()
    QTest.keyClick(page.named_check, Qt.Key.Key_Space)  # "Z nazwiskami mówców" on, as a user does
    assert page.named_check.isChecked()
    target = tmp_path / "z-nazwiskami.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    seen: list[str] = []
    _answer(Qt.Key.Key_Escape, seen)
    page.docx_button.setFocus()
    QTest.keyClick(page.docx_button, Qt.Key.Key_Space)
    assert not target.exists()  # cancelled: nothing written
    assert all(name in seen[0] for name in silent) and consenting not in seen[0]
    _answer(Qt.Key.Key_Return, seen)
    QTest.keyClick(page.docx_button, Qt.Key.Key_Space)
    assert target.exists() and len(seen) == 2
    with zipfile.ZipFile(target) as package:
        parts = [package.read(name) for name in package.namelist()]
    assert any(consenting.encode() in part for part in parts)
    for name in silent:
        for word in name.split():
            assert all(word.encode() not in part for part in parts), word
    assert any("Wypowiedź 1. (Fundacja)".encode() in part for part in parts)
    page.named_check.setChecked(False)  # QSettings outlive the test within one process
