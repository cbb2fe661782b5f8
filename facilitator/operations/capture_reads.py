"""Read queries of the meeting window (Notatki, its clocks, draft recovery): plain rows, one query per list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select

from facilitator.model import AgendaItem, Item, Meeting, Participant, Section, Tag, item_tag


@dataclass
class SectionRow:
    """What the sections list shows of one section."""

    id: str
    title: str
    kind: str = "area"
    group: str | None = None
    count: int = 0


def section_rows(engine: Engine, meeting_id: str) -> list[SectionRow]:
    """The meeting's sections with item counts, in one query."""
    sections, items = Section.__table__, Item.__table__
    counts = select(items.c.section_id, func.count().label("n")).group_by(items.c.section_id).subquery()
    stmt = (
        select(sections.c.id, sections.c.title, sections.c.kind, sections.c.group, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.section_id == sections.c.id)
        .where(sections.c.meeting_id == meeting_id)
        .order_by(sections.c.position)
    )
    with engine.connect() as conn:
        return [SectionRow(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(stmt)]


def section_items(engine: Engine, section_id: str | None) -> list[dict]:
    """The items of one section as flat rows in position order, each with its tag names."""
    if not section_id:
        return []
    table = Item.__table__
    columns = (table.c.id, table.c.parent_id, table.c.position, table.c.kind, table.c.text, table.c.speaker_id)
    links, tags = item_tag, Tag.__table__
    tagged = (select(links.c.item_id, tags.c.name).join(tags, tags.c.id == links.c.tag_id)
              .join(table, table.c.id == links.c.item_id).where(table.c.section_id == section_id))
    with engine.connect() as conn:
        result = conn.execute(select(*columns).where(table.c.section_id == section_id).order_by(table.c.position))
        rows = [dict(row._mapping) for row in result]
        names: dict[str, list[str]] = {}
        for item_id, name in conn.execute(tagged):  # one query for the whole section, never per row
            names.setdefault(item_id, []).append(name)
    for row in rows:
        row["tags"] = names.get(row["id"], [])
    return rows


def tag_names(engine: Engine) -> list[str]:
    """Every tag used in any meeting, alphabetical (suggestions when tagging)."""
    with engine.connect() as conn:
        return sorted(conn.execute(select(Tag.__table__.c.name)).scalars(), key=str.casefold)


def speakers(engine: Engine, meeting_id: str) -> dict[str, str]:
    """Participant id → name, in attendance-list order."""
    table = Participant.__table__
    with engine.connect() as conn:
        stmt = select(table.c.id, table.c.name).where(table.c.meeting_id == meeting_id).order_by(table.c.position)
        return {row.id: row.name for row in conn.execute(stmt)}


def item_section(engine: Engine, item_id: str) -> str | None:
    """The section a statement is in (None when it no longer exists)."""
    with engine.connect() as conn:
        return conn.execute(select(Item.section_id).where(Item.id == item_id)).scalar()


def item_text(engine: Engine, item_id: str) -> str | None:
    """A statement's stored text (None when it no longer exists)."""
    with engine.connect() as conn:
        return conn.execute(select(Item.text).where(Item.id == item_id)).scalar()


def section_has_text(engine: Engine, section_id: str, text: str) -> bool:
    """Whether a statement with exactly this text is stored in the section (a draft that was already saved)."""
    with engine.connect() as conn:
        return any(stored == text for stored in conn.execute(select(Item.text).where(Item.section_id == section_id))
                   .scalars())


@dataclass(frozen=True)
class MeetingClock:
    """What the running clocks need: the planned start and the agenda points (id, text) in order."""

    date: date | None
    start: str | None
    agenda: list[tuple[str, str]]


def meeting_clock(engine: Engine, meeting_id: str) -> MeetingClock:
    """The meeting's planned date and start, and its agenda (empty when the meeting is gone)."""
    with engine.connect() as conn:
        meeting = conn.execute(select(Meeting.date, Meeting.start).where(Meeting.id == meeting_id)).first()
        agenda = conn.execute(select(AgendaItem.id, AgendaItem.text).where(AgendaItem.meeting_id == meeting_id)
                              .order_by(AgendaItem.position)).all()
    when, start = (meeting.date, meeting.start) if meeting else (None, None)
    return MeetingClock(when, start, [(row.id, row.text) for row in agenda])
