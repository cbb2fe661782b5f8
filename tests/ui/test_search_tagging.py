"""Search window: choose many results by keyboard and tag them at once (Ctrl+T, undo Ctrl+Z); export to XLSX."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog
from sqlalchemy import select

from facilitator.model import Tag, item_tag
from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid
from ui.officials.search_window import SearchWindow
from ui.officials.tags_dialog import COL_NAME, TagsDialog


def _window(qtbot, engine) -> SearchWindow:
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    win = SearchWindow(engine)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)
    return win


def _search(qtbot, win, text: str) -> None:
    win.query.clear()
    win.query.insert(text)
    qtbot.waitUntil(lambda: not win.busy, timeout=10000)


def _tagged(engine, name: str) -> set[str]:
    with engine.connect() as conn:
        stmt = select(item_tag.c.item_id).join(Tag, Tag.id == item_tag.c.tag_id).where(Tag.name == name)
        return set(conn.execute(stmt).scalars())


def _answer_tag_dialog(qtbot, name: str, seen: list) -> None:
    """Type the tag into the real input dialog once it is open, then press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.labelText())
        editor = dialog.findChild(QComboBox).lineEdit()
        editor.clear()
        editor.insert(name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_ctrl_a_then_ctrl_t_tags_every_result_and_ctrl_z_undoes_it(qtbot, engine):
    win = _window(qtbot, engine)
    _search(qtbot, win, "migracyjn")
    found = {win.model.hit_at(r).item_id for r in range(win.model.rowCount())}
    assert len(found) == 2
    win.results.setFocus()
    qtbot.keyClick(win.results, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    seen: list[str] = []
    _answer_tag_dialog(qtbot, "Obszar 1 / Migracje", seen)
    qtbot.keyClick(win.results, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Tag dla zaznaczonych (2 wypowiedzi); zagnieżdżony: Obszar 1/BIP"]
    assert _tagged(engine, "Obszar 1/Migracje") == found
    assert win.status.text() == ("Zrobione: Oznaczenie tagiem „Obszar 1/Migracje”: 2 wypowiedzi. "
                                 "Można cofnąć (Ctrl+Z).")
    win.activateWindow()  # the window is active again once the dialog has closed (offscreen Qt needs telling)
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.results, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tagged(engine, "Obszar 1/Migracje") == set(), win.status.text()
    assert win.status.text().startswith("Cofnięto: Oznaczenie tagiem")


def test_shift_down_extends_the_choice_and_the_tag_filter_finds_them_under_the_parent(qtbot, engine):
    win = _window(qtbot, engine)
    _search(qtbot, win, "")
    win.results.setFocus()
    win.results.selectRow(0)
    qtbot.keyClick(win.results, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(win.results, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = [h.item_id for h in win.selected_hits()]
    assert len(chosen) == 3
    seen: list[str] = []
    _answer_tag_dialog(qtbot, "Obszar 2/BIP", seen)
    qtbot.keyClick(win.results, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Tag dla zaznaczonych (3 wypowiedzi); zagnieżdżony: Obszar 1/BIP"]
    assert _tagged(engine, "Obszar 2/BIP") == set(chosen)
    qtbot.waitUntil(lambda: win.tag_combo.findData("Obszar 2") >= 0, timeout=10000)  # the parent level is a filter
    win.tag_combo.setCurrentIndex(win.tag_combo.findData("Obszar 2"))
    _search(qtbot, win, "")
    assert {win.model.hit_at(r).item_id for r in range(win.model.rowCount())} == set(chosen)


def test_nothing_chosen_says_so(qtbot, engine):
    win = _window(qtbot, engine)
    _search(qtbot, win, "nieistniejące")
    qtbot.keyClick(win.results, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert win.status.text() == "Zaznacz wypowiedzi do oznaczenia (Ctrl+A: wszystkie)."


def test_export_writes_every_result_as_text_cells(qtbot, engine, tmp_path):
    from openpyxl import load_workbook

    win = _window(qtbot, engine)
    _search(qtbot, win, "lokal")
    shown = [win.model.hit_at(r).text for r in range(win.model.rowCount())]
    assert shown
    target = tmp_path / "wyniki"
    with qtbot.waitSignal(win.exported, timeout=20000):
        win.export_xlsx(str(target))
    sheet = load_workbook(tmp_path / "wyniki.xlsx")["Wypowiedzi"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[7] for r in rows] == shown
    assert win.status.text().startswith(f"Zapisano {len(shown)} wypowied")


def test_the_tags_dialog_shows_nested_tags_as_a_tree_with_rolled_up_counts(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    from facilitator import operations

    operations.tag_items(engine, item_ids=[uid("a-i1"), uid("b-i1")], names=["Obszar 1/Migracje"])
    operations.tag_items(engine, item_ids=[uid("a-i1"), uid("c-i1")], names=["Obszar 1/Zieleń"])
    dlg = TagsDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    parent = dlg.node_of("Obszar 1")
    assert parent is not None and parent.childCount() == 2
    assert [parent.child(i).text(COL_NAME) for i in range(2)] == ["Migracje", "Zieleń"]
    rows = {path: (items, meetings) for path, items, meetings in dlg.rows()}
    assert rows["Obszar 1"] == (3, 3) and rows["Obszar 1/Migracje"] == (2, 2) and rows["Obszar 1/Zieleń"] == (2, 2)
    # rename the parent level in place (F2): the tags under it follow
    dlg.tree.setCurrentItem(parent, COL_NAME)
    qtbot.keyClick(dlg.tree, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QLineEdit

    editor = dlg.tree.findChild(QLineEdit)
    editor.selectAll()
    editor.insert("Polityki publiczne")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Można cofnąć" in dlg.status.text())
    assert dlg.node_of("Obszar 1") is None and dlg.node_of("Polityki publiczne/Migracje") is not None
    assert _tagged(engine, "Polityki publiczne/Migracje") == {uid("a-i1"), uid("b-i1")}
    qtbot.keyClick(dlg, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _tagged(engine, "Obszar 1/Migracje") == {uid("a-i1"), uid("b-i1")}
