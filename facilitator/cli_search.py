"""`facilitator search` and `facilitator reindex`: the officials' search from a terminal, same results as the GUI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date

from facilitator.cli import EXIT_OK, UserError, say
from facilitator.i18n import ntr, tr
from facilitator.kinds import ITEM_KINDS, RESPONSE_POSITIONS

POSITIONS = (*RESPONSE_POSITIONS, "none")  # "none": not answered yet (facilitator.search.NO_RESPONSE)


def add_parsers(sub, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `search` and `reindex` on the main CLI."""
    parser = sub.add_parser("search", help="find statements in every meeting (one tab-separated line each: "
                            "date, meeting, section, kind, text)")
    parser.add_argument("query", metavar="QUERY", nargs="?", default="",
                        help="words to find in a statement, its meeting, section, tags or the office's "
                             "justification (any case, diacritics and inflected forms); none: every statement")
    parser.add_argument("--series", metavar="NAME", help="only meetings of this series")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first meeting date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last meeting date (YYYY-MM-DD)")
    parser.add_argument("--tag", action="append", metavar="TAG",
                        help="only statements with this tag or a tag under it (repeat for any of several)")
    parser.add_argument("--kind", action="append", choices=ITEM_KINDS, metavar="KIND",
                        help=f"only statements of this kind ({', '.join(ITEM_KINDS)}; repeat for several)")
    parser.add_argument("--position", choices=POSITIONS, metavar="POSITION",
                        help="only statements with this position of the office (accepted, partly_accepted, "
                             "not_accepted) or none: not answered yet")
    parser.add_argument("--limit", type=int, metavar="N", help="print at most the N best (default: all)")
    add_db(parser)
    reindex = sub.add_parser("reindex", help="rebuild the search index from the statements (repair)")
    add_db(reindex)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(tr("bad date {value!r}, expected YYYY-MM-DD", value=value)) from None


def cmd_search(args: argparse.Namespace) -> int:
    """Print the statements the GUI's search window would list, in its order."""
    from facilitator.cli import engine_for, printable
    from facilitator.search import Filters, search

    filters = Filters(series=args.series, date_from=_date(args.date_from), date_to=_date(args.date_to),
                      tag=args.tag, kind=args.kind, response=args.position)
    if args.limit is not None and args.limit < 1:
        raise UserError(tr("--limit must be at least 1, not {value}", value=args.limit))
    engine = engine_for(args)
    try:
        hits = search(engine, args.query, filters=filters, limit=args.limit)
    finally:
        engine.dispose()
    try:
        for hit in hits:
            # Each field escaped on its own (tabs and newlines in the text included), so fields and lines stay apart.
            print("\t".join(printable(v) for v in search_row(hit)))
        sys.stdout.flush()
    except BrokenPipeError:  # `… | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def search_row(hit) -> tuple[str, str, str, str, str]:
    """The fields of one printed line."""
    return (hit.meeting_date.isoformat(), hit.meeting_title, hit.section_title, hit.kind, hit.text)


def cmd_reindex(args: argparse.Namespace) -> int:
    """Rebuild the search index and say how many statements it holds."""
    from facilitator.cli import engine_for
    from facilitator.search import reindex

    engine = engine_for(args)
    try:
        count = reindex(engine)
    finally:
        engine.dispose()
    say(ntr("indexed {n} statement", "indexed {n} statements", count))
    return EXIT_OK


COMMANDS = {"search": cmd_search, "reindex": cmd_reindex}
