"""What an officials' window changed this session (series, tags, search tagging), newest last, for its Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from sqlalchemy import Engine

from facilitator import operations


class History:
    """Each step's description and its Changes; undoing reverts the newest step and says so in the status line."""

    def __init__(self) -> None:
        self._steps: list[tuple[str, operations.Changes]] = []

    def __bool__(self) -> bool:
        return bool(self._steps)

    @property
    def last(self) -> str:
        """The description of the step Ctrl+Z would undo ('' when none)."""
        return self._steps[-1][0] if self._steps else ""

    def record(self, description: str, changes: operations.Changes, status: QLabel | None = None) -> None:
        """A step was done: keep it for undo (when it changed anything) and say in `status` that it can be undone."""
        if changes:
            self._steps.append((description, tuple(changes)))
        if status is not None:
            status.setText(QCoreApplication.translate("History", "Zrobione: %1. Można cofnąć (Ctrl+Z).").replace(
                "%1", description))

    def undo(self, engine: Engine, status: QLabel) -> bool:
        """Revert the newest step; True when something was undone (the window then shows the data again)."""
        if not self._steps:
            return False
        description, changes = self._steps.pop()
        try:
            operations.revert(engine, changes)
        except operations.OperationError as exc:
            status.setText(QCoreApplication.translate("History", "Nie udało się cofnąć: %1").replace("%1", str(exc)))
            return False
        status.setText(QCoreApplication.translate("History", "Cofnięto: %1.").replace("%1", description))
        return True
