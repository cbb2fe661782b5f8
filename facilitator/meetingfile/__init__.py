"""The meeting file: the JSON exchange format between laptops and the officials' database.

Validate, read and write files (atomically), turn stored meetings into files and back, and import
batches of files merged by id in one transaction (see docs/meeting-file.md).
"""

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
    "open_source",
    "parse_bytes",
    "plan_import",
    "record_base",
    "validate",
    "write",
]
