"""A fast pre-check that accepts only what the JSON Schema accepts, so common files skip jsonschema.

jsonschema takes several milliseconds per file; importing hundreds of files at once cannot afford
that. Anything this check is unsure of goes to the full schema, which stays the contract and words
the error. Tests hold this check to never accept a file the schema refuses.
"""

from __future__ import annotations

import re

from facilitator.kinds import (  # dependency-free: no SQLAlchemy
    GENDERS,
    ITEM_KINDS,
    LANGUAGES,
    RESPONSE_POSITIONS,
    SECTION_KINDS,
)

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_TEXT = (
    "series", "audience", "organiser", "venue", "purpose", "facilitator", "author",
)


def _opt_text(obj: dict, key: str) -> bool:
    value = obj.get(key)
    return value is None or type(value) is str


def _opt_id(obj: dict, key: str) -> bool:
    value = obj.get(key)
    return value is None or (type(value) is str and value != "")


def _opt_bool(obj: dict, key: str) -> bool:
    value = obj.get(key)
    return value is None or type(value) is bool


def _opt_list(obj: dict, key: str) -> list | None:
    """The list under key, [] when absent or null, None when it is anything else."""
    value = obj.get(key)
    if value is None:
        return []
    return value if type(value) is list else None


def _item(item: object) -> bool:
    if type(item) is not dict or item.get("kind") not in ITEM_KINDS or type(item.get("text")) is not str:
        return False
    if not (_opt_id(item, "id") and _opt_id(item, "speaker")):
        return False
    tags, children = _opt_list(item, "tags"), _opt_list(item, "children")
    if tags is None or children is None:
        return False
    if not all(type(tag) is str and tag for tag in tags):
        return False
    if not _response(item.get("response")) or not _recurring(item.get("recurring")):
        return False
    return all(_item(child) for child in children)


def _response(response: object) -> bool:
    """The office's answer: absent, or a position with optional text."""
    if response is None:
        return True
    return (type(response) is dict and response.get("position") in RESPONSE_POSITIONS
            and _opt_text(response, "justification") and _opt_text(response, "paragraph"))


def _recurring(label: object) -> bool:
    """An official's heading and area for the statement's recurring group: absent, or optional texts."""
    return label is None or (type(label) is dict and _opt_text(label, "heading") and _opt_text(label, "area"))


def _participant(p: object) -> bool:
    return (type(p) is dict and type(p.get("name")) is str and _opt_id(p, "id") and _opt_text(p, "organisation")
            and _opt_text(p, "email") and (p.get("gender") is None or p.get("gender") in GENDERS)
            and _opt_bool(p, "present") and _opt_bool(p, "consent"))


def _section(s: object) -> bool:
    if type(s) is not dict or type(s.get("title")) is not str or not _opt_id(s, "id") or not _opt_text(s, "group"):
        return False
    if s.get("kind") is not None and s.get("kind") not in SECTION_KINDS:
        return False
    items = _opt_list(s, "items")
    return items is not None and all(_item(item) for item in items)


def _header(m: dict) -> bool:
    if type(m.get("title")) is not str or type(m.get("date")) is not str or not _DATE.fullmatch(m["date"]):
        return False
    if not (_opt_id(m, "id") and all(_opt_text(m, key) for key in _TEXT)):
        return False
    for key in ("start", "end"):
        value = m.get(key)
        if value is not None and (type(value) is not str or not _TIME.fullmatch(value)):
            return False
    if m.get("language") is not None and m.get("language") not in LANGUAGES:
        return False
    count = m.get("attendance_count")
    return count is None or (type(count) is int and count >= 0)


def surely_valid(data: dict) -> bool:
    """True only when the schema would accept the data; False means 'ask the schema'."""
    meeting = data.get("meeting")
    if data.get("format") != "facilitator-meeting" or type(data.get("version")) is not int or data["version"] != 1:
        return False
    if type(meeting) is not dict or not _header(meeting) or type(meeting.get("sections")) is not list:
        return False
    agenda, participants = _opt_list(meeting, "agenda"), _opt_list(meeting, "participants")
    if agenda is None or participants is None or not all(type(a) is str for a in agenda):
        return False
    return all(_participant(p) for p in participants) and all(_section(s) for s in meeting["sections"])
