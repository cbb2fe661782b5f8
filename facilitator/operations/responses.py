"""The office's answer to each statement for the consultation report: position, justification, programme paragraph.

Stored per statement (table `item_response`, entity RESPONSE, id = the item's id); answering a recurring group
writes the same answer to every member in one operation, so one undo takes it back. A statement without a row
has no position yet ("bez stanowiska").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from facilitator.i18n import term, tr
from facilitator.kinds import RESPONSE_POSITIONS
from facilitator.model import Item, item_response, utcnow
from facilitator.operations.core import Change, Changes, OperationError, from_json, to_json, transaction
from facilitator.operations.validate import clean_text, optional_text

RESPONSE = "item_response"
KEEP: Any = ...  # "leave as it is" for set_response's fields
_CHUNK = 900


@dataclass(frozen=True)
class Response:
    """One statement's answer as stored."""

    item_id: str
    position: str
    justification: str
    paragraph: str | None


def _snapshot(row: Any) -> dict[str, Any]:
    return {"item_id": row.item_id, "position": row.position, "justification": row.justification,
            "paragraph": row.paragraph, "updated_at": to_json(row.updated_at)}


def check_position(value: Any) -> str:
    """One of RESPONSE_POSITIONS, else a one-line error naming them."""
    if value not in RESPONSE_POSITIONS:
        raise OperationError(tr("{field} {value!r} is not one of: {choices}", field=term("position"), value=value,
                                choices=", ".join(RESPONSE_POSITIONS)), field="position")
    return value


def _limited(field: str, text: str) -> str:
    """At most the meeting file's limit on one text field, so every answer stored can be exchanged."""
    from facilitator.meetingfile.validation import MAX_TEXT  # the exchange format's limit (loaded on first use)

    if len(text) > MAX_TEXT:
        raise OperationError(tr("the text is too long ({length} characters; the limit is {limit})", length=len(text),
                                limit=MAX_TEXT), field=field)
    return text


def _fields(position: Any, justification: Any, paragraph: Any) -> dict[str, Any]:
    """The given fields, validated and cleaned (KEEP ones left out)."""
    values: dict[str, Any] = {}
    if position is not KEEP:
        values["position"] = check_position(position)
    if justification is not KEEP:
        values["justification"] = _limited("justification", clean_text("justification", justification or "").strip())
    if paragraph is not KEEP:
        text = optional_text("paragraph", paragraph)
        values["paragraph"] = _limited("paragraph", " ".join(text.split())) if text else None
    return values


def _stored(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        found.update((r.item_id, _snapshot(r)) for r in conn.execute(
            select(item_response).where(item_response.c.item_id.in_(chunk))))
    return found


def _existing_items(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(conn.scalars(select(Item.id).where(Item.id.in_(ids[start:start + _CHUNK]))))
    return found


def _ids(item_ids: Iterable[str]) -> list[str]:
    if isinstance(item_ids, str):
        item_ids = [item_ids]
    ids = list(dict.fromkeys(item_ids))
    if not ids:
        raise OperationError(tr("choose at least one statement"))
    return ids


def set_response(engine: Engine, *, item_ids: Iterable[str], position: Any = KEEP, justification: Any = KEEP,
                 paragraph: Any = KEEP) -> Changes:
    """Write the office's answer to these statements (a group's members): the given fields, the rest kept.

    A statement not answered yet needs a position; its justification starts empty and its paragraph absent.
    """
    ids = _ids(item_ids)
    values = _fields(position, justification, paragraph)
    changes: list[Change] = []
    with transaction(engine) as conn:
        if missing := set(ids) - _existing_items(conn, ids):
            raise OperationError(tr("unknown statement id: {id}", id=min(missing)))
        stored = _stored(conn, ids)
        now = to_json(utcnow())
        for item_id in ids:
            before = stored.get(item_id)
            if before is None and "position" not in values:
                raise OperationError(tr("choose the office's position first"), field="position")
            base = before or {"item_id": item_id, "justification": "", "paragraph": None}
            after = {**base, **values}
            if before is not None and all(before[k] == after[k] for k in values):
                continue
            after["updated_at"] = now
            _write(conn, before, after)
            changes.append(Change(RESPONSE, item_id, before, after))
    return tuple(changes)


def clear_response(engine: Engine, *, item_ids: Iterable[str]) -> Changes:
    """Take the answer back: these statements are 'bez stanowiska' again."""
    ids = _ids(item_ids)
    with transaction(engine) as conn:
        stored = _stored(conn, ids)
        changes = tuple(Change(RESPONSE, i, stored[i], None) for i in ids if i in stored)
        for change in changes:
            _write(conn, change.before, None)
    return changes


def _write(conn: Connection, current: dict | None, target: dict | None) -> None:
    """Bring one answer from `current` to `target` (None: absent); used by undo and redo as well."""
    row = target or current
    assert row is not None
    key = item_response.c.item_id == row["item_id"]
    if target is None:
        conn.execute(delete(item_response).where(key))
        return
    values = {name: from_json(item_response, name, value) for name, value in target.items() if name in item_response.c}
    if current is None:
        conn.execute(insert(item_response).values(values))
    else:
        conn.execute(update(item_response).where(key).values(values))


def apply_response(conn: Connection, current: dict | None, target: dict | None) -> None:
    """Undo/redo of an answer (called by operations.core for the RESPONSE entity); a deleted statement is skipped."""
    row = target or current
    assert row is not None
    if conn.execute(select(Item.id).where(Item.id == row["item_id"])).first() is None:
        return
    exists = conn.execute(select(item_response.c.item_id).where(item_response.c.item_id == row["item_id"])).first()
    _write(conn, current if exists is not None else None, target)


def responses_of(conn: Connection, item_ids) -> list[dict[str, Any]]:
    """Snapshots of the answers of these items (a list or a query of ids), for deletion snapshots."""
    stmt = select(item_response).where(item_response.c.item_id.in_(item_ids)).order_by(item_response.c.item_id)
    return [_snapshot(r) for r in conn.execute(stmt)]


def restore_responses(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Put back answers whose statements exist again (undo of a deletion), skipping any already there."""
    ids = [row["item_id"] for row in rows]
    present = _existing_items(conn, ids)
    stored = set(_stored(conn, ids))
    for row in rows:
        if row["item_id"] in present and row["item_id"] not in stored:
            _write(conn, None, row)


def get_responses(engine: Engine, item_ids: Iterable[str] | None = None) -> dict[str, Response]:
    """The stored answers by item id (all of them, or of these statements)."""
    with engine.connect() as conn:
        if item_ids is None:
            rows = conn.execute(select(item_response)).all()
        else:
            ids = list(item_ids)
            rows = [r for start in range(0, len(ids), _CHUNK) for r in conn.execute(
                select(item_response).where(item_response.c.item_id.in_(ids[start:start + _CHUNK])))]
    return {r.item_id: Response(r.item_id, r.position, r.justification, r.paragraph) for r in rows}
