"""`facilitator recurring`: the recurring-statement groups the report would print, one line per statement."""

from __future__ import annotations

import argparse


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `recurring` on the main CLI's sub-parsers (the grouping options are the report's)."""
    from facilitator.kinds import DEFAULT_THRESHOLD

    parser = subparsers.add_parser(
        "recurring", help="recurring statements as the report groups them: one tab-separated line per statement "
                          "(group number, area, heading, date, meeting title, text)")
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: FACILITATOR_DB, else the user's data folder)")
    parser.add_argument("--series", metavar="NAME", help="only meetings of this series")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first meeting date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last meeting date (YYYY-MM-DD)")
    add_grouping_options(parser, DEFAULT_THRESHOLD)
    return parser


def add_grouping_options(parser: argparse.ArgumentParser, default: float) -> None:
    """--threshold, --confirmed-only and --across-areas, shared by `report` and `recurring`."""
    parser.add_argument("--threshold", type=float, default=default, metavar="N",
                        help=f"similarity (0-100) above which statements count as recurring "
                             f"(default {default:g}, as in the recurring-statements window)")
    parser.add_argument("--confirmed-only", action="store_true",
                        help="group only statements an official confirmed as one (the others are listed singly)")
    parser.add_argument("--across-areas", action="store_true",
                        help="compare statements of different areas too (by default groups form within an area)")


def cmd_recurring(args: argparse.Namespace) -> int:
    """Print the groups (nothing when nothing recurs); the main CLI turns user errors into one `error: …` line."""
    from facilitator.cli import EXIT_OK, UserError, engine_for, printable
    from facilitator.cli_report import options_from
    from facilitator.recurring import RecurringError
    from facilitator.report import ReportError, load

    options = options_from(args)
    engine = engine_for(args)
    try:
        data = load(engine, options)
    except (ReportError, RecurringError) as exc:
        raise UserError(str(exc)) from exc
    finally:
        engine.dispose()
    for number, group in enumerate(data.groups, start=1):
        for m in group.members:
            fields = (f"G{number}", group.area, group.heading, m.meeting_date.isoformat(), m.meeting_title, m.text)
            print("\t".join(printable(f) for f in fields))  # each field escaped: a tab in the data cannot forge one
    return EXIT_OK
