"""Read helpers for the GUI: the meetings list (aggregated in SQL), one line of it, one meeting fully loaded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, Select, case, func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import set_committed_value

from facilitator.i18n import tr
from facilitator.model import Item, Meeting, Participant, Section
from facilitator.operations.core import OperationError
from facilitator.store import session_scope


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meetings list."""

    id: str
    date: date
    title: str
    venue: str | None
    series: str | None
    attendance: int | None  # what the summary prints as 'Liczba uczestników'; None when it prints no such line
    items: int


def _rows_query(meeting_id: str | None = None, series: str | None = None) -> Select:
    """Meetings with their counts aggregated in SQL; core tables, so the first screen configures no mappers."""
    meeting, participant, item, section = (m.__table__ for m in (Meeting, Participant, Item, Section))
    listed = select(func.count()).where(participant.c.meeting_id == meeting.c.id).correlate(meeting).scalar_subquery()
    present = (
        select(func.count())
        .where(participant.c.meeting_id == meeting.c.id, participant.c.present.is_(True))
        .correlate(meeting)
        .scalar_subquery()
    )
    # The summary's rule (Meeting.attendance, summary.build): the count typed in, else those present, and no
    # 'Liczba uczestników' line at all for a meeting with neither.
    attendance = case((meeting.c.attendance_count.is_not(None), meeting.c.attendance_count), (listed > 0, present))
    items = (
        select(func.count())
        .select_from(item)
        .join(section, section.c.id == item.c.section_id)
        .where(section.c.meeting_id == meeting.c.id)
        .correlate(meeting)
        .scalar_subquery()
    )
    m = meeting.c
    stmt = select(m.id, m.date, m.title, m.venue, m.series, attendance, items)
    if meeting_id is not None:
        stmt = stmt.where(m.id == meeting_id)
    if series is not None:
        stmt = stmt.where(m.series == series)
    return stmt.order_by(m.date.desc(), m.created_at.desc(), m.id)


def list_meetings(engine: Engine, *, text: str | None = None, series: str | None = None) -> list[MeetingRow]:
    """Meetings newest first, with attendance and item counts; text filters title/venue/series ignoring case."""
    with engine.connect() as conn:
        rows = [MeetingRow(*row) for row in conn.execute(_rows_query(series=series))]
    needle = (text or "").strip().casefold()
    if not needle:
        return rows
    # Filtered here, not in SQL: SQLite's lower()/LIKE ignore case for ASCII only, not for "Ł" or "Ó".
    return [row for row in rows if any(needle in (v or "").casefold() for v in (row.title, row.venue, row.series))]


def meeting_row(engine: Engine, meeting_id: str) -> MeetingRow | None:
    """One meeting's line of the list (None when it no longer exists): a list shown beside capture updates one row."""
    with engine.connect() as conn:
        row = conn.execute(_rows_query(meeting_id=meeting_id)).first()
    return MeetingRow(*row) if row is not None else None


def get_meeting(engine: Engine, meeting_id: str) -> Meeting:
    """A meeting with everything in it loaded, usable after its session has closed."""
    options = (
        selectinload(Meeting.agenda),
        selectinload(Meeting.participants),
        selectinload(Meeting.sections).selectinload(Section.all_items).selectinload(Item.tags),
    )
    with session_scope(engine) as session:
        meeting = session.get(Meeting, meeting_id, options=options) if isinstance(meeting_id, str) else None
        if meeting is None:
            raise OperationError(tr("the meeting {id!r} does not exist (it may have been deleted)", id=meeting_id))
        _link(meeting)
        session.expunge_all()
    return meeting


def _link(meeting: Meeting) -> None:
    """Fill the back-references and item trees from what is loaded, so nothing lazy-loads later."""
    speakers = {p.id: p for p in meeting.participants}
    for row in (*meeting.agenda, *meeting.participants, *meeting.sections):
        set_committed_value(row, "meeting", meeting)
    for section in meeting.sections:
        by_id = {item.id: item for item in section.all_items}
        children: dict[str, list[Item]] = {item.id: [] for item in section.all_items}
        for item in section.all_items:
            if item.parent_id in children:
                children[item.parent_id].append(item)
        for item in section.all_items:
            set_committed_value(item, "section", section)
            set_committed_value(item, "children", children[item.id])
            set_committed_value(item, "parent", by_id.get(item.parent_id))
            set_committed_value(item, "speaker", speakers.get(item.speaker_id))
