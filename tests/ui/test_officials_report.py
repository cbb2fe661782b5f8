"""The report dialog: choose meetings and a format, generate off the GUI thread, read the file back."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import event

from tests.ui.officials_data import SERIES_A, import_all, meeting_a, meeting_b, meeting_c
from ui.officials.report_dialog import ReportDialog
from ui.settings import Settings


@pytest.fixture(autouse=True)
def _default_threshold():
    """QSettings keeps its file across tests in one process: each test starts from the default threshold."""
    Settings().recurring_threshold = 60


def _cells(path: Path) -> str:
    wb = load_workbook(path, read_only=True)
    text = "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v)
    wb.close()
    return text


def _dialog(qtbot, engine) -> ReportDialog:
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    dlg = ReportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _generate(qtbot, dlg) -> None:
    dlg.generate_button.click()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=20000)


def test_xlsx_report_of_a_series_is_written_and_read_back(qtbot, engine, tmp_path, monkeypatch):
    dlg = _dialog(qtbot, engine)
    chosen = tmp_path / "wyniki"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(chosen / "raport WPW"), "*.xlsx")))
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("xlsx"))
    dlg.choose_path()
    assert dlg.path_edit.text() == str(chosen / "raport WPW.xlsx")
    dlg.series_combo.setCurrentIndex(dlg.series_combo.findData(SERIES_A))

    _generate(qtbot, dlg)
    target = chosen / "raport WPW.xlsx"
    assert dlg.written == target, dlg.status.text()
    cells = _cells(target)
    assert "W mieście nie ma polityki migracyjnej, a 10% mieszkańców to Ukraińcy." in cells
    assert "Zwiększyć dotacje na żółte boiska szkolne <i> place zabaw." in cells
    assert "Mieszkańcy chcą więcej zieleni" not in cells  # another series
    assert Settings().last_export_folder == str(chosen)
    assert [p.name for p in chosen.iterdir()] == ["raport WPW.xlsx"]  # no temp files left

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    assert dlg.open_button.isEnabled()
    dlg.open_button.click()
    assert opened == [str(target)]

    again = ReportDialog(engine)  # the next report is proposed in the same folder
    qtbot.addWidget(again)
    assert Path(again.path_edit.text()).parent == chosen


def test_hand_picked_meetings_docx(qtbot, engine, tmp_path):
    from docx import Document

    dlg = _dialog(qtbot, engine)
    dlg.by_list.setChecked(True)
    dlg.generate_button.click()
    assert "Zaznacz co najmniej jedno" in dlg.status.text() and not dlg.busy
    for row in range(dlg.meetings_list.count()):
        if "Nowa Huta" in dlg.meetings_list.item(row).text():
            dlg.meetings_list.item(row).setCheckState(Qt.CheckState.Checked)
    assert "5 marca 2019 r." in dlg.meetings_list.item(0).text()
    dlg.path_edit.setText(str(tmp_path / "huta.docx"))
    _generate(qtbot, dlg)
    assert dlg.written == tmp_path / "huta.docx", dlg.status.text()
    text = "\n".join(p.text for p in Document(str(dlg.written)).paragraphs)
    assert "Głosowanie także w formie papierowej dla seniorów." in text
    assert "polityki migracyjnej" not in text


def test_missing_folder_is_a_one_line_message(qtbot, engine, tmp_path):
    dlg = _dialog(qtbot, engine)
    dlg.path_edit.setText(str(tmp_path / "nie ma" / "raport.pdf"))
    dlg.generate_button.click()
    assert not dlg.busy and "nie istnieje" in dlg.status.text()


def test_cancel_leaves_no_file(qtbot, engine, tmp_path):
    dlg = _dialog(qtbot, engine)
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("pdf"))
    dlg.path_edit.setText(str(tmp_path / "raport.pdf"))
    main = threading.get_ident()

    def press_cancel(*_args):
        if threading.get_ident() != main and dlg.job.worker is not None:
            dlg.job.worker.cancel()  # the user presses Cancel while the meetings are being read

    event.listen(engine, "before_cursor_execute", press_cancel)
    try:
        dlg.generate_button.click()
        qtbot.waitUntil(lambda: not dlg.busy, timeout=20000)
    finally:
        event.remove(engine, "before_cursor_execute", press_cancel)
    assert dlg.written is None and "Anulowano" in dlg.status.text()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".report-*")) == []
    assert dlg.generate_button.isEnabled()


def test_the_report_groups_at_the_threshold_the_official_set(qtbot, engine, tmp_path):
    from PySide6.QtTest import QTest

    from ui.officials.recurring_dialog import RecurringDialog

    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    recurring = RecurringDialog(engine)
    qtbot.addWidget(recurring)
    recurring.slider.setValue(100)  # the official tightens the grouping in the recurring window …
    dlg = ReportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.threshold_spin.value() == 100  # … and the report starts from the same threshold
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("xlsx"))
    dlg.path_edit.setText(str(tmp_path / "r.xlsx"))
    _generate(qtbot, dlg)
    assert _group_cells(dlg.written) == set()
    dlg.threshold_spin.setFocus()
    dlg.threshold_spin.selectAll()
    qtbot.keyClicks(dlg.threshold_spin, "80")
    QTest.keyClick(dlg.threshold_spin, Qt.Key.Key_Tab)
    assert dlg.options().threshold == 80 and not dlg.options().confirmed_only
    _generate(qtbot, dlg)
    assert _group_cells(dlg.written) == {"G1"}
    qtbot.keyClick(dlg.threshold_spin, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Tylko po&twierdzone"
    qtbot.waitUntil(dlg.confirmed_check.isChecked, timeout=2000)  # a mnemonic clicks with a short animation
    _generate(qtbot, dlg)
    assert _group_cells(dlg.written) == set()  # nothing was confirmed


def _group_cells(path: Path) -> set[str]:
    wb = load_workbook(path, read_only=True)
    cells = {row[10] for row in wb["Wypowiedzi"].iter_rows(min_row=2, values_only=True) if row[10]}
    wb.close()
    return cells


def test_a_report_dialog_shown_again_groups_as_the_recurring_window_was_left(qtbot, engine, tmp_path):
    """The dialog is opened once and shown again (controller): the threshold and across-areas choice set in the
    recurring window since it was closed are what it starts from, not what it read when first built."""
    from ui.officials.recurring_dialog import RecurringDialog

    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    dlg = ReportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    first = dlg.threshold_spin.value()
    dlg.close()
    recurring = RecurringDialog(engine)
    qtbot.addWidget(recurring)
    recurring.show()
    recurring.slider.setValue(100 if first != 100 else 90)  # the official moves the slider …
    recurring.across_check.click()  # … and compares across areas
    recurring.close()
    dlg.show()
    assert dlg.threshold_spin.value() == recurring.slider.value()
    assert dlg.across_check.isChecked() == recurring.across_check.isChecked()
    assert dlg.options().threshold == recurring.slider.value()


def test_closing_the_window_while_a_report_is_made_cancels_it_then_closes(qtbot, engine, tmp_path):
    """The window's close button stops the report as Cancel does, and the window closes once nothing runs."""
    dlg = _dialog(qtbot, engine)
    dlg.path_edit.setText(str(tmp_path / "raport.docx"))
    main, inside = threading.get_ident(), threading.Event()

    def hold(*_args):  # the report's first query waits until the job is cancelled
        worker = dlg.job.worker
        if threading.get_ident() == main or worker is None or inside.is_set():
            return
        inside.set()
        deadline = time.monotonic() + 10
        while not worker.token.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)

    event.listen(engine, "before_cursor_execute", hold)
    try:
        dlg.generate_button.click()
        assert dlg.cancel_button.text() == "&Anuluj" and dlg.progress.isVisible()
        qtbot.waitUntil(inside.is_set, timeout=10000)
        dlg.close()
        assert dlg.isVisible() and dlg.busy and dlg.status.text() == "Anulowanie…"
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20000)
    finally:
        event.remove(engine, "before_cursor_execute", hold)
    assert not dlg.busy and dlg.written is None and not (tmp_path / "raport.docx").exists()
    assert dlg.cancel_button.text() == "&Zamknij" and dlg.status.text() == "Anulowano; nie zapisano pliku."
