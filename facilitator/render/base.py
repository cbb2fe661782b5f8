"""The exporter contract: one subclass per format, one error type with a message for the user."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

from facilitator.render.watch import Watch
from facilitator.summary.nodes import Summary


class ExportError(Exception):
    """An export failed for a reason the user can act on; str() is one line naming the file."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None

    def __str__(self) -> str:
        return self.message


class Exporter(ABC):
    """Writes a Summary to one file format."""

    @abstractmethod
    def render(self, summary: Summary, path: Path | str, watch: Watch | None = None) -> None:
        """Write `summary` to `path`; raises ExportError for problems the user can act on.

        `watch` receives progress and raises watch.Cancelled between blocks once the user cancelled.
        """
