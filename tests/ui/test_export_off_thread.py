"""Exports from the meeting window run off the GUI thread: 'Zapisywanie dokumentu…' with Anuluj, the window keeps
repainting, Cancel leaves neither the document nor a temporary file, a finished export reads back."""

from __future__ import annotations

import uuid

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from facilitator import meetingfile
from facilitator.sample import load_sample

STATEMENTS = 2000  # enough for an export of a few seconds: Cancel arrives while it runs


@pytest.fixture
def big_window(qtbot, engine):
    """A meeting window over a meeting of STATEMENTS statements, on its Podsumowanie page."""
    from ui.meeting_window import MeetingWindow

    data = load_sample()
    sections = data["meeting"]["sections"]
    texts = [i["text"] for s in sections for i in s["items"]]
    for n in range(STATEMENTS):
        sections[n % len(sections)]["items"].append({"id": str(uuid.uuid4()), "kind": "proposal",
                                                     "text": f"{n}. {texts[n % len(texts)]}"})
    meeting_id = meetingfile.import_data(engine, [data]).meetings[0].meeting_id
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.summary.named_check.setChecked(False)
    window.show()
    qtbot.waitExposed(window)
    return window


def _save_to(monkeypatch, path) -> list[str]:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    return warnings


def _when_progress_shows(qtbot, window, act) -> dict:
    """Poll from the GUI thread (it keeps running during the export) until the progress dialog shows, then act."""
    seen: dict = {"ticks": 0}
    timer = QTimer(window)
    timer.setInterval(10)

    def tick() -> None:
        seen["ticks"] += 1
        dialog = window.findChild(QProgressDialog)
        if dialog is not None and dialog.isVisible() and dialog.value() > 0 and "dialog" not in seen:
            seen["dialog"] = dialog
            seen["label"] = dialog.labelText()
            seen["modality"] = dialog.windowModality()
            act(dialog)

    timer.timeout.connect(tick)
    timer.start()
    seen["timer"] = timer
    return seen


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_cancel_during_an_export_leaves_no_file(qtbot, big_window, tmp_path, monkeypatch, fmt):
    folder = tmp_path / "wyniki"
    folder.mkdir()
    warnings = _save_to(monkeypatch, folder / f"spotkanie.{fmt}")

    def press_cancel(dialog: QProgressDialog) -> None:
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Anuluj")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen = _when_progress_shows(qtbot, big_window, press_cancel)
    assert big_window.summary.export(fmt) is None
    seen["timer"].stop()
    assert seen["label"] == "Zapisywanie dokumentu…" and seen["modality"] == Qt.WindowModality.WindowModal
    assert list(folder.iterdir()) == []  # neither the document nor its hidden temporary file
    assert warnings == []


def test_a_finished_export_reads_back_and_the_window_kept_repainting(qtbot, big_window, tmp_path, monkeypatch):
    target = tmp_path / "wyniki" / "spotkanie.pdf"
    target.parent.mkdir()
    warnings = _save_to(monkeypatch, target)
    seen = _when_progress_shows(qtbot, big_window, lambda dialog: None)
    assert big_window.summary.export("pdf") == target
    seen["timer"].stop()
    assert warnings == [] and "dialog" in seen and seen["ticks"] > 5  # the GUI thread ran while the PDF was laid out
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert f"{STATEMENTS - 1}. " in text
    assert [p.name for p in target.parent.iterdir()] == ["spotkanie.pdf"]


def test_sign_in_sheet_and_meeting_file_are_written_off_the_gui_thread(qtbot, big_window, engine, tmp_path,
                                                                        monkeypatch):
    from ui.start_window import StartWindow

    _save_to(monkeypatch, tmp_path / "lista.pdf")
    out = big_window.attendance.print_sheet(prefilled=False)
    assert out == tmp_path / "lista.pdf" and "Lista obecności" in PdfReader(out).pages[0].extract_text()
    start = StartWindow(engine)
    qtbot.addWidget(start)
    start.select(big_window.ctx.meeting_id)
    _save_to(monkeypatch, tmp_path / "spotkanie.json")
    sent = start.files.export_current()
    assert len(meetingfile.load(sent)["meeting"]["sections"][0]["items"]) > STATEMENTS // 10


def test_docx_export_reads_back(qtbot, big_window, tmp_path, monkeypatch):
    target = tmp_path / "spotkanie.docx"
    _save_to(monkeypatch, target)
    assert big_window.summary.export("docx") == target
    assert any(p.text.startswith(f"{STATEMENTS - 1}. ") for p in Document(target).paragraphs)
