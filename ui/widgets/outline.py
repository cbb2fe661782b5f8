"""The outline of a section's items: keyboard-first editing, indenting and reordering."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.models.items_model import COL_KIND, COL_SPEAKER, COL_TAGS, COL_TEXT, ItemsModel
from ui.widgets.kind_delegate import KindBadgeDelegate, badge_column_width
from ui.widgets.statement_editor import StatementDelegate

OPTIONAL_COLUMNS = (COL_SPEAKER, COL_TAGS)  # shown once a statement in the list has a speaker / tags


class OutlineView(QTableView):
    """Items as an indented outline; Tab/Shift+Tab indent, Delete deletes, F2 or double-click edits (text or tags)."""

    indent_requested = Signal(int)  # +1 indent, -1 outdent the current item
    delete_requested = Signal()

    def __init__(self, model: ItemsModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(COL_KIND, KindBadgeDelegate(self))
        self.text_delegate = StatementDelegate(self)  # F2: the whole statement, multi-line
        self.setItemDelegateForColumn(COL_TEXT, self.text_delegate)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setAccessibleName(self.tr("Wypowiedzi w sekcji"))
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_KIND, badge_column_width(self.font()))
        header.resizeSection(COL_SPEAKER, 190)
        header.setSectionResizeMode(COL_TAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_TAGS, 170)
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(lambda _parent, first, last: self._show_filled(first, last))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._show_filled(top.row(), bottom.row()))
        self.fit_columns()

    def fit_columns(self) -> None:
        """Columns no statement in the list uses take no space: the statement text gets the width."""
        used = {column: False for column in OPTIONAL_COLUMNS}
        model = self.model()
        for node in model.iter_nodes():
            used[COL_SPEAKER] = used[COL_SPEAKER] or node.speaker_id is not None
            used[COL_TAGS] = used[COL_TAGS] or bool(node.tags)
            if all(used.values()):
                break
        for column, shown in used.items():
            self.setColumnHidden(column, not shown)

    def _show_filled(self, first: int, last: int) -> None:
        """A new or changed statement with a speaker or tags brings its column back (only the rows that changed)."""
        hidden = [c for c in OPTIONAL_COLUMNS if self.isColumnHidden(c)]
        if not hidden or first < 0:
            return
        model = self.model()
        for row in range(first, last + 1):
            node = model.node_at(row)
            if node is None:
                continue
            if COL_SPEAKER in hidden and node.speaker_id is not None:
                self.setColumnHidden(COL_SPEAKER, False)
            if COL_TAGS in hidden and node.tags:
                self.setColumnHidden(COL_TAGS, False)

    def select_index(self, index: QModelIndex) -> None:
        """Make one item current and selected, and scroll it into view."""
        if not index.isValid():
            return
        index = index.siblingAtColumn(COL_TEXT)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.state() != self.State.EditingState:
            if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.indent_requested.emit(+1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.indent_requested.emit(-1)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
