"""Recurring statements: what several meetings said in nearly the same words, with a similarity slider;
the official confirms a group or splits statements out of it (decisions are stored by facilitator.recurring)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import operations, recurring, search
from facilitator.operations import lookups
from ui.kinds import kind_icon, kind_label
from ui.models.import_plan_model import pretty_date
from ui.officials import workers
from ui.officials.text import count
from ui.settings import Settings
from ui.signals import bus
from ui.undo import run_operation

COL_TEXT, COL_AREA, COL_MEETINGS, COL_ORGS, COL_STATE = range(5)
IdRole = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 200


class RecurringDialog(QDialog):
    """Groups of similar statements across meetings, largest first; confirm or split to correct them."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.groups: list[recurring.Group] = []
        self.worker: workers.Worker | None = None
        self._again = False
        self.setWindowTitle(self.tr("Powtarzające się wypowiedzi"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 680)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        self._build()
        self.reload_series()
        self.recompute()

    def _build(self) -> None:
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(50, 100)
        self.slider.setValue(Settings().recurring_threshold)
        self.slider.setPageStep(5)
        self.slider.setAccessibleName(self.tr("Próg podobieństwa"))
        self.slider_label = QLabel(self)
        self.slider_label.setBuddy(self.slider)
        self.slider.valueChanged.connect(self._threshold_changed)
        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Seria"))
        self.series_combo.currentIndexChanged.connect(lambda _i: self._invalidate())
        series_label = QLabel(self.tr("S&eria:"), self)
        series_label.setBuddy(self.series_combo)
        top = QHBoxLayout()
        top.addWidget(self.slider_label)
        top.addWidget(self.slider, 1)
        top.addWidget(series_label)
        top.addWidget(self.series_combo, 1)
        self.table = self._make_table()
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Wypowiedzi w grupie"))
        self.members.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Potwierdź &grupę"), self)
        self.split_button = QPushButton(self.tr("&Wydziel zaznaczone"), self)
        self.forget_button = QPushButton(self.tr("Przywróć &automatyczne"), self)
        self.merge_button = QPushButton(self.tr("Po&łącz zaznaczone grupy"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton(self.tr("&Cofnij"), self)
        self.undo_button.setToolTip(self.tr("Cofnij ostatnią decyzję (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for keys, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                           ("Ctrl+Y", self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        self.confirm_button.clicked.connect(self.confirm_current)
        self.split_button.clicked.connect(self.split_checked)
        self.forget_button.clicked.connect(self.forget_current)
        actions = QHBoxLayout()
        for button in (self.confirm_button, self.split_button, self.forget_button, self.merge_button,
                       self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Zaznacz wypowiedzi, które mówią o czymś innym, i wybierz „Wydziel zaznaczone”."), lower)
        hint.setWordWrap(True)
        lower_layout.addWidget(hint)
        lower_layout.addWidget(self.members, 1)
        lower_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._threshold_changed(self.slider.value())

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        table.setHorizontalHeaderLabels([self.tr("Wypowiedź"), self.tr("Obszar"), self.tr("Spotkania"),
                                         self.tr("Organizacje"), self.tr("Stan")])
        table.setAccessibleName(self.tr("Grupy podobnych wypowiedzi"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several groups to merge
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._show_members)
        return table

    def reload_series(self) -> None:
        """Fill the series filter from the database."""
        self.series_combo.blockSignals(True)
        self.series_combo.clear()
        self.series_combo.addItem(self.tr("Wszystkie serie"), None)
        for name in lookups.series_names(self.engine):
            self.series_combo.addItem(name, name)
        self.series_combo.blockSignals(False)

    def _threshold_changed(self, value: int) -> None:
        self.slider_label.setText(self.tr("&Podobieństwo: %1%").replace("%1", str(value)))
        Settings().recurring_threshold = value  # the report groups as the official last saw it
        self._invalidate()

    def _invalidate(self) -> None:
        """The shown groups no longer match the settings: hide them until recomputed, so none is acted on stale."""
        self.timer.start()
        self.groups = []
        self.table.setRowCount(0)
        self._show_members()

    # ---- computing --------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether groups are being computed or about to be."""
        return self.worker is not None or self.timer.isActive()

    def recompute(self) -> None:
        """Group the statements again in the background (after a slider move, a filter or a decision)."""
        self.timer.stop()
        if self.worker is not None:
            self._again = True
            return
        threshold, filters = self.slider.value(), search.Filters(series=self.series_combo.currentData())
        self.status.setText(self.tr("Szukanie podobnych wypowiedzi…"))
        self.worker = workers.Worker(
            lambda _p, _t: recurring.find_groups(self.engine, filters=filters, threshold=threshold),
            (recurring.RecurringError,))
        self.worker.signals.finished.connect(self._computed)
        self.worker.signals.failed.connect(self._failed)
        workers.start(self.worker)

    def _finish(self) -> bool:
        self.worker = None
        if self._again:
            self._again = False
            self.recompute()
            return False
        return True

    def _failed(self, message: str) -> None:
        if self._finish():
            self.status.setText(self.tr("Nie udało się: %1").replace("%1", message))

    def _computed(self, groups: list) -> None:
        if not self._finish():
            return
        chosen = self.current_group().key if self.current_group() else None
        self.groups = sorted(groups, key=lambda g: (-g.meetings, -g.organisations, -len(g.members)))
        self.table.setRowCount(len(self.groups))
        for row, group in enumerate(self.groups):
            self._fill_row(row, group)
        self.table.resizeRowsToContents()
        keys = [g.key for g in self.groups]
        if self.groups:
            self.table.selectRow(keys.index(chosen) if chosen in keys else 0)
        else:
            self._show_members()
        self.status.setText(self.tr("Grupy: %1").replace("%1", str(len(self.groups))) if self.groups
                            else self.tr("Brak powtarzających się wypowiedzi przy tym progu."))

    def _fill_row(self, row: int, group: recurring.Group) -> None:
        tr = self.tr
        values = (group.representative.text, group.area,
                  count(group.meetings, tr("spotkanie"), tr("spotkania"), tr("spotkań")),
                  count(group.organisations, tr("organizacja"), tr("organizacje"), tr("organizacji"))
                  if group.organisations else tr("brak danych"),  # nobody's organisation recorded: not "0"
                  tr("potwierdzona") if group.confirmed else tr("automatyczna"))
        for col, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setData(IdRole, group.key)
            if col == COL_TEXT:
                cell.setIcon(kind_icon(group.kind))
                cell.setToolTip(f"{kind_label(group.kind)}: {group.representative.text}")
            self.table.setItem(row, col, cell)

    # ---- the chosen group -------------------------------------------------------------------------------

    def current_group(self) -> recurring.Group | None:
        """The group selected in the table."""
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            row = rows[0].row()
        return self.groups[row] if 0 <= row < len(self.groups) and rows else None

    def selected_groups(self) -> list[recurring.Group]:
        """Every group selected in the table, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) if self.table.selectionModel() \
            else []
        return [self.groups[r] for r in rows if 0 <= r < len(self.groups)]

    def _show_members(self) -> None:
        self.members.clear()
        group = None if self.busy else self.current_group()
        for button in (self.confirm_button, self.split_button, self.forget_button):
            button.setEnabled(group is not None)
        self.merge_button.setEnabled(not self.busy and len(self.selected_groups()) > 1)
        if group is None:
            return
        for m in group.members:
            origin = f"{m.meeting_title}, {pretty_date(m.meeting_date)}"
            if m.organisation:
                origin += f" — {m.organisation}"
            entry = QListWidgetItem(kind_icon(m.kind), f"{m.text}\n{origin}", self.members)
            entry.setData(IdRole, m.item_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)

    def checked_members(self) -> list[str]:
        """Item ids ticked in the members list."""
        entries = (self.members.item(r) for r in range(self.members.count()))
        return [e.data(IdRole) for e in entries if e.checkState() == Qt.CheckState.Checked]

    def _decide(self, message: str, description: str, action, **kwargs) -> None:
        if self.busy:  # settings changed since these members were shown
            return
        if run_operation(self, description, action, **kwargs):
            self.status.setText(message)

    # the context run_operation and the undo commands expect (engine, undo_stack, notify, error, fail)

    def notify(self, _changes: operations.Changes) -> None:
        """A decision was stored, undone or redone: group again and tell the other windows."""
        bus().meetings_changed.emit()
        self.recompute()

    def error(self, message: str) -> None:
        """An operation refused: say why in the status line."""
        self.status.setText(self.tr("Nie udało się: %1").replace("%1", message))

    fail = error

    def confirm_current(self) -> None:
        """These statements say the same thing, whatever the threshold."""
        group = self.current_group()
        if group is not None:
            self._decide(self.tr("Grupa potwierdzona."), self.tr("Potwierdzenie grupy"), operations.confirm_group,
                         item_ids=[m.item_id for m in group.members])

    def split_checked(self) -> None:
        """The ticked statements are not part of this group (never grouped with the rest again)."""
        group, ticked = self.current_group(), self.checked_members()
        if group is None:
            return
        if not ticked or len(ticked) == len(group.members):
            self.status.setText(self.tr("Zaznacz wypowiedzi do wydzielenia (nie wszystkie)."))
            return
        self._decide(self.tr("Wydzielono: %1.").replace("%1", str(len(ticked))), self.tr("Wydzielenie z grupy"),
                     operations.split_group, item_ids=ticked, from_ids=[m.item_id for m in group.members])

    def forget_current(self) -> None:
        """Drop the decisions about this group's statements (back to automatic grouping)."""
        group = self.current_group()
        if group is not None:
            self._decide(self.tr("Przywrócono automatyczne grupowanie."), self.tr("Przywrócenie automatycznych grup"),
                         operations.forget_group, item_ids=[m.item_id for m in group.members])

    def merge_selected(self) -> None:
        """The selected groups say one thing: one confirmed group (also adds a statement's group to another)."""
        groups = self.selected_groups()
        if len(groups) < 2:
            self.status.setText(self.tr("Zaznacz co najmniej dwie grupy (Ctrl+klik lub Shift+strzałki)."))
            return
        self._decide(self.tr("Połączono grupy: %1.").replace("%1", str(len(groups))), self.tr("Połączenie grup"),
                     operations.confirm_group, item_ids=[m.item_id for g in groups for m in g.members])
