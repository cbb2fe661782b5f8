"""The outline model alone: loading, row-by-row insertion in document order, drop requests."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from ui.models.items_model import COL_KIND, COL_SPEAKER, COL_TEXT, DepthRole, IdRole, ItemsModel, KindRole, TextRole


def _rows():
    return [
        {"id": "a", "parent_id": None, "position": 0, "kind": "strength", "text": "A", "speaker_id": "p1"},
        {"id": "a1", "parent_id": "a", "position": 0, "kind": "proposal", "text": "A1", "speaker_id": None},
        {"id": "b", "parent_id": None, "position": 1, "kind": "weakness", "text": "B <&>", "speaker_id": None},
    ]


def _texts(model: ItemsModel) -> list[str]:
    return [model.index(r, COL_TEXT).data(TextRole) for r in range(model.rowCount())]


def test_set_rows_gives_document_order_with_depth_and_roles(qtmodeltester):
    model = ItemsModel()
    model.set_rows(list(reversed(_rows())), {"p1": "Łucja"})
    qtmodeltester.check(model)
    assert _texts(model) == ["A", "A1", "B <&>"]
    assert [model.index(r, 0).data(DepthRole) for r in range(3)] == [0, 1, 0]
    assert model.index(0, COL_SPEAKER).data() == "Łucja"
    assert model.index(2, COL_KIND).data(KindRole) == "weakness"
    assert "Słaba strona" in model.index(2, COL_KIND).data() and model.index(2, COL_KIND).data().startswith("−")
    assert model.index(1, COL_TEXT).data(Qt.ItemDataRole.EditRole) == "A1"


def test_insert_places_children_after_their_parents_subtree(qtbot):
    model = ItemsModel()
    model.set_rows(_rows())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        index = model.insert_item({"id": "a2", "parent_id": "a", "position": 1, "kind": "remark", "text": "A2"})
    assert inserted.args[1:] == [2, 2]
    assert index.data(IdRole) == "a2" and index.row() == 2
    model.insert_item({"id": "c", "parent_id": None, "position": 2, "kind": "remark", "text": "C"})
    model.insert_item({"id": "a0", "parent_id": "a", "position": 0, "kind": "remark", "text": "A0"})
    assert _texts(model) == ["A", "A0", "A1", "A2", "B <&>", "C"]
    assert [n.row for n in model.node_at(0).children] == [0, 1, 2]
    assert model.index_for_id("c").row() == 5


def test_update_keeps_rows_consistent():
    model = ItemsModel()
    model.set_rows(_rows())
    assert model.update_item({"id": "b", "text": "B2", "kind": "remark"})
    assert model.index(2, COL_TEXT).data(TextRole) == "B2"
    assert model.index_for_id("b").row() == 2 and not model.index_for_id("gone").isValid()


def test_edits_and_drops_become_requests(qtbot):
    model = ItemsModel()
    model.set_rows(_rows())
    with qtbot.waitSignal(model.edit_requested) as edited:
        assert model.setData(model.index(2, COL_TEXT), "nowy tekst")
    assert edited.args == ["b", "text", "nowy tekst"]
    with qtbot.waitSignal(model.move_requested) as moved:
        assert model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, 0, 0,
                                  QModelIndex()) is False
    assert moved.args == ["b", None, 0]
    with qtbot.waitSignal(model.move_requested) as moved:
        model.dropMimeData(model.mimeData([model.index(2, 0)]), Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
    assert moved.args == ["b", "a1", 0]
    with qtbot.assertNotEmitted(model.move_requested):
        model.dropMimeData(model.mimeData([model.index(0, 0)]), Qt.DropAction.MoveAction, -1, 0, model.index(1, 0))
