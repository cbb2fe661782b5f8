"""A table of one Python object per row with translated column headers: the base of the simple table models."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RowsTableModel(QAbstractTableModel):
    """Rows replaced as a whole by `set_rows`; one column per header.

    A subclass sets `CONTEXT` (its translation context) and `HEADERS`, each marked in the class body with
    `QT_TRANSLATE_NOOP(<the same context>, "…")` so that lupdate extracts it (tests/test_i18n_ui_catalogue.py
    checks both), and implements `data`.
    """

    CONTEXT: ClassVar[str] = ""
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Iterable) -> None:
        """Replace every row (a model reset: views drop their selection)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_replaced()
        self.endResetModel()

    def _rows_replaced(self) -> None:
        """Hook inside the reset, for subclasses that derive caches from the rows."""

    def row_at(self, row: int):
        """The object shown at a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None
