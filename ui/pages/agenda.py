"""The agenda ("Przebieg spotkania") as an editable, reorderable list; every change is one undo step."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator import operations
from ui.dialogs import shortcuts as keys_help

# What these keys do, listed by the help dialog (F1) from the bindings themselves.
AGENDA_MOVE = QT_TRANSLATE_NOOP("Shortcuts", "Przesuń punkt przebiegu w górę / w dół")
AGENDA_DELETE = QT_TRANSLATE_NOOP("Shortcuts", "Usuń zaznaczony punkt przebiegu")
AGENDA_NEW = QT_TRANSLATE_NOOP("Shortcuts", "Nowy punkt przebiegu spotkania")

IdRole = Qt.ItemDataRole.UserRole + 1


class AgendaEditor(QWidget):
    """Add with the line below (Enter), F2 to edit in place, Delete to remove, Alt+Shift+Up/Down or drag to move."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[str] = []
        self._texts: dict[str, str] = {}
        self._loading = False
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Punkty przebiegu spotkania"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._item_edited)
        self.list.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._dropped))
        self.new_point = QLineEdit(self)
        self.new_point.setPlaceholderText(self.tr("Nowy punkt przebiegu — wpisz i naciśnij Enter"))
        self.new_point.setAccessibleName(self.tr("Nowy punkt przebiegu spotkania"))
        self.new_point.returnPressed.connect(self.add_point)
        self._build_layout()
        self._shortcuts()

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Prze&bieg spotkania"), self)
        title.setBuddy(self.list)
        title.setStyleSheet("font-weight: bold")
        buttons = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("Dodaj"), self.add_point, self.tr("Dodaj punkt (Enter w polu poniżej)")),
            (self.tr("W górę"), lambda: self.move_current(-1), "Alt+Shift+↑"),
            (self.tr("W dół"), lambda: self.move_current(1), "Alt+Shift+↓"),
            (self.tr("Usuń"), self.delete_current, self.tr("Usuń zaznaczony punkt (Delete)")),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_point)
        layout.addLayout(buttons)

    def _shortcuts(self) -> None:
        for keys, slot, text in (("Alt+Shift+Up", lambda: self.move_current(-1), AGENDA_MOVE),
                                 ("Alt+Shift+Down", lambda: self.move_current(1), AGENDA_MOVE),
                                 (QKeySequence.StandardKey.Delete, self.delete_current, AGENDA_DELETE),
                                 ("Insert", self.new_point.setFocus, AGENDA_NEW)):
            shortcut = keys_help.describe(QShortcut(QKeySequence(keys), self.list), text)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def load(self, agenda) -> None:
        """Show the stored agenda (AgendaItem rows in order), keeping the current point selected."""
        current = self.current_id()
        self._loading = True
        try:
            self.list.clear()
            self._ids = [a.id for a in agenda]
            self._texts = {a.id: a.text for a in agenda}
            for number, point in enumerate(agenda, start=1):
                item = QListWidgetItem(point.text)
                item.setData(IdRole, point.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                item.setToolTip(f"{number}. {point.text}")
                self.list.addItem(item)
            if current in self._ids:
                self.list.setCurrentRow(self._ids.index(current))
        finally:
            self._loading = False

    def current_id(self) -> str | None:
        """The id of the selected point."""
        item = self.list.currentItem()
        return item.data(IdRole) if item else None

    def texts(self) -> list[str]:
        """The points as shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def add_point(self) -> None:
        """Append the typed point; focus stays in the line for the next one."""
        text = self.new_point.text().strip()
        if not text:
            self.new_point.setFocus()
            return
        # `text` is also ctx.run's own parameter (the undo label): bind the point's text first.
        if self.ctx.run(self.tr("Dodanie punktu przebiegu"), partial(operations.add_agenda_item, text=text),
                        meeting_id=self.ctx.meeting_id):
            self.new_point.clear()
        self.new_point.setFocus()

    def delete_current(self) -> None:
        """Remove the selected point (undo brings it back)."""
        point = self.current_id()
        if point:
            row = self.list.currentRow()
            self.ctx.run(self.tr("Usunięcie punktu przebiegu"), operations.delete_agenda_item, agenda_item_id=point)
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, delta: int) -> None:
        """Move the selected point up (-1) or down (+1)."""
        point, row = self.current_id(), self.list.currentRow()
        if point is None or not 0 <= row + delta < self.list.count():
            return
        self.ctx.run(self.tr("Przesunięcie punktu przebiegu"), operations.move_agenda_item,
                     agenda_item_id=point, position=row + delta)
        self.list.setCurrentRow(self._ids.index(point))

    def _item_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        point, text = item.data(IdRole), item.text().strip()
        if text and text != self._texts.get(point):
            self.ctx.run(self.tr("Zmiana punktu przebiegu"), partial(operations.update_agenda_item, text=text),
                         agenda_item_id=point)
        elif not text or text != item.text():
            QTimer.singleShot(0, self._reload_texts)

    def _reload_texts(self) -> None:
        """Put back the stored text after an empty edit (the agenda point needs words)."""
        self._loading = True
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(self._texts.get(item.data(IdRole), item.text()))
        self._loading = False

    def _dropped(self) -> None:
        """A drag reordered the list: store the moved point's new position."""
        shown = [self.list.item(i).data(IdRole) for i in range(self.list.count())]
        if self._loading or shown == self._ids or sorted(shown) != sorted(self._ids):
            return
        for point in self._ids:
            if [i for i in shown if i != point] == [i for i in self._ids if i != point]:
                self.ctx.run(self.tr("Przesunięcie punktu przebiegu"), operations.move_agenda_item,
                             agenda_item_id=point, position=shown.index(point))
                return
