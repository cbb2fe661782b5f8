"""`facilitator db upgrade|backup|backups|restore`: the schema of any database; a SQLite file's backups, usable even
when the database is damaged."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from facilitator.cli import EXIT_OK, UserError, check_output, say
from facilitator.i18n import ntr, tr


def add_parsers(sub, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `db` and its sub-commands on the main CLI."""
    db = sub.add_parser("db", help="upgrade the database's schema; back it up, list its backups, restore one")
    inner = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = inner.add_parser("upgrade", help="bring the schema up to this version (an office database is "
                               "upgraded only this way, by its administrator)")
    add_db(upgrade)
    backup = inner.add_parser("backup", help="back the database up now (into backups/ beside it, or to FILE)")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup here instead")
    add_db(backup)
    listing = inner.add_parser("backups", help="list the backups with their dates and meeting counts")
    add_db(listing)
    restore = inner.add_parser("restore", help="put a backup in place of the database (the current file is kept)")
    restore.add_argument("backup", nargs="?", metavar="BACKUP",
                         help="the backup file (default: the newest one that passes the integrity check)")
    add_db(restore)
    for parser in (db, upgrade, backup, listing, restore):
        parser.set_defaults(command="db")
    erase = sub.add_parser("erase-person", help="erase a person from every meeting (RODO art. 17)")
    erase.add_argument("who", metavar="NAME|EMAIL", help="the person's full name or e-mail address")
    erase.add_argument("--dry-run", action="store_true", help="only count what would be erased")
    add_db(erase)


def _database(args: argparse.Namespace) -> Path:
    from facilitator.store.paths import database_path

    path = database_path(getattr(args, "db", None))
    if path is None:
        raise UserError(tr("backups are made of SQLite databases only; back a server database up with its own tools"))
    return path


def cmd_db(args: argparse.Namespace) -> int:
    """Dispatch `db ACTION`."""
    return {"upgrade": _upgrade, "backup": _backup, "backups": _backups, "restore": _restore}[args.db_command](args)


def _upgrade(args: argparse.Namespace) -> int:
    from facilitator.store import DatabaseError
    from facilitator.store.connection import make_engine, upgrade_database
    from facilitator.store.paths import database_name, database_url

    engine = make_engine(database_url(getattr(args, "db", None)))
    try:
        before, after = upgrade_database(engine)
    except DatabaseError as exc:
        raise UserError(str(exc)) from exc
    finally:
        engine.dispose()
    name = database_name(getattr(args, "db", None))
    if before == after:
        say(tr("{name}: schema {after} is current, nothing to do", name=name, after=after))
    else:
        say(tr("{name}: schema upgraded from {before} to {after}", name=name, before=before or tr("none"),
               after=after))
    return EXIT_OK


def _existing(args: argparse.Namespace) -> Path:
    path = _database(args)
    if not path.is_file():
        raise UserError(tr("there is no database at {path}", path=path))
    return path


def _backup(args: argparse.Namespace) -> int:
    from facilitator.store.backups import make_backup
    from facilitator.store.connection import check_foreign

    database = _existing(args)
    if args.output:
        check_output(args.output, db=str(database))
    check_foreign(database)
    written = make_backup(database, "manual", Path(args.output) if args.output else None)
    say(tr("backup written to {path}", path=written))
    return EXIT_OK


def _backups(args: argparse.Namespace) -> int:
    from facilitator.store.backups import backup_folder, list_backups

    database = _database(args)
    found = list_backups(database)
    if not found:
        say(tr("no backups in {folder}", folder=backup_folder(database)))
    for backup in found:  # columns: when, why (the file name's word), how many meetings, where
        meetings = tr("unreadable") if backup.meetings is None else ntr("{n} meeting", "{n} meetings", backup.meetings)
        stamp = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        say(f"{stamp}  {backup.why:<9} {meetings:<14} {backup.path}")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from facilitator.store.backups import restore

    database = _database(args)
    chosen = Path(args.backup).expanduser() if args.backup else None
    if chosen is not None and not chosen.is_file():
        raise UserError(tr("there is no backup at {path}", path=chosen))
    done = restore(database, chosen)
    say(tr("restored {backup} to {database}", backup=done.backup, database=database))
    for kept in done.kept:
        say(tr("the replaced file is kept as {path}", path=kept))
    return EXIT_OK


def cmd_erase_person(args: argparse.Namespace) -> int:
    """Erase a person; the database is compacted so no byte of the name stays in the file."""
    from facilitator.cli import engine_for
    from facilitator.operations import OperationError
    from facilitator.operations.erasure import erase_person

    engine = engine_for(args)
    try:
        done = erase_person(engine, who=args.who, dry_run=args.dry_run)
    except OperationError as exc:
        raise UserError(str(exc)) from exc
    finally:
        engine.dispose()
    parts = {"entries": ntr("{n} participant entry", "{n} participant entries", done.participants),
             "meetings": ntr("in {n} meeting", "in {n} meetings", done.meetings),
             "statements": ntr("{n} statement credited to their organisation or \"uczestnik\" instead",
                               "{n} statements credited to their organisation or \"uczestnik\" instead",
                               done.statements)}
    say(tr("would erase {entries} {meetings} ({statements})", **parts) if args.dry_run
        else tr("erased {entries} {meetings} ({statements})", **parts))
    if not args.dry_run and done.participants:
        say(tr("older backups in backups/ still hold the name until they are rotated out; delete them to erase it "
               "there"))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"db": cmd_db, "erase-person": cmd_erase_person}
