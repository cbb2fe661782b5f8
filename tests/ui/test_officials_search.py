"""The search window: as-you-type, diacritics-insensitive, every filter, highlighted matches, Enter opens."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.ui.officials_data import SERIES_B, import_all, meeting_a, meeting_b, meeting_c, uid
from ui.models.search_model import COL_MEETING, COL_TEXT, HtmlRole, ItemIdRole
from ui.officials.search_window import SearchWindow
from ui.signals import bus


@pytest.fixture
def window(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    return win


def _ids(win) -> set[str]:
    return {win.model.index(r, 0).data(ItemIdRole) for r in range(win.model.rowCount())}


def _wait(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)


def _type(qtbot, win, text: str) -> set[str]:
    win.query.clear()
    if text.isascii():
        qtbot.keyClicks(win.query, text)
    else:  # QTest types ASCII only; Polish letters arrive as input-method text
        win.query.insert(text)
    _wait(qtbot, win)
    return _ids(win)


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_empty_query_lists_everything_newest_first(window):
    assert len(_ids(window)) == 8
    assert window.model.index(0, COL_MEETING).data().startswith("Budżet obywatelski – Nowa Huta")
    assert "5 marca 2019 r." in window.model.index(0, COL_MEETING).data()
    assert window.count_label.text() == "Znaleziono: 8 wypowiedzi"


def test_queries_ignore_case_and_polish_letters(qtbot, window):
    assert _type(qtbot, window, "MIGRACYJ") == {uid("a-i1"), uid("b-i1")}
    assert _type(qtbot, window, "zolte boiska") == {uid("b-i3")}
    assert _type(qtbot, window, "Żółte") == {uid("b-i3")}
    assert _type(qtbot, window, "zielen") == {uid("c-i1")}
    assert _type(qtbot, window, "lokali") == {uid("a-i3")}
    assert window.count_label.text() == "Znaleziono: 1 wypowiedź"
    assert _type(qtbot, window, "nieistniejące słowo") == set()
    assert window.count_label.text() == "Nic nie znaleziono."


def test_matches_are_highlighted_and_text_is_escaped(qtbot, window):
    _type(qtbot, window, "zolte")
    html = window.model.index(0, COL_TEXT).data(HtmlRole)
    assert "<b>żółte</b>" in html
    assert "&lt;i&gt;" in html and "<i>" not in html


def test_each_filter_narrows_the_results(qtbot, window):
    _choose(window.series_combo, SERIES_B)
    _wait(qtbot, window)
    assert _ids(window) == {uid("c-i1"), uid("c-i2")}
    window.clear_filters()
    _wait(qtbot, window)

    window.from_check.setChecked(True)
    window.from_edit.setDate(QDate(2018, 9, 1))
    window.to_check.setChecked(True)
    window.to_edit.setDate(QDate(2018, 12, 31))
    _wait(qtbot, window)
    assert window.filters().date_from == date(2018, 9, 1)
    assert _ids(window) == {uid("b-i1"), uid("b-i2"), uid("b-i3")}
    window.clear_filters()
    _wait(qtbot, window)

    _choose(window.section_combo, "Polityka lokalowa")
    _wait(qtbot, window)
    assert _ids(window) == {uid("a-i3")}
    window.clear_filters()

    _choose(window.kind_combo, "proposal")
    _wait(qtbot, window)
    assert _ids(window) == {uid("a-i2"), uid("c-i2")}
    window.clear_filters()

    _choose(window.tag_combo, "migranci")
    _wait(qtbot, window)
    assert _ids(window) == {uid("a-i1"), uid("b-i1"), uid("c-i2")}
    assert _type(qtbot, window, "seniorow") == {uid("c-i2")}  # the query and the tag combine


def test_enter_and_double_click_open_the_item_in_its_meeting(qtbot, window):
    opened = []

    def record(meeting_id: str, item_id: str) -> None:
        opened.append((meeting_id, item_id))

    bus().open_meeting_requested.connect(record)
    _type(qtbot, window, "lokali")
    qtbot.keyClick(window.query, Qt.Key.Key_Down)
    assert window.results.hasFocus() or window.results.currentIndex().row() == 0
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert opened[-1] == (uid("m-a"), uid("a-i3"))

    _type(qtbot, window, "zolte")
    rect = window.results.visualRect(window.model.index(0, COL_MEETING))
    qtbot.mouseClick(window.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press first,
    qtbot.mouseDClick(window.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a user does
    assert opened[-1] == (uid("m-b"), uid("b-i3"))
    bus().open_meeting_requested.disconnect(record)


def test_results_arriving_after_the_window_is_deleted_are_dropped(qtbot, engine):
    """A search still running when its window goes away must not touch the deleted table model."""
    import shiboken6

    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    win = SearchWindow(engine)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    win.search_now()
    shiboken6.delete(win)
    qtbot.waitUntil(lambda: win.pending == 0, timeout=10000)  # the result arrived, was dropped, raised nothing


def test_the_rows_come_best_first_as_the_core_search_ranks_them(qtbot, window, engine):
    """On SQLite and on the office database alike (this module runs on both): the window shows search()'s order."""
    from facilitator.search import search

    for text in ("s", "p", "spotkanie"):
        _type(qtbot, window, text)
        rows = [window.model.index(r, 0).data(ItemIdRole) for r in range(window.model.rowCount())]
        assert rows == [hit.item_id for hit in search(engine, text)]
    _type(qtbot, window, "s")
    assert window.model.rowCount() >= 3
