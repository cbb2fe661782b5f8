"""The import preview dialog: many files, invalid ones, conflicts resolved per row, one transaction, idempotent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from sqlalchemy import event, func, select

from facilitator import meetingfile, operations
from facilitator.model import Item, Meeting
from tests.ui.officials_data import meeting_a, meeting_b, meeting_c, uid, write
from ui.models.import_plan_model import COL_CHANGES, COL_STATUS, COL_TITLE, KEEP, THEIRS, StatusRole
from ui.officials import workers
from ui.officials.import_dialog import ImportDialog, apply_batch, load_batch
from ui.officials.text import meeting_files


def _dialog(qtbot, engine, paths) -> ImportDialog:
    dlg = ImportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(paths)
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    return dlg


def _statuses(dlg) -> dict[str, str]:
    model = dlg.plan_model
    return {model.index(r, COL_TITLE).data(): model.index(r, COL_STATUS).data(StatusRole)
            for r in range(model.rowCount())}


def _import(qtbot, dlg) -> None:
    assert dlg.import_button.isEnabled()
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result_ is not None or "Nie udało" in dlg.status.text(), timeout=10000)
    assert dlg.result_ is not None, dlg.status.text()


def _text(engine, name: str) -> str:
    with engine.connect() as conn:
        return conn.execute(select(Item.text).where(Item.id == uid(name))).scalar_one()


def _meetings(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Meeting)).scalar_one()


def test_folder_preview_lists_new_meetings_and_invalid_files_then_imports(qtbot, engine, tmp_path):
    folder = tmp_path / "od facilitatorów"
    write(folder, "a.json", meeting_a())
    write(folder, "b.json", meeting_b())
    bad = meeting_c()
    bad["meeting"]["sections"][0]["items"][0]["kind"] = "opinion"
    write(folder, "c-zepsuty.json", bad)
    (folder / "notatki.txt").write_text("not a meeting", encoding="utf-8")
    (folder / "pusty.json").write_text("{", encoding="utf-8")

    dlg = _dialog(qtbot, engine, [folder])

    assert [p.name for p in meeting_files([folder])] == ["a.json", "b.json", "c-zepsuty.json", "pusty.json"]
    statuses = _statuses(dlg)
    assert len(statuses) == 4, (statuses, dlg.status.text())
    assert statuses["Spotkanie konsultacyjne – prawa człowieka"] == "new"
    assert statuses["Spotkanie konsultacyjne – sport i kultura"] == "new"
    assert statuses["c-zepsuty.json"] == "invalid" and statuses["pusty.json"] == "invalid"
    errors = {dlg.plan_model.index(r, COL_TITLE).data(): dlg.plan_model.index(r, COL_CHANGES).data()
              for r in range(dlg.plan_model.rowCount())}
    assert "kind" in errors["c-zepsuty.json"] and "\n" not in errors["c-zepsuty.json"]
    assert "Nowe: 2" in dlg.status.text() and "Błędne pliki: 2" in dlg.status.text()
    assert _meetings(engine) == 0  # a preview stores nothing
    assert not dlg.conflicts.isVisible()

    _import(qtbot, dlg)
    assert _meetings(engine) == 2
    assert "2 nowe spotkania" in dlg.status.text()
    assert dlg.cancel_button.text().replace("&", "") == "Zamknij"


def _conflicting_files(engine, tmp_path):
    """Import A and B, then edit two of A's items here, and edit them differently (plus more) in A's file."""
    dlg_data = [meeting_a(), meeting_b()]
    from tests.ui.officials_data import import_all

    import_all(engine, dlg_data)
    operations.update_item(engine, item_id=uid("a-i1"), text="Lokalnie: brak polityki migracyjnej miasta.")
    operations.update_item(engine, item_id=uid("a-i3"), kind="proposal")
    changed = meeting_a()
    items = changed["meeting"]["sections"][0]["items"]
    items[0]["text"] = "Z pliku: miasto nie ma polityki migracyjnej."
    items[1]["text"] = "Powołać zespół ds. równego traktowania (zmienione tylko w pliku)."
    items.append({"id": uid("a-i4"), "kind": "recommendation", "text": "Nowa rekomendacja z pliku."})
    changed["meeting"]["sections"][1]["items"][0]["text"] = "Brak lokali – wersja z pliku."
    return [write(tmp_path, "a-v2.json", changed), write(tmp_path, "c.json", meeting_c())]


def test_conflicts_shown_side_by_side_resolved_per_row_and_reimport_is_idempotent(qtbot, engine, tmp_path):
    paths = _conflicting_files(engine, tmp_path)
    dlg = _dialog(qtbot, engine, paths)

    statuses = _statuses(dlg)
    assert statuses == {"Spotkanie konsultacyjne – prawa człowieka": "updated", "Budżet obywatelski – Nowa Huta": "new"}
    model = dlg.conflicts_model
    assert model.rowCount() == 2 and dlg.conflicts.isVisible()
    by_id = {model.conflict_at(r).id: r for r in range(model.rowCount())}
    row1 = by_id[uid("a-i1")]
    dlg.conflicts.table.selectRow(row1)
    assert "Lokalnie: brak polityki" in dlg.conflicts.local_text.toPlainText()
    assert "Z pliku: miasto nie ma" in dlg.conflicts.file_text.toPlainText()
    assert dlg.conflicts.keep_radio.isChecked()  # the safe default keeps local work

    radio = dlg.conflicts.theirs_radio
    qtbot.mouseClick(radio, qtbot_left(), pos=QPoint(6, radio.height() // 2))  # on the indicator
    assert model.conflict_at(row1).resolution == THEIRS
    assert model.conflict_at(by_id[uid("a-i3")]).resolution == KEEP
    assert "z pliku: 1, moje: 1" in dlg.status.text()
    assert _text(engine, "a-i1").startswith("Lokalnie")  # still nothing stored

    _import(qtbot, dlg)
    assert _text(engine, "a-i1") == "Z pliku: miasto nie ma polityki migracyjnej."  # theirs taken
    assert _text(engine, "a-i3") == "Brak lokali dla organizacji w centrum; czynsze są za wysokie & rosną."  # kept
    assert _text(engine, "a-i2").endswith("(zmienione tylko w pliku).")
    assert _text(engine, "a-i4") == "Nowa rekomendacja z pliku."
    assert _meetings(engine) == 3

    again = _dialog(qtbot, engine, paths)
    assert set(_statuses(again).values()) == {"unchanged"}
    assert again.conflicts_model.rowCount() == 0
    assert not again.import_button.isEnabled()
    assert "Nie ma nic do zaimportowania" in again.status.text()


def test_take_all_from_files_button(qtbot, engine, tmp_path):
    paths = _conflicting_files(engine, tmp_path)
    dlg = _dialog(qtbot, engine, paths)
    dlg.conflicts.all_theirs.click()
    assert {c.resolution for c in dlg.conflicts_model.conflicts()} == {THEIRS}
    assert dlg.conflicts.theirs_radio.isChecked()
    _import(qtbot, dlg)
    assert _text(engine, "a-i3") == "Brak lokali – wersja z pliku."
    with engine.connect() as conn:
        assert conn.execute(select(Item.kind).where(Item.id == uid("a-i3"))).scalar_one() == "weakness"


def test_mixed_choices_across_two_meetings_in_one_transaction(qtbot, engine, tmp_path):
    """Keep mine in one meeting and the file's in another (and vice versa), chosen row by row in the table."""
    paths = _conflicting_files(engine, tmp_path)
    operations.update_item(engine, item_id=uid("b-i3"), text="Lokalnie: dotacje na boiska <szkolne> & place.")
    operations.update_item(engine, item_id=uid("b-i1"), text="Lokalnie: brak polityki migracyjnej.")
    changed_b = meeting_b()
    changed_b["meeting"]["sections"][1]["items"][1]["text"] = "Z pliku: dotacje na boiska 🏀 i place zabaw."
    changed_b["meeting"]["sections"][0]["items"][0]["text"] = "Z pliku: miasto potrzebuje polityki migracyjnej."
    paths.append(write(tmp_path, "b-v2.json", changed_b))
    dlg = _dialog(qtbot, engine, paths)

    model = dlg.conflicts_model
    assert model.rowCount() == 4
    rows = {model.conflict_at(r).id: r for r in range(model.rowCount())}
    for name in ("a-i1", "b-i3"):
        dlg.conflicts.table.selectRow(rows[uid(name)])
        dlg.conflicts.theirs_radio.click()
    assert {model.conflict_at(r).id: model.conflict_at(r).resolution for r in range(4)} == {
        uid("a-i1"): THEIRS, uid("a-i3"): KEEP, uid("b-i3"): THEIRS, uid("b-i1"): KEEP}
    assert "z pliku: 2, moje: 2" in dlg.status.text()

    _import(qtbot, dlg)
    assert _text(engine, "a-i1") == "Z pliku: miasto nie ma polityki migracyjnej."
    assert _text(engine, "a-i3") == "Brak lokali dla organizacji w centrum; czynsze są za wysokie & rosną."
    assert _text(engine, "b-i3") == "Z pliku: dotacje na boiska 🏀 i place zabaw."
    assert _text(engine, "b-i1") == "Lokalnie: brak polityki migracyjnej."
    assert {c.id: c.resolution for c in dlg.result_.conflicts} == {
        uid("a-i1"): THEIRS, uid("a-i3"): KEEP, uid("b-i3"): THEIRS, uid("b-i1"): KEEP}
    assert (dlg.progress.maximum(), dlg.progress.value()) == (3, 3)  # one step per meeting written
    assert _meetings(engine) == 3

    again = _dialog(qtbot, engine, paths)
    assert set(_statuses(again).values()) == {"unchanged"} and again.conflicts_model.rowCount() == 0


def test_cancel_pressed_while_the_import_job_writes_stores_nothing(engine, tmp_path):
    """The dialog's job hands the Cancel token to the public API: no engine hooks, nothing stored."""
    paths = _conflicting_files(engine, tmp_path)
    plan, invalid = load_batch(engine, paths, lambda *_: None, workers.CancelToken())
    assert invalid == [] and len(plan.conflicts) == 2
    for conflict in plan.conflicts:
        conflict.resolution = THEIRS
    token, steps = workers.CancelToken(), []

    def press_cancel_after_first(done: int, total: int, what: str) -> None:
        steps.append((done, total, what))
        token.cancel()

    with pytest.raises(meetingfile.ImportCancelled):
        apply_batch(engine, plan, press_cancel_after_first, token)
    assert steps[0] == (1, 2, "")  # written (small meetings go in one group), then rolled back before the commit
    assert _text(engine, "a-i1").startswith("Lokalnie") and _meetings(engine) == 2
    result = apply_batch(engine, plan, lambda *_: None, workers.CancelToken())
    assert result.count("new") == 1 and _text(engine, "a-i3") == "Brak lokali – wersja z pliku."


def test_cancel_during_import_rolls_everything_back(qtbot, engine, tmp_path):
    paths = [write(tmp_path, "a.json", meeting_a()), write(tmp_path, "b.json", meeting_b())]
    dlg = _dialog(qtbot, engine, paths)

    def cancel_midway(conn, cursor, statement, *args):
        worker = dlg.job.worker  # read once: the GUI thread sets it to None when the job's outcome arrives
        if statement.lstrip().upper().startswith("INSERT INTO ITEM") and worker is not None:
            worker.cancel()  # the user presses Cancel while rows are being written

    event.listen(engine, "before_cursor_execute", cancel_midway)
    try:
        dlg.import_button.click()
        qtbot.waitUntil(lambda: "Anulowano" in dlg.status.text(), timeout=10000)
    finally:
        event.remove(engine, "before_cursor_execute", cancel_midway)
    assert _meetings(engine) == 0
    assert dlg.import_button.isEnabled() and dlg.result_ is None
    _import(qtbot, dlg)  # and a later Import still works
    assert _meetings(engine) == 2


def test_cancel_button_while_loading_stops_and_keeps_dialog_open(qtbot, engine, tmp_path):
    paths = [write(tmp_path, f"m{i}.json", meeting_a()) for i in range(1)]
    dlg = ImportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.load(paths)
    dlg.reject()  # Cancel while busy asks the worker to stop; the dialog stays until it has
    qtbot.waitUntil(lambda: not dlg.busy)
    assert _meetings(engine) == 0


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
