"""Podsumowanie: live preview, persisted options, DOCX/PDF export read back from real files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.capture_helpers import make_meeting, make_page, type_item
from ui.context import MeetingContext
from ui.pages.summary import SummaryPage


@pytest.fixture
def captured(qtbot, engine):
    meeting = make_meeting(engine)
    ctx, notes = make_page(qtbot, engine, meeting)
    notes.capture.set_kind("weakness")
    notes.capture.speaker_edit.setText("Kowalski")
    type_item(qtbot, notes, "Brak informacji zwrotnej z UMK <&> 😀")
    notes.capture.set_kind("proposal")
    type_item(qtbot, notes, "Spotkania co kwartał")
    page = SummaryPage(ctx)
    qtbot.addWidget(page)
    page.named_check.setChecked(False)  # QSettings outlive a test within one process
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return ctx, notes, page


def _dialogs(monkeypatch, path, asked: list):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    return warnings


def test_preview_follows_capture_and_is_anonymous_by_default(qtbot, captured):
    _ctx, notes, page = captured
    text = page.preview.toPlainText()
    assert "Brak informacji zwrotnej z UMK <&> 😀" in text
    assert "15 czerwca 2018 r." in text
    assert "Kowalski" not in text
    type_item(qtbot, notes, "Nowa uwaga na żywo")
    qtbot.waitUntil(lambda: "Nowa uwaga na żywo" in page.preview.toPlainText())
    page.named_check.setChecked(True)
    assert "Brak informacji zwrotnej z UMK <&> 😀 (Fundacja)" in page.preview.toPlainText()  # no consent yet
    assert "Kowalski" not in page.preview.toPlainText()


def test_options_are_remembered(qtbot, engine, captured):
    ctx, _notes, page = captured
    page.named_check.setChecked(True)
    page.named_check.setChecked(False)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("captured"))
    page.annex_check.setChecked(True)
    again = SummaryPage(MeetingContext(engine, ctx.meeting_id))
    qtbot.addWidget(again)
    assert again.options().layout == "captured"
    assert again.options().attendance_annex is True
    assert again.options().named is False


def test_export_docx_and_pdf_contain_the_captured_text(qtbot, tmp_path, monkeypatch, captured):
    from docx import Document
    from pypdf import PdfReader

    _ctx, _notes, page = captured
    asked: list[str] = []
    warnings = _dialogs(monkeypatch, tmp_path / "podsumowanie", asked)
    written = page.export("docx")
    assert written == tmp_path / "podsumowanie.docx" and written.exists()
    body = "\n".join(p.text for p in Document(str(written)).paragraphs)
    assert "Brak informacji zwrotnej z UMK <&> 😀" in body and "Spotkania co kwartał" in body
    _dialogs(monkeypatch, tmp_path / "podsumowanie.pdf", asked)
    pdf = page.export("pdf")
    text = "".join(page_.extract_text() for page_ in PdfReader(str(pdf)).pages)
    assert "Spotkania co kwartał" in text
    assert warnings == [] and len(asked) == 2 and str(pdf) in asked[1]


def test_export_error_is_one_polish_line_and_leaves_nothing(qtbot, tmp_path, monkeypatch, captured, request):
    from facilitator import i18n

    i18n.set_language("pl")  # as ui/app.py does: core messages in the UI's language
    request.addfinalizer(lambda: i18n.set_language("en"))
    _ctx, _notes, page = captured
    asked: list[str] = []
    target = tmp_path / "brak-folderu" / "plik.docx"
    warnings = _dialogs(monkeypatch, target, asked)
    assert page.export("docx") is None
    assert len(warnings) == 1 and "\n" not in warnings[0] and "nie istnieje" in warnings[0]
    assert not target.parent.exists() and asked == []
    locked = tmp_path / "tylko-do-odczytu"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        _dialogs(monkeypatch, locked / "plik.pdf", asked)
        import os

        if os.access(locked, os.W_OK):  # running as root: permissions are not enforced
            pytest.skip("permissions are not enforced for this user")
        assert page.export("pdf") is None
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
