"""Drag and drop between the recurring dialog's views: statements onto a group, a group onto a group, a statement out.

What is dragged travels as MIME `application/x-facilitator-recurring`: JSON {"source": "group"|"member"|"single",
"ids": [...]} (group keys for "group", statement ids otherwise). Each view says what it accepts; a drop is
announced by the `dropped` signal and the dialog runs the operation (so a drop and its keyboard equivalent take
the same path). Dropping goes through `dropMimeData`, as in Qt's own item views, so tests can drive it directly.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QTableWidget, QWidget

from ui.kinds import kind_icon

MIME = "application/x-facilitator-recurring"
IdRole = Qt.ItemDataRole.UserRole + 1


def pack(source: str, ids: list[str]) -> QMimeData:
    """What a drag carries."""
    data = QMimeData()
    data.setData(MIME, json.dumps({"source": source, "ids": ids}).encode("utf-8"))
    return data


def unpack(data: QMimeData | None) -> tuple[str, list[str]] | None:
    """(source, ids) of a drag from one of these views; None for anything else (files, text from elsewhere)."""
    if data is None or not data.hasFormat(MIME):
        return None
    try:
        found = json.loads(bytes(data.data(MIME).data()).decode("utf-8"))
        source, ids = found["source"], [str(i) for i in found["ids"]]
    except (ValueError, KeyError, TypeError):
        return None
    return (source, ids) if isinstance(source, str) and ids else None


class _Dragging:
    """Counts the drags under way from these views: a drag runs its own event loop, so timers fire meanwhile and
    whatever they would refresh must wait (ui/officials/recurring_live.py)."""

    drags = 0

    def startDrag(self, actions: Qt.DropAction) -> None:
        _Dragging.drags += 1
        try:
            super().startDrag(actions)
        finally:
            _Dragging.drags -= 1


def dragging() -> bool:
    """Whether a statement or a group is being dragged right now."""
    return _Dragging.drags > 0


def _setup(view: QAbstractItemView) -> None:
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.viewport().setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)


class GroupTable(_Dragging, QTableWidget):
    """The groups; a dragged group or statement dropped on a row joins that group."""

    dropped = Signal(int, str, list)  # row, source, ids

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        _setup(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several groups to merge
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()

    def selected_rows(self) -> list[int]:
        """The rows selected, in table order."""
        model = self.selectionModel()
        return sorted({index.row() for index in model.selectedRows()}) if model is not None else []

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        rows = sorted({item.row() for item in items})
        return pack("group", [self.item(row, 0).data(IdRole) for row in rows if self.item(row, 0) is not None])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if unpack(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if unpack(event.mimeData()) is not None and self.indexAt(event.position().toPoint()).isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self.dropMimeData(index.row(), index.column(), event.mimeData(), event.dropAction()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropMimeData(self, row: int, column: int, data: QMimeData, action: Qt.DropAction) -> bool:
        found = unpack(data)
        if found is None or not 0 <= row < self.rowCount():
            return False
        self.dropped.emit(row, *found)
        return True


class StatementList(_Dragging, QListWidget):
    """Statements (a group's members, or those in no group); accepts drops from the sources it is given."""

    dropped = Signal(str, list)  # source, ids
    delete_pressed = Signal()  # Delete or Backspace: the keyboard's "drag it out"

    def __init__(self, source: str, accepts: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.accepts = accepts
        _setup(self)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def add(self, item_id: str, kind: str, text: str, *, checkable: bool = False) -> None:
        """One statement: its kind's icon, its text (and where it was said), its id; ticked off when checkable."""
        entry = QListWidgetItem(kind_icon(kind), text, self)
        entry.setData(IdRole, item_id)
        if checkable:
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            entry.setCheckState(Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[str]:
        """Ids of the ticked entries."""
        entries = (self.item(row) for row in range(self.count()))
        return [e.data(IdRole) for e in entries if e.checkState() == Qt.CheckState.Checked]

    def chosen_ids(self) -> list[str]:
        """Ids of the selected entries, else of the one with the keyboard focus."""
        entries = self.selectedItems() or ([self.currentItem()] if self.currentItem() is not None else [])
        return [e.data(IdRole) for e in entries]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items) -> QMimeData:
        return pack(self.source, [item.data(IdRole) for item in items])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _wanted(self, data: QMimeData | None) -> bool:
        found = unpack(data)
        return found is not None and found[0] in self.accepts

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._wanted(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if self.dropMimeData(self.count(), event.mimeData(), event.dropAction()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropMimeData(self, index: int, data: QMimeData, action: Qt.DropAction) -> bool:
        found = unpack(data)
        if found is None or found[0] not in self.accepts:
            return False
        self.dropped.emit(*found)
        return True
