"""The recurring dialog's two lower panels: the chosen group (heading, area, members, the corrections) and the
statements in no group (searched, added to the group). Their widgets are the dialog's attributes, since its
methods enable, fill and read them; the panels only lay them out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.officials.recurring_dialog import RecurringDialog

translate = QCoreApplication.translate


def button(parent: QWidget, text: str, slot: Callable[[], object]) -> QPushButton:
    """A panel's action button; never a default one (Enter in the heading field renames, never presses Undo)."""
    made = QPushButton(text, parent)
    made.setAutoDefault(False)
    made.clicked.connect(slot)
    return made


def _labelled(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def members_panel(d: RecurringDialog) -> QWidget:
    """The chosen group: its heading and area to change, its statements, and what can be done to them."""
    panel = QWidget(d)
    d.heading_edit = QLineEdit(panel)
    d.heading_edit.setAccessibleName(translate("RecurringPanels", "Nagłówek grupy"))
    d.heading_edit.setPlaceholderText(translate("RecurringPanels", "Pusty: brzmienie pierwszej wypowiedzi"))
    d.heading_edit.returnPressed.connect(d.rename_current)
    d.rename_button = button(panel, translate("RecurringPanels", "Zapi&sz nagłówek"), d.rename_current)
    d.area_combo = QComboBox(panel)
    d.area_combo.setAccessibleName(translate("RecurringPanels", "Obszar grupy"))
    d.move_button = button(panel, translate("RecurringPanels", "P&rzenieś"), d.move_current)
    grid = QGridLayout()
    grid.addWidget(_labelled(translate("RecurringPanels", "&Nagłówek:"), d.heading_edit, panel), 0, 0)
    grid.addWidget(d.heading_edit, 0, 1)
    grid.addWidget(d.rename_button, 0, 2)
    grid.addWidget(_labelled(translate("RecurringPanels", "Przenieś do &obszaru:"), d.area_combo, panel), 1, 0)
    grid.addWidget(d.area_combo, 1, 1)
    grid.addWidget(d.move_button, 1, 2)
    grid.setColumnStretch(1, 1)
    d.confirm_button = button(panel, translate("RecurringPanels", "Potwierdź &grupę"), d.confirm_current)
    d.split_button = button(panel, translate("RecurringPanels", "&Wydziel zaznaczone"), d.split_checked)
    d.remove_button = button(panel, translate("RecurringPanels", "&Usuń z grupy"), d.remove_selected)
    d.forget_button = button(panel, translate("RecurringPanels", "Przywróć &automatyczne"), d.forget_current)
    d.merge_button = button(panel, translate("RecurringPanels", "Po&łącz zaznaczone grupy"), d.merge_selected)
    d.undo_button = button(panel, translate("RecurringPanels", "&Cofnij"), d.undo_stack.undo)
    d.undo_button.setToolTip(translate("RecurringPanels", "Cofnij ostatnią decyzję (Ctrl+Z)"))
    d.undo_stack.canUndoChanged.connect(d.undo_button.setEnabled)
    d.undo_button.setEnabled(False)
    actions = QHBoxLayout()
    for action in (d.confirm_button, d.split_button, d.remove_button, d.forget_button, d.merge_button,
                   d.undo_button):
        actions.addWidget(action)
    actions.addStretch(1)
    hint = QLabel(translate("RecurringPanels", "Przeciągnij wypowiedź na grupę, aby ją dodać, grupę na grupę, aby "
                            "je połączyć, a wypowiedź z grupy na listę obok, aby ją usunąć. Zaznacz wypowiedzi, "
                            "które mówią o czymś innym, i wybierz „Wydziel zaznaczone”."), panel)
    hint.setWordWrap(True)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(grid)
    layout.addWidget(hint)
    layout.addWidget(d.members, 1)
    layout.addLayout(actions)
    return panel


def singles_panel(d: RecurringDialog) -> QWidget:
    """The statements in no group, narrowed by a search, and the button that adds the chosen ones to the group."""
    panel = QWidget(d)
    d.singles_filter = QLineEdit(panel)
    d.singles_filter.setAccessibleName(translate("RecurringPanels", "Szukaj wśród wypowiedzi poza grupami"))
    d.singles_filter.setClearButtonEnabled(True)
    d.singles_filter.textChanged.connect(lambda _t: d._show_singles())
    d.add_button = button(panel, translate("RecurringPanels", "&Dodaj do grupy"), d.add_selected)
    d.singles_note = QLabel(panel)
    d.singles_note.setWordWrap(True)
    row = QHBoxLayout()
    row.addWidget(_labelled(translate("RecurringPanels", "Poza grupami — szu&kaj:"), d.singles_filter, panel))
    row.addWidget(d.singles_filter, 1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(row)
    layout.addWidget(d.singles_list, 1)
    layout.addWidget(d.singles_note)
    layout.addWidget(d.add_button)
    QWidget.setTabOrder(d.singles_filter, d.singles_list)
    QWidget.setTabOrder(d.singles_list, d.add_button)
    return panel
