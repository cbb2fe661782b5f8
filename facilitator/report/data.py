"""Lean loading of many meetings for a consolidated report: a few Core selects, no ORM object graph."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import aliased

from facilitator import tagtree
from facilitator.areas import arrange, block_keys
from facilitator.i18n import tr
from facilitator.kinds import ITEM_KINDS
from facilitator.model import Item, Meeting, Participant, Section, Tag, item_tag
from facilitator.recurring import DEFAULT_THRESHOLD, Group, Member, group_members, load_decisions, load_labels
from facilitator.search import Filters, filter_clauses, fold, matching_series
from facilitator.summary.lang import norm

KIND_ORDER: tuple[str, ...] = ITEM_KINDS


class ReportError(ValueError):
    """The report cannot be made as asked (no meetings match, bad options); the message is for the user."""


@dataclass(frozen=True)
class ReportOptions:
    """Which meetings go into the report, its language and the similarity threshold for recurring statements."""

    series: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    meeting_ids: tuple[str, ...] | list[str] | None = None
    language: str = "pl"
    threshold: float = DEFAULT_THRESHOLD
    confirmed_only: bool = False  # only the groups an official confirmed; everything else is printed singly
    across_areas: bool = False  # group statements of different areas too (each group is reported in its own area)

    def filters(self) -> Filters:
        """The same filters search uses."""
        ids = tuple(self.meeting_ids) if self.meeting_ids is not None else None  # [] chooses no meeting
        return Filters(series=self.series, date_from=self.date_from, date_to=self.date_to, meeting_ids=ids)


@dataclass(frozen=True)
class MeetingRow:
    """One meeting of the report."""

    id: str
    title: str
    date: date
    venue: str | None
    series: str | None
    participants: int | None  # None: neither a head count nor a present participant was recorded


@dataclass(frozen=True)
class Statement:
    """One captured item with everything a report row needs (organisation only for counting)."""

    item_id: str
    meeting_id: str
    section_title: str
    section_kind: str
    kind: str
    text: str
    parent_text: str | None
    tags: tuple[str, ...]
    organisation: str | None


@dataclass
class ReportData:
    """Everything the report renderers need, loaded once."""

    options: ReportOptions
    meetings: list[MeetingRow]
    statements: list[Statement]
    groups: list[Group] = field(default_factory=list)

    def meeting(self, meeting_id: str) -> MeetingRow:
        """The meeting row by id."""
        return self._meetings[meeting_id]

    def __post_init__(self) -> None:
        self._meetings = {m.id: m for m in self.meetings}
        self.group_of: dict[str, int] = {}
        self._areas: list[tuple[str, list[Statement]]] | None = None
        self.group_area: dict[str, str] = {}  # item id -> its group's area, where that is not its own section's

    def areas(self) -> list[tuple[str, list[Statement]]]:
        """Statements by area (facilitator.areas): the model's areas in its order, then themes, then 'Inne uwagi'.

        A statement of a recurring group that an official moved, or that was grouped across areas, is in its group's
        area."""
        if self._areas is None:
            moved = self.group_area
            self._areas = arrange(self.statements, lambda s: moved.get(s.item_id, s.section_title),
                                  lambda s: "area" if s.item_id in moved else s.section_kind,
                                  norm(self.options.language))
        return self._areas

    def area_of(self) -> dict[str, str]:
        """Each statement's area heading, by item id (the XLSX column)."""
        return {s.item_id: title for title, rows in self.areas() for s in rows}

    def tag_counts(self) -> list[tagtree.TagCount]:
        """Statements and meetings per tag, as a tree: a level counts the tags under it ("Obszar 1/BIP")."""
        names = {t for s in self.statements for t in s.tags}
        links = ((t, s.item_id, s.meeting_id) for s in self.statements for t in s.tags)
        return tagtree.counts(((n, n) for n in names), links)

    def counts(self) -> list[tuple[str, dict[str, int]]]:
        """Per area, the number of statements of each kind."""
        return [(title, Counter(s.kind for s in rows)) for title, rows in self.areas()]


def _meetings(conn: Connection, filters: Filters) -> list[MeetingRow]:
    present = (
        select(Participant.meeting_id, func.count().label("n"))
        .where(Participant.present.is_(True))
        .group_by(Participant.meeting_id)
        .subquery()
    )
    stmt = (
        select(Meeting.id, Meeting.title, Meeting.date, Meeting.venue, Meeting.series, Meeting.attendance_count,
               present.c.n)
        .outerjoin(present, present.c.meeting_id == Meeting.id)
        .order_by(Meeting.date, Meeting.title, Meeting.id)
    )
    meeting_filters = Filters(series=filters.series, date_from=filters.date_from, date_to=filters.date_to,
                              meeting_ids=filters.meeting_ids)
    stmt = stmt.where(*filter_clauses(conn, meeting_filters))
    return [MeetingRow(r[0], r[1], r[2], r[3], r[4], r[5] if r[5] is not None else r[6])
            for r in conn.execute(stmt)]


def _tags(conn: Connection, meeting_ids: set[str]) -> dict[str, tuple[str, ...]]:
    stmt = (
        select(item_tag.c.item_id, Tag.name)
        .join(Tag, Tag.id == item_tag.c.tag_id)
        .join(Item, Item.id == item_tag.c.item_id)
        .join(Section, Section.id == Item.section_id)
        .order_by(Tag.name)
    )
    found: dict[str, list[str]] = defaultdict(list)
    for item_id, name in conn.execute(stmt.where(Section.meeting_id.in_(meeting_ids))):
        found[item_id].append(name)
    return {k: tuple(v) for k, v in found.items()}


def _statements(conn: Connection, meeting_ids: set[str]) -> list[Statement]:
    parent = aliased(Item)
    stmt = (
        select(Item.id, Section.meeting_id, Section.title, Section.kind, Item.kind, Item.text, parent.text,
               Participant.organisation)
        .select_from(Item)
        .join(Section, Section.id == Item.section_id)
        .join(Meeting, Meeting.id == Section.meeting_id)
        .outerjoin(parent, parent.id == Item.parent_id)
        .outerjoin(Participant, Participant.id == Item.speaker_id)
        .where(Section.meeting_id.in_(meeting_ids))
        .order_by(Meeting.date, Meeting.id, Section.position, Item.parent_id.is_not(None), Item.position)
    )
    tags = _tags(conn, meeting_ids)
    return [Statement(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tags.get(r[0], ()), r[7]) for r in conn.execute(stmt)]


def load(engine: Engine, options: ReportOptions) -> ReportData:
    """Meetings, statements and recurring groups of the report; ReportError when no meeting matches."""
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise ReportError(tr("the start date is after the end date"))
    with engine.connect() as conn:
        if options.series and not matching_series(conn, options.series):
            names = sorted({" ".join(n.split()) for n in conn.execute(select(Meeting.series).distinct()).scalars()
                            if n and n.strip()}, key=fold)
            raise ReportError(tr("there is no series {name!r}; the series are: {names}", name=options.series,
                                 names=", ".join(names) or "—"))
        meetings = _meetings(conn, options.filters())
        if not meetings:
            raise ReportError(tr("no meetings match the chosen filters"))
        ids = {m.id for m in meetings}
        statements = _statements(conn, ids)
        same, distinct = load_decisions(conn)
        labels = load_labels(conn)
    data = ReportData(options, meetings, statements)
    members = [
        Member(s.item_id, s.text, s.kind, s.section_title, s.meeting_id, data.meeting(s.meeting_id).title,
               data.meeting(s.meeting_id).date, s.organisation)
        for s in statements
    ]
    grouping = {"same_area": not options.across_areas, "labels": labels}
    if options.confirmed_only:  # the officials' decisions alone: nothing joins by similarity
        data.groups = [g for g in group_members(members, same, distinct, threshold=101, **grouping) if g.confirmed]
    else:
        data.groups = group_members(members, same, distinct, threshold=options.threshold, **grouping)
    area_key = block_keys()
    for number, group in enumerate(data.groups, start=1):
        area = area_key(group.area)
        for member in group.members:
            data.group_of[member.item_id] = number
            if area_key(member.section_title) != area:  # moved, or grouped across areas: with its group
                data.group_area[member.item_id] = group.area
    return data
