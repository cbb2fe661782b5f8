"""Meeting templates in the start window: save the selected meeting as a template, start a new one from one."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import operations
from ui.dialogs.confirm import show_error, show_info

if TYPE_CHECKING:
    from ui.start_window import StartWindow


class TemplateChooser(QDialog):
    """The saved templates: Enter starts a meeting from the chosen one; Delete forgets it (undoable)."""

    def __init__(self, window: StartWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Nowe spotkanie z szablonu"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Szablony"))
        label = QLabel(self.tr("&Szablony:"), self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("&Utwórz spotkanie"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button = QPushButton(self.tr("U&suń szablon"), self)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 360)
        self.load()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Delete on the list forgets the chosen template, as Delete removes a meeting in the start window."""
        if obj is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.delete_current()
            return True
        return super().eventFilter(obj, event)

    def load(self) -> None:
        """List the templates by name; the tooltip lists their sections."""
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        for template in operations.list_templates(self.window_.engine):
            item = QListWidgetItem(template.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip("\n".join(template.sections))
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.create_button.setEnabled(self.list.count() > 0)
        self.delete_button.setEnabled(self.list.count() > 0)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def delete_current(self) -> None:
        """Forget the chosen template; Edit → Undo in the start window brings it back."""
        item = self.list.currentItem()
        if item is None:
            return
        text = self.tr("Usunięcie szablonu „%1”").replace("%1", item.text())
        self.window_.library.run(text, operations.delete_template, template_id=item.data(Qt.ItemDataRole.UserRole))
        self.load()

    def accept(self) -> None:
        self.chosen = self.current_id()
        if self.chosen is not None:
            super().accept()


class Templates(QObject):
    """The two File menu entries of the start window and what they do."""

    def __init__(self, window: StartWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.new_action = window.add_action("file", self.tr("Nowe z &szablonu…"), self.new_from_template,
                                            QKeySequence("Ctrl+Shift+N"))
        self.save_action = window.add_action("file", self.tr("Zapisz jako sz&ablon…"), self.save_as_template)
        _place_after_new(window, (self.new_action, self.save_action))

    def save_as_template(self) -> str | None:
        """Ask for a name (the meeting's title to start with) and save the selected meeting's frame under it."""
        window = self.window_
        meeting_id = window.current_id()
        if not meeting_id:
            show_error(window, self.tr("Zaznacz na liście spotkanie, które ma być szablonem."))
            return None
        meeting = operations.get_meeting(window.engine, meeting_id)
        ask = QInputDialog(window)
        ask.setWindowTitle(self.tr("Zapisz jako szablon"))
        ask.setLabelText(self.tr("Nazwa szablonu (sekcje, nagłówek obszarów, przebieg i organizator; "
                                 "bez uczestników i uwag):"))
        ask.setTextValue(meeting.series or meeting.title)
        accepted = ask.exec() == QDialog.DialogCode.Accepted
        name = ask.textValue()
        ask.deleteLater()
        if not accepted or not name.strip():
            return None
        changes = window.library.run(self.tr("Zapisanie szablonu „%1”").replace("%1", name.strip()),
                                     operations.save_template, meeting_id=meeting_id, name=name)
        if changes:
            show_info(window, self.tr("Zapisano szablon „%1”. Nowe spotkanie z niego: Plik → Nowe z szablonu… "
                                      "(Ctrl+Shift+N).").replace("%1", " ".join(name.split())))
        return changes[0].id if changes else None

    def new_from_template(self) -> QWidget | None:
        """Choose a template and open a new meeting made from it, dated today, with its title ready to edit."""
        window = self.window_
        if not operations.list_templates(window.engine):
            show_info(window, self.tr("Nie ma jeszcze szablonów. Zaznacz spotkanie i wybierz Plik → Zapisz jako "
                                      "szablon…"))
            return None
        chooser = TemplateChooser(window)
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.chosen is None:
            return None
        changes = window.library.run(self.tr("Nowe spotkanie z szablonu"), operations.create_meeting_from_template,
                                     template_id=chooser.chosen, date=date.today())
        return window.open_new_meeting(changes[0].id) if changes else None  # left untouched, it is not kept


def _place_after_new(window: StartWindow, actions: tuple[QAction, ...]) -> None:
    """Move the entries from the end of the File menu to right after 'Nowe spotkanie'."""
    menu = window.menus["file"]
    existing = menu.actions()
    anchor = existing.index(window.new_action) + 1 if window.new_action in existing else len(existing)
    for action in actions:
        menu.removeAction(action)
    rest = menu.actions()
    if anchor < len(rest):
        menu.insertActions(rest[anchor], list(actions))
    else:
        menu.addActions(list(actions))


def install(window: StartWindow) -> Templates:
    """Add the template entries to the start window's File menu."""
    window.templates = Templates(window)
    return window.templates
