"""Validation of a parsed meeting file: the shipped JSON Schema plus what a schema cannot say."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache

from facilitator.i18n import term, tr
from facilitator.meetingfile.errors import MeetingFileError
from facilitator.meetingfile.quickcheck import surely_valid
from facilitator.resources import resource_path

FORMAT = "facilitator-meeting"
VERSION = 1
SCHEMA_FILE = ("schema", "meeting-file.schema.json")
_TYPE_NAMES = {
    "string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false",
    "array": "a list", "object": "an object", "null": "null",
}
# Which error to report when several apply to one place: the most basic problem first.
_PRIORITY = {"type": 0, "required": 1, "const": 2, "enum": 3, "pattern": 4, "minimum": 5, "minLength": 6}


@lru_cache(maxsize=1)
def _schema() -> dict:
    """The shipped JSON Schema, read once."""
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    """The Draft 2020-12 validator for the shipped schema (loaded once)."""
    from jsonschema import Draft202012Validator

    schema = _schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_inline(schema, schema["$defs"], ()))


def _inline(node: object, defs: dict, seen: tuple[str, ...]) -> object:
    """Replace local $refs by their definitions (except recursive ones): $ref resolution is slow."""
    if isinstance(node, list):
        return [_inline(value, defs, seen) for value in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/") and len(node) == 1:
        name = ref.removeprefix("#/$defs/")
        return node if name in seen else _inline(defs[name], defs, (*seen, name))
    return {key: _inline(value, defs, seen) for key, value in node.items()}


def dotted(path) -> str:
    """['meeting', 'sections', 2, 'kind'] → 'meeting.sections[2].kind'."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {str: "a string", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def _describe(value: object) -> str:
    """A short rendering of an offending value for a one-line message."""
    if isinstance(value, (dict, list)):
        return _json_kind(value)
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _message(error) -> tuple[str, str]:
    """(where, message) for one jsonschema error, in our words."""
    path = list(error.absolute_path)
    value = error.instance
    kind = error.validator
    if kind == "required":
        missing = next((k for k in error.validator_value if k not in value), error.validator_value[0])
        return dotted([*path, missing]), tr("is required but missing")
    if kind == "type":
        allowed = [t for t in (error.validator_value if isinstance(error.validator_value, list)
                               else [error.validator_value]) if t != "null"]
        wanted = tr(" or ").join(term(_TYPE_NAMES[t]) for t in allowed)
        return dotted(path), tr("must be {wanted}, not {kind}", wanted=wanted, kind=term(_json_kind(value)))
    if kind == "enum":
        options = ", ".join(repr(v) for v in error.validator_value if v is not None)
        return dotted(path), tr("{value} is not one of {options}", value=_describe(value), options=options)
    if kind in ("pattern", "maxLength"):  # maxLength: "10:00\n" matches the pattern's $ before the newline
        field = path[-1] if path else ""
        if field == "date":
            return dotted(path), tr("{value} is not a valid date (YYYY-MM-DD)", value=_describe(value))
        return dotted(path), tr("{value} is not a valid time (HH:MM)", value=_describe(value))
    if kind == "minimum":
        return dotted(path), tr("must not be negative, not {value}", value=_describe(value))
    if kind == "minLength":
        return dotted(path), tr("must not be empty")
    return dotted(path), error.message


def _sort_key(error) -> tuple:
    """Document order first (deterministic), then the most basic kind of problem."""
    path = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in error.absolute_path)
    return (path, _PRIORITY.get(error.validator, 9), error.message)


def _check_header(data: dict) -> None:
    """Format and version are checked first: a newer file must say so, not list odd keys."""
    if "format" not in data:
        raise MeetingFileError(tr("is required but missing (this is not a Facilitator meeting file)"), where="format")
    if data["format"] != FORMAT:
        raise MeetingFileError(tr("{value} is not {format!r}", value=_describe(data["format"]), format=FORMAT),
                               where="format")
    if "version" not in data:
        raise MeetingFileError(tr("is required but missing"), where="version")
    version = data["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise MeetingFileError(tr("must be an integer, not {value}", value=_describe(version)), where="version")
    if version > VERSION:
        raise MeetingFileError(tr(
            "meeting file version {version} is newer than this Facilitator supports ({supported})",
            version=version, supported=VERSION))
    if version < VERSION:
        raise MeetingFileError(tr("{version} is not a supported version (expected {supported})", version=version,
                                  supported=VERSION), where="version")


def check_schema(data: dict) -> None:
    """Raise the first (in document order) schema violation as a MeetingFileError."""
    _check_header(data)
    if surely_valid(data):
        return
    errors = sorted(_validator().iter_errors(data), key=_sort_key)
    if errors:
        where, message = _message(errors[0])
        raise MeetingFileError(message, where=where)


SQLITE_INT = 2**63 - 1  # the largest whole number a database column can hold
MAX_TEXT = 100_000  # characters in one text field
MAX_STATEMENTS = 20_000  # statements (items at any depth) in one meeting
_SURROGATE = re.compile("[\ud800-\udfff]")


def _known_keys() -> dict:
    """The schema's own definitions: which keys Facilitator knows at each place (the rest are ignored)."""
    return {"root": _schema(), **_schema()["$defs"]}


def _resolve(node: dict, defs: dict) -> dict:
    while "$ref" in node:
        node = defs[node["$ref"].removeprefix("#/$defs/")]
    return node


def check_values(data: dict) -> None:
    """Values every writer can store: no lone surrogate in a string, no whole number beyond SQLite's range.

    Only keys the schema names are looked at: the spec says unknown keys are ignored, so a value under one
    (however large or odd) neither refuses the file nor reaches the database (normalise drops it).
    """
    defs = _known_keys()
    stack: list[tuple[object, dict, tuple]] = [(data, defs["root"], ())]
    while stack:
        value, node, path = stack.pop()
        node = _resolve(node, defs)
        if isinstance(value, dict):
            known = node.get("properties", {})
            stack.extend((value[k], known[k], (*path, k)) for k in reversed(list(value)) if k in known)
        elif isinstance(value, list):
            inner = node.get("items", {})
            stack.extend((v, inner, (*path, i)) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, str) and len(value) > MAX_TEXT:
            raise MeetingFileError(tr("the text is too long ({length} characters; the limit is {limit})",
                                      length=len(value), limit=MAX_TEXT), where=dotted(path))
        elif isinstance(value, str) and _SURROGATE.search(value):
            raise MeetingFileError(tr("contains a lone surrogate (\\ud800–\\udfff), which is not text"),
                                   where=dotted(path))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > SQLITE_INT:
            raise MeetingFileError(tr("the number is too large (the limit is {limit})", limit=SQLITE_INT),
                                   where=dotted(path))


def check_size(meeting: dict) -> None:
    """At most MAX_STATEMENTS statements per meeting (the limit every export is measured at)."""
    count = 0
    for s_index, section in enumerate(meeting["sections"]):
        for _item, where in _walk_items(section.get("items"), f"meeting.sections[{s_index}].items"):
            count += 1
            if count > MAX_STATEMENTS:
                raise MeetingFileError(tr("more than {limit} statements in one meeting", limit=MAX_STATEMENTS),
                                       where=where)


def _walk_items(items: list | None, path: str):
    """Every item with its dotted path, depth first in document order."""
    for index, item in enumerate(items or ()):
        here = f"{path}[{index}]"
        yield item, here
        yield from _walk_items(item.get("children"), f"{here}.children")


def check_semantics(meeting: dict) -> None:
    """The rules a schema cannot express: real dates, unique ids, speakers that exist."""
    try:
        date.fromisoformat(meeting["date"])
    except ValueError:
        raise MeetingFileError(tr("{value!r} is not a valid date", value=meeting["date"]),
                               where="meeting.date") from None
    seen: dict[str, str] = {}

    def claim(raw: object, where: str) -> None:
        if raw is None:
            return
        key = id_key(raw)
        if key in seen:
            raise MeetingFileError(tr("{value} is already used at {where}", value=_describe(raw), where=seen[key]),
                                   where=where)
        seen[key] = where

    claim(meeting.get("id"), "meeting.id")
    participant_ids = set()
    for index, participant in enumerate(meeting.get("participants") or ()):
        claim(participant.get("id"), f"meeting.participants[{index}].id")
        if participant.get("id") is not None:
            participant_ids.add(id_key(participant["id"]))
    for s_index, section in enumerate(meeting["sections"]):
        claim(section.get("id"), f"meeting.sections[{s_index}].id")
        for item, where in _walk_items(section.get("items"), f"meeting.sections[{s_index}].items"):
            claim(item.get("id"), f"{where}.id")
            speaker = item.get("speaker")
            if speaker is not None and id_key(speaker) not in participant_ids:
                raise MeetingFileError(
                    tr("{value} is not the id of a participant of this meeting", value=_describe(speaker)),
                    where=f"{where}.speaker",
                )


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def is_uuid(value: str) -> bool:
    """True for the canonical 8-4-4-4-12 hexadecimal form (any case)."""
    return _UUID.fullmatch(value) is not None


def id_key(value: str) -> str:
    """Ids compare as written, except UUIDs, which compare case-insensitively."""
    return value.lower() if is_uuid(value) else value
