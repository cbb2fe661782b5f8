"""The import preview counts what they say (issue 10 leftovers): a new meeting shows what it brings (statements,
sections, participants), never "inne zmiany", which only a stored meeting's update has; each meeting shows its
series. The real dialog (qtbot, keyboard) and `facilitator import --dry-run` agree."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.cli import main
from tests.ui.officials_data import SERIES_A, SERIES_B, import_all, meeting_a, meeting_b, meeting_c, write
from ui.models.import_plan_model import COL_CHANGES, COL_SERIES, COL_STATUS, COL_TITLE, StatusRole
from ui.officials.import_dialog import ImportDialog


def _rows(dlg) -> dict[str, tuple[str, str, str]]:
    model = dlg.plan_model
    return {model.index(r, COL_TITLE).data(): (model.index(r, COL_STATUS).data(StatusRole),
                                               model.index(r, COL_SERIES).data(), model.index(r, COL_CHANGES).data())
            for r in range(model.rowCount())}


def _headers(dlg) -> list[str]:
    model = dlg.plan_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _batch(tmp_path):
    changed = meeting_a()
    changed["meeting"]["participants"][0]["organisation"] = "Fundacja Otwarta Łódź"  # one participant changed
    changed["meeting"]["sections"][1]["title"] = "Polityka lokalowa miasta"           # and one section
    folder = tmp_path / "od facylitatorów"
    return [write(folder, "a.json", changed), write(folder, "b.json", meeting_b()), write(folder, "c.json", meeting_c())]


def test_the_preview_counts_what_new_meetings_bring_and_shows_their_series(qtbot, engine, tmp_path):
    import_all(engine, [meeting_a()])
    dlg = ImportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(_batch(tmp_path))
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)

    assert _headers(dlg) == ["Stan", "Spotkanie", "Seria", "Data", "Zmiany", "Plik"]
    rows = _rows(dlg)
    # 3 statements in 2 sections from 1 participant; 2 statements, 1 section, no participants
    assert rows["Spotkanie konsultacyjne – sport i kultura"] == ("new", SERIES_A,
                                                                  "wypowiedzi: 3, sekcje: 2, uczestnicy: 1")
    assert rows["Budżet obywatelski – Nowa Huta"] == ("new", SERIES_B, "wypowiedzi: 2, sekcje: 1")
    # the stored meeting: no statement changed, one participant and one section did
    assert rows["Spotkanie konsultacyjne – prawa człowieka"] == ("updated", SERIES_A, "inne zmiany: 2")
    assert not any("inne zmiany" in changes for status, _s, changes in rows.values() if status == "new")

    dlg.table.setFocus()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Right)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Right)
    current = dlg.table.currentIndex()
    assert current.column() == COL_SERIES and current.data() in (SERIES_A, SERIES_B)  # a column one can reach


def test_the_dry_run_says_the_same(engine, db_path, tmp_path, capsys):
    import_all(engine, [meeting_a()])
    engine.dispose()
    files = [str(p) for p in _batch(tmp_path)]
    assert main(["import", "--db", str(db_path), "--dry-run", *files]) == 0
    out = capsys.readouterr().out.splitlines()
    by_file = {line.split(": ", 1)[0].rsplit("/", 1)[-1]: line.split(": ", 1)[1] for line in out if ": " in line}
    assert by_file["b.json"].endswith(f"'Spotkanie konsultacyjne – sport i kultura' in series {SERIES_A!r} "
                                      "(3 items, 2 sections, 1 participant)")
    assert by_file["c.json"].endswith(f"in series {SERIES_B!r} (2 items, 1 section)")
    assert by_file["a.json"].startswith("would update meeting") and by_file["a.json"].endswith("(2 other changes)")
    assert "other change" not in by_file["b.json"] + by_file["c.json"]
    assert out[-1] == "dry run: nothing was stored"
