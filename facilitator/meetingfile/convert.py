"""Between stored meetings and meeting files: to a dict, to a transient ORM graph, to disk atomically."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import selectinload

from facilitator.atomic import write_text
from facilitator.guard import clash
from facilitator.i18n import reason, tr
from facilitator.meetingfile.errors import MeetingFileError
from facilitator.meetingfile.normalise import HEADER_FIELDS
from facilitator.meetingfile.validation import FORMAT, VERSION
from facilitator.model import AgendaItem, Item, Meeting, Participant, Section, Tag


def _item_to_dict(item: Item, responses: dict[str, dict], labels: dict[str, dict]) -> dict:
    out = {"id": item.id, "kind": item.kind, "text": item.text}
    if item.speaker_id is not None:
        out["speaker"] = item.speaker_id
    tags = sorted(tag.name for tag in item.tags)
    if tags:
        out["tags"] = tags
    children = sorted(item.children, key=lambda c: c.position)
    if children:
        out["children"] = [_item_to_dict(child, responses, labels) for child in children]
    if item.id in responses:
        out["response"] = responses[item.id]
    if item.id in labels:
        out["recurring"] = labels[item.id]
    return out


def _participant_to_dict(p: Participant) -> dict:
    out = {"id": p.id, "name": p.name}
    for key in ("organisation", "email"):
        if getattr(p, key) is not None:
            out[key] = getattr(p, key)
    out.update(gender=p.gender or "unspecified", present=bool(p.present), consent=bool(p.consent))
    return out


def _section_to_dict(s: Section, responses: dict[str, dict], labels: dict[str, dict]) -> dict:
    out = {"id": s.id, "title": s.title, "kind": s.kind or "area"}
    if s.group is not None:
        out["group"] = s.group
    out["items"] = [_item_to_dict(item, responses, labels) for item in s.items]
    return out


def meeting_to_dict(meeting: Meeting, responses: dict[str, dict] | None = None,
                    labels: dict[str, dict] | None = None) -> dict:
    """The meeting file for a meeting (stored or transient), in canonical form and document order.

    `responses` maps item ids to the office's answers, `labels` to officials' group headings and areas, in the
    file's form (`dump` reads them from the store).
    """
    responses, labels = responses or {}, labels or {}
    header: dict = {"id": meeting.id}
    for key in HEADER_FIELDS:
        value = getattr(meeting, key)
        if key == "date":
            header[key] = value.isoformat() if isinstance(value, date) else value
        elif key == "language":
            header[key] = value or "pl"
        elif value is not None or key == "title":
            header[key] = value
    header["agenda"] = [a.text for a in meeting.agenda]
    header["participants"] = [_participant_to_dict(p) for p in meeting.participants]
    header["sections"] = [_section_to_dict(s, responses, labels) for s in meeting.sections]
    return {"format": FORMAT, "version": VERSION, "meeting": header}


def load_meeting(session, meeting_id: str) -> Meeting | None:
    """A stored meeting with everything a meeting file needs, in a few queries."""
    query = select(Meeting).where(Meeting.id == meeting_id).options(
        selectinload(Meeting.agenda),
        selectinload(Meeting.participants),
        selectinload(Meeting.sections).selectinload(Section.all_items).options(
            selectinload(Item.children), selectinload(Item.tags)
        ),
    )
    return session.scalars(query).first()


def _responses(session, meeting_id: str) -> dict[str, dict]:
    """The office's answers to a stored meeting's statements, as the meeting file writes them."""
    from facilitator.meetingfile.rows import response_dict
    from facilitator.model import item_response

    query = (select(item_response).join(Item, Item.id == item_response.c.item_id)
             .join(Section, Section.id == Item.section_id).where(Section.meeting_id == meeting_id))
    return {row.item_id: response_dict(row) for row in session.execute(query)}


def _labels(session, meeting_id: str) -> dict[str, dict]:
    """Officials' headings and areas for the groups of a stored meeting's statements, as the file writes them."""
    from facilitator.meetingfile.rows import label_dict
    from facilitator.model import recurring_label

    query = (select(recurring_label).join(Item, Item.id == recurring_label.c.item_id)
             .join(Section, Section.id == Item.section_id).where(Section.meeting_id == meeting_id))
    return {row.item_id: label_dict(row) for row in session.execute(query)}


def dump(engine: Engine, meeting_id: str, *, mark_exported: bool = False) -> dict:
    """The meeting file of a stored meeting; ``mark_exported`` records it as the base of later merges.

    Its queries (meeting, agenda, participants, sections, items, tags, answers, group labels) read one snapshot, so
    an edit another connection commits meanwhile is in the file wholly or not at all (PostgreSQL's READ COMMITTED
    would give each query its own)."""
    from facilitator.store.connection import read_session

    with read_session(engine) as session:
        meeting = load_meeting(session, meeting_id)
        if meeting is None:
            raise MeetingFileError(tr("no meeting with id {id} in the database", id=meeting_id))
        data = meeting_to_dict(meeting, _responses(session, meeting_id), _labels(session, meeting_id))
    if mark_exported:
        from facilitator.meetingfile.store import record_base

        record_base(engine, data)
    return data


def _build_items(raws: list[dict], section: Section, parent: Item | None, people: dict, tags: dict) -> None:
    for position, raw in enumerate(raws):
        item = Item(
            id=raw["id"], kind=raw["kind"], text=raw["text"], position=position, section_id=section.id,
            parent_id=parent.id if parent else None, speaker_id=raw.get("speaker"),
        )
        item.section = section
        if parent is not None:
            item.parent = parent
        item.speaker = people.get(raw.get("speaker"))
        item.tags = [tags.setdefault(name, Tag(name=name)) for name in raw.get("tags", ())]
        _build_items(raw.get("children", []), section, item, people, tags)


def meeting_from_dict(data: dict) -> Meeting:
    """A transient ORM graph (no session) of a meeting file, for exporting it straight to a document."""
    from facilitator.meetingfile.reading import validate

    m = validate(data)["meeting"]
    meeting = Meeting(id=m["id"], **{k: m.get(k) for k in HEADER_FIELDS if k != "date"})
    meeting.date = date.fromisoformat(m["date"])
    meeting.agenda = [AgendaItem(text=text, position=i, meeting_id=m["id"]) for i, text in enumerate(m["agenda"])]
    meeting.participants = [
        Participant(meeting_id=m["id"], position=i, **{"organisation": None, "email": None, **p})
        for i, p in enumerate(m["participants"])
    ]
    people = {p.id: p for p in meeting.participants}
    tags: dict[str, Tag] = {}
    for position, raw in enumerate(m["sections"]):
        section = Section(
            id=raw["id"], meeting_id=m["id"], position=position, title=raw["title"], kind=raw["kind"],
            group=raw.get("group"),
        )
        meeting.sections.append(section)
        _build_items(raw["items"], section, None, people, tags)
    return meeting


def write(path: str | os.PathLike[str], data: dict) -> None:
    """Write a meeting file atomically: the old file stays whole until the new one is complete."""
    target = Path(path)
    if (overwrites := clash(target)) is not None:
        raise MeetingFileError(overwrites)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    except (TypeError, ValueError) as exc:
        raise MeetingFileError(tr("cannot be written: {reason}", reason=exc), file=str(target)) from None
    try:
        write_text(target, text)
    except OSError as exc:
        raise MeetingFileError(tr("cannot be written: {reason}", reason=reason(exc)),
                               file=str(target)) from None
