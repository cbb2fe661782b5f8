"""Meeting series with their meeting counts: rename one (F2) or merge several into one, undoable in the session."""

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
from ui.officials.history import History
from ui.signals import bus

COL_NAME, COL_MEETINGS = range(2)
NameRole = Qt.ItemDataRole.UserRole + 1  # the series name as stored before an edit


class SeriesDialog(QDialog):
    """Series of all meetings; rename in place (F2), merge the selected ones into one, undo with Ctrl+Z."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.history = History()  # this session's renames and merges, for Ctrl+Z
        self.setWindowTitle(self.tr("Serie konsultacji"))
        self.setAccessibleName(self.windowTitle())
        self.resize(560, 420)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Seria"), self.tr("Spotkania")])
        self.table.setAccessibleName(self.tr("Lista serii spotkań"))
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
        hint = QLabel(self.tr("Nowa nazwa obowiązuje we wszystkich spotkaniach serii. Nazwa innej serii scala obie "
                              "serie."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload series and counts, keeping the selection by name."""
        chosen = set(self.selected_names())
        self.table.blockSignals(True)
        series = operations.list_series(self.engine)
        self.table.setRowCount(len(series))
        for row, entry in enumerate(series):
            name = QTableWidgetItem(entry.name)
            name.setData(NameRole, entry.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, COL_NAME, name)
            count = QTableWidgetItem(str(entry.meetings))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COL_MEETINGS, count)
            if entry.name in chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        if self.table.currentRow() < 0 and self.table.rowCount():
            self.table.setCurrentCell(0, COL_NAME)
        self._update_buttons()

    def rows(self) -> list[tuple[str, int]]:
        """(name, meetings) as shown."""
        return [(self.table.item(r, COL_NAME).text(), int(self.table.item(r, COL_MEETINGS).text()))
                for r in range(self.table.rowCount())]

    def row_of(self, name: str) -> int:
        """The row of a series by its name (-1 when absent)."""
        return next((r for r in range(self.table.rowCount()) if self.table.item(r, COL_NAME).text() == name), -1)

    def selected_names(self) -> list[str]:
        """Names of the selected series, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, COL_NAME).data(NameRole) for r in rows if self.table.item(r, COL_NAME)]

    def _update_buttons(self) -> None:
        selected = len(self.selected_names())
        self.rename_button.setEnabled(selected == 1)
        self.merge_button.setEnabled(selected >= 2)
        self.undo_button.setEnabled(bool(self.history))
        self.undo_button.setToolTip(self.history.last)

    def start_rename(self) -> None:
        """Edit the current series' name in place."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.editItem(self.table.item(row, COL_NAME))

    def _renamed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == COL_NAME:
            self.rename(cell.data(NameRole), cell.text())

    def rename(self, old: str, new: str) -> None:
        """Rename a series in all its meetings (the same as editing its name in the table)."""
        new = " ".join(new.split())
        description = self.tr("Zmiana nazwy serii „%1” na „%2”").replace("%1", old).replace("%2", new)
        self._run(description, [(old, new)])

    def merge_selected(self) -> None:
        """Merge the selected series into the one the user picks (the one with most meetings is offered first)."""
        chosen = set(self.selected_names())
        if len(chosen) < 2:
            return
        names = [s.name for s in sorted(operations.list_series(self.engine), key=lambda s: -s.meetings)
                 if s.name in chosen]
        target, ok = QInputDialog.getItem(self, self.tr("Scal serie"),
                                          self.tr("Zostaw serię (pozostałe zostaną w niej scalone):"), names, 0, False)
        if ok and target in names:
            self.merge([n for n in names if n != target], target)

    def merge(self, sources: list[str], target: str) -> None:
        """Give the meetings of every source series the target's name: one step for undo."""
        description = self.tr("Scalenie serii w „%1”").replace("%1", target)
        self._run(description, [(source, target) for source in sources])

    def _run(self, description: str, renames: list[tuple[str, str]]) -> None:
        done: list[operations.Change] = []
        try:
            for old, new in renames:
                done.extend(operations.rename_series(self.engine, old=old, new=new))
        except operations.OperationError as exc:
            self.status.setText(self.tr("Nie udało się: %1").replace("%1", str(exc)))
            self.history.record(description, done)  # the renames done before the failure can be undone
        else:
            self.history.record(description, done, self.status)
        self._changed(renames[-1][1] if done else None)

    def undo(self) -> None:
        """Undo the last rename or merge of this session."""
        if self.history.undo(self.engine, self.status):
            self._changed(None)

    def _changed(self, current: str | None) -> None:
        self.refresh()
        if current is not None and (row := self.row_of(current)) >= 0:
            self.table.setCurrentCell(row, COL_NAME)
        bus().meetings_changed.emit()
