"""The tag manager: usage counts, rename in place and merge across meetings, undo within the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit
from sqlalchemy import select

from facilitator.model import Item, Tag, item_tag
from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid
from ui.officials.tags_dialog import COL_NAME, IdRole, TagsDialog


def _tags_of(engine, name: str) -> list[str]:
    with engine.connect() as conn:
        stmt = (select(Tag.name).join(item_tag, item_tag.c.tag_id == Tag.id)
                .where(item_tag.c.item_id == uid(name)).order_by(Tag.name))
        return list(conn.execute(stmt).scalars())


def _dialog(qtbot, engine) -> TagsDialog:
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    dlg = TagsDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_lists_every_tag_with_usage_counts(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    rows = {name: (items, meetings) for name, items, meetings in dlg.rows()}
    assert rows["migranci"] == (3, 3)
    assert rows["lokale"] == (1, 1)
    assert rows["zieleń"] == (1, 1)
    assert [r[0] for r in dlg.rows()][:3] == ["dzielnice", "KDO", "lokale"]  # alphabetical, case-folded


def test_rename_in_place_across_meetings_and_undo(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    dlg.tree.setCurrentItem(dlg.node_of("migranci"), COL_NAME)
    qtbot.keyClick(dlg.tree, Qt.Key.Key_F2)
    editor = dlg.tree.findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), editor
    editor.selectAll()
    editor.insert("Migranci i uchodźcy")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Można cofnąć" in dlg.status.text())  # the delegate commits on the next event loop turn
    assert _tags_of(engine, "a-i1") == ["Migranci i uchodźcy"]
    assert "seniorzy" in _tags_of(engine, "c-i2") and "Migranci i uchodźcy" in _tags_of(engine, "c-i2")
    assert dlg.node_of("migranci") is None and {p: i for p, i, _m in dlg.rows()}["Migranci i uchodźcy"] == 3
    assert "Można cofnąć" in dlg.status.text()

    qtbot.keyClick(dlg, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tags_of(engine, "a-i1") == ["migranci"]
    assert dlg.node_of("migranci") is not None and not dlg.undo_button.isEnabled()


def test_empty_name_is_refused_with_a_message(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    tag_id = dlg.node_of("lokale").data(COL_NAME, IdRole)
    dlg.rename(tag_id, "   ")
    assert dlg.status.text().startswith("Nie udało się")
    assert _tags_of(engine, "a-i3") == ["lokale"]


def test_merge_selected_tags_into_the_chosen_one_and_undo(qtbot, engine, monkeypatch):
    dlg = _dialog(qtbot, engine)
    offered = []

    def pick(parent, title, label, names, current, editable):
        offered.append(list(names))
        return "migranci", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    dlg.tree.clearSelection()
    for name in ("seniorzy", "migranci", "KDO"):
        dlg.node_of(name).setSelected(True)
    assert dlg.merge_button.isEnabled()
    dlg.merge_button.click()
    assert offered[0][0] == "migranci"  # the most used is offered first
    assert _tags_of(engine, "a-i2") == ["migranci"]
    assert _tags_of(engine, "c-i2") == ["migranci"]  # had both: one link left, no duplicate
    assert dlg.node_of("KDO") is None and dlg.node_of("seniorzy") is None
    assert {n: i for n, i, _m in dlg.rows()}["migranci"] == 4

    dlg.undo_button.click()
    assert _tags_of(engine, "a-i2") == ["KDO"]
    assert _tags_of(engine, "c-i2") == ["migranci", "seniorzy"]
    with engine.connect() as conn:
        assert conn.execute(select(Item.text).where(Item.id == uid("a-i2"))).scalar_one().startswith("Powołać")
