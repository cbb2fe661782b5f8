"""The officials' windows follow what another window changed: a series renamed, a group's heading, answers.

The recurring, positions and report windows are each opened once and shown again; while shown they read again what
another window changed (never a stale list to act on), and one shown again after being closed reads afresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from facilitator import operations
from tests.ui.officials_data import SERIES_A, SERIES_B, import_all, meeting_a, meeting_b, meeting_c, uid
from ui.officials.consultation_dialog import COL_TEXT, ConsultationDialog
from ui.officials.recurring_dialog import RecurringDialog
from ui.officials.report_dialog import ReportDialog
from ui.officials.series_dialog import SeriesDialog
from ui.settings import Settings

GROUP = {uid("a-i1"), uid("b-i1")}
RENAMED = "WPW 2019-2022"


@pytest.fixture(autouse=True)
def _defaults():
    Settings().recurring_threshold = 60
    Settings().recurring_across_areas = False


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wait(qtbot, *dialogs) -> None:
    qtbot.waitUntil(lambda: all(not d.busy for d in dialogs), timeout=15000)


def _series(combo) -> list[str]:
    return [combo.itemText(i) for i in range(1, combo.count())]


def test_a_series_renamed_reaches_every_open_window_keeping_their_choices(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    recurring = _shown(qtbot, RecurringDialog(engine))
    report = _shown(qtbot, ReportDialog(engine))
    _wait(qtbot, recurring)
    report.series_combo.setCurrentIndex(report.series_combo.findData(SERIES_B))
    recurring.series_combo.setCurrentIndex(recurring.series_combo.findData(SERIES_A))
    _wait(qtbot, recurring)
    report.by_list.setChecked(True)
    report.meetings_list.item(0).setCheckState(Qt.CheckState.Checked)
    ticked = report.checked_meetings()
    series = _shown(qtbot, SeriesDialog(engine))
    series.table.setFocus()
    series.table.setCurrentCell(series.row_of(SERIES_A), 0)
    qtbot.keyClick(series.table, Qt.Key.Key_F2)
    editor = series.table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, RENAMED)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Można cofnąć" in series.status.text())
    assert {name for name, _n in series.rows()} == {SERIES_B, RENAMED}
    assert sorted(_series(report.series_combo)) == sorted([SERIES_B, RENAMED])
    assert report.series_combo.currentData() == SERIES_B and report.checked_meetings() == ticked
    assert sorted(_series(recurring.series_combo)) == sorted([SERIES_B, RENAMED])
    assert recurring.series_combo.currentData() is None  # its series is gone by that name: every series, regrouped
    _wait(qtbot, recurring)
    assert recurring.groups and {m.item_id for m in recurring.groups[0].members} >= GROUP


def test_a_window_shown_again_reads_what_changed_while_it_was_closed(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    report = _shown(qtbot, ReportDialog(engine))
    report.close()
    operations.rename_series(engine, old=SERIES_B, new="Budżet obywatelski 2019")
    assert SERIES_B in _series(report.series_combo)  # closed: not followed
    report.show()
    assert "Budżet obywatelski 2019" in _series(report.series_combo) and SERIES_B not in _series(report.series_combo)


def test_a_heading_renamed_in_the_recurring_window_shows_in_the_positions_window(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    operations.confirm_group(engine, item_ids=sorted(GROUP))
    positions = _shown(qtbot, ConsultationDialog(engine))
    recurring = _shown(qtbot, RecurringDialog(engine))
    _wait(qtbot, positions, recurring)
    row = next(r for r, g in enumerate(recurring.groups) if {m.item_id for m in g.members} == GROUP)
    recurring.table.selectRow(row)
    recurring.heading_edit.setFocus()
    recurring.heading_edit.selectAll()
    qtbot.keyClicks(recurring.heading_edit, "Polityka migracyjna miasta")
    qtbot.keyClick(recurring.heading_edit, Qt.Key.Key_Return)
    _wait(qtbot, positions, recurring)
    entry = next(n for n, e in enumerate(positions.shown) if set(e.ids) == GROUP)
    assert positions.table.item(entry, COL_TEXT).text() == "Polityka migracyjna miasta"
    # answering there does not regroup it (its own change), and the recurring window keeps its groups
    positions.table.setFocus()
    positions.table.selectRow(entry)
    shown = positions.entries
    qtbot.keyClick(positions.table, Qt.Key.Key_1)
    assert not positions.busy and positions.entries is shown  # answers re-read in place, no regrouping
    assert positions.table.item(positions.table.currentRow(), COL_TEXT).text() == "Polityka migracyjna miasta"
    _wait(qtbot, recurring)
    assert any(g.heading == "Polityka migracyjna miasta" for g in recurring.groups)


def test_the_positions_window_groups_across_areas_when_the_recurring_window_does(qtbot, engine):
    from datetime import date

    from tests.test_search import make_meeting

    make_meeting(engine, title="A", day=date(2026, 5, 1), items={"Polityka lokalowa": [("weakness", "Brak lokali dla NGO")]})
    make_meeting(engine, title="B", day=date(2026, 5, 8), items={
        "Tworzenie polityk publicznych": [("weakness", "Brak lokali dla NGO")]})
    positions = _shown(qtbot, ConsultationDialog(engine))
    _wait(qtbot, positions)
    assert [len(e.ids) for e in positions.entries] == [1, 1]  # two areas: two remarks
    recurring = _shown(qtbot, RecurringDialog(engine))
    _wait(qtbot, recurring)
    recurring.across_check.setFocus()
    qtbot.keyClick(recurring.across_check, Qt.Key.Key_Space)
    _wait(qtbot, recurring)
    assert len(recurring.groups) == 1
    positions.close()
    positions.show()  # shown again: read afresh, grouped as the recurring window groups
    _wait(qtbot, positions)
    assert [len(e.ids) for e in positions.entries] == [2]


def test_a_justification_being_typed_waits_while_another_window_changes_the_groups(qtbot, engine):
    """The positions window empties its list while it reads it again; the remark chosen and its unsaved text stay."""
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    operations.confirm_group(engine, item_ids=sorted(GROUP))
    positions = _shown(qtbot, ConsultationDialog(engine))
    recurring = _shown(qtbot, RecurringDialog(engine))
    _wait(qtbot, positions, recurring)
    positions.table.setFocus()
    positions.table.selectRow(next(r for r, e in enumerate(positions.shown) if uid("a-i3") in e.ids))
    qtbot.keyClick(positions.table, Qt.Key.Key_3)  # nie uwzględniono; the justification follows
    positions.justification_edit.setFocus()
    qtbot.keyClicks(positions.justification_edit, "Brak wolnych lokali w centrum")
    _wait(qtbot, recurring)  # the answer reached it too
    row = next(r for r, g in enumerate(recurring.groups) if {m.item_id for m in g.members} == GROUP)
    recurring.table.selectRow(row)
    recurring.heading_edit.setText("Polityka migracyjna miasta")
    recurring.rename_current()  # the positions window reads every remark again
    assert positions.busy and positions.justification_edit.isReadOnly()
    assert positions.justification_edit.toPlainText() == "Brak wolnych lokali w centrum"
    _wait(qtbot, positions, recurring)
    assert any(e.remark.heading == "Polityka migracyjna miasta" for e in positions.shown)
    assert uid("a-i3") in positions.current().ids and not positions.justification_edit.isReadOnly()
    assert positions.justification_edit.toPlainText() == "Brak wolnych lokali w centrum" and positions.typed()
    positions.save_text()
    assert operations.get_responses(engine)[uid("a-i3")].justification == "Brak wolnych lokali w centrum"
