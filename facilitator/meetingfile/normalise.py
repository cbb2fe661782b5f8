"""The canonical form of a meeting file: known keys only, defaults filled, every id a UUID."""

from __future__ import annotations

import uuid

from facilitator.meetingfile.validation import FORMAT, VERSION, is_uuid

# Fixed namespace for ids derived from meeting files: never change it, or re-imports duplicate.
NAMESPACE = uuid.UUID("5b1e7c3a-9f0d-4c2e-8a61-3d7f2b9e4c10")
HEADER_FIELDS: tuple[str, ...] = (
    "title", "series", "audience", "organiser", "venue", "date", "start", "end",
    "purpose", "facilitator", "author", "language", "attendance_count",
)



def canonical_id(raw: str | None, scope: uuid.UUID, entity: str, fallback: str) -> str:
    """A UUID is kept (lower case); another id is hashed within its scope; no id gets a positional one."""
    if raw is not None and is_uuid(raw):
        return str(uuid.UUID(raw))
    if raw is not None:
        return str(uuid.uuid5(scope, f"{entity}:{raw}"))
    return str(uuid.uuid5(scope, f"{entity}-{fallback}"))


def meeting_id(meeting: dict) -> str:
    """The meeting's id; without one, derived from what identifies a meeting on paper."""
    raw = meeting.get("id")
    if raw is not None:
        return canonical_id(raw, NAMESPACE, "meeting", "")
    header = "|".join(str(meeting.get(k) or "") for k in ("title", "date", "venue", "start"))
    return canonical_id(None, NAMESPACE, "meeting", f"header:{header}")


def _participant(raw: dict, index: int, scope: uuid.UUID) -> dict:
    out = {"id": canonical_id(raw.get("id"), scope, "participant", f"position:{index}"), "name": raw["name"]}
    for key in ("organisation", "email"):
        if raw.get(key) is not None:
            out[key] = raw[key]
    out["gender"] = raw.get("gender") or "unspecified"
    out["present"] = True if raw.get("present") is None else raw["present"]
    out["consent"] = bool(raw.get("consent"))
    return out


def response(raw: dict) -> dict:
    """The office's answer in canonical form: position and justification (empty when none), paragraph if given."""
    out = {"position": raw["position"], "justification": raw.get("justification") or ""}
    if raw.get("paragraph"):
        out["paragraph"] = raw["paragraph"]
    return out


def recurring(raw: dict) -> dict | None:
    """An official's heading and area for the statement's recurring group, canonical: only the texts given."""
    out = {key: " ".join(raw[key].split()) for key in ("heading", "area") if isinstance(raw.get(key), str)}
    out = {key: value for key, value in out.items() if value}
    return out or None


def _item(raw: dict, index: int, parent: uuid.UUID, scope: uuid.UUID, speakers: dict[str, str]) -> dict:
    item_id = canonical_id(raw.get("id"), scope, "item", "") if raw.get("id") is not None else str(
        uuid.uuid5(parent, f"item-position:{index}")
    )
    out = {"id": item_id, "kind": raw["kind"], "text": raw["text"]}
    if raw.get("speaker") is not None:
        out["speaker"] = speakers[_key(raw["speaker"])]
    tags = sorted(set(raw.get("tags") or ()))
    if tags:
        out["tags"] = tags
    if raw.get("response") is not None:
        out["response"] = response(raw["response"])
    if raw.get("recurring") is not None and (label := recurring(raw["recurring"])):
        out["recurring"] = label
    me = uuid.UUID(item_id)
    children = [_item(child, i, me, scope, speakers) for i, child in enumerate(raw.get("children") or ())]
    if children:
        out["children"] = children
    return out


def _section(raw: dict, index: int, scope: uuid.UUID, speakers: dict[str, str]) -> dict:
    section_id = canonical_id(raw.get("id"), scope, "section", f"position:{index}")
    out = {"id": section_id, "title": raw["title"], "kind": raw.get("kind") or "area"}
    if raw.get("group") is not None:
        out["group"] = raw["group"]
    me = uuid.UUID(section_id)
    out["items"] = [_item(item, i, me, scope, speakers) for i, item in enumerate(raw.get("items") or ())]
    return out


def _key(value: str) -> str:
    return value.lower() if is_uuid(value) else value


def normalise(data: dict) -> dict:
    """The canonical form of already validated data; normalising it again changes nothing."""
    raw = data["meeting"]
    mid = meeting_id(raw)
    scope = uuid.UUID(mid)
    meeting: dict = {"id": mid}
    for key in HEADER_FIELDS:
        if key in ("title", "date"):
            meeting[key] = raw[key]
        elif key == "language":
            meeting[key] = raw.get("language") or "pl"
        elif key == "series":  # trimmed, single spaces: "WPW 2019 " and "WPW  2019" are one series
            if raw.get(key) is not None and " ".join(raw[key].split()):
                meeting[key] = " ".join(raw[key].split())
        elif raw.get(key) is not None:
            meeting[key] = int(raw[key]) if key == "attendance_count" else raw[key]
    meeting["agenda"] = list(raw.get("agenda") or ())
    participants = [_participant(p, i, scope) for i, p in enumerate(raw.get("participants") or ())]
    speakers = {
        _key(p["id"]): out["id"] for p, out in zip(raw.get("participants") or (), participants) if p.get("id")
    }
    meeting["participants"] = participants
    meeting["sections"] = [_section(s, i, scope, speakers) for i, s in enumerate(raw["sections"])]
    return {"format": FORMAT, "version": VERSION, "meeting": meeting}
