"""What an import will do or did: plain dataclasses a CLI prints and a GUI preview shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from facilitator.i18n import tr

POLICIES = ("refuse", "keep", "theirs", "newer")
CHOICES = ("local", "file")          # the side a per-conflict choice keeps


def conflict_key(entity: str, row_id: str) -> str:
    """The key of a conflict in `choices`: ids are unique per entity, so the pair names one row."""
    return f"{entity}:{row_id}"


class ImportCancelled(Exception):
    """The caller's `should_cancel` asked to stop; the transaction was rolled back and nothing was stored."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("import cancelled; nothing was imported"))


@dataclass
class RowConflict:
    """A row changed here since the last import and changed differently in the file (or deleted there)."""

    entity: str                      # "meeting" | "participant" | "section" | "item"
    id: str
    label: str                       # a short human name: the item's text, the participant's name …
    fields: tuple[str, ...]          # the fields whose values differ
    local: dict | None               # this database's values (None: not here)
    theirs: dict | None              # the file's values (None: deleted in the file)
    local_updated: datetime | None = None
    file_updated: datetime | None = None
    resolution: str | None = None    # "local" | "file" once a choice or a policy decided

    @property
    def key(self) -> str:
        """What `apply_import(choices=...)` is keyed by: 'entity:id', stable between plan and apply."""
        return conflict_key(self.entity, self.id)


@dataclass
class MeetingImport:
    """One meeting of a batch: what happens to it, with item counts and conflicts."""

    meeting_id: str
    title: str
    date: str
    status: str                      # "new" | "updated" | "unchanged"
    source: str | None = None
    series: str | None = None        # the meeting's series after the import (officials import from several)
    added: int = 0                   # items added, updated (text, kind, tags, place) and deleted
    updated: int = 0
    deleted: int = 0
    sections: int = 0                # a new meeting's sections and participants: what it brings, not changes
    participants: int = 0
    other_changes: int = 0           # a stored meeting's header, agenda, participants and sections changed
    conflicts: list[RowConflict] = field(default_factory=list)


@dataclass
class ImportPlan:
    """The preview of an import, computed without writing anything."""

    meetings: list[MeetingImport]
    sources: list = field(default_factory=list, repr=False)

    @property
    def conflicts(self) -> list[RowConflict]:
        """All conflicts of the batch, meeting by meeting."""
        return [c for m in self.meetings for c in m.conflicts]

    def count(self, status: str) -> int:
        """How many meetings are new, updated or unchanged."""
        return sum(1 for m in self.meetings if m.status == status)


@dataclass
class ImportResult:
    """What an import stored (one transaction for the whole batch)."""

    meetings: list[MeetingImport]
    on_conflict: str = "refuse"

    @property
    def conflicts(self) -> list[RowConflict]:
        """The conflicts the choices and the policy resolved."""
        return [c for m in self.meetings for c in m.conflicts]

    def count(self, status: str) -> int:
        """How many meetings were new, updated or unchanged."""
        return sum(1 for m in self.meetings if m.status == status)
