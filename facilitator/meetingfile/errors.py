"""The one error type of the exchange format: a self-contained, one-line message for the user."""

from __future__ import annotations


class MeetingFileError(Exception):
    """A meeting file cannot be read, validated, written or imported; ``str()`` is the user's message."""

    def __init__(self, message: str, *, where: str | None = None, file: str | None = None) -> None:
        self.message = message
        self.where = where
        self.file = file
        super().__init__(message)

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{self.file}: {text}" if self.file else text

    def in_file(self, file: str) -> MeetingFileError:
        """The same error, naming the file it came from (for batches and the CLI)."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.file = file
        clone.args = self.args
        return clone


class ImportConflictError(MeetingFileError):
    """The import was refused because rows were changed both here and in the file."""

    def __init__(self, message: str, *, plan) -> None:
        super().__init__(message)
        self.plan = plan
