"""QA: times typed without a colon ('1330') are saved; a half-typed time left behind is reported, not lost silently."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from facilitator import operations
from ui.meeting_window import MeetingWindow
from ui.pages.fields import expand_time_digits, time_value


@pytest.mark.parametrize(("typed", "stored"), [("1330", "13:30"), ("930", "09:30"), ("13", "13:00"), ("9", "09:00"),
                                               ("10:00", "10:00"), ("9.05", "09:05"), ("", None)])
def test_leaving_a_time_field_reads_what_people_type(qapp, typed, stored):
    edit = QLineEdit(typed)
    expand_time_digits(edit)
    assert time_value(edit) == stored


@pytest.mark.parametrize("typed", ["2400", "960", "13:", "13:5", "12345"])
def test_what_is_not_a_time_still_waits(qapp, typed):
    edit = QLineEdit(typed)
    expand_time_digits(edit)
    with pytest.raises(ValueError):
        time_value(edit)


def _window(qtbot, engine, meeting_id) -> MeetingWindow:
    window = MeetingWindow(engine, meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # focus-out needs an active window
    return window


def test_typing_1330_in_the_end_field_is_saved(qtbot, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    end = window.details.widgets["end"]
    end.setFocus()
    qtbot.keyClicks(end, "1330")
    assert end.text() == "1330"  # the validator lets the digits through
    window.details.widgets["author"].setFocus()
    assert operations.get_meeting(engine, meeting_id).end == "13:30"
    assert end.text() == "13:30"


def test_leaving_a_half_typed_time_says_it_is_not_saved(qtbot, engine, meeting_id):
    window = _window(qtbot, engine, meeting_id)
    start = window.details.widgets["start"]
    start.setFocus()
    qtbot.keyClicks(start, "10:")
    window.details.widgets["author"].setFocus()
    assert operations.get_meeting(engine, meeting_id).start is None
    assert start.text() == "10:"  # kept for the user to finish
    assert "Nie zapisano godziny rozpoczęcia" in window.statusBar().currentMessage()
