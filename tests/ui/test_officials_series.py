"""Serie konsultacji: series with meeting counts, renamed in place (F2) and merged by keyboard, undone with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from facilitator import operations
from tests.ui.officials_data import SERIES_A, SERIES_B, import_all, meeting_a, meeting_b, meeting_c
from ui.officials.series_dialog import COL_NAME, SeriesDialog


def _dialog(qtbot, engine) -> SeriesDialog:
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    dlg = SeriesDialog(engine)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _series(engine) -> list[str | None]:
    return sorted(row.series or "" for row in operations.list_meetings(engine))


def test_lists_each_series_with_its_meetings(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    assert dlg.rows() == [(SERIES_B, 1), (SERIES_A, 2)]


def test_rename_in_place_with_f2_and_undo_with_ctrl_z(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    dlg.table.setFocus()
    dlg.table.setCurrentCell(dlg.row_of(SERIES_A), COL_NAME)
    qtbot.keyClick(dlg.table, Qt.Key.Key_F2)
    editor = dlg.table.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "  WPW  2027 ")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Można cofnąć" in dlg.status.text())
    assert _series(engine) == [SERIES_B, "WPW 2027", "WPW 2027"]
    assert dlg.rows() == [(SERIES_B, 1), ("WPW 2027", 2)]

    qtbot.keyClick(dlg, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _series(engine) == sorted([SERIES_B, SERIES_A, SERIES_A])
    assert dlg.rows() == [(SERIES_B, 1), (SERIES_A, 2)] and not dlg.undo_button.isEnabled()


def test_an_empty_name_is_refused_with_a_message(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    dlg.rename(SERIES_B, "   ")
    assert dlg.status.text() == "Nie udało się: nazwa serii nie może być pusta" or \
        dlg.status.text() == "Nie udało się: a series name cannot be empty"
    assert dlg.rows() == [(SERIES_B, 1), (SERIES_A, 2)]


def test_merge_two_series_by_keyboard_and_undo(qtbot, engine):
    dlg = _dialog(qtbot, engine)
    dlg.table.setFocus()
    dlg.table.setCurrentCell(0, COL_NAME)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # both rows selected
    assert dlg.merge_button.isEnabled() and not dlg.rename_button.isEnabled()
    offered: list[list[str]] = []

    def choose() -> None:  # the picker offers the series with most meetings first: keep it with Enter
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, QInputDialog):
            QTimer.singleShot(20, choose)
            return
        offered.append(picker.comboBoxItems())
        qtbot.keyClick(picker, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(dlg.merge_button, Qt.Key.Key_Space)
    assert offered == [[SERIES_A, SERIES_B]]
    assert _series(engine) == [SERIES_A, SERIES_A, SERIES_A]
    assert dlg.rows() == [(SERIES_A, 3)]

    dlg.activateWindow()  # back from the picker
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClick(dlg.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dlg.rows() == [(SERIES_B, 1), (SERIES_A, 2)]


def test_the_officials_menu_opens_the_dialog(qtbot, engine):
    from ui.start_window import StartWindow

    window = StartWindow(engine)
    qtbot.addWidget(window)
    window.show()
    window.officials.series_action.trigger()
    dialog = window.officials.series_dialog
    assert isinstance(dialog, SeriesDialog) and dialog.isVisible()
    dialog.close()
