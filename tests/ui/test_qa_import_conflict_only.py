"""QA: a re-imported file whose only change conflicts with a local edit can still be imported from the file's side."""

from __future__ import annotations

from sqlalchemy import select

from facilitator import operations
from facilitator.model import Item
from tests.ui.officials_data import import_all, meeting_a, uid, write
from ui.officials.import_dialog import ImportDialog


def _item_text(engine, name: str) -> str:
    with engine.connect() as conn:
        return conn.execute(select(Item.text).where(Item.id == uid(name))).scalar_one()


def test_taking_the_files_version_of_the_only_change_enables_import(qtbot, engine, tmp_path):
    import_all(engine, [meeting_a()])
    operations.update_item(engine, item_id=uid("a-i1"), text="Poprawione u mnie.")
    changed = meeting_a()
    changed["meeting"]["sections"][0]["items"][0]["text"] = "Poprawione w pliku <ważne> & pilne."
    dlg = ImportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load([write(tmp_path, "a-v2.json", changed)])
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)

    assert dlg.conflicts_model.rowCount() == 1
    assert not dlg.import_button.isEnabled()  # keeping mine (the default) leaves nothing to import
    dlg.conflicts.all_theirs.click()
    assert dlg.import_button.isEnabled()
    assert "Nie ma nic do zaimportowania" not in dlg.status.text()

    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result_ is not None, timeout=10000)
    assert _item_text(engine, "a-i1") == "Poprawione w pliku <ważne> & pilne."

    dlg2 = ImportDialog(engine)
    qtbot.addWidget(dlg2)
    dlg2.show()
    dlg2.load([write(tmp_path, "a-v2.json", changed)])
    qtbot.waitUntil(lambda: not dlg2.busy, timeout=10000)
    assert dlg2.conflicts_model.rowCount() == 0 and not dlg2.import_button.isEnabled()  # settled for good


def test_keeping_mine_again_disables_import(qtbot, engine, tmp_path):
    import_all(engine, [meeting_a()])
    operations.update_item(engine, item_id=uid("a-i1"), text="Poprawione u mnie.")
    changed = meeting_a()
    changed["meeting"]["sections"][0]["items"][0]["text"] = "Poprawione w pliku."
    dlg = ImportDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load([write(tmp_path, "a-v2.json", changed)])
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    dlg.conflicts.all_theirs.click()
    dlg.conflicts.all_keep.click()
    assert not dlg.import_button.isEnabled()
    assert _item_text(engine, "a-i1") == "Poprawione u mnie."
