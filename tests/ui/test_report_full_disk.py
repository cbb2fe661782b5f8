"""The report dialog on a full disk: the line names the report file the official chose, not the hidden temp file."""

from __future__ import annotations

import errno
import os

from facilitator.meetingfile import import_data
from facilitator.sample import load_sample
from tests.test_full_disk_names_the_file import HIDDEN_TEMP


def test_the_report_dialog_shows_the_full_disk_line_with_the_chosen_file(qtbot, engine, tmp_path, monkeypatch,
                                                                        request):
    """The GUI: the PDF writer meets a full disk on the temporary file it writes; the dialog names the report."""
    from facilitator import i18n

    i18n.set_language("pl")  # as ui/app.py does: core messages in the UI's language
    request.addfinalizer(lambda: i18n.set_language("en"))
    from reportlab.platypus.doctemplate import BaseDocTemplate

    from ui.officials.report_dialog import ReportDialog

    import_data(engine, [load_sample()])
    seen: list[str] = []

    def disk_full(self, *args, **kwargs):
        seen.append(str(self.filename))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.filename))  # what the OS says

    monkeypatch.setattr(BaseDocTemplate, "build", disk_full)
    dlg = ReportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    (tmp_path / "raporty").mkdir()
    out = tmp_path / "raporty" / "raport WPW.pdf"
    dlg.format_combo.setCurrentIndex(dlg.format_combo.findData("pdf"))
    dlg.path_edit.setText(str(out))
    dlg.generate_button.click()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=30000)
    message = dlg.status.text()
    assert seen and HIDDEN_TEMP.search(seen[0])  # the writer really was given the hidden temporary file
    assert "Brak miejsca na dysku" in message and str(out) in message, message
    assert not HIDDEN_TEMP.search(message) and "\n" not in message
    assert dlg.written is None and list(out.parent.iterdir()) == []
