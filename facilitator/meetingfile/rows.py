"""Rows as the merge sees them: exchanged content, fingerprint, place among siblings; from files or the store."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.meetingfile.normalise import HEADER_FIELDS
from facilitator.model import (
    AgendaItem,
    Item,
    Meeting,
    Participant,
    Section,
    Tag,
    item_response,
    item_tag,
    recurring_label,
)

MODELS = {"meeting": Meeting, "participant": Participant, "section": Section, "item": Item}
CHUNK = 900


def fingerprint(content: dict) -> str:
    """The base_hash of a row: what a meeting file exchanges about it, order among siblings excluded."""
    text = json.dumps([[key, content[key]] for key in sorted(content)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Row:
    """One exchanged row (meeting header, participant, section or item) on one side of a merge."""

    entity: str
    id: str
    content: dict
    position: int = 0
    updated_at: datetime | None = None
    base_hash: str | None = None
    hash: str = field(init=False)

    def __post_init__(self) -> None:
        self.hash = fingerprint(self.content)

    @property
    def container(self) -> tuple[str, str | None]:
        """Where the row sits among siblings: meeting, section or parent item."""
        if self.entity == "item":
            parent = self.content["parent"]
            return ("item", parent) if parent else ("section", self.content["section"])
        return (self.entity, None)


def _item_rows(items: list[dict], section: str, parent: str | None) -> Iterator[Row]:
    for position, raw in enumerate(items):
        content = {
            "kind": raw["kind"], "text": raw["text"], "speaker": raw.get("speaker"),
            "tags": list(raw.get("tags", ())), "section": section, "parent": parent,
        }
        if raw.get("response") is not None:  # only when answered: unanswered rows keep their earlier fingerprint
            content["response"] = dict(raw["response"])
        if raw.get("recurring") is not None:  # likewise only when an official labelled its group
            content["recurring"] = dict(raw["recurring"])
        yield Row("item", raw["id"], content, position)
        yield from _item_rows(raw.get("children", []), section, raw["id"])


def file_rows(data: dict) -> list[Row]:
    """Every row of a canonical meeting file, parents before children."""
    m = data["meeting"]
    header = {key: m.get(key) for key in HEADER_FIELDS}
    header["agenda"] = list(m["agenda"])
    rows = [Row("meeting", m["id"], header)]
    for position, p in enumerate(m["participants"]):
        content = {k: p.get(k) for k in ("name", "organisation", "email", "gender", "present", "consent")}
        rows.append(Row("participant", p["id"], content, position))
    for position, s in enumerate(m["sections"]):
        rows.append(Row("section", s["id"], {k: s.get(k) for k in ("title", "kind", "group")}, position))
        rows.extend(_item_rows(s["items"], s["id"], None))
    return rows


def chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """IN lists small enough for any database."""
    values = list(values)
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def _stamp(value: datetime | None, base: str | None) -> dict:
    return {"updated_at": value, "base_hash": base}


def local_rows(session: Session, meeting_ids: list[str]) -> dict[str, list[Row]]:
    """The stored rows of the given meetings, grouped by meeting id (meetings absent from the store omitted)."""
    out: dict[str, list[Row]] = {}
    agenda: dict[str, list[str]] = {}
    for ids in chunks(meeting_ids):
        for a in session.execute(select(AgendaItem.meeting_id, AgendaItem.text).where(
                AgendaItem.meeting_id.in_(ids)).order_by(AgendaItem.meeting_id, AgendaItem.position)):
            agenda.setdefault(a.meeting_id, []).append(a.text)
        for m in session.execute(select(Meeting.__table__).where(Meeting.id.in_(ids))).mappings():
            header = {key: m[key] for key in HEADER_FIELDS}
            header["date"] = m["date"].isoformat() if isinstance(m["date"], date) else m["date"]
            header["agenda"] = agenda.get(m["id"], [])
            out[m["id"]] = [Row("meeting", m["id"], header, 0, **_stamp(m["updated_at"], m["base_hash"]))]
        _participants(session, ids, out)
        _sections_and_items(session, ids, out)
    return out


def _participants(session: Session, ids: list[str], out: dict[str, list[Row]]) -> None:
    for p in session.execute(select(Participant.__table__).where(Participant.meeting_id.in_(ids))).mappings():
        content = {k: p[k] for k in ("name", "organisation", "email", "gender", "present", "consent")}
        content["present"], content["consent"] = bool(p["present"]), bool(p["consent"])
        out[p["meeting_id"]].append(
            Row("participant", p["id"], content, p["position"], **_stamp(p["updated_at"], p["base_hash"]))
        )


def _sections_and_items(session: Session, ids: list[str], out: dict[str, list[Row]]) -> None:
    meeting_of: dict[str, str] = {}
    for s in session.execute(select(Section.__table__).where(Section.meeting_id.in_(ids))).mappings():
        meeting_of[s["id"]] = s["meeting_id"]
        content = {k: s[k] for k in ("title", "kind", "group")}
        out[s["meeting_id"]].append(Row("section", s["id"], content, s["position"],
                                        **_stamp(s["updated_at"], s["base_hash"])))
    tags: dict[str, list[str]] = {}
    query = (select(item_tag.c.item_id, Tag.name).join(Tag, Tag.id == item_tag.c.tag_id)
             .join(Item, Item.id == item_tag.c.item_id).join(Section, Section.id == Item.section_id)
             .where(Section.meeting_id.in_(ids)))
    for item_id, name in session.execute(query):
        tags.setdefault(item_id, []).append(name)
    answers = _answers(session, ids)
    labels = _labels(session, ids)
    items = select(Item.__table__).join(Section, Section.id == Item.section_id).where(Section.meeting_id.in_(ids))
    for i in session.execute(items).mappings():
        content = {
            "kind": i["kind"], "text": i["text"], "speaker": i["speaker_id"], "tags": sorted(tags.get(i["id"], [])),
            "section": i["section_id"], "parent": i["parent_id"],
        }
        updated = i["updated_at"]
        if i["id"] in answers:  # the answer is part of the item as exchanged; its change is the item's change
            content["response"], answered = answers[i["id"]]
            updated = max(aware(updated), aware(answered)) if updated is not None else aware(answered)
        if i["id"] in labels:  # the official's heading and area for its group, likewise
            content["recurring"], labelled = labels[i["id"]]
            updated = max(aware(updated), aware(labelled)) if updated is not None else aware(labelled)
        out[meeting_of[i["section_id"]]].append(Row("item", i["id"], content, i["position"],
                                                    **_stamp(updated, i["base_hash"])))


def _answers(session: Session, meeting_ids: list[str]) -> dict[str, tuple[dict, datetime]]:
    """The office's answers to the meetings' statements, in the meeting file's form, with when they changed."""
    query = (select(item_response).join(Item, Item.id == item_response.c.item_id)
             .join(Section, Section.id == Item.section_id).where(Section.meeting_id.in_(meeting_ids)))
    return {r.item_id: (response_dict(r), r.updated_at) for r in session.execute(query)}


def _labels(session: Session, meeting_ids: list[str]) -> dict[str, tuple[dict, datetime]]:
    """Officials' headings and areas for the groups of the meetings' statements, in the file's form, with when."""
    query = (select(recurring_label).join(Item, Item.id == recurring_label.c.item_id)
             .join(Section, Section.id == Item.section_id).where(Section.meeting_id.in_(meeting_ids)))
    return {r.item_id: (label_dict(r), r.updated_at) for r in session.execute(query)}


def label_dict(row) -> dict:
    """A stored group label as the meeting file writes it (canonical: see normalise.recurring)."""
    return {key: getattr(row, key) for key in ("heading", "area") if getattr(row, key)}


def response_dict(row) -> dict:
    """A stored answer as the meeting file writes it (canonical: see normalise.response)."""
    out = {"position": row.position, "justification": row.justification or ""}
    if row.paragraph:
        out["paragraph"] = row.paragraph
    return out


def aware(value: datetime | None) -> datetime | None:
    """Stored times come back naive from SQLite; they are UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def existing_ids(session: Session, entity: str, ids: Iterable[str]) -> set[str]:
    """Which of these ids already exist in the store (to catch ids that belong to another meeting)."""
    model = MODELS[entity]
    found: set[str] = set()
    for chunk in chunks(ids):
        found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found
