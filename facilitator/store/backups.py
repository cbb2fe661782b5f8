"""Automatic, rotated backups beside the database (SQLite's online backup API, never a file copy) and restore."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

from facilitator.atomic import atomic_path
from facilitator.i18n import reason, tr
from facilitator.store.errors import DatabaseError, damaged

logger = logging.getLogger(__name__)

FOLDER = "backups"
KEEP_RECENT = 10
KEEP_MONTHS = 3
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-(?P<why>[a-z]+)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was made, why, and how many meetings it holds (None when unreadable)."""

    path: Path
    created: datetime
    why: str
    meetings: int | None


def backup_folder(database: Path) -> Path:
    """The `backups/` folder beside the database file."""
    return database.parent / FOLDER


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def integrity_ok(path: Path) -> bool:
    """PRAGMA integrity_check says "ok" (a file that is not a database is not ok)."""
    try:
        conn = _connect_ro(path)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a (possibly live) database through SQLite's backup API, written 0600, then renamed."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        with atomic_path(target, mode=0o600) as temp:  # personal data: owner-only, unlike documents
            src = _connect_ro(source)
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            finally:
                dst.close()
                src.close()
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(tr("the backup of {name} failed: {reason}", name=source, reason=reason(exc))) from None
    return target


def make_backup(database: Path, why: str = "manual", target: Path | None = None) -> Path:
    """Back the database up (into `backups/` unless a target is given) and prune old automatic backups."""
    if target is not None:
        return _checked(database, copy_database(database, target))
    folder = backup_folder(database)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{database.stem}-{stamp}-{why}.sqlite"
    counter = 1
    while path.exists():
        counter += 1
        path = folder / f"{database.stem}-{stamp}-{counter}-{why}.sqlite"
    _checked(database, copy_database(database, path))
    logger.info("backup written: %s (%s)", path.name, why)
    prune(database)  # only after a good backup: a damaged database never pushes the good ones out
    return path


def _checked(database: Path, copy: Path) -> Path:
    """Keep a copy only if it passes the integrity check; a damaged database is reported, not backed up."""
    if not integrity_ok(copy):
        copy.unlink(missing_ok=True)
        raise damaged(database, "database disk image is malformed")
    return copy


def _parsed(database: Path, path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None or match["stem"] != database.stem:
        return None
    created = datetime.strptime(match["stamp"][:15], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return created, match["why"]


def _meetings(path: Path) -> int | None:
    try:
        conn = _connect_ro(path)
        try:
            return conn.execute("select count(*) from meeting").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_backups(database: Path, *, count: bool = True) -> list[Backup]:
    """The database's backups, newest first."""
    folder = backup_folder(database)
    found = []
    for path in folder.glob(f"{database.stem}-*.sqlite") if folder.is_dir() else ():
        parsed = _parsed(database, path)
        if parsed is not None:
            found.append(Backup(path, parsed[0], parsed[1], _meetings(path) if count else None))
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def prune(database: Path) -> list[Path]:
    """Keep the last KEEP_RECENT backups and the newest of each of the KEEP_MONTHS months before; delete the rest."""
    backups = list_backups(database, count=False)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    months: dict[str, Path] = {}
    for b in backups:
        months.setdefault(b.created.strftime("%Y-%m"), b.path)
    earlier = list(months.values())[1:]  # the newest month is covered by the recent ones
    keep.update(earlier[:KEEP_MONTHS])
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        logger.info("old backup removed: %s", path.name)
    return removed


def _file_of(engine: Engine) -> Path | None:
    from facilitator.store.connection import sqlite_path

    path = sqlite_path(engine)
    return path if path is not None and path.exists() and path.stat().st_size > 0 else None


def backup_before(engine: Engine, why: str) -> Path | None:
    """An automatic backup before something big (a migration, a bulk import); None for non-SQLite databases."""
    path = _file_of(engine)
    return make_backup(path, why) if path is not None else None


def daily_backup(engine: Engine) -> Path | None:
    """At most one automatic backup a day (the GUI calls this on start)."""
    path = _file_of(engine)
    if path is None:
        return None
    today = datetime.now(UTC).date()
    if any(b.created.date() == today for b in list_backups(path, count=False)):
        return None
    return make_backup(path, "daily")


@dataclass(frozen=True)
class Restored:
    """What restore did: which backup came back, and where the replaced database was kept."""

    backup: Path
    kept: list[Path]


def restore(database: Path, backup: Path | None = None) -> Restored:
    """Put a backup in place (default: the newest passing integrity_check); the current file is kept aside."""
    if backup is None:
        backup = next((b.path for b in list_backups(database, count=False) if integrity_ok(b.path)), None)
        if backup is None:
            raise DatabaseError(tr("no backup of {name} passes the integrity check", name=database))
    elif not integrity_ok(backup):
        raise DatabaseError(tr("the backup {name} is damaged (integrity check failed); nothing was restored",
                               name=backup))
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = []
    for suffix in ("", "-wal", "-shm"):
        part = database.with_name(database.name + suffix)
        if part.exists():
            aside = database.with_name(f"{database.name}.replaced-{stamp}{suffix}")
            os.replace(part, aside)
            kept.append(aside)
    copy_database(backup, database)
    return Restored(backup, kept)
