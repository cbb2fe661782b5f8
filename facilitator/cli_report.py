"""`facilitator report`: a consolidated report of many meetings as DOCX, PDF or XLSX, for officials."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

FORMATS = ("docx", "pdf", "xlsx")
DEFAULT_THRESHOLD = 60  # facilitator.recurring.DEFAULT_THRESHOLD (not imported: `--help` stays light)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {value!r}, expected YYYY-MM-DD") from None


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `report` on the main CLI's sub-parsers."""
    parser = subparsers.add_parser("report", help="consolidated report of many meetings (DOCX, PDF or XLSX)")
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: FACILITATOR_DB, else the user's data folder)")
    parser.add_argument("--series", metavar="NAME", help="only meetings of this series")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first meeting date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last meeting date (YYYY-MM-DD)")
    parser.add_argument("--meeting", dest="meetings", action="append", nargs="+", metavar="ID",
                        help="only these meetings (repeatable)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, metavar="N",
                        help=f"similarity (0-100) above which statements count as recurring "
                             f"(default {DEFAULT_THRESHOLD}, as in the recurring-statements window)")
    parser.add_argument("--confirmed-only", action="store_true",
                        help="group only statements an official confirmed as one (the others are listed singly)")
    parser.add_argument("--language", choices=("pl", "en"), default="pl", help="report language (default pl)")
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("-o", "--output", required=True, metavar="OUT")
    return parser


class _UserError(Exception):
    pass


def _options(args: argparse.Namespace):
    from facilitator.report import ReportOptions

    try:
        date_from = _date(args.date_from) if args.date_from else None
        date_to = _date(args.date_to) if args.date_to else None
    except argparse.ArgumentTypeError as exc:
        raise _UserError(str(exc)) from None
    if not 0 <= args.threshold <= 100:
        raise _UserError(f"the threshold must be between 0 and 100, not {args.threshold:g}")
    meetings = [m for group in args.meetings for m in group] if args.meetings else None
    return ReportOptions(series=args.series, date_from=date_from, date_to=date_to, meeting_ids=meetings,
                         language=args.language, threshold=args.threshold, confirmed_only=args.confirmed_only)


def _output(path: str, fmt: str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise _UserError(f"{target} is a folder; give a file name such as report.{fmt}")
    if not target.parent.is_dir():
        raise _UserError(f"the folder {target.parent} does not exist")
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise _UserError(f"cannot write {target}: permission denied")
    return target


def write_report(engine, options, fmt: str, target: Path) -> None:
    """Build and write the report atomically (facilitator.atomic): the file appears only when complete."""
    from facilitator.report import build_from, load

    data = load(engine, options)
    if fmt == "xlsx":
        from facilitator.render.xlsx import render_xlsx

        render_xlsx(data, target)
        return
    from facilitator.atomic import atomic_path
    from facilitator.render import exporter_for

    summary = build_from(data)
    with atomic_path(target, suffix=f".{fmt}") as temp:
        exporter_for(fmt).render(summary, temp)


def run(args: argparse.Namespace) -> int:
    """Make the report; 0 on success, 2 with one `error: …` line for anything the user can fix."""
    from sqlalchemy.exc import SQLAlchemyError

    from facilitator.cli import UserError, check_output, say
    from facilitator.recurring import RecurringError
    from facilitator.render.base import ExportError
    from facilitator.report import ReportError
    from facilitator.store import DatabaseError, open_database
    from facilitator.store.errors import translate
    from facilitator.store.paths import database_path

    db = getattr(args, "db", None)
    try:
        options = _options(args)
        target = _output(args.output, args.format)
        check_output(args.output, db=db)
        engine = open_database(db)
        try:
            write_report(engine, options, args.format, target)
        finally:
            engine.dispose()
    except (_UserError, UserError, ReportError, RecurringError, ExportError, DatabaseError) as exc:
        say(f"error: {exc}", err=True)
        return 2
    except SQLAlchemyError as exc:
        say(f"error: {translate(exc, database_path(db))}", err=True)
        return 2
    except OSError as exc:
        say(f"error: cannot write {args.output}: {exc.strerror or exc}", err=True)
        return 2
    say(f"report written to {target}")
    return 0
