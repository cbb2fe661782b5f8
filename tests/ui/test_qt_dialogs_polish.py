"""Qt's own dialogs speak Polish in the Polish UI, and save/open dialogs start in Documents or the last folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox

from tests.ui.capture_helpers import make_meeting
from ui.settings import Settings

ENGLISH_LEFT_BY_QT = ("Look in", "Files of type", "File name", "Directory:", "Cancel", "&Save", "&Open", "&Choose")


@pytest.fixture
def polish(qapp):
    """The translators the app installs at start for the Polish UI."""
    from ui.i18n import install_translators

    install_translators(qapp, "pl")
    yield
    install_translators(qapp, "pl")


def _visible_texts(dialog: QFileDialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
            if w.isVisibleTo(dialog) and w.text()]


@pytest.mark.parametrize("mode", ["save", "open", "folder"])
def test_file_dialog_labels_are_polish(qtbot, polish, mode):
    dialog = QFileDialog(None, "Zapisz podsumowanie")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilter("Dokument Word (*.docx)")
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _visible_texts(dialog)
    assert texts, "the dialog shows its labels"
    assert not [t for t in texts if any(english in t.replace("&", "") for english in
                                        (e.replace("&", "") for e in ENGLISH_LEFT_BY_QT))], texts
    assert "&Szukaj w:" in texts
    if mode != "folder":
        assert "Pliki &rodzaju:" in texts and "Nazwa &pliku:" in texts


def test_message_box_buttons_are_polish(qtbot, polish):
    box = QMessageBox(QMessageBox.Icon.Question, "Pytanie", "Otworzyć plik?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Nie", "&Tak", "Anuluj"]


# ---- where save and open dialogs start --------------------------------------------------------------------------


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A Documents folder in the test's home, a different working directory, no folder remembered yet."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    folder.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    settings = Settings()
    settings.last_export_folder = ""
    settings.last_import_folder = ""
    return folder


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The folder or file each save/open dialog was started with (Qt's static dialogs patched; nothing chosen)."""
    starts: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, start, *a, **k: (
        starts.append(start) or ("", ""))))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda _p, _t, start, *a, **k: (
        starts.append(start) or ("", ""))))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda _p, _t, start, *a, **k: (
        starts.append(start) or ([], ""))))
    return starts


def test_summary_export_starts_in_documents_then_in_the_last_folder(qtbot, engine, tmp_path, monkeypatch,
                                                                   documents, asked):
    from ui.meeting_window import MeetingWindow

    window = MeetingWindow(engine, make_meeting(engine))
    qtbot.addWidget(window)
    window.show()
    window.summary.docx_button.click()
    assert Path(asked[-1]).parent == documents
    chosen = tmp_path / "wyniki" / "spotkanie.docx"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    window.summary.docx_button.click()
    assert chosen.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, start, *a, **k: (
        asked.append(start) or ("", ""))))
    window.summary.pdf_button.click()
    assert Path(asked[-1]).parent == chosen.parent
    chosen.unlink()
    chosen.parent.rmdir()  # the last folder is gone: Documents again, not the working directory
    window.summary.docx_button.click()
    assert Path(asked[-1]).parent == documents


def test_every_save_and_open_dialog_starts_in_documents(qtbot, engine, documents, asked):
    from ui.meeting_window import MeetingWindow
    from ui.officials.report_dialog import ReportDialog
    from ui.start_window import StartWindow

    meeting_id = make_meeting(engine)
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.attendance.print_sheet(prefilled=False)
    window.attendance.import_csv()
    start = StartWindow(engine)
    qtbot.addWidget(start)
    start.select(meeting_id)
    start.files.export_current()
    start.files.import_files()
    assert len(asked) == 4
    assert [Path(p) if Path(p).is_dir() else Path(p).parent for p in asked] == [documents] * 4
    report = ReportDialog(engine)
    qtbot.addWidget(report)
    assert Path(report.path_edit.text()).parent == documents
    assert Path.cwd() != documents
