"""The search window and `facilitator search` list the same statements in the same order (one core search)."""

from __future__ import annotations

from PySide6.QtCore import QDate

from tests.test_cli import cli
from tests.ui.officials_data import SERIES_A, import_all, meeting_a, meeting_b, meeting_c
from ui.models.search_model import COL_MEETING, HtmlRole
from ui.officials.search_window import SearchWindow


def _gui_rows(qtbot, win, query: str) -> list[list[str]]:
    win.query.clear()
    win.query.insert(query)
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    rows = []
    for row in range(win.model.rowCount()):
        hit = win.model.hit_at(row)
        rows.append([hit.meeting_date.isoformat(), hit.meeting_title, hit.section_title, hit.kind, hit.text])
    return rows


def _cli_rows(db_path, *args: str) -> list[list[str]]:
    result = cli("search", *args, "--db", str(db_path))
    assert (result.returncode, result.stderr) == (0, "")
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_gui_rows_and_cli_lines_are_the_same_statements_in_the_same_order(qtbot, engine, db_path):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    for query in ("", "migranci", "lokal", "organizacja"):
        gui = _gui_rows(qtbot, win, query)
        assert gui, query
        assert _cli_rows(db_path, query) == gui, query
    win.series_combo.setCurrentIndex(win.series_combo.findData(SERIES_A))
    win.from_check.setChecked(True)
    win.from_edit.setDate(QDate(2018, 6, 1))
    gui = _gui_rows(qtbot, win, "")
    assert gui and {r[0] >= "2018-06-01" for r in gui} == {True}
    assert _cli_rows(db_path, "", "--series", SERIES_A, "--from", "2018-06-01") == gui


def test_a_meeting_found_by_its_title_shows_as_its_statements_with_the_title_marked(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    rows = _gui_rows(qtbot, win, "budzet obywatelski")
    assert rows and {r[1] for r in rows} == {"Budżet obywatelski – Nowa Huta"}
    marked = win.model.index(0, COL_MEETING).data(HtmlRole)
    assert marked.startswith("<b>Budżet</b> <b>obywatelski</b> – Nowa Huta")
