"""Words put into core messages at run time, listed here so the catalogue extraction finds them.

Field and entity names and kinds of JSON values (`term()`, context "term") and the reasons SQLite and the
operating system give for a failure (`reason()`, context "reason"). English only: the Polish is in the catalogue.
"""

from __future__ import annotations

from facilitator.i18n import NC_

TERMS: tuple[tuple[str, str], ...] = (
    NC_("term", "meeting"),
    NC_("term", "agenda point"),
    NC_("term", "participant"),
    NC_("term", "section"),
    NC_("term", "item"),
    NC_("term", "tag"),
    NC_("term", "meeting template"),
    NC_("term", "title"),
    NC_("term", "series"),
    NC_("term", "audience"),
    NC_("term", "organiser"),
    NC_("term", "venue"),
    NC_("term", "date"),
    NC_("term", "start"),
    NC_("term", "end"),
    NC_("term", "purpose"),
    NC_("term", "facilitator"),
    NC_("term", "author"),
    NC_("term", "language"),
    NC_("term", "attendance count"),
    NC_("term", "text"),
    NC_("term", "name"),
    NC_("term", "organisation"),
    NC_("term", "email"),
    NC_("term", "gender"),
    NC_("term", "present"),
    NC_("term", "consent"),
    NC_("term", "kind"),
    NC_("term", "group"),
    NC_("term", "position"),
    NC_("term", "justification"),
    NC_("term", "paragraph"),
    NC_("term", "speaker_id"),
    NC_("term", "speaker id"),
    NC_("term", "tags"),
    NC_("term", "a string"),
    NC_("term", "an integer"),
    NC_("term", "a number"),
    NC_("term", "true or false"),
    NC_("term", "a boolean"),
    NC_("term", "a list"),
    NC_("term", "an object"),
    NC_("term", "null"),
    NC_("term", "str"),
    NC_("term", "int"),
    NC_("term", "float"),
    NC_("term", "bool"),
    NC_("term", "list"),
    NC_("term", "dict"),
    NC_("term", "NoneType"),
)

REASONS: tuple[tuple[str, str], ...] = (
    NC_("reason", "database or disk is full"),
    NC_("reason", "database is locked"),
    NC_("reason", "disk I/O error"),
    NC_("reason", "attempt to write a readonly database"),
    NC_("reason", "file is not a database"),
    NC_("reason", "database disk image is malformed"),
    NC_("reason", "unable to open database file"),
    NC_("reason", "No space left on device"),
    NC_("reason", "Permission denied"),
    NC_("reason", "No such file or directory"),
    NC_("reason", "Read-only file system"),
    NC_("reason", "Is a directory"),
    NC_("reason", "File exists"),
)

# Why the system refused (an OSError), by errno rather than by its text: the same reason whatever the system's own
# wording (Windows words them otherwise) and for every writer (i18n.reason). An errno not listed keeps its text.
OS_REASONS: tuple[tuple[tuple[str, ...], tuple[str, str]], ...] = (
    (("ENOSPC", "EDQUOT"), NC_("reason", "No space left on device")),
    (("EFBIG",), NC_("reason", "File too large")),
    (("EROFS",), NC_("reason", "Read-only file system")),
    (("EACCES", "EPERM"), NC_("reason", "Permission denied")),
    (("EBUSY", "ETXTBSY"), NC_("reason", "The file is in use by another program")),
    (("ENAMETOOLONG",), NC_("reason", "File name too long")),
    (("ENOENT",), NC_("reason", "No such file or directory")),
    (("ENOTDIR",), NC_("reason", "Not a directory")),
    (("EISDIR",), NC_("reason", "Is a directory")),
    (("EEXIST",), NC_("reason", "File exists")),
    (("EIO",), NC_("reason", "Input/output error")),
)
# Windows' own error numbers (OSError.winerror) where its errno says less: a file another program holds is EACCES
WINDOWS_REASONS: dict[int, str] = {32: "EBUSY", 33: "EBUSY", 206: "ENAMETOOLONG", 112: "ENOSPC", 39: "ENOSPC",
                                   19: "EROFS"}
