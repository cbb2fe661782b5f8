"""Checking and cleaning the values a user typed before anything is written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from facilitator.i18n import term, tr
from facilitator.kinds import GENDERS, ITEM_KINDS, LANGUAGES, SECTION_KINDS
from facilitator.operations.core import LABELS, Changes, OperationError, fetch_one, modify, transaction

# Control characters (Unicode Cc) other than tab and newline: debris pasted from Word or PDFs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")

Validator = Callable[[str, Any], Any]


def clean_text(field: str, value: Any) -> str:
    """Text as given, minus control characters that would break documents."""
    if not isinstance(value, str):
        raise OperationError(tr("{field} must be text, not {kind}", field=term(field.replace('_', ' ')),
                                kind=term(type(value).__name__)),
                             field=field)
    return _CONTROL.sub("", value)


def required_text(field: str, value: Any) -> str:
    """Text that must say something."""
    text = clean_text(field, "" if value is None else value)
    if not text.strip():
        raise OperationError(tr("{field} cannot be empty", field=term(field.replace('_', ' '))), field=field)
    return text


def optional_text(field: str, value: Any) -> str | None:
    """Text or nothing; blank text counts as nothing (an absent header line prints nothing)."""
    if value is None:
        return None
    text = clean_text(field, value)
    return text if text.strip() else None


def series_name(field: str, value: Any) -> str | None:
    """A series name trimmed with single spaces ("WPW  2019 " is "WPW 2019"), so one series stays one."""
    text = optional_text(field, value)
    return " ".join(text.split()) if text else None


def a_date(field: str, value: Any) -> date:
    """A calendar date, from a date or ISO text (YYYY-MM-DD)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise OperationError(tr("{field} must be a date written YYYY-MM-DD, not {value!r}", field=term(field), value=value),
                         field=field)


def a_time(field: str, value: Any) -> str | None:
    """A clock time as HH:MM (H:MM accepted and padded); blank means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise OperationError(tr("{field} must be a time written HH:MM (e.g. 09:30), not {value!r}", field=term(field),
                                value=value), field=field)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def a_count(field: str, value: Any) -> int | None:
    """A whole number of people, zero or more; blank means 'count the participants present'."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise OperationError(tr("{field} must be a whole number, 0 or more, not {value!r}",
                                field=term(field.replace('_', ' ')), value=value),
                             field=field)
    return value


def a_flag(field: str, value: Any) -> bool:
    """Yes or no."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise OperationError(tr("{field} must be true or false, not {value!r}", field=term(field), value=value),
                         field=field)


def one_of(choices: tuple[str, ...]) -> Validator:
    """A value from a fixed vocabulary of the meeting file."""

    def check(field: str, value: Any) -> str:
        if value not in choices:
            raise OperationError(tr("{field} {value!r} is not one of: {choices}", field=term(field), value=value,
                                       choices=', '.join(choices)), field=field)
        return value

    return check


def tag_names(field: str, value: Any) -> list[str]:
    """Trimmed, non-empty tag names, duplicates (ignoring case) dropped, order kept."""
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise OperationError(tr("{field} must be a list of names", field=term(field)), field=field)
    names: list[str] = []
    seen: set[str] = set()
    for raw in value:
        name = clean_text("tag", raw).strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def optional_id(field: str, value: Any) -> str | None:
    """A row id or nothing."""
    if value is None or (isinstance(value, str) and value):
        return value
    raise OperationError(tr("{field} must be an id or nothing, not {value!r}", field=term(field), value=value),
                         field=field)


FIELDS: dict[str, dict[str, Validator]] = {
    "meeting": {
        "title": required_text,
        "series": series_name,
        "audience": optional_text,
        "organiser": optional_text,
        "venue": optional_text,
        "date": a_date,
        "start": a_time,
        "end": a_time,
        "purpose": optional_text,
        "facilitator": optional_text,
        "author": optional_text,
        "language": one_of(LANGUAGES),
        "attendance_count": a_count,
    },
    "agenda_item": {"text": required_text},
    "participant": {
        "name": required_text,
        "organisation": optional_text,
        "email": optional_text,
        "gender": one_of(GENDERS),
        "present": a_flag,
        "consent": a_flag,
    },
    "section": {"title": required_text, "kind": one_of(SECTION_KINDS), "group": optional_text},
    "item": {"text": required_text, "kind": one_of(ITEM_KINDS), "speaker_id": optional_id, "tags": tag_names},
    "tag": {"name": required_text},
}


def check_fields(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Validated, cleaned values; an unknown field name is refused."""
    known = FIELDS[entity]
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in known:
            raise OperationError(
                tr("{name!r} is not a field of a {entity} (known: {known})", name=name, entity=term(LABELS[entity]),
                   known=', '.join(known)), field=name
            )
        cleaned[name] = known[name](name, value)
    return cleaned


def update_checked(engine, entity: str, row_id: str, fields: dict[str, Any]) -> Changes:
    """The shared body of the update_* operations: validate, change what differs, one transaction."""
    values = check_fields(entity, fields)
    with transaction(engine) as conn:
        change = modify(conn, entity, fetch_one(conn, entity, row_id), values)
        return (change,) if change else ()
