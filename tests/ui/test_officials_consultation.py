"""Stanowiska urzędu: answer groups and single statements by keyboard, undo, mixed groups, filters, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from facilitator import operations
from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid
from ui.officials.consultation_dialog import COL_POSITION, COL_TEXT, ConsultationDialog
from ui.settings import Settings

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
GROUP = {uid("a-i1"), uid("b-i1")}


@pytest.fixture(autouse=True)
def _default_threshold():
    Settings().recurring_threshold = 60


@pytest.fixture
def dlg(qtbot, engine):
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    operations.confirm_group(engine, item_ids=sorted(GROUP))
    dialog = ConsultationDialog(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() > 0, timeout=10000)
    return dialog


def _answers(engine) -> dict:
    return {k: (v.position, v.justification, v.paragraph) for k, v in operations.get_responses(engine).items()}


def _go_to(qtbot, dlg, wanted: set[str]) -> int:
    """Move down the list with the keyboard until the remark of these statements is chosen."""
    dlg.table.setFocus()
    qtbot.keyClick(dlg.table, Qt.Key.Key_Home)
    for _ in range(dlg.table.rowCount()):
        if set(dlg.current().ids) == wanted:
            return dlg.table.currentRow()
        qtbot.keyClick(dlg.table, Qt.Key.Key_Down)
    raise AssertionError(f"no remark of {wanted}")


def test_a_group_is_answered_with_one_key_and_undone_with_ctrl_z(qtbot, engine, dlg):
    assert dlg.table.rowCount() == 7  # 8 statements, two of them one group
    row = _go_to(qtbot, dlg, GROUP)
    assert "polityki migracyjnej" in dlg.table.item(row, COL_TEXT).text()
    assert dlg.table.item(row, COL_POSITION).text() == "bez stanowiska"
    assert "Anna Kowalska" not in dlg.members.text() and "Fundacja Łódź Otwarta" in dlg.members.text()
    qtbot.keyClick(dlg.table, Qt.Key.Key_2)
    assert _answers(engine) == {i: ("partly_accepted", "", None) for i in GROUP}
    assert dlg.table.item(dlg.table.currentRow(), COL_POSITION).text() == "uwzględniono częściowo"
    assert dlg.position_combo.currentText() == "uwzględniono częściowo"
    qtbot.keyClick(dlg, Qt.Key.Key_Z, CTRL)
    assert _answers(engine) == {}
    assert dlg.table.item(dlg.table.currentRow(), COL_POSITION).text() == "bez stanowiska"
    qtbot.keyClick(dlg, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _answers(engine) == {i: ("partly_accepted", "", None) for i in GROUP}
    # the justification and the paragraph, typed and saved from the keyboard, go to every member
    qtbot.keyClick(dlg, Qt.Key.Key_Z, ALT)
    assert dlg.justification_edit.hasFocus()
    dlg.justification_edit.insertPlainText("Zespół ds. migrantów powstanie w 2027 r.")
    qtbot.keyClick(dlg, Qt.Key.Key_P, ALT)
    assert dlg.paragraph_edit.hasFocus()
    qtbot.keyClicks(dlg.paragraph_edit, "par. 3 ust. 1")
    qtbot.keyClick(dlg.paragraph_edit, Qt.Key.Key_Return, CTRL)
    assert _answers(engine) == {i: ("partly_accepted", "Zespół ds. migrantów powstanie w 2027 r.", "par. 3 ust. 1")
                                for i in GROUP}
    # one member answered otherwise: the group reads "mixed"; 3 gives the whole group one answer again
    operations.set_response(engine, item_ids=[uid("a-i1")], position="not_accepted")
    dlg.refresh_answers()
    row = _go_to(qtbot, dlg, GROUP)
    assert dlg.table.item(row, COL_POSITION).text() == "różne stanowiska w grupie"
    qtbot.keyClick(dlg.table, Qt.Key.Key_3)
    assert {v[0] for v in _answers(engine).values()} == {"not_accepted"} and set(_answers(engine)) == GROUP
    qtbot.keyClick(dlg.table, Qt.Key.Key_Delete)
    assert _answers(engine) == {}


def test_a_single_statement_needs_a_position_before_its_justification(qtbot, engine, dlg):
    _go_to(qtbot, dlg, {uid("b-i3")})
    qtbot.keyClick(dlg, Qt.Key.Key_Z, ALT)
    qtbot.keyClicks(dlg.justification_edit, "Brak srodkow")
    qtbot.keyClick(dlg.justification_edit, Qt.Key.Key_Return, CTRL)
    assert _answers(engine) == {}
    assert "position first" in dlg.status.text()  # the core speaks the UI language set at start (here: English)
    qtbot.keyClick(dlg, Qt.Key.Key_A, ALT)  # St&anowisko
    assert dlg.position_combo.hasFocus()
    qtbot.keyClick(dlg.position_combo, Qt.Key.Key_Down)  # uwzględniono: stored at once
    qtbot.waitUntil(lambda: uid("b-i3") in _answers(engine), timeout=3000)
    assert _answers(engine)[uid("b-i3")][0] == "accepted"


def test_filters_by_position_and_text(qtbot, engine, dlg):
    _go_to(qtbot, dlg, {uid("b-i3")})
    qtbot.keyClick(dlg.table, Qt.Key.Key_1)
    qtbot.keyClick(dlg, Qt.Key.Key_O, ALT)  # P&okaż
    assert dlg.show_combo.hasFocus()
    qtbot.keyClick(dlg.show_combo, Qt.Key.Key_Down)  # bez stanowiska
    assert dlg.table.rowCount() == 6 and all(e.remark.answer.position is None for e in dlg.shown)
    qtbot.keyClick(dlg.show_combo, Qt.Key.Key_Down)  # uwzględniono
    assert [e.ids for e in dlg.shown] == [[uid("b-i3")]]
    qtbot.keyClick(dlg.show_combo, Qt.Key.Key_Home)
    qtbot.keyClick(dlg, Qt.Key.Key_U, ALT)  # Sz&ukaj
    qtbot.keyClicks(dlg.text_filter, "ZIELENI")
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 1, timeout=3000)
    assert dlg.shown[0].ids == [uid("c-i1")]
    dlg.text_filter.clear()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 7, timeout=3000)


def test_series_filter_and_export_of_the_report(qtbot, engine, dlg, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    _go_to(qtbot, dlg, GROUP)
    qtbot.keyClick(dlg.table, Qt.Key.Key_3)
    dlg.series_combo.setFocus()
    qtbot.keyClick(dlg.series_combo, Qt.Key.Key_End)  # the last series: WPW 2019–2022 (sorted)
    qtbot.waitUntil(lambda: not dlg.busy and dlg.table.rowCount() > 0, timeout=10000)
    assert dlg.table.rowCount() == 5  # meetings a and b only
    target = tmp_path / "konsultacje.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(dlg, Qt.Key.Key_R, ALT)  # Eksportuj &raport…
    qtbot.waitUntil(lambda: dlg.export_worker is None and dlg.written is not None, timeout=20000)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    texts = {r[4]: r for r in rows[1:]}
    assert len(texts) == 6
    migration = [r for r in rows[1:] if r[4].startswith("W mieście nie ma polityki migracyjnej")]
    assert len(migration) == 2 and {r[8] for r in migration} == {"nie uwzględniono"}
    assert "Zapisano raport" in dlg.status.text()
