"""Alt+letter means one thing: no two menus, items of one menu, or controls shown together share a mnemonic."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tests.ui.capture_helpers import make_meeting


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case; None without one."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def _clashes(named: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for where, text in named:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{where}: {text}")
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def menu_clashes(menu: QMenu, path: str) -> dict[str, dict[str, list[str]]]:
    """Clashes among the visible items of this menu, and of each submenu."""
    found: dict[str, dict[str, list[str]]] = {}
    actions = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    if clash := _clashes([("item", a.text()) for a in actions]):
        found[path] = clash
    for action in actions:
        if action.menu() is not None:
            found.update(menu_clashes(action.menu(), f"{path} → {action.text()}"))
    return found


def shown_together(window: QWidget) -> list[tuple[str, str]]:
    """Texts whose mnemonic works now: menu bar titles, tabs, visible buttons, group boxes and buddied labels."""
    named: list[tuple[str, str]] = []
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        named += [("menu", a.text()) for a in window.menuBar().actions() if a.isVisible()]
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            named += [("tab", bar.tabText(i)) for i in range(bar.count()) if bar.isTabVisible(i)]
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window:
            named.append((type(button).__name__, button.text()))
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.window() is window:
            named.append(("group", box.title()))
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and label.window() is window:
            named.append(("label", label.text()))
    return named


def window_clashes(window: QWidget, name: str) -> dict[str, dict[str, list[str]]]:
    """Every page of every tab widget shown in turn; then the menus."""
    app = QApplication.instance()
    found: dict[str, dict[str, list[str]]] = {}
    tabs = [t for t in window.findChildren(QTabWidget) if t.window() is window] or [None]
    for tab_widget in tabs:
        for page in range(tab_widget.count() if tab_widget else 1):
            if tab_widget is not None:
                tab_widget.setCurrentIndex(page)
            app.processEvents()
            where = f"{name} / {tab_widget.tabText(page)}" if tab_widget else name
            if clash := _clashes(shown_together(window)):
                found[where] = clash
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                found.update(menu_clashes(action.menu(), f"{name} menu {action.text()}"))
    return found


def _show(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _windows(qtbot, engine) -> list[tuple[str, QWidget]]:
    from ui.dialogs.push import PushDialog
    from ui.dialogs.shortcuts import ShortcutsDialog
    from ui.meeting_window import MeetingWindow
    from ui.officials.consultation_dialog import ConsultationDialog
    from ui.officials.import_dialog import ImportDialog
    from ui.officials.recurring_dialog import RecurringDialog
    from ui.officials.report_dialog import ReportDialog
    from ui.officials.search_window import SearchWindow
    from ui.officials.series_dialog import SeriesDialog
    from ui.officials.tags_dialog import TagsDialog
    from ui.start_window import StartWindow

    meeting_id = make_meeting(engine)
    return [
        ("okno startowe", _show(qtbot, StartWindow(engine))),
        ("okno spotkania", _show(qtbot, MeetingWindow(engine, meeting_id))),
        ("wyszukiwanie", _show(qtbot, SearchWindow(engine))),
        ("powtarzające się", _show(qtbot, RecurringDialog(engine))),
        ("raport", _show(qtbot, ReportDialog(engine))),
        ("stanowiska", _show(qtbot, ConsultationDialog(engine))),
        ("tagi", _show(qtbot, TagsDialog(engine))),
        ("serie", _show(qtbot, SeriesDialog(engine))),
        ("import", _show(qtbot, ImportDialog(engine))),
        ("skróty", _show(qtbot, ShortcutsDialog())),
        ("wysyłanie do urzędu", _show(qtbot, PushDialog(engine, [meeting_id]))),
    ]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_two_things_shown_together_share_an_alt_letter(qtbot, engine, language):
    from ui.i18n import install_translators

    install_translators(QApplication.instance(), language)
    try:
        found: dict[str, dict[str, list[str]]] = {}
        for name, window in _windows(qtbot, engine):
            found.update(window_clashes(window, name))
            if isinstance(window, QDialog):
                window.reject()
        assert not found, "\n".join(f"{where}: {clash}" for where, clash in found.items())
    finally:
        install_translators(QApplication.instance(), "pl")


def test_the_walker_sees_a_clash(qapp):
    """The check itself can fail: two sibling items on the same letter are reported."""
    menu = QMenu()
    menu.addAction("&Plik")
    menu.addAction("&Podsumowanie")
    menu.addAction("E&ksport && druk")
    assert mnemonic("E&ksport && druk") == "k" and mnemonic("A && B") is None
    assert list(menu_clashes(menu, "m")["m"]) == ["p"]
