"""Screen readers: every interactive widget of the main windows has a name that Qt's accessibility exposes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
               QAbstractSlider)
# Parts of a compound widget that its owner names (a combo's line edit, a spin box's editor, a view's scroll bars).
INNER_PARTS_OF = (QComboBox, QAbstractSpinBox, QHeaderView, QTabBar, QScrollBar, QAbstractScrollArea)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads: accessibleName, a visible text, or the buddy label, as Qt exposes it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_widgets(root: QWidget) -> list[str]:
    """The visible interactive widgets under `root` a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar | QHeaderView) \
                or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent, INNER_PARTS_OF) and not isinstance(widget, QAbstractItemView):
            continue
        if parent is not None and isinstance(parent.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(root).__name__} "
                           f"(parent {type(parent).__name__}, tooltip {widget.toolTip()!r})")
    return missing


def _shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_checker_finds_an_unnamed_line_edit(qtbot):
    from PySide6.QtWidgets import QFormLayout, QVBoxLayout

    root = QWidget()
    unnamed, labelled = QLineEdit(root), QLineEdit(root)
    form = QFormLayout()
    form.addRow("Tytuł:", labelled)  # a form label is the field's buddy: Qt reads it as the name
    layout = QVBoxLayout(root)
    layout.addWidget(unnamed)
    layout.addLayout(form)
    _shown(qtbot, root)
    assert len(unnamed_widgets(root)) == 1
    unnamed.setAccessibleName("Nazwa")
    assert unnamed_widgets(root) == []


def test_start_window(qtbot, engine):
    from ui.start_window import StartWindow

    window = _shown(qtbot, StartWindow(engine))
    assert unnamed_widgets(window) == []
    window.close()


def test_meeting_window_every_page(qtbot, engine, meeting_id):
    from ui.meeting_window import MeetingWindow

    window = _shown(qtbot, MeetingWindow(engine, meeting_id))
    missing = []
    for page in range(window.tabs.count()):
        window.show_page(page)
        qtbot.wait(10)
        missing += unnamed_widgets(window)
    assert sorted(set(missing)) == []
    window.close()


@pytest.mark.parametrize("name", ["search_window.SearchWindow", "import_dialog.ImportDialog",
                                  "report_dialog.ReportDialog", "recurring_dialog.RecurringDialog",
                                  "tags_dialog.TagsDialog", "series_dialog.SeriesDialog"])
def test_officials_windows(qtbot, engine, name):
    import importlib

    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    module, cls = name.split(".")
    window = _shown(qtbot, getattr(importlib.import_module(f"ui.officials.{module}"), cls)(engine))
    if hasattr(window, "busy"):
        qtbot.waitUntil(lambda: not window.busy, timeout=10000)
    assert unnamed_widgets(window) == []
    window.close()


def test_about_dialog(qtbot, engine):
    from ui.dialogs.about import AboutDialog

    assert unnamed_widgets(_shown(qtbot, AboutDialog(None))) == []
