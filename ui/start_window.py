"""The start window: the meetings in the database; create, open, duplicate, delete (undoable), exchange files."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import APP_NAME, operations
from ui import live
from ui.dialogs.confirm import confirm, show_error
from ui.dialogs.shortcuts import add_shortcuts_action
from ui.i18n import add_language_menu
from ui.models.meetings_model import (
    COL_DATE,
    COL_TITLE,
    IdRole,
    MeetingsFilter,
    MeetingsModel,
)
from ui.officials import install as install_officials
from ui.officials.follow import refill
from ui.settings import Settings
from ui.signals import BusLink, bus
from ui.start_files import MeetingFiles
from ui.templates import install as install_templates
from ui.undo import discard_untouched, name_undo_actions

if TYPE_CHECKING:  # imported on first open: the meeting window pulls in the pages, summary and exporters
    from ui.meeting_window import MeetingWindow

START_SIZE = (1120, 640)
FIT_ROWS = 60  # rows measured when fitting the columns (the visible ones first): start-up stays flat with the library


class LibraryContext(QObject):
    """What `ui.undo` needs for app-level steps (create, duplicate, delete meetings): engine, stack, notify."""

    error_raised = Signal(str)
    stepped = Signal(object)  # the Changes of a step, its undo or its redo, after the list was refreshed

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.undo_stack = QUndoStack(self)

    def run(self, text: str, op, **kwargs) -> operations.Changes:
        """Run an operation as an undoable step of the start window."""
        from ui.undo import run_operation

        return run_operation(self, text, op, **kwargs)

    def notify(self, changes: operations.Changes) -> None:
        """The list of meetings changed (also after undo/redo)."""
        bus().meetings_changed.emit()
        bus().saved.emit()
        self.stepped.emit(changes)

    def error(self, message: str) -> None:
        self.error_raised.emit(message)


class StartWindow(QMainWindow):
    """Lists meetings newest first with a text and a series filter; one MeetingWindow per meeting."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.library = LibraryContext(engine, self)
        self.library.error_raised.connect(lambda m: show_error(self, m))
        self.library.stepped.connect(self._select_stepped)
        self.windows: dict[str, MeetingWindow] = {}
        self._stale: set[str] = set()  # meetings changed while this window was hidden or minimised
        self.model = MeetingsModel(self)
        self.proxy = MeetingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.files = MeetingFiles(self)
        self.setWindowTitle(APP_NAME)
        self._build()
        self._menus()
        # Dropped on close and on destruction: the bus outlives this window.
        self.bus_link = BusLink(self, (bus().meetings_changed, self.refresh),
                                (bus().meeting_changed, self._meeting_changed),
                                (bus().open_meeting_requested, self._open_requested))
        self.bus_link.connect()
        self.refresh()
        live.follow(engine)  # the app's one watcher of other officials' changes
        self.others = live.FollowOthers(self, self.follow_others)
        self._restore_geometry()
        install_officials(self)
        install_templates(self)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Szukaj po tytule, miejscu, serii lub dacie"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filtr spotkań"))
        self.filter_edit.textChanged.connect(self._filter_text)
        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Seria konsultacji"))
        self.series_combo.setMinimumWidth(260)
        self.series_combo.currentIndexChanged.connect(lambda _i: self.proxy.set_series(self.series_combo.currentData()))
        self.table = self._make_table()
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._show_empty_state)
        filter_label, series_label = QLabel(self.tr("Szuka&j:"), self), QLabel(self.tr("Seri&a:"), self)
        filter_label.setBuddy(self.filter_edit)
        series_label.setBuddy(self.series_combo)
        top = QHBoxLayout()
        for widget, stretch in ((filter_label, 0), (self.filter_edit, 2), (series_label, 0), (self.series_combo, 1)):
            top.addWidget(widget, stretch)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._buttons())
        self.setCentralWidget(central)
        self.setTabOrder(self.filter_edit, self.series_combo)
        self.setTabOrder(self.series_combo, self.table)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Spotkania"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setSortingEnabled(True)
        table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        # Fitted once per full reload (`_fit_columns`): ResizeToContents would measure every row on every change.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(lambda index: self.open_meeting(self._id_at(index)))
        table.activated.connect(lambda index: self.open_meeting(self._id_at(index)))
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in ((self.tr("&Nowe spotkanie"), self.new_meeting), (self.tr("&Otwórz"), self.open_current),
                           (self.tr("&Duplikuj jako szablon"), self.duplicate_current),
                           (self.tr("U&suń"), self.delete_current)):
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        sample = QPushButton(self.tr("Przykładowe spotkanie"), self)
        sample.clicked.connect(self.files.open_sample)
        row.addWidget(sample)
        return row

    def _menus(self) -> None:
        """File / Edit / View / Help; other screens add their entries through `menu(name)`."""
        self.menus: dict[str, QMenu] = {}
        for key, title in (("file", self.tr("&Plik")), ("edit", self.tr("&Edycja")), ("view", self.tr("&Widok")),
                           ("help", self.tr("Pomo&c"))):
            self.menus[key] = self.menuBar().addMenu(title)
        file_menu = self.menus["file"]
        self.new_action = self.add_action("file", self.tr("&Nowe spotkanie"), self.new_meeting,
                                          QKeySequence.StandardKey.New)
        self.add_action("file", self.tr("&Otwórz spotkanie"), self.open_current, QKeySequence.StandardKey.Open)
        self.add_action("file", self.tr("Otwórz &przykładowe spotkanie"), self.files.open_sample)
        file_menu.addSeparator()
        self.add_action("file", self.tr("&Importuj pliki spotkań…"), self.files.import_files, QKeySequence("Ctrl+I"))
        self.add_action("file", self.tr("&Eksportuj plik spotkania…"), self.files.export_current, QKeySequence("Ctrl+E"))
        self.push_action = self.add_action("file", self.tr("&Wyślij do bazy urzędu…"), self.files.push_to_office)
        file_menu.addSeparator()
        self.add_action("file", self.tr("&Zakończ"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.library.undo_stack.createUndoAction(self, self.tr("&Cofnij"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.library.undo_stack.createRedoAction(self, self.tr("&Ponów"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        name_undo_actions(self.library.undo_stack, self.undo_action, self.redo_action,
                          (self.tr("&Cofnij"), self.tr("&Cofnij %1")), (self.tr("&Ponów"), self.tr("&Ponów %1")))
        self.menus["edit"].addActions([self.undo_action, self.redo_action])
        self.menus["edit"].addSeparator()
        self.add_action("edit", self.tr("&Duplikuj jako szablon następnego spotkania"), self.duplicate_current,
                        QKeySequence("Ctrl+D"))
        self.add_action("edit", self.tr("&Usuń spotkanie"), self.delete_current, QKeySequence.StandardKey.Delete)
        self.add_action("view", self.tr("&Szukaj"), self.filter_edit.setFocus, QKeySequence.StandardKey.Find)
        self.add_action("view", self.tr("&Odśwież"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.menus["view"].addSeparator()
        self.language_menu = add_language_menu(self, self.menus["view"])
        self.shortcuts_action = add_shortcuts_action(self, self.menus["help"])
        self.add_action("help", self.tr("&O programie"), self.files.about)

    def add_action(self, menu: str, text: str, slot, shortcut=None) -> QAction:
        """Add an entry to one of the menus (file, edit, view, help): the way other screens extend this window."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menus[menu].addAction(action)
        return action

    def refresh(self) -> None:
        """Reload the list (keeping the selection and the series filter; a deleted row's place stays selected)."""
        current, row = self.current_id(), self.table.currentIndex().row()
        self._stale.clear()
        self.model.set_rows(operations.list_meetings(self.engine))
        self._refresh_series()
        self._fit_columns()
        self._show_empty_state()
        if current and self.model.row_of(current) >= 0:
            self.select(current)
        elif current:
            self.select_row(row)

    def follow_others(self) -> None:
        """Another official changed the database: only the rows that differ change (the selection and the filter
        being typed stay), or after a big import the list is read again; the row at the top stays there."""
        rows = operations.list_meetings(self.engine)
        series = self.model.series()
        scrolled = self.table.verticalScrollBar().value() > 0  # at the very top, a new meeting shows above
        top = self._id_at(self.table.indexAt(QPoint(1, 1))) if scrolled else None
        if not self.model.sync_rows(rows):
            self.refresh()
        elif self.model.series() != series:
            self._refresh_series()
        self._show_empty_state()
        if top and (row := self.model.row_of(top)) >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _fit_columns(self) -> None:
        """Size the columns to their contents once per reload; long venues and series are cut (tooltips show all)."""
        widest = max(self.fontMetrics().horizontalAdvance("x") * 40, 240)
        for column in range(self.model.columnCount()):
            if column != COL_TITLE:
                self.table.resizeColumnToContents(column)
                if self.table.columnWidth(column) > widest:
                    self.table.setColumnWidth(column, widest)

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_empty_state()

    def _show_empty_state(self, *_args) -> None:
        """Say why the list is empty: no meetings yet, or none matching the search."""
        if self.model.rowCount() == 0:
            text = self.tr("Brak spotkań. Utwórz nowe (Ctrl+N) albo otwórz przykładowe spotkanie.")
        elif self.proxy.rowCount() == 0 and self.filter_edit.text().strip():
            text = self.tr("Żadne spotkanie nie pasuje do „%1” (wielkość liter i polskie znaki nie mają "
                           "znaczenia).").replace("%1", self.filter_edit.text().strip())
        elif self.proxy.rowCount() == 0:
            text = self.tr("Żadne spotkanie nie należy do wybranej serii.")
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _refresh_series(self) -> None:
        refill(self.series_combo, self.tr("Wszystkie serie"), self.model.series())
        self.proxy.set_series(self.series_combo.currentData())

    def _meeting_changed(self, meeting_id: str, changes) -> None:
        """Only the changed meeting's row is read again, and only when its line can differ (never per edit)."""
        if changes and not any(_shows_in_list(c) for c in changes):
            return
        if not self.isVisible() or self.isMinimized():
            self._stale.add(meeting_id)  # read when the window is shown again
            return
        self._update_row(meeting_id)

    def _update_row(self, meeting_id: str) -> None:
        """Read one meeting's line and put it in place; the series filter is rebuilt only if the series changed."""
        row = self.model.row_of(meeting_id)
        old_series = self.model.row_at(row).series if row >= 0 else None
        fresh = operations.meeting_row(self.engine, meeting_id)
        self.model.update_meeting(meeting_id, fresh)
        if (fresh.series if fresh else None) != old_series:
            self._refresh_series()
        self._show_empty_state()

    def _update_stale(self) -> None:
        """Shown again: read the rows of the meetings that changed meanwhile."""
        stale, self._stale = self._stale, set()
        for meeting_id in stale:
            self._update_row(meeting_id)

    def _open_requested(self, meeting_id: str, item_id: str) -> None:
        """A search or recurring-statements result: the meeting's window at that statement."""
        window = self.open_meeting(meeting_id)
        if window is not None and item_id:
            window.show_item(item_id)

    def _id_at(self, index: QModelIndex) -> str | None:
        return index.data(IdRole) if index.isValid() else None

    def current_id(self) -> str | None:
        """The selected meeting."""
        return self._id_at(self.table.currentIndex())

    def select(self, meeting_id: str) -> None:
        """Make a meeting the current row (if the filters show it)."""
        row = self.model.row_of(meeting_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, COL_TITLE))
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)

    def _select_stepped(self, changes: operations.Changes) -> None:
        """After a step or its undo/redo, the meeting it created or brought back is the selected one."""
        for change in changes:
            if change.entity == "meeting" and self.model.row_of(change.id) >= 0:
                self.select(change.id)
                return

    def select_row(self, row: int) -> None:
        """Make the row at this place in the (filtered) list current, or the last one if the list got shorter."""
        row = min(row, self.proxy.rowCount() - 1)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.index(row, COL_TITLE))

    def new_meeting(self) -> MeetingWindow | None:
        """A meeting dated today with the standard sections, opened at once."""
        changes = self.library.run(self.tr("Nowe spotkanie"), operations.create_meeting, date=date.today(),
                                   template=True)
        return self.open_new_meeting(changes[0].id) if changes else None

    def open_new_meeting(self, meeting_id: str) -> MeetingWindow | None:
        """A meeting just made (Ctrl+N, a template): title ready to type; closed untouched, it goes (undoably)."""
        window = self.open_meeting(meeting_id)
        if window is not None:
            window.mark_new()
            window.untouched_closed.connect(lambda closed_id: discard_untouched(self, closed_id))
            window.edit_title()
        return window

    def open_current(self) -> MeetingWindow | None:
        return self.open_meeting(self.current_id())

    def open_meeting(self, meeting_id: str | None) -> MeetingWindow | None:
        """Open the meeting's window, or bring the already open one to the front."""
        if not meeting_id:
            return None
        window = self.windows.get(meeting_id)
        if window is None:
            try:
                operations.get_meeting(self.engine, meeting_id)
            except operations.OperationError as exc:
                show_error(self, str(exc))
                return None
            from ui.meeting_window import MeetingWindow

            window = MeetingWindow(self.engine, meeting_id)
            window.closed.connect(self._window_closed)
            self.windows[meeting_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.select(meeting_id)
        return window

    def _window_closed(self, meeting_id: str) -> None:
        self.windows.pop(meeting_id, None)

    def duplicate_current(self) -> None:
        """A copy (header, agenda, sections; no people, no notes) dated today: the next meeting of the series."""
        meeting_id = self.current_id()
        if meeting_id:
            changes = self.library.run(self.tr("Duplikowanie spotkania"), operations.duplicate_meeting,
                                       meeting_id=meeting_id)
            if changes:
                self.select(changes[0].id)

    def delete_current(self) -> None:
        """Delete after a question; Edit → Undo (Ctrl+Z) brings the meeting back with everything in it."""
        meeting_id = self.current_id()
        if not meeting_id:
            return
        title = self.table.currentIndex().siblingAtColumn(COL_TITLE).data()
        day = self.table.currentIndex().siblingAtColumn(COL_DATE).data()
        question = self.tr("Usunąć spotkanie „%1” z %2 razem z notatkami i listą obecności?\n"
                           "Można to cofnąć (Ctrl+Z).").replace("%1", title).replace("%2", day)
        if not confirm(self, self.tr("Usuń spotkanie"), question):
            return
        window = self.windows.pop(meeting_id, None)
        if window is not None:
            window.close()
        self.library.run(self.tr("Usunięcie spotkania „%1”").replace("%1", title), operations.delete_meeting,
                         meeting_id=meeting_id)

    def _restore_geometry(self) -> None:
        """Where and how big the window was when last closed; the default size the first time."""
        geometry = Settings().start_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*START_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.windows.values()):
            window.close()
        super().closeEvent(event)
        if event.isAccepted():
            Settings().start_geometry = self.saveGeometry()
            self.bus_link.disconnect()

    def showEvent(self, event) -> None:
        """Shown again after a close: follow the bus again, from a fresh list."""
        super().showEvent(event)
        if not self.bus_link.connected:
            self.bus_link.connect()
            self.refresh()
        elif self._stale:
            self._update_stale()

    def changeEvent(self, event: QEvent) -> None:
        """Restored from the task bar: the rows that changed while it was minimised."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized() and self._stale:
            self._update_stale()


def _shows_in_list(change: operations.Change) -> bool:
    """Whether a change can alter a meeting's line: its header, attendance, or how many statements it has."""
    if change.entity in ("meeting", "participant"):
        return True
    return change.entity == "item" and (change.before is None) != (change.after is None)
