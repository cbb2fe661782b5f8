"""Laptop → office database: each meeting's meeting file, imported into the office database by the import itself.

No merge of its own: a push is `meetingfile.plan_import` / `apply_import` of the documents `meetingfile.dump`
writes (the same base_hash rules and conflict policies as importing files sent by e-mail). The laptop's data is
only read; the office database must exist at this version's schema and is never created or migrated.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from sqlalchemy import Engine

from facilitator.i18n import ntr, tr
from facilitator.meetingfile.reading import Source
from facilitator.store.errors import DatabaseError


class PushError(Exception):
    """A push the user asked for cannot start (unknown meeting, the office database is the laptop's own)."""


def open_target(to: str | os.PathLike[str]) -> Engine:
    """The office database by URL or path: it must exist and be at this version's schema (checked, never changed)."""
    from facilitator.store.connection import check_database, make_engine
    from facilitator.store.paths import database_path, database_url

    if not str(to).strip():
        raise DatabaseError(tr("name the office database: a file path or a postgresql://user@host/database URL"))
    path = database_path(to)
    if path is not None and not path.is_file():
        raise DatabaseError(tr("there is no database at {path}; a push never creates one (the office creates "
                               "its database with `facilitator db upgrade`)", path=path))
    engine = make_engine(database_url(to))
    try:
        check_database(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def check_distinct(local: Engine, target: Engine) -> None:
    """Refuse pushing a database into itself."""
    from facilitator.guard import same_file
    from facilitator.store.connection import engine_name, sqlite_path

    here, there = sqlite_path(local), sqlite_path(target)
    same = same_file(here, there) if here is not None and there is not None else \
        local.url.render_as_string(hide_password=True) == target.url.render_as_string(hide_password=True)
    if same:
        raise PushError(tr("{name} is this computer's own database; name the office database to send to",
                           name=engine_name(target)))


def chosen_meetings(local: Engine, wanted: Sequence[str] = ()) -> list[str]:
    """The ids to send: those asked for (as `facilitator list` prints them), else every meeting, oldest first."""
    from facilitator.operations import list_meetings

    known = [row.id for row in sorted(list_meetings(local), key=lambda r: (r.date, r.title, r.id))]
    if not wanted:
        return known
    asked = list(dict.fromkeys(w.strip() for w in wanted))
    unknown = [w for w in asked if w not in set(known)]
    if unknown:
        raise PushError(tr("no meeting with id {id} in this computer's database (see `facilitator list`)",
                           id=", ".join(unknown)))
    return asked


def documents(local: Engine, meeting_ids: Sequence[str]) -> list[Source]:
    """Each meeting's meeting file as `facilitator dump` writes it, named by date and title; its time for the
    'newer' policy is the meeting's last change on the laptop (a file's would be its modification time)."""
    from facilitator.meetingfile.convert import dump
    from facilitator.meetingfile.rows import aware, local_rows
    from facilitator.store.connection import read_session

    with read_session(local) as session:
        stamps = {mid: [r.updated_at for r in rows if r.updated_at is not None]
                  for mid, rows in local_rows(session, list(meeting_ids)).items()}
    sources = []
    for meeting_id in meeting_ids:
        data = dump(local, meeting_id)
        header = data["meeting"]
        times = [aware(t) for t in stamps.get(meeting_id, ())]
        sources.append(Source(data=data, name=f"{header['date']} {header['title']}",
                              modified=max(times) if times else None))
    return sources


def summary(report, target: str, *, dry_run: bool) -> str:
    """The closing line of a push, in the message language: how many meetings went where, and what became of them;
    when every meeting is already there unchanged, that nothing needed sending (a dry run: nothing would be sent)."""
    total = len(report.meetings)
    counts = {"new": report.count("new"), "updated": report.count("updated"), "unchanged": report.count("unchanged")}
    if not total:
        return tr("this computer's database has no meetings; nothing to send to {target}", target=target)
    if counts["unchanged"] == total and not report.conflicts:
        if dry_run:
            return ntr("nothing to send: the {n} meeting is already in {target}, unchanged; dry run",
                       "nothing to send: all {n} meetings are already in {target}, unchanged; dry run",
                       total, target=target)
        return ntr("nothing needed sending: the {n} meeting is already in {target}, unchanged",
                   "nothing needed sending: all {n} meetings are already in {target}, unchanged", total, target=target)
    meetings = ntr("{n} meeting", "{n} meetings", total)
    if dry_run:
        return tr("{meetings} to send to {target}: {new} new, {updated} updated, {unchanged} unchanged; "
                  "dry run, nothing was sent", meetings=meetings, target=target, **counts)
    return tr("{meetings} sent to {target}: {new} new, {updated} updated, {unchanged} unchanged",
              meetings=meetings, target=target, **counts)
