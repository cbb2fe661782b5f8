"""Podsumowanie: the summary as it will be printed, refreshed while capturing, exported to DOCX or PDF."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import operations
from facilitator.export import export_meeting
from facilitator.render import ExportError, render_html
from facilitator.summary import SummaryOptions, build, lacking_consent
from ui.export_progress import run_with_progress
from ui.settings import Settings

DEBOUNCE_MS = 100
FILTERS = {"docx": "Dokument Word (*.docx)", "pdf": "Dokument PDF (*.pdf)"}


def safe_file_name(text: str) -> str:
    """A file name any system accepts, from a meeting's title and date."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .")[:120] or "podsumowanie"


class SummaryPage(QWidget):
    """A live preview with the summary options, and the export buttons."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self.last_refresh_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self._load_options()
        ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.layout_combo = QComboBox(self)
        self.layout_combo.addItem(self.tr("Według obszarów i rodzajów"), "grouped")
        self.layout_combo.addItem(self.tr("W kolejności notowania"), "captured")
        layout_label = QLabel(self.tr("Ukł&ad:"), self)
        layout_label.setBuddy(self.layout_combo)
        self.named_check = QCheckBox(self.tr("&Z nazwiskami mówców"), self)
        self.named_check.setToolTip(self.tr("Bez zaznaczenia podsumowanie jest anonimowe"))
        self.annex_check = QCheckBox(self.tr("Lista &obecności w załączniku"), self)
        self.docx_button = QPushButton(self.tr("Eksportuj &DOCX…"), self)
        self.pdf_button = QPushButton(self.tr("Eksportuj PD&F…"), self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Podgląd podsumowania"))
        bar = QHBoxLayout()
        bar.addWidget(layout_label)
        bar.addWidget(self.layout_combo)
        bar.addSpacing(12)
        bar.addWidget(self.named_check)
        bar.addWidget(self.annex_check)
        bar.addStretch(1)
        bar.addWidget(self.docx_button)
        bar.addWidget(self.pdf_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(bar)
        column.addWidget(self.preview, 1)
        self.layout_combo.currentIndexChanged.connect(self._options_changed)
        self.named_check.toggled.connect(self._options_changed)
        self.annex_check.toggled.connect(self._options_changed)
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

    # ---- options -------------------------------------------------------------------------------------------------

    def _load_options(self) -> None:
        settings = Settings()
        for widget in (self.layout_combo, self.named_check, self.annex_check):
            widget.blockSignals(True)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.summary_layout)))
        self.named_check.setChecked(settings.summary_named)
        self.annex_check.setChecked(settings.summary_attendance_annex)
        for widget in (self.layout_combo, self.named_check, self.annex_check):
            widget.blockSignals(False)

    def options(self) -> SummaryOptions:
        """The options chosen on the page."""
        return SummaryOptions(layout=self.layout_combo.currentData() or "grouped", named=self.named_check.isChecked(),
                              attendance_annex=self.annex_check.isChecked())

    def _options_changed(self) -> None:
        settings = Settings()
        settings.summary_layout = self.layout_combo.currentData() or "grouped"
        settings.summary_named = self.named_check.isChecked()
        settings.summary_attendance_annex = self.annex_check.isChecked()
        self.refresh()

    # ---- preview -------------------------------------------------------------------------------------------------

    def _on_changed(self, _changes) -> None:
        """Data changed: refresh soon when visible (typing bursts coalesce), else on the next show."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the preview from the database, keeping the reader's scroll position."""
        started = time.perf_counter()
        self._timer.stop()
        self._dirty = False
        try:
            meeting = operations.get_meeting(self.ctx.engine, self.ctx.meeting_id)
        except operations.OperationError:
            self.preview.clear()
            return
        html = render_html(build(meeting, self.options()))
        scroll = self.preview.verticalScrollBar()
        position = scroll.value()
        self.preview.setHtml(html)
        scroll.setValue(min(position, scroll.maximum()))
        self.last_refresh_ms = (time.perf_counter() - started) * 1000

    # ---- export --------------------------------------------------------------------------------------------------

    def confirm_unnamed(self, meeting) -> bool:
        """Before a named export: list the speakers without recorded consent (they stay unnamed); go on or cancel."""
        missing = lacking_consent(meeting)
        if not missing:
            return True
        names = "\n".join(f"• {p.name} ({p.organisation})" if p.organisation else f"• {p.name}" for p in missing)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Eksport z nazwiskami mówców"),
                          self.tr("Te osoby nie mają zapisanej zgody na podanie nazwiska:"), parent=self)
        box.setInformativeText(names + "\n\n" + self.tr(
            "W podsumowaniu zamiast ich nazwisk będzie organizacja albo „uczestnik”, „uczestniczka” lub "
            "„osoba uczestnicząca”. Zgodę zaznacza się na stronie Lista obecności."))
        go = box.addButton(self.tr("&Kontynuuj eksport"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(go)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def export(self, fmt: str) -> Path | None:
        """Ask where, write the file whole or not at all, then offer to open it."""
        meeting = operations.get_meeting(self.ctx.engine, self.ctx.meeting_id)
        if self.named_check.isChecked() and not self.confirm_unnamed(meeting):
            return None
        settings = Settings()
        folder = settings.export_folder()
        name = safe_file_name(f"{meeting.title} {meeting.date.isoformat()}") + f".{fmt}"
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Zapisz podsumowanie"), str(Path(folder) / name),
                                                      FILTERS[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        settings.last_export_folder = str(path.parent)
        options = self.options()
        outcome = run_with_progress(self, lambda watch: export_meeting(meeting, fmt, path, options, watch),
                                    (ExportError, OSError))
        if outcome.cancelled:
            return None
        if outcome.error is not None:
            QMessageBox.warning(self, self.tr("Nie zapisano podsumowania"), outcome.error)
            return None
        answer = QMessageBox.question(
            self, self.tr("Zapisano podsumowanie"),
            self.tr("Zapisano plik:\n%1\n\nOtworzyć go teraz?").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
