"""One window per meeting: Szczegóły, Lista obecności, Notatki, Podsumowanie; undo, status, errors."""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QTabWidget, QUndoView, QWidget
from sqlalchemy import Engine

from facilitator import operations
from facilitator.operations import OperationError, get_meeting
from facilitator.store import DatabaseError
from ui.context import MeetingContext
from ui.dialogs.about import add_about_action
from ui.dialogs.shortcuts import add_shortcuts_action
from ui.pages.attendance import AttendancePage
from ui.pages.details import DetailsPage
from ui.pages.notes import NotesPage
from ui.pages.summary import SummaryPage
from ui.settings import Settings
from ui.undo import name_undo_actions

# Messages that mean the data may not be safe get a box, not only a status-bar line.
DEFAULT_SIZE = (1280, 700)
PAGE_KEYS = ("details", "attendance", "notes", "summary")  # the page a meeting was left on, as stored


class MeetingWindow(QMainWindow):
    """The facilitator's working window for one meeting; every change is already saved."""

    closed = Signal(str)  # meeting id
    untouched_closed = Signal(str)  # a meeting made with Ctrl+N closed without anything done in it (meeting id)

    def __init__(self, engine: Engine, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._new = False
        self.ctx = MeetingContext(engine, meeting_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.details = DetailsPage(self.ctx, self)
        self.attendance = AttendancePage(self.ctx, self)
        self.notes = NotesPage(self.ctx, self)
        self.summary = SummaryPage(self.ctx, self)
        for page, title in ((self.details, self.tr("&Szczegóły")), (self.attendance, self.tr("&Lista obecności")),
                            (self.notes, self.tr("&Notatki")), (self.summary, self.tr("Pods&umowanie"))):
            self.tabs.addTab(page, title)
        self._land_on_last_page()
        self.tabs.currentChanged.connect(self._page_changed)
        self.setCentralWidget(self.tabs)
        self.saved_label = QLabel(self.tr("Wszystkie zmiany są zapisywane na bieżąco"), self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._menus()
        self.ctx.saved.connect(self._saved)
        self.ctx.error_raised.connect(self._error)
        self.ctx.failed.connect(self._failed)
        self.ctx.changed.connect(self._changed)
        self._restore_geometry()
        self.update_title()
        self._store_state(window_open=True)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Plik"))
        self.close_action = self._action(file_menu, self.tr("&Zamknij okno"), self.close, QKeySequence.StandardKey.Close)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)  # Ctrl+W as well as Ctrl+F4
        edit = self.menuBar().addMenu(self.tr("&Edycja"))
        self.undo_action = self._action(edit, self.tr("&Cofnij"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, self.tr("&Ponów"), self.redo, QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack = self.ctx.undo_stack
        # Undo stays enabled: typing still inside the debounce time is committed, then undone.
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        name_undo_actions(stack, self.undo_action, self.redo_action, (self.tr("&Cofnij"), self.tr("&Cofnij %1")),
                          (self.tr("&Ponów"), self.tr("&Ponów %1")))
        self.redo_action.setEnabled(False)
        view = self.menuBar().addMenu(self.tr("&Widok"))
        self.history_dock = self._history_dock()
        history = self.history_dock.toggleViewAction()
        history.setText(self.tr("&Historia zmian"))
        history.setShortcut(QKeySequence("Ctrl+H"))
        view.addAction(history)
        view.addSeparator()
        self._action(view, self.tr("&Następna strona"), lambda: self.switch_page(1), QKeySequence("Ctrl+PgDown"))
        self._action(view, self.tr("Po&przednia strona"), lambda: self.switch_page(-1), QKeySequence("Ctrl+PgUp"))
        for number in range(self.tabs.count()):
            title = self.tabs.tabText(number).replace("&", "")
            self._action(view, title, lambda _checked=False, n=number: self.show_page(n),
                         QKeySequence(f"Alt+{number + 1}"))
        self.help_menu = self.menuBar().addMenu(self.tr("Pomo&c"))
        self.shortcuts_action = add_shortcuts_action(self, self.help_menu, key_events=True)
        self.about_action = add_about_action(self, self.help_menu)

    def _action(self, menu, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _history_dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Historia zmian"), self)
        dock.setObjectName("history")
        view = QUndoView(self.ctx.undo_stack, dock)
        view.setEmptyLabel(self.tr("<stan po otwarciu>"))
        view.setAccessibleName(self.tr("Historia zmian"))
        dock.setWidget(view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    def pages(self) -> list[QWidget]:
        """The four pages in tab order."""
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def flush(self) -> None:
        """Commit whatever a page still holds (typing inside the debounce time)."""
        for page in self.pages():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    def undo(self) -> None:
        """Undo the last step (pending typing is committed first so it is the step undone)."""
        self.flush()
        self.ctx.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.ctx.undo_stack.redo()

    def edit_title(self) -> None:
        """A new meeting: Szczegóły with the template title selected, so typing replaces it."""
        self.tabs.setCurrentWidget(self.details)
        title = self.details.widgets["title"]
        title.setFocus(Qt.FocusReason.OtherFocusReason)
        title.selectAll()

    def show_item(self, item_id: str) -> None:
        """Notatki with this statement selected (opened from a search result)."""
        self.tabs.setCurrentWidget(self.notes)
        self.notes.show_item(item_id)

    def switch_page(self, delta: int) -> None:
        """Ctrl+PgUp/PgDown: the previous/next page, wrapping around."""
        self.show_page((self.tabs.currentIndex() + delta) % self.tabs.count())

    def show_page(self, index: int) -> None:
        """Alt+1…4: that page, with the keyboard on its first control (also when it is already shown)."""
        if index == self.tabs.currentIndex():
            self._focus_page()
        else:
            self.tabs.setCurrentIndex(index)

    def first_control(self, page: QWidget) -> QWidget:
        """Where typing starts on a page: the title, the quick-add line, the capture line, the layout option."""
        if page is self.details:
            return self.details.widgets["title"]
        combo = getattr(page, "layout_combo", None) if page is self.summary else None
        return combo if combo is not None else page  # the other pages forward focus to their line

    def _focus_page(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            self.first_control(page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _page_changed(self, index: int) -> None:
        self.flush()
        self._focus_page()
        self._store_state(page=PAGE_KEYS[index] if 0 <= index < len(PAGE_KEYS) else None)

    def _land_on_last_page(self) -> None:
        """A meeting that was being captured (left on Notatki, or with a draft) opens on Notatki again."""
        state = operations.get_capture_state(self.ctx.engine, self.ctx.meeting_id)
        if state.page == "notes" or operations.get_drafts(self.ctx.engine, self.ctx.meeting_id):
            self.tabs.setCurrentWidget(self.notes)

    def _store_state(self, **fields) -> None:
        """Where capture stands, kept with the meeting (no undo step: it is not a change the user made)."""
        # The meeting may be gone (deleted from the start window) or the disk may refuse: then there is nothing to
        # keep, and the statements themselves report their own failures.
        with contextlib.suppress(OperationError, DatabaseError):
            operations.save_capture_state(self.ctx.engine, meeting_id=self.ctx.meeting_id, **fields)

    def mark_new(self) -> None:
        """Opened by Ctrl+N: closing it before anything was done in it must not leave an empty meeting behind."""
        self._new = True

    def untouched(self) -> bool:
        """Nothing was done here: no step on the undo stack, nothing typed anywhere."""
        return self.ctx.undo_stack.count() == 0 and not operations.get_drafts(self.ctx.engine, self.ctx.meeting_id)

    def update_title(self) -> None:
        """Window title = meeting title + date."""
        try:
            meeting = get_meeting(self.ctx.engine, self.ctx.meeting_id)
        except OperationError:
            return
        self.setWindowTitle(f"{meeting.title} — {meeting.date.strftime('%d.%m.%Y')}")

    def _changed(self, changes) -> None:
        if any(c.entity == "meeting" for c in changes):
            self.update_title()

    def _saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Zapisano %1").replace("%1", when.strftime("%H:%M:%S")))

    def _error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Błąd"), message)

    def _restore_geometry(self) -> None:
        geometry = Settings().meeting_geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes.recovery.finish()  # a statement being corrected is committed
        self.flush()
        Settings().meeting_geometry = self.saveGeometry()
        self._store_state(window_open=False)
        if self._new and self.untouched():
            self._new = False
            self.untouched_closed.emit(self.ctx.meeting_id)
        self.closed.emit(self.ctx.meeting_id)
        super().closeEvent(event)
