"""The tag manager: every tag with its usage, renamed or merged across all meetings, undoable in the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import operations
from facilitator.operations import lookups
from ui.signals import bus

COL_NAME, COL_ITEMS, COL_MEETINGS = range(3)
IdRole = Qt.ItemDataRole.UserRole + 1


class TagsDialog(QDialog):
    """Tags of all meetings; rename in place (F2), merge the selected ones, undo with Ctrl+Z."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.history: list[tuple[str, operations.Changes]] = []  # (description, changes) for undo
        self.setWindowTitle(self.tr("Tagi we wszystkich spotkaniach"))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 520)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Wypowiedzi"), self.tr("Spotkania")])
        self.table.setAccessibleName(self.tr("Lista tagów"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._renamed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.rename_button = QPushButton(self.tr("Zmień &nazwę (F2)"), self)
        self.merge_button = QPushButton(self.tr("&Scal zaznaczone…"), self)
        self.undo_button = QPushButton(self.tr("&Cofnij"), self)
        self.close_button = QPushButton(self.tr("&Zamknij"), self)
        self.rename_button.clicked.connect(self.start_rename)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Zmiana nazwy lub scalenie działa we wszystkich spotkaniach naraz."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload tags and counts, keeping the selection by id."""
        chosen = set(self.selected_ids())
        self.table.blockSignals(True)
        usage = lookups.tag_usage(self.engine)
        self.table.setRowCount(len(usage))
        for row, tag in enumerate(usage):
            name = QTableWidgetItem(tag.name)
            name.setData(IdRole, tag.id)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, COL_NAME, name)
            for col, value in ((COL_ITEMS, tag.items), (COL_MEETINGS, tag.meetings)):
                cell = QTableWidgetItem(str(value))
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, cell)
            if tag.id in chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._update_buttons()

    def rows(self) -> list[tuple[str, int, int]]:
        """(name, statements, meetings) as shown."""
        return [(self.table.item(r, COL_NAME).text(), int(self.table.item(r, COL_ITEMS).text()),
                 int(self.table.item(r, COL_MEETINGS).text())) for r in range(self.table.rowCount())]

    def row_of(self, name: str) -> int:
        """The row of a tag by its name (-1 when absent)."""
        return next((r for r in range(self.table.rowCount()) if self.table.item(r, COL_NAME).text() == name), -1)

    def selected_ids(self) -> list[str]:
        """Ids of the selected tags, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, COL_NAME).data(IdRole) for r in rows if self.table.item(r, COL_NAME)]

    def _update_buttons(self) -> None:
        selected = len(self.selected_ids())
        self.rename_button.setEnabled(selected == 1)
        self.merge_button.setEnabled(selected >= 2)
        self.undo_button.setEnabled(bool(self.history))
        self.undo_button.setToolTip(self.history[-1][0] if self.history else "")

    def start_rename(self) -> None:
        """Edit the current tag's name in place."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.editItem(self.table.item(row, COL_NAME))

    def _renamed(self, cell: QTableWidgetItem) -> None:
        if cell.column() != COL_NAME:
            return
        tag_id, name = cell.data(IdRole), cell.text().strip()
        self._run(self.tr("Zmiana nazwy tagu na „%1”").replace("%1", name), operations.rename_tag,
                  tag_id=tag_id, name=name)

    def rename(self, tag_id: str, name: str) -> None:
        """Rename a tag everywhere (the same as editing its name in the table)."""
        self._run(self.tr("Zmiana nazwy tagu na „%1”").replace("%1", name), operations.rename_tag,
                  tag_id=tag_id, name=name)

    def merge_selected(self) -> None:
        """Merge the selected tags into the one the user picks (the most used is offered first)."""
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        usage = {t.id: t for t in lookups.tag_usage(self.engine)}
        tags = sorted((usage[i] for i in ids if i in usage), key=lambda t: -t.items)
        names = [t.name for t in tags]
        target, ok = QInputDialog.getItem(self, self.tr("Scal tagi"),
                                          self.tr("Zostaw tag (pozostałe zostaną w nim scalone):"), names, 0, False)
        if not ok or target not in names:
            return
        self.merge([t.id for t in tags if t.name != target], tags[names.index(target)].id)

    def merge(self, source_ids: list[str], target_id: str) -> None:
        """Move every use of the source tags to the target tag and drop the sources."""
        target = next((t.name for t in lookups.tag_usage(self.engine) if t.id == target_id), "")
        description = self.tr("Scalenie %1 tagów w „%2”").replace("%1", str(len(source_ids) + 1)).replace("%2", target)
        self._run(description, operations.merge_tags, source_ids=source_ids, target_id=target_id)

    def _run(self, description: str, op, **kwargs) -> None:
        try:
            changes = op(self.engine, **kwargs)
        except operations.OperationError as exc:
            self.status.setText(self.tr("Nie udało się: %1").replace("%1", str(exc)))
            self.refresh()
            return
        if changes:
            self.history.append((description, changes))
        self.status.setText(self.tr("Zrobione: %1. Można cofnąć (Ctrl+Z).").replace("%1", description))
        self._changed()

    def undo(self) -> None:
        """Undo the last rename or merge of this session."""
        if not self.history:
            return
        description, changes = self.history.pop()
        try:
            operations.revert(self.engine, changes)
        except operations.OperationError as exc:
            self.status.setText(self.tr("Nie udało się cofnąć: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("Cofnięto: %1.").replace("%1", description))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        bus().meetings_changed.emit()
