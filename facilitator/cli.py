"""The `facilitator` command. Imports stay inside the commands so `--version` starts instantly."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from facilitator import APP_NAME, __version__
from facilitator.i18n import N_

EXIT_OK = 0
EXIT_USER_ERROR = 2
# Controls, line separators, bidi overrides and lone surrogates (which a terminal cannot even be sent: UTF-8 has none).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


class UserError(Exception):
    """Something the user can fix; printed as one `error: …` line (`błąd: …` in Polish), exit status 2."""


def _add_db(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Sub-commands suppress their default so `facilitator --db X list` and `facilitator list --db X` agree.
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=None if top else argparse.SUPPRESS,
        help="database file or postgresql://user@host/database URL (default: FACILITATOR_DB, else "
        "facilitator.sqlite in the user's data folder)",
    )


def add_on_conflict(parser: argparse.ArgumentParser) -> None:
    """`--on-conflict` of `import` and `push`: the import's policies."""
    from facilitator.meetingfile.plan import POLICIES

    parser.add_argument(
        "--on-conflict",
        choices=POLICIES,
        default="refuse",
        help="what to do when a row changed both here and in the file since the last import "
        "(default: refuse and list the conflicts)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with English help."""
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=f"{APP_NAME}: record public consultation meetings and turn them into summaries.",
        epilog="Without a command, the desktop app starts. Messages are in the user's language: Polish when the "
        "locale (LANGUAGE, LC_ALL, LC_MESSAGES or LANG, the first set) is Polish, else English; "
        "FACILITATOR_LANGUAGE=pl or en overrides it. Documents are Polish unless `export --language` or "
        "`report --lang` says otherwise.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    _add_db(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the desktop app (the default)")
    _add_db(gui)

    imp = sub.add_parser("import", help="import meeting files into the database, merged by ids")
    imp.add_argument("files", nargs="+", metavar="FILE", help="meeting file(s) (.json)")
    add_on_conflict(imp)
    imp.add_argument("--dry-run", action="store_true", help="show what would change, store nothing")
    _add_db(imp)

    lst = sub.add_parser("list", help="list the meetings in the database")
    _add_db(lst)

    dump = sub.add_parser("dump", help="write one meeting as a meeting file")
    dump.add_argument("--meeting", required=True, metavar="ID", help="the meeting's id (see `facilitator list`)")
    dump.add_argument("-o", "--output", required=True, metavar="FILE.json")
    _add_db(dump)

    sample = sub.add_parser("sample", help="write the built-in sample meeting as a meeting file")
    sample.add_argument("-o", "--output", required=True, metavar="FILE.json")

    export = sub.add_parser("export", help="write a meeting's summary as DOCX or PDF")
    export.add_argument("file", nargs="?", metavar="FILE.json", help="a meeting file (or use --meeting)")
    export.add_argument("--meeting", metavar="ID", help="a meeting in the database instead of a file")
    export.add_argument("--format", required=True, choices=("docx", "pdf"))
    export.add_argument("-o", "--output", required=True, metavar="OUT")
    export.add_argument("--layout", choices=("grouped", "captured"), default="grouped",
                        help="grouped under strengths/weaknesses/… (default) or in captured order")
    export.add_argument("--named", action="store_true", help="name speakers after their statements")
    export.add_argument("--attendance-annex", action="store_true",
                        help="append the attendance list (participants who consented)")
    export.add_argument("--language", choices=("pl", "en"), help="document language (default: the meeting's)")
    _add_db(export)

    desktop = sub.add_parser("install-desktop", help="Linux: add the app to this user's application menu "
                             "(a .desktop entry and the icon in ~/.local/share)")
    desktop.add_argument("--remove", action="store_true", help="remove the entry and the icon again")

    from facilitator import cli_db, cli_push, cli_report, cli_search, cli_series

    cli_report.add_parser(sub)
    cli_push.add_parser(sub, _add_db)
    cli_series.add_parser(sub, _add_db)

    cli_db.add_parsers(sub, _add_db)
    cli_search.add_parsers(sub, _add_db)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script and of `python -m facilitator`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before anything else is imported
        print(f"facilitator {__version__}")
        return EXIT_OK
    from facilitator import i18n

    before = i18n.get_language()
    i18n.set_language(i18n.environment_language())  # messages in the user's language; documents keep their own
    try:
        return _run(argv)
    finally:
        i18n.set_language(before)  # a caller in the same process (a test, the GUI) keeps its language


def _run(argv: list[str]) -> int:
    from facilitator.i18n import bad_override, tr

    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command != "gui" and (value := bad_override()) is not None:  # the app has its own language setting
        return _fail(tr("FACILITATOR_LANGUAGE must be pl or en, not {value!r}", value=value))
    try:
        return _handler(command)(args)
    except UserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail(tr("interrupted"))
    except Exception as exc:  # noqa: BLE001 - a user error we did not foresee must still not show a traceback
        return _fail(_describe(exc, getattr(args, "db", None)))


def printable(text: object) -> str:
    """Text for the terminal: control, line-separator and bidi characters escaped, so data cannot forge lines."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def say(text: object, *, err: bool = False) -> None:
    """Print one line of data-bearing output, escaped."""
    print(printable(text), file=sys.stderr if err else sys.stdout)


def _fail(message: str) -> int:
    from facilitator.i18n import tr

    say(tr("error: {message}", message=message), err=True)
    return EXIT_USER_ERROR


def _describe(exc: BaseException, db: str | None = None) -> str:
    """One line for errors raised by the core's user-facing error types or the OS; database errors without values."""
    module = type(exc).__module__
    if module.startswith(("sqlalchemy", "sqlite3")):
        from facilitator.store.errors import translate
        from facilitator.store.paths import database_path, database_url, server_label

        return str(translate(exc, database_path(db) or server_label(database_url(db))))
    if isinstance(exc, OSError):
        from facilitator.i18n import reason

        where = f" {exc.filename}" if exc.filename else ""
        return f"{reason(exc)}{':' if where else ''}{where}"
    return " ".join(str(exc).split()) or exc.__class__.__name__


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The function behind a command; those of `db`, `erase-person`, `push`, `report`, `recurring`, `search`,
    `reindex` and `series` live in their own modules."""
    from facilitator import cli_db, cli_push, cli_recurring, cli_report, cli_search, cli_series

    return {**_COMMANDS, **cli_db.COMMANDS, **cli_search.COMMANDS, "push": cli_push.cmd_push,
            "report": cli_report.cmd_report,
            "recurring": cli_recurring.cmd_recurring, "series": cli_series.cmd_series}[command]


def engine_for(args: argparse.Namespace):
    """The database of `--db` (or the default), with a damaged or unreachable one as a user error."""
    from facilitator.store import DatabaseError, open_database

    try:
        return open_database(args.db)
    except DatabaseError as exc:
        raise UserError(str(exc)) from exc


def cmd_gui(args: argparse.Namespace) -> int:
    # The core never imports the GUI: the desktop app registers itself under this entry-point group.
    from importlib.metadata import entry_points

    apps = list(entry_points(group="facilitator.gui"))
    if not apps:
        from facilitator.i18n import tr

        raise UserError(tr("the desktop app is not installed (reinstall Facilitator: pip install -e .)"))
    return apps[0].load()(args.db)


def cmd_import(args: argparse.Namespace) -> int:
    from facilitator.i18n import tr

    sources = [_source(path) for path in args.files]
    report = import_sources(engine_for(args), sources, args.on_conflict, dry_run=args.dry_run)
    for entry in report.meetings:
        say(f"{entry.source}: {describe_import(entry, dry_run=args.dry_run)}")
    if args.dry_run:
        say(tr("dry run: nothing was stored"))
    return EXIT_OK


def import_sources(engine, sources: list, on_conflict: str, *, dry_run: bool):
    """The import of `import` and `push`: plan; under 'refuse' list the conflicts and refuse; else store the batch
    in one transaction (a dry run stores nothing). Returns the plan or the result, whose meetings the caller prints."""
    from facilitator import meetingfile
    from facilitator.i18n import ntr

    try:
        plan = meetingfile.plan_import(engine, sources)
        if plan.conflicts and on_conflict == "refuse":
            for line in _conflict_lines(plan):
                say(line, err=True)
            n = len(plan.conflicts)
            raise UserError(ntr("{n} conflict, the import would be refused; choose --on-conflict keep, theirs or "
                                "newer; dry run: nothing was stored", "{n} conflicts, the import would be refused; "
                                "choose --on-conflict keep, theirs or newer; dry run: nothing was stored", n)
                            if dry_run else
                            ntr("{n} conflict, nothing was imported; choose --on-conflict keep, theirs or newer",
                                "{n} conflicts, nothing was imported; choose --on-conflict keep, theirs or newer", n))
        return plan if dry_run else meetingfile.apply_import(engine, plan, on_conflict=on_conflict)
    except meetingfile.MeetingFileError as exc:
        raise UserError(str(exc)) from exc


# What became of a meeting (a dry run: what would); "unchanged" reads the same either way.
_IMPORT_LINES = {
    ("new", False): N_("added meeting {id} of {date} {title!r}{series}{detail}"),
    ("new", True): N_("would add meeting {id} of {date} {title!r}{series}{detail}"),
    ("updated", False): N_("updated meeting {id} of {date} {title!r}{series}{detail}"),
    ("updated", True): N_("would update meeting {id} of {date} {title!r}{series}{detail}"),
    ("unchanged", False): N_("unchanged meeting {id} of {date} {title!r}{series}{detail}"),
    ("unchanged", True): N_("unchanged meeting {id} of {date} {title!r}{series}{detail}"),
}


def describe_import(entry, dry_run: bool = False) -> str:
    """One line per file: the meeting and what happened to it (or, in a dry run, would happen)."""
    from facilitator.i18n import tr

    counts = _import_counts(entry)
    if entry.conflicts:
        counts.append(_conflicts_resolved(len(entry.conflicts), dry_run))
    detail = f" ({', '.join(counts)})" if counts else ""
    series = tr(" in series {series!r}", series=entry.series) if entry.series else ""
    return tr(_IMPORT_LINES[entry.status, dry_run], id=entry.meeting_id, date=prose_date(entry.date),
              title=entry.title, series=series, detail=detail)


def _import_counts(entry) -> list[str]:
    """What a new meeting brings (nothing of it was stored before, so nothing "changes"), or what changes."""
    from facilitator.i18n import ntr

    if entry.status == "new":
        return [text for n, text in (
            (entry.added, ntr("{n} item", "{n} items", entry.added)),
            (entry.sections, ntr("{n} section", "{n} sections", entry.sections)),
            (entry.participants, ntr("{n} participant", "{n} participants", entry.participants))) if n]
    if entry.status == "updated":
        return [text for n, text in (
            (entry.added, ntr("{n} item added", "{n} items added", entry.added)),
            (entry.updated, ntr("{n} item updated", "{n} items updated", entry.updated)),
            (entry.deleted, ntr("{n} item deleted", "{n} items deleted", entry.deleted)),
            (entry.other_changes, ntr("{n} other change", "{n} other changes", entry.other_changes))) if n]
    return []


def _conflicts_resolved(n: int, dry_run: bool) -> str:
    from facilitator.i18n import ntr

    if dry_run:
        return ntr("{n} conflict to be resolved", "{n} conflicts to be resolved", n)
    return ntr("{n} conflict resolved", "{n} conflicts resolved", n)


def prose_date(value) -> str:
    """A date inside a sentence in the message language: '15 czerwca 2018 r.' / '15 June 2018'."""
    from datetime import date

    from facilitator.i18n import get_language
    from facilitator.summary.lang import long_date

    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return long_date(day, get_language())


def _conflict_lines(plan) -> list[str]:
    """Each conflict with both sides, for the user to decide on a policy."""
    from facilitator.i18n import term, tr

    lines = []
    for entry in plan.meetings:
        for c in entry.conflicts:
            lines.append(tr("conflict in {source}: {entity} {id} {label!r}, fields {fields}", source=entry.source,
                            entity=term(c.entity), id=c.id, label=c.label, fields=", ".join(c.fields)))
            lines.append(tr("    here: {values}", values=_side(c.local, c.fields)))
            lines.append(tr("    file: {values}", values=_side(c.theirs, c.fields)))
    return lines


def _side(values: dict | None, fields) -> str:
    from facilitator.i18n import tr

    return tr("deleted") if values is None else "; ".join(f"{k}={values.get(k)!r}" for k in fields)


def _source(path: str):
    from facilitator import meetingfile

    try:
        return meetingfile.open_source(path)
    except meetingfile.MeetingFileError as exc:
        raise UserError(str(exc)) from exc


def _load(path: str) -> dict:
    from facilitator import meetingfile

    try:
        return meetingfile.load(path)
    except meetingfile.MeetingFileError as exc:
        raise UserError(str(exc)) from exc


def cmd_list(args: argparse.Namespace) -> int:
    from facilitator.i18n import ntr
    from facilitator.operations import list_meetings

    for row in list_meetings(engine_for(args)):  # columns (id first, ISO date), the count in the user's language
        series = f"  [{row.series}]" if row.series else ""
        say(f"{row.id}  {row.date.isoformat()}  {row.title}{series}  ({ntr('{n} item', '{n} items', row.items)})")
    return EXIT_OK


def check_output(output: str, inputs: Sequence[str] = (), db: str | None = None, *, with_db: bool = True) -> None:
    """Refuse before any work an output that is the database (or its -wal/-shm) or one of the inputs."""
    from facilitator.guard import OutputClashError
    from facilitator.guard import check_output as check
    from facilitator.store.paths import database_path

    database = database_path(db) if with_db else None
    try:
        check(output, inputs=inputs, databases=[database] if database is not None else [])
    except OutputClashError as exc:
        raise UserError(str(exc)) from None


def cmd_dump(args: argparse.Namespace) -> int:
    from facilitator import meetingfile

    check_output(args.output, db=args.db)
    engine = engine_for(args)
    try:
        data = meetingfile.dump(engine, args.meeting)
    except meetingfile.MeetingFileError as exc:
        raise UserError(str(exc)) from exc
    _write_json(args.output, data)
    return EXIT_OK


def cmd_sample(args: argparse.Namespace) -> int:
    from facilitator.sample import load_sample

    check_output(args.output, db=args.db)
    _write_json(args.output, load_sample())
    return EXIT_OK


def _write_json(path: str, data: dict) -> None:
    from facilitator import meetingfile

    try:
        meetingfile.write(path, data)
    except meetingfile.MeetingFileError as exc:
        raise UserError(str(exc)) from exc


def cmd_export(args: argparse.Namespace) -> int:
    from facilitator.i18n import tr

    if bool(args.file) == bool(args.meeting):
        raise UserError(tr("give either a meeting file or --meeting ID"))
    from facilitator.export import export_meeting
    from facilitator.render.base import ExportError
    from facilitator.summary import SummaryOptions

    check_output(args.output, [args.file] if args.file else [], args.db)
    meeting = _meeting_for_export(args)
    options = SummaryOptions(
        layout=args.layout, named=args.named, attendance_annex=args.attendance_annex, language=args.language
    )
    if args.named:
        _consent_notice(meeting)
    try:
        export_meeting(meeting, args.format, args.output, options)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    return EXIT_OK


def _consent_notice(meeting: Any) -> None:
    """One line on stderr: how many speakers a named export leaves unnamed for lack of recorded consent."""
    from facilitator.i18n import ntr
    from facilitator.summary import lacking_consent

    missing = len(lacking_consent(meeting))
    if missing:
        say(ntr("note: {n} speaker without recorded consent appears as their organisation or as 'participant', "
                "not by name", "note: {n} speakers without recorded consent appear as their organisation or as "
                "'participant', not by name", missing), err=True)


def _meeting_for_export(args: argparse.Namespace):
    """A file becomes a plain view (no database, no SQLAlchemy: the export starts fast); --meeting reads the db."""
    if args.file:
        from facilitator.meetingfile.view import meeting_view

        return meeting_view(_load(args.file))
    from facilitator.operations import OperationError, get_meeting

    try:
        return get_meeting(engine_for(args), args.meeting)
    except OperationError as exc:
        raise UserError(str(exc)) from exc


def cmd_install_desktop(args: argparse.Namespace) -> int:
    """Write (or with --remove delete) the user's desktop entry and icon."""
    from facilitator import desktop_entry
    from facilitator.i18n import tr

    if not sys.platform.startswith("linux"):
        raise UserError(tr("install-desktop is for Linux desktops; the Windows and macOS installers add the app to "
                           "the Start menu or Applications"))
    paths = desktop_entry.uninstall() if args.remove else desktop_entry.install()
    for path in paths:
        say(tr("removed {path}", path=path) if args.remove else tr("wrote {path}", path=path))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "install-desktop": cmd_install_desktop,
    "import": cmd_import,
    "list": cmd_list,
    "dump": cmd_dump,
    "sample": cmd_sample,
    "export": cmd_export,
}
