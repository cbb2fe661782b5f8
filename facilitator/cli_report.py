"""`facilitator report`: a consolidated report of many meetings as DOCX, PDF or XLSX, for officials."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from facilitator.cli import EXIT_OK, UserError, check_output, engine_for, say
from facilitator.i18n import reason, tr
from facilitator.kinds import DEFAULT_THRESHOLD
from facilitator.kinds import REPORT_FORMATS as FORMATS
from facilitator.kinds import REPORT_KINDS as KINDS


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("bad date {value!r}, expected YYYY-MM-DD", value=value)) from None


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register `report` on the main CLI's sub-parsers."""
    parser = subparsers.add_parser("report", help="consolidated report of many meetings, or the consultation report "
                                   "with the office's positions (DOCX, PDF or XLSX)")
    parser.add_argument("--kind", choices=KINDS, default="consolidated",
                        help="consolidated: every statement by area and kind (default); consultation: each remark, "
                             "who raised it (organisations only) and the office's position with its justification")
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: FACILITATOR_DB, else the user's data folder)")
    parser.add_argument("--series", metavar="NAME", help="only meetings of this series")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first meeting date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last meeting date (YYYY-MM-DD)")
    parser.add_argument("--meeting", dest="meetings", action="append", nargs="+", metavar="ID",
                        help="only these meetings (repeatable)")
    from facilitator import cli_recurring

    cli_recurring.add_grouping_options(parser, DEFAULT_THRESHOLD)
    parser.add_argument("--language", "--lang", dest="language", choices=("pl", "en"), default="pl",
                        help="report language (default pl)")
    parser.add_argument("--format", choices=FORMATS, help="docx, pdf or xlsx (default: from the output's extension)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT")
    cli_recurring.add_parser(subparsers)
    return parser


def options_from(args: argparse.Namespace):
    """ReportOptions from the report's (or `recurring`'s) arguments; a user error for a bad date or threshold."""
    from facilitator.report import ReportOptions

    try:
        date_from = _date(args.date_from) if args.date_from else None
        date_to = _date(args.date_to) if args.date_to else None
    except argparse.ArgumentTypeError as exc:
        raise UserError(str(exc)) from None
    if not 0 <= args.threshold <= 100:
        raise UserError(tr("the threshold must be between 0 and 100, not {value}", value=f"{args.threshold:g}"))
    meetings = [m for group in getattr(args, "meetings", None) or () for m in group] or None
    return ReportOptions(series=args.series, date_from=date_from, date_to=date_to, meeting_ids=meetings,
                         language=getattr(args, "language", "pl"), threshold=args.threshold,
                         confirmed_only=args.confirmed_only, across_areas=args.across_areas)


def _format(args: argparse.Namespace) -> str:
    """--format, else the output file's extension."""
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(tr("cannot tell the format from {path!r}; give --format docx, pdf or xlsx or a file name "
                           "ending .docx, .pdf or .xlsx", path=args.output))
    return suffix


def _output(path: str, fmt: str) -> Path:
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(tr("{path} is a folder; give a file name such as report.{format}", path=target, format=fmt))
    if not target.parent.is_dir():
        raise UserError(tr("the folder {path} does not exist", path=target.parent))
    if not os.access(target.parent, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise UserError(tr("cannot write {path}: permission denied", path=target))
    return target


def cmd_report(args: argparse.Namespace) -> int:
    """Make the report; the main CLI turns the core's user errors into one `error: …` line and exit status 2."""
    from facilitator import report
    from facilitator.recurring import RecurringError
    from facilitator.render.base import ExportError

    options = options_from(args)
    fmt = _format(args)
    target = _output(args.output, fmt)
    check_output(args.output, db=getattr(args, "db", None))
    engine = engine_for(args)
    try:
        report.write(engine, fmt, options, target, kind=args.kind)
    except (report.ReportError, RecurringError, ExportError) as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(tr("Cannot write {path}: {reason}", path=args.output, reason=reason(exc))) from exc
    finally:
        engine.dispose()
    say(tr("report written to {path}", path=target))
    return EXIT_OK
