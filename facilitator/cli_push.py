"""`facilitator push --to URL`: the laptop's meetings into the office database, merged as an import of their files."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from facilitator.cli import EXIT_OK, UserError, add_on_conflict, describe_import, engine_for, import_sources, say


def add_parser(sub, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `push` on the main CLI."""
    push = sub.add_parser("push", help="send meetings from this computer's database to the office database, "
                          "merged as an import of their meeting files")
    push.add_argument("--to", required=True, metavar="URL|PATH",
                      help="the office database: postgresql://user@host/database (password in ~/.pgpass) or a "
                      "database file; it must exist at this version's schema")
    push.add_argument("--meeting", nargs="+", action="extend", default=[], metavar="ID",
                      help="only these meetings (ids as `facilitator list` prints them; default: all)")
    add_on_conflict(push)
    push.add_argument("--dry-run", action="store_true", help="show what would change, send nothing")
    add_db(push)


def cmd_push(args: argparse.Namespace) -> int:
    """Plan (and unless --dry-run, store) the chosen meetings' files in the office database, one transaction."""
    from facilitator import push
    from facilitator.i18n import tr
    from facilitator.store import DatabaseError
    from facilitator.store.connection import engine_name
    from facilitator.store.paths import database_path

    local_path = database_path(args.db)
    if local_path is not None and not local_path.is_file():
        raise UserError(tr("there is no database at {path}", path=local_path))
    local = engine_for(args)
    try:
        target = push.open_target(args.to)
    except DatabaseError as exc:
        local.dispose()
        raise UserError(str(exc)) from exc
    try:
        push.check_distinct(local, target)
        sources = push.documents(local, push.chosen_meetings(local, args.meeting))
        report = import_sources(target, sources, args.on_conflict, dry_run=args.dry_run)
        for entry in report.meetings:
            say(describe_import(entry, dry_run=args.dry_run))
        say(push.summary(report, engine_name(target), dry_run=args.dry_run))
    except push.PushError as exc:
        raise UserError(str(exc)) from exc
    finally:
        target.dispose()
        local.dispose()
    return EXIT_OK
