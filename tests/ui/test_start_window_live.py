"""The start window beside live capture: one row updated in place, counts as the summary prints them, search."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator import operations
from facilitator.summary import SummaryOptions, build
from facilitator.summary.nodes import Field
from tests.ui.test_live_updates import _start
from ui.models.meetings_model import COL_ITEMS, COL_PARTICIPANTS, COL_TITLE
from ui.models.participants_model import COL_PRESENT


def counts_of(start, meeting_id: str) -> tuple:
    """(attendance, statements) as the meetings list shows them."""
    index = start.model.index(start.model.row_of(meeting_id), COL_PARTICIPANTS)
    return index.data(), index.siblingAtColumn(COL_ITEMS).data()


def _library(engine) -> dict[str, str]:
    """Three meetings of other cities; returns their ids by a short name."""
    ids = {}
    for key, day, title, venue in (
        ("zielonka", date(2018, 6, 15), "Opinie o współpracy z organizacjami", "Urząd Miasta Zielonka"),
        ("budzet", date(2019, 12, 3), "Budżet obywatelski", "Dom Kultury „Łącznik”"),
        ("zielen", date(2020, 3, 10), "Zieleń miejska", None),
    ):
        ids[key] = operations.create_meeting(engine, date=day, title=title, venue=venue, template=True)[0].id
    return ids


def _open_from_list(qtbot, start, meeting_id: str):
    """Select the meeting's row and press Enter, as a user does; the meeting window comes up."""
    start.table.setFocus()
    start.select(meeting_id)
    qtbot.keyClick(start.table, Qt.Key.Key_Return)
    window = start.windows[meeting_id]
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type(qtbot, widget, text: str) -> None:
    from tests.ui.capture_helpers import type_text

    type_text(qtbot, widget, text)


def _summary_attendance(engine, meeting_id: str) -> str | None:
    summary = build(operations.get_meeting(engine, meeting_id), SummaryOptions())
    return next((b.value for b in summary.blocks if isinstance(b, Field) and b.label == "Liczba uczestników"), None)


def test_capture_with_the_start_window_open_updates_only_that_row(qtbot, engine):
    ids = _library(engine)
    start = _start(qtbot, engine)
    resets, changed = [], []
    start.model.modelReset.connect(lambda: resets.append(1))
    start.model.layoutChanged.connect(lambda *_: resets.append("layout"))
    start.model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    target = start.model.row_of(ids["zielonka"])
    window = _open_from_list(qtbot, start, ids["zielonka"])
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Notatki
    notes = window.notes
    line = notes.capture.text_edit
    assert QApplication.focusWidget() is line
    for text in ("Współpraca z wydziałami działa dobrze.", "Brakuje lokali dla organizacji."):
        _type(qtbot, line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert counts_of(start, ids["zielonka"]) == ("", 2)
    assert changed == [(target, target)] * 2 and resets == []
    assert start.proxy.index(start.table.currentIndex().row(), COL_TITLE).data() == "Opinie o współpracy z organizacjami"

    qtbot.keyClick(line, Qt.Key.Key_F2)  # correct the statement just added: the list has nothing to update
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    _type(qtbot, editor, " Pilnie.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(line, Qt.Key.Key_Up)  # to the outline, then change its kind
    qtbot.keyClick(notes.outline, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    last = operations.get_meeting(engine, ids["zielonka"]).sections[0].items[-1]
    assert (last.text, last.kind) == ("Brakuje lokali dla organizacji. Pilnie.", "weakness")
    assert changed == [(target, target)] * 2 and resets == []

    for _ in range(3):  # undo the kind, the correction and the statement, with the keys
        qtbot.keyClick(notes.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counts_of(start, ids["zielonka"]) == ("", 1) and resets == []
    assert counts_of(start, ids["budzet"]) == ("", 0) == counts_of(start, ids["zielen"])
    window.close()


def test_attendance_column_is_the_count_the_summary_prints(qtbot, engine):
    ids = _library(engine)
    start = _start(qtbot, engine)
    assert [start.model.headerData(c, Qt.Orientation.Horizontal) for c in range(start.model.columnCount())] == [
        "Data", "Tytuł", "Miejsce", "Seria konsultacji", "Uczestnicy", "Wypowiedzi"]
    assert counts_of(start, ids["budzet"]) == ("", 0) and _summary_attendance(engine, ids["budzet"]) is None
    window = _open_from_list(qtbot, start, ids["budzet"])
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Lista obecności
    page = window.attendance
    for person in ("Łucja Żółkiewska; Fundacja Wspólna Przestrzeń", "Jan Kowalski", "Anna Nowak"):
        _type(qtbot, page.quick, person)
        qtbot.keyClick(page.quick, Qt.Key.Key_Return)
    assert counts_of(start, ids["budzet"]) == (3, 0)
    assert _summary_attendance(engine, ids["budzet"]) == "3 osoby"
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, COL_PRESENT))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # Jan Kowalski did not come
    assert [p.present for p in operations.get_meeting(engine, ids["budzet"]).participants] == [True, False, True]
    assert _summary_attendance(engine, ids["budzet"]) == "2 osoby"
    row = start.model.row_of(ids["budzet"])
    assert start.model.index(row, COL_PARTICIPANTS).data() == 2 and start.model.index(row, COL_ITEMS).data() == 0
    window.ctx.run("liczba", operations.update_meeting, meeting_id=ids["budzet"], attendance_count=31)
    assert counts_of(start, ids["budzet"]) == (31, 0) and _summary_attendance(engine, ids["budzet"]) == "31 osób"
    window.close()


def test_a_minimised_start_window_catches_up_when_restored(qtbot, engine):
    ids = _library(engine)
    start = _start(qtbot, engine)
    resets = []
    start.model.modelReset.connect(lambda: resets.append(1))
    start.showMinimized()
    qtbot.waitUntil(start.isMinimized)
    section = operations.get_meeting(engine, ids["zielen"]).sections[0].id
    from ui.context import MeetingContext

    ctx = MeetingContext(engine, ids["zielen"])
    ctx.run("dodanie", partial(operations.add_item, text="Więcej drzew."),
            section_id=section, kind="proposal")
    assert counts_of(start, ids["zielen"]) == ("", 0)  # nothing read while nobody looks
    start.showNormal()
    qtbot.waitUntil(lambda: counts_of(start, ids["zielen"]) == ("", 1))
    assert resets == []


def _shown_titles(start) -> list[str]:
    return sorted(start.proxy.index(r, COL_TITLE).data() for r in range(start.proxy.rowCount()))


def _search(qtbot, start, text: str) -> list[str]:
    """Ctrl+F, replace what is in the search field by typing, and read the titles left in the list."""
    qtbot.keyClick(start, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is start.filter_edit
    qtbot.keyClick(start.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(start.filter_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(start.filter_edit, text)
    return _shown_titles(start)


@pytest.fixture
def english(qapp):
    from ui.i18n import install_translators

    assert install_translators(qapp, "en")
    yield
    install_translators(qapp, "pl")


def test_search_ignores_polish_letters_and_case_and_says_when_nothing_matches(qtbot, engine):
    _library(engine)
    start = _start(qtbot, engine)
    start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is start)
    assert _search(qtbot, start, "wspolpracy") == ["Opinie o współpracy z organizacjami"]
    assert _search(qtbot, start, "URZAD zielonka") == ["Opinie o współpracy z organizacjami"]
    assert _search(qtbot, start, "grudzien") == ["Budżet obywatelski"]  # 3 December 2019
    assert _search(qtbot, start, "lacznik") == ["Budżet obywatelski"]
    assert _search(qtbot, start, "marca 2020") == ["Zieleń miejska"]
    assert _search(qtbot, start, "zielen") == ["Zieleń miejska"]
    assert not start.empty_label.isVisible()
    assert _search(qtbot, start, "nic takiego") == []
    assert start.empty_label.isVisible()
    assert start.empty_label.text() == ("Żadne spotkanie nie pasuje do „nic takiego” (wielkość liter i polskie znaki "
                                        "nie mają znaczenia).")
    assert len(_search(qtbot, start, "")) == 3 and not start.empty_label.isVisible()


def test_english_search_finds_english_month_names_and_says_nothing_matches(qtbot, engine, english):
    _library(engine)
    start = _start(qtbot, engine)
    start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is start)
    assert start.model.headerData(COL_ITEMS, Qt.Orientation.Horizontal) == "Statements"
    assert start.model.headerData(COL_PARTICIPANTS, Qt.Orientation.Horizontal) == "Participants"
    assert _search(qtbot, start, "december") == ["Budżet obywatelski"]
    assert _search(qtbot, start, "xyz") == [] and start.empty_label.isVisible()
    assert start.empty_label.text() == "No meeting matches “xyz” (case and Polish letters do not matter)."
