"""Undo/redo for every change: operations return Changes, commands revert and reapply them."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from facilitator import operations
from facilitator.store import DatabaseError
from facilitator.store.errors import ConnectionLost


class AppliedCommand(QUndoCommand):
    """An operation that already ran; undo reverts its Changes, redo reapplies them."""

    def __init__(self, ctx, text: str, changes: operations.Changes, merge_key: str | None = None) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._changes = changes
        self._first = True
        self._merge_key = merge_key

    @property
    def changes(self) -> operations.Changes:
        """What the step did (as it would be undone)."""
        return self._changes

    def id(self) -> int:
        return hash(self._merge_key) & 0x7FFFFFFF if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Consecutive edits of one field (typing) become one undo step."""
        if not isinstance(other, AppliedCommand) or other._merge_key != self._merge_key or not self._merge_key:
            return False
        self._changes = _merge(self._changes, other._changes)
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(operations.reapply)

    def undo(self) -> None:
        self._apply(operations.revert)

    def _apply(self, step: Callable[..., None]) -> None:
        try:
            step(self._ctx.engine, self._changes)
        except ConnectionLost as exc:  # the office server went away: said calmly, probed until it is back
            _connection_lost(exc, self._ctx)
            return
        except (operations.OperationError, DatabaseError) as exc:
            self._ctx.fail(str(exc))
            return
        self._ctx.notify(self._changes)


def _merge(first: operations.Changes, second: operations.Changes) -> operations.Changes:
    """Keep the oldest 'before' and the newest 'after' of each row."""
    merged: dict[tuple[str, str], operations.Change] = {(c.entity, c.id): c for c in first}
    for change in second:
        key = (change.entity, change.id)
        old = merged.get(key)
        merged[key] = operations.Change(change.entity, change.id, old.before if old else change.before, change.after)
    return tuple(merged.values())


def run_operation(ctx, description: str, op: Callable[..., operations.Changes], /,
                  merge_key: str | None = None, **kwargs) -> operations.Changes:
    """Run one operation now, put it on the undo stack, tell the widgets; errors go to the user."""
    try:
        changes = op(ctx.engine, **kwargs)
    except operations.OperationError as exc:
        ctx.error(str(exc))
        return ()
    except ConnectionLost as exc:  # the office server went away: nothing of this step was stored, nothing lost
        _connection_lost(exc, ctx)
        return ()
    except DatabaseError as exc:  # disk full, file locked or gone: nothing of this step was stored
        ctx.fail(str(exc))
        return ()
    if changes:
        ctx.undo_stack.push(AppliedCommand(ctx, description, changes, merge_key))
        ctx.notify(changes)
    return changes


def _connection_lost(exc: ConnectionLost, ctx) -> None:
    """One message in the user's language (host/db, nothing lost, reconnects by itself); the core's line otherwise."""
    from ui import connection

    if not connection.handle(exc, ctx.engine):
        ctx.fail(str(exc))


def step_name(text: str) -> str:
    """A step's name as it reads after the menu's verb: 'Cofnij dodanie wypowiedzi', 'Undo add statement'."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():  # an acronym ("NGO …") keeps its capitals
        return text[0].lower() + text[1:]
    return text


class _ActionNamer(QObject):
    """Names one Undo or Redo entry after its step; owned by the action, so it goes when the action goes."""

    def __init__(self, action: QAction, texts: tuple[str, str]) -> None:
        super().__init__(action)
        self._action = action
        self._texts = texts

    def name(self, step: str) -> None:
        if shiboken6.isValid(self._action):  # the stack may signal while its window is being torn down
            self._action.setText(self._texts[1].replace("%1", step_name(step)) if step else self._texts[0])


def name_undo_actions(stack: QUndoStack, undo: QAction, redo: QAction, undo_texts: tuple[str, str],
                      redo_texts: tuple[str, str]) -> None:
    """Keep Undo/Redo entries named after the step they take back: (plain text, text with %1 for the step)."""
    for action, texts, signal, current in ((undo, undo_texts, stack.undoTextChanged, stack.undoText()),
                                           (redo, redo_texts, stack.redoTextChanged, stack.redoText())):
        namer = _ActionNamer(action, texts)
        signal.connect(namer.name)
        namer.name(current)


def discard_untouched(start_window, meeting_id: str) -> None:
    """Ctrl+N, then the window closed with nothing done: take the creation back (Redo brings the meeting back)."""
    if start_window.windows.get(meeting_id) is None:  # closed because it is being deleted anyway
        return
    stack = start_window.library.undo_stack
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(top, AppliedCommand) and top.changes and top.changes[0].entity == "meeting" \
            and top.changes[0].id == meeting_id and top.changes[0].before is None:
        stack.undo()
        message = QCoreApplication.translate("StartWindow",
                                             "Puste spotkanie nie zostało zachowane (Ctrl+Shift+Z je przywraca).")
    else:
        start_window.library.run(QCoreApplication.translate("StartWindow", "Usunięcie pustego spotkania"),
                                 operations.delete_meeting, meeting_id=meeting_id)
        message = QCoreApplication.translate("StartWindow",
                                             "Puste spotkanie nie zostało zachowane (Ctrl+Z je przywraca).")
    start_window.statusBar().showMessage(message, 15000)
