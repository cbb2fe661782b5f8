"""Reading meeting files: validate a parsed object, load a file, describe a file of a batch."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from facilitator.i18n import tr
from facilitator.meetingfile.errors import MeetingFileError
from facilitator.meetingfile.normalise import normalise
from facilitator.meetingfile.parsing import parse_bytes, read_bytes
from facilitator.meetingfile.validation import check_schema, check_semantics, check_size, check_values


def validate(data: object) -> dict:
    """Check a parsed meeting file against the contract and return its canonical form."""
    if not isinstance(data, dict):
        raise MeetingFileError(tr("the top level must be a JSON object, not {kind}", kind=type(data).__name__))
    try:
        check_schema(data)
        check_values(data)
        check_size(data["meeting"])
        check_semantics(data["meeting"])
        return normalise(data)
    except RecursionError:
        raise MeetingFileError(tr("the items are nested too deeply")) from None


def load(path: str | os.PathLike[str]) -> dict:
    """Read, parse and validate one meeting file; errors name the file."""
    try:
        return validate(parse_bytes(read_bytes(path)))
    except MeetingFileError as exc:
        raise (exc if exc.file else exc.in_file(str(path))) from None


@dataclass(frozen=True)
class Source:
    """One meeting file of an import batch: its canonical data, its name and when it was last modified."""

    data: dict = field(repr=False)
    name: str | None = None
    modified: datetime | None = None
    checked: bool = field(default=False, repr=False, compare=False)  # data is already canonical (open_source)


def open_source(path: str | os.PathLike[str]) -> Source:
    """Load a file for import, remembering its modification time for the 'newer' policy."""
    data = load(path)
    try:
        modified = datetime.fromtimestamp(Path(path).stat().st_mtime, UTC)
    except OSError:
        modified = None
    return Source(data=data, name=str(path), modified=modified, checked=True)


def as_sources(datas) -> list[Source]:
    """Validate a whole batch before anything is stored; a bad one refuses the batch, naming it."""
    sources: list[Source] = []
    for index, entry in enumerate(datas):
        if isinstance(entry, Source) and entry.checked:
            sources.append(entry)
            continue
        if isinstance(entry, Source):
            name, raw, modified = entry.name, entry.data, entry.modified
        else:
            name, raw, modified = None, entry, None
        try:
            data = validate(raw)
        except MeetingFileError as exc:
            raise (exc if exc.file else exc.in_file(name or f"meeting file #{index + 1}")) from None
        sources.append(Source(data=data, name=name, modified=modified))
    return sources
