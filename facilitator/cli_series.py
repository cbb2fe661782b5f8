"""`facilitator series [list | rename OLD NEW]`: the meeting series with their meeting counts; rename or merge one."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from facilitator.cli import EXIT_OK, UserError, engine_for, say
from facilitator.i18n import ntr


def add_parser(sub, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `series` and its actions on the main CLI."""
    series = sub.add_parser("series", help="list the meeting series; rename one, or merge it into another")
    inner = series.add_subparsers(dest="series_command", metavar="ACTION")
    listing = inner.add_parser("list", help="each series with its number of meetings (the default)")
    add_db(listing)
    rename = inner.add_parser("rename", help="give every meeting of series OLD the name NEW "
                              "(the name of another series merges the two)")
    rename.add_argument("old", metavar="OLD", help="the series, matched ignoring case, diacritics and spaces")
    rename.add_argument("new", metavar="NEW", help="its new name")
    add_db(rename)
    add_db(series)
    for parser in (series, listing, rename):
        parser.set_defaults(command="series")


def cmd_series(args: argparse.Namespace) -> int:
    """Dispatch `series ACTION` (`list` when none is given)."""
    from facilitator.operations import OperationError

    try:
        return {"rename": _rename}.get(args.series_command or "list", _list)(args)
    except OperationError as exc:
        raise UserError(str(exc)) from None


def _list(args: argparse.Namespace) -> int:
    from facilitator.operations import list_series

    for row in list_series(engine_for(args)):
        say(f"{row.name}  ({ntr('{n} meeting', '{n} meetings', row.meetings)})")
    return EXIT_OK


def _rename(args: argparse.Namespace) -> int:
    from facilitator.operations import list_series, rename_series

    engine = engine_for(args)
    changes = rename_series(engine, old=args.old, new=args.new)
    name = " ".join(args.new.split())
    merged = next((r for r in list_series(engine) if r.name == name), None)
    total = merged.meetings if merged else len(changes)
    n = len(changes)
    say(ntr("renamed {n} meeting to {name!r} (the series now has {total})",
            "renamed {n} meetings to {name!r} (the series now has {total})", n,
            name=name, total=ntr("{n} meeting", "{n} meetings", total)))
    return EXIT_OK
