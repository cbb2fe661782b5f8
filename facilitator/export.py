"""Meeting → DOCX/PDF file, written atomically: the previous file survives any failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

from facilitator.atomic import atomic_path
from facilitator.guard import clash
from facilitator.i18n import N_, reason, tr
from facilitator.render import FORMATS, ExportError, exporter_for
from facilitator.render.watch import Watch
from facilitator.summary import SummaryOptions, build

# Errors in the user's language (the UI's; English in the CLI), whatever the document's language.
_MESSAGES = {
    "folder": N_("The target folder does not exist: {path}"),
    "denied": N_("Permission denied, cannot write: {path}"),
    "full": N_("The disk is full, nothing was written: {path}"),
    "locked": N_("The file is open in another program or locked: {path}"),
    "isdir": N_("The path is a folder, not a file: {path}"),
    "other": N_("Cannot write {path}: {reason}"),
    "format": N_("Unknown export format: {fmt} (available: docx, pdf)"),
}


def export_meeting(meeting: Any, fmt: str, out_path: Path | str, options: SummaryOptions | None = None,
                   watch: Watch | None = None) -> Path:
    """Write the meeting's summary as `fmt` to `out_path` via a temporary file and an atomic rename.

    `watch` (the GUI's) receives progress and stops the export with render.watch.Cancelled: nothing is written.
    """
    options = options or SummaryOptions()
    target = Path(out_path)
    if fmt not in FORMATS:
        raise ExportError(tr(_MESSAGES["format"], fmt=fmt), target)
    try:
        folder = target.is_dir()
    except OSError as exc:  # a name the file system cannot hold (too long) fails already here
        raise write_error(exc, target) from exc
    if folder:
        raise ExportError(tr(_MESSAGES["isdir"], path=target), target)
    if (overwrites := clash(target)) is not None:
        raise ExportError(overwrites, target)
    summary = build(meeting, options)
    exporter = exporter_for(fmt)
    try:
        with atomic_path(target) as temp:
            exporter.render(summary, temp, watch)
    except ExportError as exc:
        cause = exc.__cause__
        if isinstance(cause, OSError):
            raise write_error(cause, target) from exc
        raise
    except OSError as exc:
        raise write_error(exc, target) from exc
    return target


def write_error(exc: OSError, target: Path) -> ExportError:
    """One line the user can act on, in the user's language, naming the user's file (never the hidden temporary
    file written first)."""
    if isinstance(exc, FileNotFoundError) and not target.parent.exists():
        key = "folder"
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        key = "full"
    elif isinstance(exc, PermissionError) and target.exists() and os.name == "nt":
        key = "locked"  # Windows refuses to replace a file another program holds open
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        key = "denied"
    elif isinstance(exc, IsADirectoryError):
        key = "isdir"
    elif exc.errno in (errno.EBUSY, errno.ETXTBSY) or getattr(exc, "winerror", None) in (32, 33):
        key = "locked"
    else:
        key = "other"
    return ExportError(tr(_MESSAGES[key], path=target, reason=reason(exc)), target)
