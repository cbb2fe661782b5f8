"""Every date field stores what was typed: Tab in, type the digits; a half-typed date is never saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from facilitator import operations
from facilitator.store import open_database
from ui.meeting_window import MeetingWindow
from ui.widgets.date_edit import DateEdit, parse_date


@pytest.mark.parametrize(("typed", "meant"), [
    ("03.12.2026", date(2026, 12, 3)), ("3.12.2026", date(2026, 12, 3)), ("03122026", date(2026, 12, 3)),
    ("3122026", date(2026, 12, 3)), ("15.6.2018", date(2018, 6, 15)), ("15/06/2018", date(2018, 6, 15)),
    ("2026-12-03", date(2026, 12, 3)), ("", None)])
def test_what_people_type_while_typing(typed, meant):
    assert parse_date(typed, finished=False) == meant


@pytest.mark.parametrize("typed", ["03", "03.", "03.12", "03.12.", "03.12.2", "03.12.20", "03.12.202", "031220",
                                   "0312202", "31.02.2026", "1122026", "2026-12-3"])
def test_a_date_on_its_way_is_not_a_date_yet(typed):
    with pytest.raises(ValueError):
        parse_date(typed, finished=False)


@pytest.mark.parametrize(("typed", "meant"), [("3.12.26", date(2026, 12, 3)), ("031226", date(2026, 12, 3)),
                                              ("2026-12-3", date(2026, 12, 3))])
def test_short_forms_count_when_the_field_is_left(typed, meant):
    assert parse_date(typed, finished=True) == meant


def _window(qtbot, engine, meeting_id) -> MeetingWindow:
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # focus-out needs an active window
    return window


def _tab_into_date(qtbot, window):
    """From the venue field, Tab as a user does: the date field gets the keyboard with its text selected."""
    venue = window.details.widgets["venue"]
    venue.setFocus()
    qtbot.keyClick(venue, Qt.Key.Key_Tab)
    day = window.details.widgets["date"]
    assert QApplication.focusWidget() is day
    return day


def _stored(db_path, meeting_id) -> date:
    engine = open_database(db_path)  # a fresh engine, as after restarting the app
    try:
        return operations.get_meeting(engine, meeting_id).date
    finally:
        engine.dispose()


@pytest.mark.parametrize("typed", ["03.12.2026", "03122026", "3.12.2026", "3.12.26"])
def test_typing_a_date_into_szczegoly_saves_that_day(qtbot, engine, db_path, meeting_id, typed):
    window = _window(qtbot, engine, meeting_id)
    day = _tab_into_date(qtbot, window)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    qtbot.keyClick(day, Qt.Key.Key_Tab)  # on to the start time
    assert _stored(db_path, meeting_id) == date(2026, 12, 3)
    assert day.text() == "03.12.2026"
    assert window.windowTitle().endswith("03.12.2026")


def test_a_complete_date_is_saved_while_still_in_the_field(qtbot, engine, db_path, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    qtbot.keyClicks(_tab_into_date(qtbot, window), "03.12.2026")
    qtbot.waitUntil(lambda: not window.details.bindings["date"].pending(), timeout=3000)
    assert _stored(db_path, meeting_id) == date(2026, 12, 3)


@pytest.mark.parametrize("typed", ["03.12.", "03.12.202", "0312", "31.02.2026"])
def test_a_half_typed_date_left_behind_is_not_saved_and_the_user_is_told(qtbot, engine, db_path, meeting_id, typed):
    window = _window(qtbot, engine, meeting_id)
    day = _tab_into_date(qtbot, window)
    qtbot.keyClicks(day, typed)
    qtbot.wait(500)  # longer than the typing pause that commits a field
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert _stored(db_path, meeting_id) == date(2018, 6, 15)
    assert day.text() == "15.06.2018"  # the stored date is back in the field, visibly
    message = window.statusBar().currentMessage()
    assert f"Nie zapisano daty „{typed}”" in message and "15.06.2018" in message


def test_undo_after_typing_a_date_brings_the_old_one_back(qtbot, engine, db_path, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    day = _tab_into_date(qtbot, window)
    qtbot.keyClicks(day, "03122026")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(db_path, meeting_id) == date(2018, 6, 15)
    assert day.text() == "15.06.2018"


def test_the_calendar_is_polish_and_picks_with_the_keyboard(qtbot, engine, db_path, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    day = _tab_into_date(qtbot, window)
    qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = day.popup.findChild(QCalendarWidget)
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2018, 6, 15)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday  # the Polish week
    focused = QApplication.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: day.popup is None or not day.popup.isVisible())
    assert day.text() == "16.06.2018"
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert _stored(db_path, meeting_id) == date(2018, 6, 16)


@pytest.mark.parametrize("typed", ["01.09.2018", "01092018", "1.9.2018"])
def test_officials_search_dates_are_read_day_first(qtbot, engine, typed):
    from ui.officials.search_window import SearchWindow

    window = SearchWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.from_check, Qt.Key.Key_Space)
    window.from_check.setFocus()
    qtbot.keyClick(window.from_check, Qt.Key.Key_Tab)
    edit = QApplication.focusWidget()
    assert edit is window.from_edit and isinstance(edit, DateEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert window.from_edit.date() == QDate(2018, 9, 1)
    qtbot.wait(300)  # the search the new date starts runs to its end before the window goes
    qtbot.waitUntil(lambda: not window.busy, timeout=10000)


def test_officials_report_half_typed_date_keeps_the_last_one(qtbot, engine):
    from ui.officials.report_dialog import ReportDialog

    dialog = ReportDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.to_check.setChecked(True)
    before = dialog.to_edit.date()
    dialog.to_edit.setFocus()
    dialog.to_edit.selectAll()
    qtbot.keyClicks(dialog.to_edit, "31.12.20")
    assert dialog.to_edit.date() == before  # not a date yet
    qtbot.keyClick(dialog.to_edit, Qt.Key.Key_Tab)
    assert dialog.to_edit.date() == QDate(2020, 12, 31)  # a two-digit year, read on leaving
    dialog.to_edit.setFocus()
    dialog.to_edit.selectAll()
    qtbot.keyClicks(dialog.to_edit, "31.1")
    qtbot.keyClick(dialog.to_edit, Qt.Key.Key_Tab)
    assert dialog.to_edit.date() == QDate(2020, 12, 31) and dialog.to_edit.text() == "31.12.2020"


def test_the_date_picker_speaks_polish_and_esc_keeps_the_date(qtbot, engine, db_path, meeting_id):
    from ui.i18n import install_translators

    install_translators(QApplication.instance(), "pl")  # as the app does at start
    window = _window(qtbot, engine, meeting_id)
    day = _tab_into_date(qtbot, window)
    qtbot.keyClick(day, Qt.Key.Key_F4)
    calendar = day.popup.findChild(QCalendarWidget)
    assert calendar.locale().monthName(6) == "czerwca" or calendar.locale().standaloneMonthName(6) == "czerwiec"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: day.popup is None or not day.popup.isVisible())
    assert day.text() == "15.06.2018" and _stored(db_path, meeting_id) == date(2018, 6, 15)
