"""A plain, read-only view of a meeting file for the summary builder: no SQLAlchemy, so exports start fast.

The classes carry the attribute names `facilitator.summary.build` reads from the ORM model (`Meeting`,
`Section`, `Item`, …), so `build(meeting_view(data))` and `build(meeting_from_dict(data))` agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(eq=False)
class AgendaView:
    """One agenda point."""

    text: str
    position: int = 0


@dataclass(eq=False)
class ParticipantView:
    """One participant as the summary sees them (name, organisation, presence, consent)."""

    id: str
    name: str
    organisation: str | None = None
    email: str | None = None
    gender: str = "unspecified"
    present: bool = True
    consent: bool = False
    position: int = 0


@dataclass(eq=False)
class TagView:
    """A tag on an item."""

    name: str


@dataclass(eq=False)
class ItemView:
    """One captured statement with its sub-items; `parent` is None at the top level."""

    id: str
    kind: str
    text: str
    position: int = 0
    speaker: ParticipantView | None = None
    tags: list[TagView] = field(default_factory=list)
    children: list[ItemView] = field(default_factory=list)
    parent: ItemView | None = field(default=None, repr=False)

    @property
    def speaker_id(self) -> str | None:
        """The speaker's id, as on the ORM row."""
        return self.speaker.id if self.speaker is not None else None

    @property
    def parent_id(self) -> str | None:
        """The parent's id, as on the ORM row."""
        return self.parent.id if self.parent is not None else None


@dataclass(eq=False)
class SectionView:
    """A section: `items` is the top level, `all_items` every item (nested ones too) like the ORM's."""

    id: str
    title: str
    kind: str = "area"
    group: str | None = None
    position: int = 0
    items: list[ItemView] = field(default_factory=list)

    @property
    def all_items(self) -> list[ItemView]:
        """Every item of the section, depth first in document order."""
        out: list[ItemView] = []
        stack = list(reversed(self.items))
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(reversed(item.children))
        return out


@dataclass(eq=False)
class MeetingView:
    """A whole meeting: the header fields, agenda, participants and sections of a meeting file."""

    id: str
    title: str
    date: date
    series: str | None = None
    audience: str | None = None
    organiser: str | None = None
    venue: str | None = None
    start: str | None = None
    end: str | None = None
    purpose: str | None = None
    facilitator: str | None = None
    author: str | None = None
    language: str = "pl"
    attendance_count: int | None = None
    agenda: list[AgendaView] = field(default_factory=list)
    participants: list[ParticipantView] = field(default_factory=list)
    sections: list[SectionView] = field(default_factory=list)

    @property
    def attendance(self) -> int:
        """The number printed as 'Liczba uczestników': explicit count, else participants present."""
        if self.attendance_count is not None:
            return self.attendance_count
        return sum(1 for p in self.participants if p.present)


_HEADER_TEXT: tuple[str, ...] = (
    "series", "audience", "organiser", "venue", "start", "end", "purpose", "facilitator", "author",
)


def meeting_view(data: dict) -> MeetingView:
    """The view of a meeting file (validated here, like `meeting_from_dict`), for exporting it to a document."""
    from facilitator.meetingfile.reading import validate

    m = validate(data)["meeting"]
    people = {
        p["id"]: ParticipantView(
            id=p["id"], name=p["name"], organisation=p.get("organisation"), email=p.get("email"),
            gender=p["gender"], present=p["present"], consent=p["consent"], position=i,
        )
        for i, p in enumerate(m["participants"])
    }
    return MeetingView(
        id=m["id"],
        title=m["title"],
        date=date.fromisoformat(m["date"]),
        language=m["language"],
        attendance_count=m.get("attendance_count"),
        agenda=[AgendaView(text=text, position=i) for i, text in enumerate(m["agenda"])],
        participants=list(people.values()),
        sections=[_section(raw, i, people) for i, raw in enumerate(m["sections"])],
        **{key: m.get(key) for key in _HEADER_TEXT},
    )


def _section(raw: dict, position: int, people: dict[str, ParticipantView]) -> SectionView:
    items = [_item(item, i, None, people) for i, item in enumerate(raw["items"])]
    return SectionView(
        id=raw["id"], title=raw["title"], kind=raw["kind"], group=raw.get("group"), position=position, items=items
    )


def _item(raw: dict, position: int, parent: ItemView | None, people: dict[str, ParticipantView]) -> ItemView:
    item = ItemView(
        id=raw["id"], kind=raw["kind"], text=raw["text"], position=position,
        speaker=people.get(raw["speaker"]) if raw.get("speaker") is not None else None,
        tags=[TagView(name) for name in raw.get("tags", ())], parent=parent,
    )
    item.children = [_item(child, i, item, people) for i, child in enumerate(raw.get("children", ()))]
    return item
