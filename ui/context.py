"""What every page of a meeting window shares: the database, the meeting, the undo stack."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import Engine

from facilitator import operations
from ui.drafts import DraftKeeper
from ui.signals import bus


class MeetingContext(QObject):
    """Shared by the pages of one meeting window; pages change data only through `run`."""

    changed = Signal(object)  # tuple of facilitator.operations.Change, after commit (also on undo/redo)
    saved = Signal(datetime)  # when the last change was committed
    error_raised = Signal(str)  # a message for the user (shown by the window's status bar)
    failed = Signal(str)  # a change could not be saved (database or disk): the window also shows a box

    def __init__(self, engine: Engine, meeting_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.meeting_id = meeting_id
        self.undo_stack = QUndoStack(self)
        self.last_saved: datetime | None = None
        self.drafts = DraftKeeper(self)  # text being typed, kept while typing: `ctx.drafts.watch(editor, slot)`

    def run(self, description: str, op, /, merge_key: str | None = None, **kwargs) -> operations.Changes:
        """Run an operation (one committed transaction) as an undoable step; returns its Changes.

        `description` and `op` are positional-only, so operations may take `text=` themselves.
        """
        from ui.undo import run_operation

        return run_operation(self, description, op, merge_key=merge_key, **kwargs)

    def notify(self, changes: operations.Changes) -> None:
        """Tell this window's pages and the rest of the app that data changed and is saved."""
        self.last_saved = datetime.now()
        self.changed.emit(changes)
        self.saved.emit(self.last_saved)
        bus().meeting_changed.emit(self.meeting_id, changes)
        bus().saved.emit()

    def error(self, message: str) -> None:
        """Report a user-level error (the window shows it)."""
        self.error_raised.emit(message)

    def fail(self, message: str) -> None:
        """Report that a change could not be saved; what was saved before stays saved."""
        self.error_raised.emit(message)
        self.failed.emit(message)
