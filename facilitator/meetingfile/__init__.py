"""The meeting file: the JSON exchange format between laptops and the officials' database.

Validate, read and write files (atomically), turn stored meetings into files and back, and import
batches of files merged by id in one transaction (see docs/meeting-file.md).

Names are loaded from their submodules on first use (PEP 562), so reading a file or exporting it
(`reading`, `view`) never imports SQLAlchemy; `from facilitator.meetingfile import X` works as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.lazy import lazy_names

if TYPE_CHECKING:
    from facilitator.meetingfile.convert import dump, load_meeting, meeting_from_dict, meeting_to_dict, write
    from facilitator.meetingfile.errors import ImportConflictError, MeetingFileError
    from facilitator.meetingfile.normalise import NAMESPACE
    from facilitator.meetingfile.parsing import MAX_BYTES, parse_bytes
    from facilitator.meetingfile.plan import (
        CHOICES,
        POLICIES,
        ImportCancelled,
        ImportPlan,
        ImportResult,
        MeetingImport,
        RowConflict,
    )
    from facilitator.meetingfile.reading import Source, load, open_source, validate
    from facilitator.meetingfile.store import apply_import, import_data, import_files, plan_import, record_base
    from facilitator.meetingfile.validation import FORMAT, VERSION
    from facilitator.meetingfile.view import MeetingView, meeting_view

_SUBMODULE_NAMES: dict[str, tuple[str, ...]] = {
    "convert": ("dump", "load_meeting", "meeting_from_dict", "meeting_to_dict", "write"),
    "errors": ("ImportConflictError", "MeetingFileError"),
    "normalise": ("NAMESPACE",),
    "parsing": ("MAX_BYTES", "parse_bytes"),
    "plan": ("CHOICES", "POLICIES", "ImportCancelled", "ImportPlan", "ImportResult", "MeetingImport", "RowConflict"),
    "reading": ("Source", "load", "open_source", "validate"),
    "store": ("apply_import", "import_data", "import_files", "plan_import", "record_base"),
    "validation": ("FORMAT", "VERSION"),
    "view": ("MeetingView", "meeting_view"),
}

__all__ = [
    "CHOICES",
    "FORMAT",
    "MAX_BYTES",
    "NAMESPACE",
    "POLICIES",
    "VERSION",
    "ImportCancelled",
    "ImportConflictError",
    "ImportPlan",
    "ImportResult",
    "MeetingFileError",
    "MeetingImport",
    "MeetingView",
    "RowConflict",
    "Source",
    "apply_import",
    "dump",
    "import_data",
    "import_files",
    "load",
    "load_meeting",
    "meeting_from_dict",
    "meeting_to_dict",
    "meeting_view",
    "open_source",
    "parse_bytes",
    "plan_import",
    "record_base",
    "validate",
    "write",
]

__getattr__, __dir__ = lazy_names(__name__, _SUBMODULE_NAMES, globals())
