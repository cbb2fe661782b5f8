"""Recurring statements: groups across meetings with counts, the threshold slider, confirm and split."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid
from ui.officials.recurring_dialog import COL_MEETINGS, COL_ORGS, COL_STATE, IdRole, RecurringDialog
from ui.settings import Settings


@pytest.fixture(autouse=True)
def _default_threshold():
    """QSettings keeps its file across tests in one process: each test starts from the default threshold."""
    Settings().recurring_threshold = 60


def _dialog(qtbot, engine) -> RecurringDialog:
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    dlg = RecurringDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    _wait(qtbot, dlg)
    return dlg


def _wait(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)


def _members(dlg) -> set[str]:
    return {dlg.members.item(r).data(IdRole) for r in range(dlg.members.count())}


def test_group_shows_meetings_and_distinct_organisations(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    assert dlg.table.rowCount() == 1
    assert dlg.table.item(0, COL_MEETINGS).text() == "2 spotkania"
    assert dlg.table.item(0, COL_ORGS).text() == "2 organizacje"
    assert dlg.table.item(0, COL_STATE).text() == "automatyczna"
    assert _members(dlg) == {uid("a-i1"), uid("b-i1")}
    assert "15 czerwca 2018 r." in dlg.members.item(0).text()


def test_slider_raises_the_threshold_and_a_confirmed_group_stays(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    dlg.slider.setFocus()
    qtbot.keyClick(dlg.slider, Qt.Key.Key_End)  # keyboard: to 100 %
    _wait(qtbot, dlg)
    assert dlg.slider.value() == 100 and "100%" in dlg.slider_label.text()
    assert dlg.table.rowCount() == 0 and "Brak" in dlg.status.text()

    dlg.slider.setValue(80)
    _wait(qtbot, dlg)
    dlg.confirm_button.click()
    _wait(qtbot, dlg)
    assert dlg.table.item(0, COL_STATE).text() == "potwierdzona"
    dlg.slider.setValue(100)
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 1  # the official's decision wins over the threshold

    dlg.forget_button.click()
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 0


def test_split_takes_a_statement_out_for_good(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    dlg.split_button.click()
    assert "Zaznacz" in dlg.status.text()
    for row in range(dlg.members.count()):
        if dlg.members.item(row).data(IdRole) == uid("b-i1"):
            dlg.members.item(row).setCheckState(Qt.CheckState.Checked)
    dlg.split_button.click()
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 0
    dlg.slider.setValue(60)
    _wait(qtbot, dlg)
    assert all(uid("b-i1") not in {m.item_id for m in g.members} or len(g.members) == 1 for g in dlg.groups)


def test_members_are_never_stale_after_a_threshold_or_series_change(qtbot, engine):
    from facilitator.recurring import load_decisions

    dlg = _dialog(qtbot, engine)
    assert _members(dlg) == {uid("a-i1"), uid("b-i1")}
    dlg.slider.setFocus()
    qtbot.keyClick(dlg.slider, Qt.Key.Key_Right)  # one step up: the shown group may no longer exist
    assert dlg.members.count() == 0 and dlg.table.rowCount() == 0
    assert not dlg.confirm_button.isEnabled() and not dlg.split_button.isEnabled()
    dlg.confirm_current()  # even called directly, nothing is confirmed from what the official no longer sees
    with engine.connect() as conn:
        assert load_decisions(conn) == (set(), set())
    _wait(qtbot, dlg)
    assert dlg.confirm_button.isEnabled() and _members(dlg) == {
        m.item_id for m in dlg.current_group().members}
    dlg.series_combo.setFocus()
    qtbot.keyClick(dlg.series_combo, Qt.Key.Key_Down)  # another series
    assert dlg.members.count() == 0 and not dlg.confirm_button.isEnabled()
    _wait(qtbot, dlg)
    shown = dlg.current_group()
    assert shown is None or _members(dlg) == {m.item_id for m in shown.members}


def test_unknown_organisations_read_brak_danych(qtbot, engine):
    from datetime import date

    from tests.test_search import make_meeting

    for n in range(2):
        make_meeting(engine, title=f"S{n}", day=date(2018, 6, 1 + n), items={
            "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych")]})
    dlg = RecurringDialog(engine)
    qtbot.addWidget(dlg)
    _wait(qtbot, dlg)
    assert dlg.table.item(0, COL_ORGS).text() == "brak danych"


def test_decisions_are_undone_with_ctrl_z_and_groups_merge_from_the_keyboard(qtbot, engine):
    from datetime import date

    from tests.test_search import make_meeting

    for n in range(2):
        make_meeting(engine, title=f"S{n}", day=date(2018, 6, 1 + n), items={"Polityka lokalowa": [
            ("weakness", "Zbyt wysokie czynsze za lokale"), ("weakness", "Brak centrum organizacji pozarządowych")]})
    dlg = RecurringDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 2 and not dlg.merge_button.isEnabled()
    dlg.table.setFocus()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Home)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # both groups
    assert len(dlg.selected_groups()) == 2 and dlg.merge_button.isEnabled()
    dlg.merge_button.click()
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, COL_STATE).text() == "potwierdzona"
    assert dlg.members.count() == 4
    qtbot.keyClick(dlg.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the merge
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 2 and not dlg.undo_button.isEnabled()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _wait(qtbot, dlg)
    assert dlg.table.rowCount() == 1  # redone
