"""The officials' hook on the start window: menus, the import action through the preview, drag-and-drop."""

from __future__ import annotations

import warnings

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.officials_data import meeting_a, meeting_b, write
from ui.officials.import_dialog import ImportDialog
from ui.start_window import StartWindow


def _window(qtbot, engine) -> StartWindow:
    win = StartWindow(engine)
    qtbot.addWidget(win)
    win.show()
    return win


def _titles(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_menus_are_installed(qtbot, engine):
    win = _window(qtbot, engine)
    officials = win.menus["officials"]
    assert _titles(officials) == ["Szukaj we wszystkich spotkaniach…", "Powtarzające się wypowiedzi…", "Tagi…",
                                  "Serie konsultacji…", "Raport zbiorczy…", "Stanowiska urzędu…"]
    bar = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert bar.index("Urzędnik") == bar.index("Pomoc") - 1
    file_titles = _titles(win.menus["file"])
    assert file_titles.index("Importuj folder ze spotkaniami…") == file_titles.index("Importuj pliki spotkań…") + 1
    for action in (win.officials.search_action, win.officials.recurring_action, win.officials.tags_action,
                   win.officials.report_action):
        action.trigger()
    assert win.officials.search_window.isVisible() and win.officials.report_dialog.isVisible()
    assert win.officials.tags_dialog.isVisible() and win.officials.recurring_dialog.isVisible()
    qtbot.waitUntil(lambda: not win.officials.search_window.busy and not win.officials.recurring_dialog.busy)


def test_file_import_goes_through_the_preview(qtbot, engine, tmp_path, monkeypatch):
    win = _window(qtbot, engine)
    paths = [str(write(tmp_path, "a.json", meeting_a())), str(write(tmp_path, "b.json", meeting_b()))]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (paths, "")))
    win.officials.import_action.trigger()
    dialog = win.officials.import_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.plan.count("new") == 2 and win.model.rowCount() == 0  # nothing stored yet
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10000)
    assert win.model.rowCount() == 2  # the list refreshed through meetings_changed


def test_dropping_a_folder_opens_the_preview(qtbot, engine, tmp_path):
    win = _window(qtbot, engine)
    folder = tmp_path / "pendrive"
    write(folder, "a.json", meeting_a())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    args = (QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():  # PySide marks the only QDragEnterEvent constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPointF(10, 10).toPoint(), *args[1:])
    QApplication.sendEvent(win.table, enter)  # over the meetings list: the window takes it
    assert enter.isAccepted()
    # Qt delivers a Drop only to the target of a real drag (QDragManager); hand it to the window's filter as Qt would
    assert win.officials.eventFilter(win, QDropEvent(*args))
    dialog = win.officials.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.plan.count("new") == 1
