"""Open windows see another official's changes within 2 s (ui/live.py): two engines on one database, both backends.

The second engine is another official's app (another process on the SQLite file, another client of the office
server). The start window's list, the search window and the recurring dialog follow its changes, keeping the
selection, the scroll and what is being typed; a hidden window reads them when shown; an edit is never disturbed.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from facilitator import operations
from facilitator.store import open_database
from tests.ui.officials_data import SERIES_A, import_all, item, meeting, meeting_a, meeting_b, meeting_c, section, uid
from ui.models.meetings_model import COL_TITLE
from ui.models.search_model import ItemIdRole
from ui.officials.recurring_views import IdRole
from ui.settings import Settings

SEEN_MS = 2000  # the promise


@pytest.fixture
def other(engine):
    """Another official's connection to the same database."""
    second = open_database(engine.url.render_as_string(hide_password=False))
    yield second
    second.dispose()


def meeting_d() -> dict:
    """Another official's import: Tarnów says what Kraków said about migration."""
    return meeting("m-d", title="Spotkanie konsultacyjne – Tarnów", date="2018-11-05", facilitator="Olga Żak",
                   series=SERIES_A, sections=[
        section("d-s1", "Tworzenie polityk publicznych", [
            item("d-i1", "weakness", "W mieście nie ma polityki migracyjnej, a 10% mieszkańców to Ukraińcy i "
                 "Białorusini.", ("migranci",)),
        ]),
    ])


def _start(qtbot, engine):
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


# ---- the start window --------------------------------------------------------------------------------------------


def test_the_start_window_lists_a_meeting_another_official_imported(qtbot, engine, other):
    import_all(engine, [meeting_a(), meeting_b()])
    start = _start(qtbot, engine)
    qtbot.keyClicks(start.filter_edit, "konsultacyjne")
    start.select(uid("m-a"))
    resets = []
    start.model.modelReset.connect(lambda: resets.append(1))
    import_all(other, [meeting_d()])
    qtbot.waitUntil(lambda: start.model.row_of(uid("m-d")) >= 0, timeout=SEEN_MS)
    assert start.current_id() == uid("m-a")  # the selection stays
    assert start.filter_edit.text() == "konsultacyjne" and start.proxy.rowCount() == 3  # the filter typed too
    assert resets == []  # one row added, the list not read anew


def test_a_meeting_renamed_or_deleted_elsewhere_changes_in_place(qtbot, engine, other):
    ids = [operations.create_meeting(engine, date=date(2026, 3, day), title=f"Spotkanie {day}")[0].id
           for day in (1, 2, 3)]
    start = _start(qtbot, engine)
    start.select(ids[1])
    operations.update_meeting(other, meeting_id=ids[1], title="Spotkanie przeniesione do Łomży")
    qtbot.waitUntil(lambda: start.table.currentIndex().siblingAtColumn(COL_TITLE).data()
                    == "Spotkanie przeniesione do Łomży", timeout=SEEN_MS)
    operations.delete_meeting(other, meeting_id=ids[0])
    qtbot.waitUntil(lambda: start.model.row_of(ids[0]) < 0, timeout=SEEN_MS)
    assert start.current_id() == ids[1]


def test_the_row_at_the_top_stays_when_a_newer_meeting_arrives(qtbot, engine, other):
    for day in range(1, 41):
        operations.create_meeting(engine, date=date(2025, 1 + day % 12, 1 + day % 28), title=f"Spotkanie nr {day}")
    start = _start(qtbot, engine)
    start.resize(900, 400)
    middle = start.proxy.index(20, COL_TITLE)
    start.table.scrollTo(middle, QAbstractItemView.ScrollHint.PositionAtTop)
    start.table.setCurrentIndex(start.proxy.index(22, COL_TITLE))
    chosen, top = start.current_id(), start.table.indexAt(QPoint(1, 1)).siblingAtColumn(COL_TITLE).data()
    assert top == middle.data() and start.table.verticalScrollBar().value() > 0
    newest = operations.create_meeting(other, date=date(2026, 6, 1), title="Najnowsze spotkanie")[0].id
    qtbot.waitUntil(lambda: start.model.row_of(newest) >= 0, timeout=SEEN_MS)
    assert start.table.indexAt(QPoint(1, 1)).siblingAtColumn(COL_TITLE).data() == top
    assert start.current_id() == chosen


def test_a_hidden_start_window_reads_the_changes_when_shown_again(qtbot, engine, other):
    start = _start(qtbot, engine)
    start.hide()
    added = operations.create_meeting(other, date=date(2026, 4, 2), title="Spotkanie w Kaliszu")[0].id
    qtbot.waitUntil(lambda: start.others.stale, timeout=SEEN_MS)  # heard, not read while hidden
    assert start.model.row_of(added) < 0
    start.show()
    qtbot.waitUntil(lambda: start.model.row_of(added) >= 0, timeout=SEEN_MS)


def test_a_big_import_elsewhere_reads_the_list_anew_keeping_the_selection(qtbot, engine, other):
    kept = operations.create_meeting(engine, date=date(2020, 1, 1), title="Spotkanie wybrane")[0].id
    start = _start(qtbot, engine)
    start.select(kept)
    resets = []
    start.model.modelReset.connect(lambda: resets.append(1))
    for day in range(1, 53):  # more rows than sync_rows changes one by one
        operations.create_meeting(other, date=date(2021, 1 + day % 12, 1 + day % 28), title=f"Import {day}")
    qtbot.waitUntil(lambda: start.model.rowCount() == 53, timeout=SEEN_MS)
    assert resets and start.current_id() == kept


# ---- the search window -------------------------------------------------------------------------------------------


def _ids(win) -> list[str]:
    return [win.model.index(r, 0).data(ItemIdRole) for r in range(win.model.rowCount())]


def _chosen(win) -> set[str]:
    return {index.data(ItemIdRole) for index in win.results.selectionModel().selectedRows()}


def test_the_search_window_shows_a_new_matching_statement_keeping_the_choice(qtbot, engine, other):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    start = _start(qtbot, engine)
    win = start.officials.open_search()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    qtbot.keyClicks(win.query, "migracyj")
    qtbot.waitUntil(lambda: not win.busy and set(_ids(win)) == {uid("a-i1"), uid("b-i1")}, timeout=10000)
    win.results.setFocus()
    qtbot.keyClick(win.results, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # both chosen, to be tagged
    assert _chosen(win) == {uid("a-i1"), uid("b-i1")}
    import_all(other, [meeting_d()])
    qtbot.waitUntil(lambda: uid("d-i1") in _ids(win), timeout=SEEN_MS)
    assert _chosen(win) == {uid("a-i1"), uid("b-i1")}
    assert win.query.text() == "migracyj"
    assert win.count_label.text() == "Znaleziono: 3 wypowiedzi"


# ---- the recurring dialog ----------------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, engine):
    Settings().recurring_threshold = 60
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    start = _start(qtbot, engine)
    dlg = start.officials.open_recurring()
    qtbot.waitUntil(lambda: not dlg.busy and dlg.table.rowCount() == 1, timeout=10000)
    return dlg


def _members(dlg) -> set[str]:
    return {dlg.members.item(r).data(IdRole) for r in range(dlg.members.count())}


def test_the_recurring_dialog_shows_a_new_member_of_the_chosen_group(qtbot, dialog, other):
    assert _members(dialog) == {uid("a-i1"), uid("b-i1")}
    dialog.members.setCurrentRow(1)
    chosen = dialog.members.chosen_ids()
    import_all(other, [meeting_d()])
    qtbot.waitUntil(lambda: _members(dialog) == {uid("a-i1"), uid("b-i1"), uid("d-i1")}, timeout=SEEN_MS)
    assert dialog.members.chosen_ids() == chosen
    assert dialog.table.item(0, 2).text() == "3 spotkania"


def test_ticked_statements_hold_the_regrouping_back_until_unticked(qtbot, dialog, other):
    dialog.members.setFocus()
    dialog.members.setCurrentRow(0)
    qtbot.keyClick(dialog.members, Qt.Key.Key_Space)  # ticked, about to be split off
    assert dialog.members.checked_ids()
    import_all(other, [meeting_d()])
    qtbot.waitUntil(dialog.live.follow.retry.isActive, timeout=SEEN_MS)  # heard, held back
    assert uid("d-i1") not in _members(dialog) and len(dialog.members.checked_ids()) == 1
    qtbot.keyClick(dialog.members, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: uid("d-i1") in _members(dialog), timeout=SEEN_MS)


def test_a_heading_being_typed_is_not_disturbed(qtbot, dialog, other):
    dialog.heading_edit.setFocus()
    dialog.heading_edit.selectAll()
    qtbot.keyClicks(dialog.heading_edit, "Brak polityki migracyjnej")
    import_all(other, [meeting_d()])
    qtbot.waitUntil(dialog.live.follow.retry.isActive, timeout=SEEN_MS)
    assert dialog.heading_edit.text() == "Brak polityki migracyjnej" and dialog.heading_edit.hasFocus()
    assert uid("d-i1") not in _members(dialog)
    qtbot.keyClick(dialog.heading_edit, Qt.Key.Key_Return)  # the rename is stored, then everything is grouped again
    qtbot.waitUntil(lambda: uid("d-i1") in _members(dialog), timeout=10000)
    assert dialog.table.item(0, 0).text() == "Brak polityki migracyjnej"


# ---- the positions dialog ----------------------------------------------------------------------------------------


@pytest.fixture
def positions(qtbot, engine):
    Settings().recurring_threshold = 60
    Settings().recurring_across_areas = False
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    start = _start(qtbot, engine)
    dlg = start.officials.open_consultation()
    qtbot.waitUntil(lambda: not dlg.busy and dlg.table.rowCount() == 7, timeout=10000)
    return dlg


def _choose(qtbot, dlg, item_id: str) -> None:
    """Move down the list with the keyboard to the remark of this statement."""
    dlg.table.setFocus()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Home)
    while item_id not in dlg.current().ids:
        qtbot.keyClick(dlg.table, Qt.Key.Key_Down)


def _type_justification(qtbot, dlg, text: str) -> None:
    qtbot.keyClick(dlg, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)  # U&zasadnienie:
    assert dlg.justification_edit.hasFocus()
    qtbot.keyClicks(dlg.justification_edit, text)  # (QTest types no letters outside Latin-1)


def _cell(dlg, item_id: str, col: int) -> str:
    return next(dlg.table.item(r, col).text() for r, e in enumerate(dlg.shown) if item_id in e.ids)


def test_the_positions_dialog_shows_another_officials_answer_and_import_keeping_the_typed_text(qtbot, positions,
                                                                                                other):
    from ui.officials.consultation_dialog import COL_COUNT, COL_POSITION

    dlg = positions
    _choose(qtbot, dlg, uid("a-i3"))
    qtbot.keyClick(dlg.table, Qt.Key.Key_2)  # uwzględniono częściowo; the justification is being written
    _type_justification(qtbot, dlg, "Wykaz wolnych lokali")
    assert _cell(dlg, uid("a-i1"), COL_COUNT) == "2 wypowiedzi"
    operations.set_response(other, item_ids=[uid("c-i1")], position="accepted")  # another remark answered elsewhere
    import_all(other, [meeting_d()])  # and Tarnów's statement joins the migration group
    qtbot.waitUntil(lambda: _cell(dlg, uid("a-i1"), COL_COUNT) == "3 wypowiedzi", timeout=SEEN_MS)
    assert _cell(dlg, uid("c-i1"), COL_POSITION) == "uwzględniono"
    assert dlg.status.text() == "Uwagi: 7 z 7; ze stanowiskiem: 2"
    # what the official was doing is untouched: the remark chosen, the text typed (not saved), the cursor in it
    assert uid("a-i3") in dlg.current().ids and dlg.justification_edit.hasFocus()
    assert dlg.justification_edit.toPlainText() == "Wykaz wolnych lokali" and dlg.typed()
    qtbot.keyClicks(dlg.justification_edit, " w centrum.")
    qtbot.keyClick(dlg.justification_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = operations.get_responses(other)[uid("a-i3")]
    assert saved.justification == "Wykaz wolnych lokali w centrum." and not dlg.typed()


def test_typed_text_holds_back_a_list_that_would_take_its_remark_away(qtbot, positions, other):
    from facilitator.search import NO_RESPONSE

    dlg = positions
    dlg.show_combo.setCurrentIndex(dlg.show_combo.findData(NO_RESPONSE))  # the remarks not answered yet
    _choose(qtbot, dlg, uid("a-i3"))
    _type_justification(qtbot, dlg, "Lokale na Kazimierzu")
    operations.set_response(other, item_ids=[uid("a-i3")], position="not_accepted")  # answered elsewhere meanwhile
    qtbot.waitUntil(dlg.live.follow.retry.isActive, timeout=SEEN_MS)  # heard, held back
    assert uid("a-i3") in dlg.current().ids and dlg.justification_edit.toPlainText() == "Lokale na Kazimierzu"
    qtbot.keyClick(dlg.justification_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saved: it goes
    assert operations.get_responses(other)[uid("a-i3")].justification == "Lokale na Kazimierzu"
    qtbot.waitUntil(lambda: all(uid("a-i3") not in e.ids for e in dlg.shown), timeout=SEEN_MS)
    qtbot.waitUntil(lambda: not dlg.live.follow.stale and not dlg.live.jobs.running, timeout=SEEN_MS)  # read again
    assert not dlg.live.held and dlg.status.text() == "Uwagi: 6 z 7; ze stanowiskiem: 1"


def test_the_remark_at_the_top_of_the_positions_list_stays_there(qtbot, engine, other):
    from tests.test_search import make_meeting

    Settings().recurring_threshold = 100  # one remark per statement
    for n in range(40):
        make_meeting(engine, title=f"Spotkanie {n}", day=date(2025, 1 + n % 12, 1 + n % 28), series="S",
                     items={"Polityka lokalowa": [("weakness", f"Uwaga numer {n} o lokalu {n * 7919 % 1000}")]})
    start = _start(qtbot, engine)
    dlg = start.officials.open_consultation()
    dlg.resize(900, 500)
    qtbot.waitUntil(lambda: not dlg.busy and dlg.table.rowCount() == 40, timeout=10000)
    dlg.table.scrollToBottom()
    dlg.table.selectRow(30)
    top = dlg.table.indexAt(QPoint(1, 1)).row()
    assert top > 0
    kept, chosen = dlg.shown[top].ids, dlg.current().ids
    make_meeting(other, title="Spotkanie nowe", day=date(2000, 6, 1), series="S",
                 items={"Polityka lokalowa": [("weakness", "Uwaga dopisana przez innego urzędnika")]})
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 41, timeout=SEEN_MS)
    added = next(row for row, entry in enumerate(dlg.shown) if entry.remark.heading.startswith("Uwaga dopisana"))
    now = dlg.table.indexAt(QPoint(1, 1)).row()
    assert added < now and dlg.shown[now].ids == kept  # a row came in above: the list moved with it
    assert dlg.current().ids == chosen


# ---- the report dialog -------------------------------------------------------------------------------------------


def test_the_report_dialog_lists_a_meeting_another_official_imported(qtbot, engine, other):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    start = _start(qtbot, engine)
    dlg = start.officials.open_report()
    dlg.by_list.setChecked(True)
    dlg.meetings_list.item(1).setCheckState(Qt.CheckState.Checked)
    dlg.meetings_list.setCurrentRow(1)
    ticked, current = dlg.checked_meetings(), dlg.meetings_list.currentItem().text()
    import_all(other, [meeting_d()])
    qtbot.waitUntil(lambda: dlg.meetings_list.count() == 4, timeout=SEEN_MS)
    assert any("Tarnów" in dlg.meetings_list.item(r).text() for r in range(4))
    assert dlg.checked_meetings() == ticked and dlg.meetings_list.currentItem().text() == current
