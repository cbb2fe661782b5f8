"""The recurring dialog's hand corrections, by drag and drop and by keyboard, each undone with Ctrl+Z."""

from __future__ import annotations

import warnings
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.test_search import make_meeting
from ui.officials.recurring_dialog import COL_AREA, COL_STATE, COL_TEXT, RecurringDialog
from ui.settings import Settings

LOKALE = "Brak lokali dla organizacji pozarządowych"
LOCAL, NGO, POLICY = "Polityka lokalowa", "Komunikacja i wsparcie NGO", "Tworzenie polityk publicznych"
HEADING = "Lokale dla NGO - brak miejsc"  # typed: QTest types ASCII only
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _defaults():
    """QSettings keeps its file across tests in one process: each test starts from the defaults."""
    Settings().recurring_threshold = 60
    Settings().recurring_across_areas = False
    yield
    Settings().recurring_across_areas = False


@pytest.fixture
def dlg(qtbot, engine) -> RecurringDialog:
    make_meeting(engine, title="Spotkanie A", day=date(2018, 6, 1), items={
        LOCAL: [("weakness", LOKALE)], NGO: [("weakness", "Za mało informacji o konkursach grantowych")]})
    make_meeting(engine, title="Spotkanie B", day=date(2018, 6, 8), items={
        LOCAL: [("weakness", LOKALE)], NGO: [("weakness", "Za mało informacji o konkursach grantowych"),
                                             ("weakness", "Nikt nie odpowiada na maile w urzędzie")]})
    make_meeting(engine, title="Spotkanie C", day=date(2018, 6, 15), items={
        POLICY: [("weakness", LOKALE)], LOCAL: [("weakness", "Trudno znaleźć salę na zebranie")]})
    dialog = RecurringDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait(qtbot, dialog)
    return dialog


def wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def row_of(dialog, fragment: str) -> int:
    return next(r for r, g in enumerate(dialog.groups) if fragment in g.representative.text)


def select_group(qtbot, dialog, fragment: str) -> None:
    dialog.table.setFocus()
    row = row_of(dialog, fragment)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert fragment in dialog.current_group().representative.text


def texts(group) -> list[str]:
    return sorted(m.text for m in group.members)


def shown_members(dialog) -> list[str]:
    return sorted(dialog.members.item(r).text().split("\n")[0] for r in range(dialog.members.count()))


def drop(view, mime, point: QPoint) -> None:
    """A drag entering and moving over the view's viewport, then the drop the view handles at its end.

    Qt delivers a Drop only to the target of a real drag (QDragManager), so the drop goes to the view's handler
    as Qt would hand it; the enter and move events go through the event system and must be accepted."""
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():  # PySide marks the only QDragEnterEvent/QDragMoveEvent constructors deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter, move = QDragEnterEvent(point, *args), QDragMoveEvent(point, *args)
    QApplication.sendEvent(view.viewport(), enter)
    QApplication.sendEvent(view.viewport(), move)
    assert enter.isAccepted() and move.isAccepted()
    event = QDropEvent(QPointF(point), *args)
    view.dropEvent(event)
    assert event.isAccepted()


def row_point(dialog, row: int) -> QPoint:
    return dialog.table.visualRect(dialog.table.model().index(row, COL_TEXT)).center()


def single(dialog, fragment: str):
    return next(dialog.singles_list.item(r) for r in range(dialog.singles_list.count())
                if fragment in dialog.singles_list.item(r).text())


def press(qtbot, dialog, key: Qt.Key, button) -> None:
    """Alt+letter of a button: Qt animates the click, so wait for it."""
    with qtbot.waitSignal(button.clicked, timeout=5000):
        qtbot.keyClick(dialog, key, ALT)
    wait(qtbot, dialog)


def undo(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    wait(qtbot, dialog)


def test_drag_a_statement_in_no_group_onto_a_group_then_undo(qtbot, dlg):
    before = texts(dlg.groups[row_of(dlg, "lokali")])
    item = single(dlg, "Trudno znaleźć salę")
    mime = dlg.singles_list.mimeData([item])
    drop(dlg.table, mime, row_point(dlg, row_of(dlg, "lokali")))
    wait(qtbot, dlg)
    group = dlg.current_group()
    assert "Trudno znaleźć salę na zebranie" in texts(group) and group.confirmed
    assert "Trudno znaleźć salę na zebranie" in shown_members(dlg)  # the dialog follows the group it changed
    assert dlg.table.item(dlg.table.currentRow(), COL_STATE).text() == "potwierdzona"
    assert all("Trudno" not in dlg.singles_list.item(r).text() for r in range(dlg.singles_list.count()))
    undo(qtbot, dlg)
    assert texts(dlg.groups[row_of(dlg, "lokali")]) == before
    assert single(dlg, "Trudno znaleźć salę") is not None


def test_drop_from_another_area_into_the_members_list(qtbot, dlg):
    select_group(qtbot, dlg, "lokali")
    item = single(dlg, "Nikt nie odpowiada")
    dlg.members.dropMimeData(dlg.members.count(), dlg.singles_list.mimeData([item]), Qt.DropAction.MoveAction)
    wait(qtbot, dlg)
    group = dlg.current_group()
    assert "Nikt nie odpowiada na maile w urzędzie" in texts(group) and group.area == LOCAL
    undo(qtbot, dlg)
    assert "Nikt nie odpowiada na maile w urzędzie" not in texts(dlg.groups[row_of(dlg, "lokali")])


def test_add_by_keyboard_with_the_search_of_statements_in_no_group(qtbot, dlg):
    select_group(qtbot, dlg, "lokali")
    qtbot.keyClick(dlg, Qt.Key.Key_K, ALT)  # "Poza grupami — szu&kaj:"
    assert dlg.singles_filter.hasFocus()
    qtbot.keyClicks(dlg.singles_filter, "SALE")  # case and diacritics do not matter
    assert dlg.singles_list.count() == 1
    qtbot.keyClick(dlg.singles_filter, Qt.Key.Key_Tab)
    assert dlg.singles_list.hasFocus()
    qtbot.keyClick(dlg.singles_list, Qt.Key.Key_Home)
    assert dlg.singles_list.currentItem().text().startswith("Trudno znaleźć salę na zebranie\n")
    press(qtbot, dlg, Qt.Key.Key_D, dlg.add_button)  # "&Dodaj do grupy"
    assert "Trudno znaleźć salę na zebranie" in texts(dlg.current_group())
    undo(qtbot, dlg)
    assert "Trudno znaleźć salę na zebranie" not in texts(dlg.groups[row_of(dlg, "lokali")])


def _member_item(dlg, fragment_meeting: str):
    return next(dlg.members.item(r) for r in range(dlg.members.count())
                if fragment_meeting in dlg.members.item(r).text())


def test_drag_a_member_out_removes_it_then_undo(qtbot, dlg):
    select_group(qtbot, dlg, "lokali")
    member = _member_item(dlg, "Spotkanie B")
    drop(dlg.singles_list, dlg.members.mimeData([member]), QPoint(5, 5))
    wait(qtbot, dlg)
    assert all("lokali" not in g.representative.text for g in dlg.groups)  # a group of one is no group
    assert single(dlg, "Brak lokali") is not None
    undo(qtbot, dlg)
    assert len(dlg.groups[row_of(dlg, "lokali")].members) == 2


def test_remove_by_keyboard_then_undo_and_redo(qtbot, dlg):
    make_group = dlg.groups[row_of(dlg, "lokali")]
    assert len(make_group.members) == 2
    select_group(qtbot, dlg, "lokali")
    dlg.members.setFocus()
    qtbot.keyClick(dlg.members, Qt.Key.Key_Home)
    qtbot.keyClick(dlg.members, Qt.Key.Key_Delete)
    wait(qtbot, dlg)
    assert all("lokali" not in g.representative.text for g in dlg.groups)
    undo(qtbot, dlg)
    assert len(dlg.groups[row_of(dlg, "lokali")].members) == 2
    qtbot.keyClick(dlg.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait(qtbot, dlg)
    assert all("lokali" not in g.representative.text for g in dlg.groups)


def test_drag_a_group_onto_a_group_merges_them_then_undo(qtbot, dlg):
    assert len(dlg.groups) == 2
    source, target = row_of(dlg, "konkursach"), row_of(dlg, "lokali")
    mime = dlg.table.mimeData([dlg.table.item(source, COL_TEXT)])
    drop(dlg.table, mime, row_point(dlg, target))
    wait(qtbot, dlg)
    assert len(dlg.groups) == 1 and len(dlg.groups[0].members) == 4
    assert dlg.table.item(0, COL_AREA).text() == LOCAL  # the group dropped on keeps its area
    undo(qtbot, dlg)
    assert len(dlg.groups) == 2


def test_drag_a_member_onto_another_group_moves_it(qtbot, dlg):
    select_group(qtbot, dlg, "konkursach")
    member = _member_item(dlg, "Spotkanie A")
    drop(dlg.table, dlg.members.mimeData([member]), row_point(dlg, row_of(dlg, "lokali")))
    wait(qtbot, dlg)
    lokale = dlg.groups[row_of(dlg, "lokali")]
    assert "Za mało informacji o konkursach grantowych" in texts(lokale) and len(lokale.members) == 3
    assert all("konkursach" not in g.representative.text for g in dlg.groups if g is not lokale)
    undo(qtbot, dlg)
    assert len(dlg.groups[row_of(dlg, "konkursach")].members) == 2


def test_split_the_ticked_then_undo(qtbot, dlg):
    select_group(qtbot, dlg, "lokali")
    _member_item(dlg, "Spotkanie B").setCheckState(Qt.CheckState.Checked)
    press(qtbot, dlg, Qt.Key.Key_W, dlg.split_button)  # "&Wydziel zaznaczone"
    assert all("lokali" not in g.representative.text for g in dlg.groups)
    undo(qtbot, dlg)
    assert len(dlg.groups[row_of(dlg, "lokali")].members) == 2


def test_rename_the_heading_from_the_keyboard_then_undo(qtbot, dlg):
    select_group(qtbot, dlg, "lokali")
    qtbot.keyClick(dlg, Qt.Key.Key_N, ALT)  # "&Nagłówek:"
    assert dlg.heading_edit.hasFocus() and dlg.heading_edit.text() == LOKALE
    dlg.heading_edit.selectAll()
    qtbot.keyClicks(dlg.heading_edit, HEADING)
    qtbot.keyClick(dlg.heading_edit, Qt.Key.Key_Return)
    wait(qtbot, dlg)
    row = row_of(dlg, "lokali")
    assert dlg.table.item(row, COL_TEXT).text() == HEADING
    assert dlg.heading_edit.text() == HEADING
    dlg.slider.setValue(100)  # regrouped at another threshold: the same statements keep the heading
    wait(qtbot, dlg)
    assert dlg.table.item(row_of(dlg, "lokali"), COL_TEXT).text() == HEADING
    undo(qtbot, dlg)
    assert dlg.table.item(row_of(dlg, "lokali"), COL_TEXT).text() == LOKALE


def test_move_a_group_to_another_area_from_the_keyboard_then_undo(qtbot, dlg):
    select_group(qtbot, dlg, "lokali")
    assert dlg.table.item(dlg.table.currentRow(), COL_AREA).text() == LOCAL
    qtbot.keyClick(dlg, Qt.Key.Key_O, ALT)  # "Przenieś do &obszaru:"
    assert dlg.area_combo.hasFocus() and dlg.area_combo.currentText() == LOCAL
    while dlg.area_combo.currentText() != POLICY:
        qtbot.keyClick(dlg.area_combo, Qt.Key.Key_Up)
    press(qtbot, dlg, Qt.Key.Key_R, dlg.move_button)  # "P&rzenieś"
    group = dlg.groups[row_of(dlg, "lokali")]
    assert group.area == POLICY and len(group.members) == 3  # moved, it takes in that area's own "Brak lokali …"
    assert dlg.table.item(row_of(dlg, "lokali"), COL_AREA).text() == POLICY
    undo(qtbot, dlg)
    group = dlg.groups[row_of(dlg, "lokali")]
    assert group.area == LOCAL and len(group.members) == 2


def test_compare_across_areas_is_a_checkbox_and_nothing_is_stale_meanwhile(qtbot, dlg):
    assert len(dlg.groups[row_of(dlg, "lokali")].members) == 2
    select_group(qtbot, dlg, "lokali")
    with qtbot.waitSignal(dlg.across_check.toggled, timeout=5000):
        qtbot.keyClick(dlg, Qt.Key.Key_M, ALT)  # "Porównuj &między obszarami" (Qt animates the click)
    assert dlg.across_check.isChecked() and Settings().recurring_across_areas
    assert dlg.members.count() == 0 and dlg.singles_list.count() == 0 and dlg.table.rowCount() == 0
    assert not any(b.isEnabled() for b in (dlg.add_button, dlg.remove_button, dlg.rename_button, dlg.move_button))
    wait(qtbot, dlg)
    group = dlg.groups[row_of(dlg, "lokali")]
    assert len(group.members) == 3 and {m.section_title for m in group.members} == {LOCAL, POLICY}
    assert shown_members(dlg) == [LOKALE] * 3


def test_foreign_drops_are_refused(qtbot, dlg):
    from PySide6.QtCore import QMimeData

    text = QMimeData()
    text.setText("Brak lokali")
    assert not dlg.table.dropMimeData(0, 0, text, Qt.DropAction.MoveAction)
    member = dlg.members.mimeData([dlg.members.item(0)])
    assert not dlg.members.dropMimeData(0, member, Qt.DropAction.MoveAction)  # a member onto its own list
    assert not dlg.singles_list.dropMimeData(0, dlg.singles_list.mimeData([dlg.singles_list.item(0)]),
                                             Qt.DropAction.MoveAction)
    assert dlg.undo_stack.count() == 0


def test_the_report_dialog_groups_across_areas_as_the_window_does(qtbot, dlg, engine):
    from ui.officials.report_dialog import ReportDialog

    with qtbot.waitSignal(dlg.across_check.toggled, timeout=5000):
        qtbot.keyClick(dlg, Qt.Key.Key_M, ALT)
    report = ReportDialog(engine)
    qtbot.addWidget(report)
    assert report.across_check.isChecked() and report.options().across_areas
    report.across_check.setChecked(False)
    assert not report.options().across_areas
    wait(qtbot, dlg)  # no regrouping left running when the dialog goes


def test_what_a_correction_did_stays_said_after_regrouping_and_variant_area_titles_show_as_the_model_area(
        qtbot, engine):
    make_meeting(engine, title="Spotkanie D", day=date(2018, 7, 1), items={
        "Komunikacja i wsparcie dla NGO": [("weakness", "Za mało informacji o konkursach grantowych")]})
    make_meeting(engine, title="Spotkanie E", day=date(2018, 7, 8), items={
        NGO: [("weakness", "Za mało informacji o konkursach grantowych"), ("weakness", "Nikt nie odbiera telefonów")]})
    dialog = RecurringDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    wait(qtbot, dialog)
    row = row_of(dialog, "konkursach")
    cell = dialog.table.item(row, COL_AREA)
    assert cell.text() == NGO  # its first member was said under "Komunikacja i wsparcie dla NGO"
    assert cell.toolTip() == "Komunikacja i wsparcie dla NGO"
    select_group(qtbot, dialog, "konkursach")
    dialog.singles_list.setFocus()
    dialog.singles_list.setCurrentItem(single(dialog, "telefonów"))
    press(qtbot, dialog, Qt.Key.Key_D, dialog.add_button)
    assert dialog.status.text() == "Dodano do grupy: 1. Grupy: 1"
    undo(qtbot, dialog)
    assert dialog.status.text() == "Grupy: 1"
