"""The search window's "Stanowisko" filter: any, not answered yet, or one of the office's positions, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator import operations
from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid
from ui.models.search_model import ItemIdRole
from ui.officials.search_window import SearchWindow


def _ids(win) -> set[str]:
    return {win.model.index(r, 0).data(ItemIdRole) for r in range(win.model.rowCount())}


def test_the_position_filter_is_chosen_with_the_keyboard(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    operations.set_response(engine, item_ids=[uid("a-i1"), uid("b-i1")], position="partly_accepted")
    operations.set_response(engine, item_ids=[uid("a-i3")], position="not_accepted")
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    everything = _ids(win)
    assert len(everything) == 8
    combo = win.position_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Wszystkie stanowiska", "bez stanowiska", "uwzględniono", "uwzględniono częściowo", "nie uwzględniono"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # bez stanowiska
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    assert _ids(win) == everything - {uid("a-i1"), uid("b-i1"), uid("a-i3")}
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # uwzględniono częściowo
    qtbot.waitUntil(lambda: not win.busy and _ids(win) == {uid("a-i1"), uid("b-i1")}, timeout=10000)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # nie uwzględniono
    qtbot.waitUntil(lambda: not win.busy and _ids(win) == {uid("a-i3")}, timeout=10000)
    win.clear_filters()
    qtbot.waitUntil(lambda: not win.busy and _ids(win) == everything, timeout=10000)


def test_typing_a_justification_word_finds_the_statement_shown_with_the_answer_like_the_cli(qtbot, engine, db_path):
    from tests.test_cli import cli
    from ui.models.search_model import COL_TEXT, HtmlRole

    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    operations.set_response(engine, item_ids=[uid("a-i1"), uid("b-i1")], position="partly_accepted",
                            justification="Program przewiduje zespół ds. cudzoziemców")
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    qtbot.keyClicks(win.query, "cudzo")  # a prefix of a word of the justification, typed
    qtbot.waitUntil(lambda: not win.busy and _ids(win) == {uid("a-i1"), uid("b-i1")}, timeout=10000)
    row = next(r for r in range(win.model.rowCount()) if win.model.index(r, 0).data(ItemIdRole) == uid("a-i1"))
    html = win.model.index(row, COL_TEXT).data(HtmlRole)
    assert "uwzględniono częściowo" in html and "<b>cudzoziemców</b>" in html
    assert win.model.index(row, COL_TEXT).data().endswith("uwzględniono częściowo: Program przewiduje zespół ds. "
                                                          "cudzoziemców")
    engine.dispose()
    shown = [win.model.hit_at(r).text for r in range(win.model.rowCount())]
    result = cli("search", "cudzo", "--db", str(db_path))
    assert result.returncode == 0 and [line.split("\t")[4] for line in result.stdout.splitlines()] == shown
    operations.clear_response(engine, item_ids=[uid("b-i1")])  # taken back elsewhere: the next search knows
    win.search_now()
    qtbot.waitUntil(lambda: not win.busy and _ids(win) == {uid("a-i1")}, timeout=10000)
    win.position_combo.setFocus()
    qtbot.keyClick(win.position_combo, Qt.Key.Key_Down)  # bez stanowiska: the query and the filter combine
    qtbot.waitUntil(lambda: not win.busy and _ids(win) == set(), timeout=10000)
    result = cli("search", "cudzo", "--position", "none", "--db", str(db_path))
    assert result.returncode == 0 and result.stdout == ""
