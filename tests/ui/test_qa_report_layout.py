"""QA: the report dialog at 1366×768 is compact: rows close together, fields aligned and wide, the list tall."""

from __future__ import annotations

from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c
from ui.officials.report_dialog import ReportDialog


def test_report_dialog_rows_stay_together_and_the_meeting_list_takes_the_height(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    dialog = ReportDialog(engine)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)  # a small laptop's screen less the panel and the title bar
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [dialog.series_combo, dialog.meetings_list, dialog.from_check, dialog.format_combo,
              dialog.language_combo, dialog.threshold_spin, dialog.path_edit]
    tops = [f.geometry().top() for f in fields]
    bottoms = [f.geometry().bottom() for f in fields]
    assert tops == sorted(tops)
    gaps = [below - above for above, below in zip(bottoms, tops[1:])]
    assert max(gaps) <= 16, gaps  # no row floats in the middle of spare space
    assert tops[0] <= 20  # the form starts at the top, not pushed down
    assert dialog.meetings_list.height() >= dialog.height() // 2
    assert len({f.geometry().left() for f in fields}) == 1  # one field column
    assert dialog.series_combo.width() > dialog.width() * 0.75  # fields grow with the window
    assert dialog.by_list.geometry().top() <= dialog.meetings_list.geometry().top() + 12  # its radio labels its top
