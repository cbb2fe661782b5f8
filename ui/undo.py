"""Undo/redo for every change: operations return Changes, commands revert and reapply them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from facilitator import operations
from facilitator.store import DatabaseError


class AppliedCommand(QUndoCommand):
    """An operation that already ran; undo reverts its Changes, redo reapplies them."""

    def __init__(self, ctx, text: str, changes: operations.Changes, merge_key: str | None = None) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._changes = changes
        self._first = True
        self._merge_key = merge_key

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
    except DatabaseError as exc:  # disk full, file locked or gone: nothing of this step was stored
        ctx.fail(str(exc))
        return ()
    if changes:
        ctx.undo_stack.push(AppliedCommand(ctx, description, changes, merge_key))
        ctx.notify(changes)
    return changes
