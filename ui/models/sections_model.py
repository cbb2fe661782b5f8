"""The sections of a meeting as a list: rename in place and drag to reorder become operation requests."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from facilitator.operations.capture_reads import SectionRow
from ui.kinds import section_kind_label

COL_TITLE = 0

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
GroupRole = Qt.ItemDataRole.UserRole + 3
CountRole = Qt.ItemDataRole.UserRole + 4

MIME_SECTIONS = "application/x-facilitator-section-id"

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


class SectionsModel(QAbstractListModel):
    """Sections in document order, with the number of items each holds."""

    rename_requested = Signal(str, str)  # section id, new title
    move_requested = Signal(str, int)  # section id, new position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SectionRow] = []

    def set_rows(self, rows: Iterable[SectionRow]) -> None:
        """Replace the whole list (after undo/redo, reorder or an external change)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SectionRow]:
        """The sections shown, in order."""
        return list(self._rows)

    def row_of(self, section_id: str | None) -> int:
        """The row of a section, -1 when absent."""
        for row, section in enumerate(self._rows):
            if section.id == section_id:
                return row
        return -1

    def section_at(self, row: int) -> SectionRow | None:
        """The section on a row, None outside the list."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def add_to_count(self, section_id: str, delta: int) -> None:
        """Keep an item count current without a reload (the capture hot path)."""
        row = self.row_of(section_id)
        if row >= 0:
            self._rows[row].count += delta
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        section = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section.title} ({section.count})" if section.count else section.title
        if role == Qt.ItemDataRole.EditRole:
            return section.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return section_kind_label(section.kind) + (f" — {section.group}" if section.group else "")
        return {IdRole: section.id, KindRole: section.kind, GroupRole: section.group, CountRole: section.count}.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A rename in place becomes a request; the page runs the operation."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        title = str(value).strip()
        if title and title != self._rows[index.row()].title:
            self.rename_requested.emit(self._rows[index.row()].id, title)
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_SECTIONS]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(MIME_SECTIONS, self._rows[indexes[0].row()].id.encode())
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        """A drop becomes one move request; False so the view never removes rows itself."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_SECTIONS):
            return False
        section_id = bytes(data.data(MIME_SECTIONS).data()).decode()
        source = self.row_of(section_id)
        if source < 0:
            return False
        target = parent.row() if parent.isValid() else (len(self._rows) if row < 0 else row)
        if source < target:
            target -= 1
        if target != source:
            self.move_requested.emit(section_id, target)
        return False
