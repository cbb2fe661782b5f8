"""Outputs never overwrite what they read: the open database (with -wal/-shm/-journal) or an input file."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from facilitator.i18n import tr

SIDECARS = ("", "-wal", "-shm", "-journal")
_databases: set[Path] = set()  # SQLite files opened by this process: every writer refuses to replace them


class OutputClashError(ValueError):
    """The chosen output would replace a file being read; the message names both and is meant for the user."""


def protect_database(path: str | os.PathLike[str]) -> None:
    """Remember an opened database file so no export, dump or report in this process can write over it."""
    _databases.add(Path(path).expanduser().resolve())


def database_files(path: str | os.PathLike[str]) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    base = Path(path).expanduser()
    return [base.with_name(base.name + suffix) for suffix in SIDECARS]


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """One file under two names: symlinks resolved, hard links by inode (samefile), else the resolved path."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return Path(first).expanduser().resolve() == Path(second).expanduser().resolve()


def clash(output: str | os.PathLike[str], *, inputs: Iterable[str | os.PathLike[str]] = (),
          databases: Iterable[str | os.PathLike[str]] = ()) -> str | None:
    """Why writing `output` would destroy something being read (one line), or None when it is safe."""
    for database in [*databases, *sorted(_databases)]:
        for part in database_files(database):
            if same_file(output, part):
                return tr("{output} is the database {database}; nothing was written, choose another file",
                          output=output, database=part)
    for source in inputs:
        if same_file(output, source):
            return tr("{output} is the input file {source}; nothing was written, choose another file",
                      output=output, source=source)
    return None


def check_output(output: str | os.PathLike[str], *, inputs: Iterable[str | os.PathLike[str]] = (),
                 databases: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Refuse (OutputClashError) an output that is the database, one of its sidecar files or an input."""
    message = clash(output, inputs=inputs, databases=databases)
    if message is not None:
        raise OutputClashError(message)
