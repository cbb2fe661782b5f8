"""Items: the statements captured during a meeting, nested as points and sub-points."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, and_

from facilitator.i18n import tr
from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    OperationError,
    clamp,
    count,
    delete_row,
    fetch,
    fetch_one,
    insert_tree,
    lookup,
    modify,
    new_row,
    scope,
    transaction,
)
from facilitator.operations.moves import relocate
from facilitator.operations.tags import created_tag_changes, ensure_tags
from facilitator.operations.trees import item_tree
from facilitator.operations.validate import check_fields

KEEP: Any = ...  # "leave as it is" for move_item's parent_id / section_id


def _meeting_of(conn: Connection, section_id: str) -> str:
    """The meeting a section belongs to."""
    return lookup(conn, "section", section_id, "meeting_id").meeting_id


def _check_speaker(conn: Connection, speaker_id: str | None, meeting_id: str) -> None:
    """A speaker must be a participant of the same meeting."""
    if speaker_id is None:
        return
    found = lookup(conn, "participant", speaker_id, "meeting_id")
    if found.meeting_id != meeting_id:
        raise OperationError(tr("the speaker must be a participant of the same meeting"), field="speaker_id")


def add_item(
    engine: Engine,
    *,
    section_id: str,
    kind: str,
    text: str,
    parent_id: str | None = None,
    position: int | None = None,
    speaker_id: str | None = None,
    tags: Iterable[str] = (),
) -> Changes:
    """Capture a statement: at the end of its section (or under parent_id) unless a position is given."""
    values = check_fields("item", {"kind": kind, "text": text, "speaker_id": speaker_id, "tags": tags})
    names = values.pop("tags")
    with transaction(engine) as conn:
        meeting_id = _meeting_of(conn, section_id)
        if parent_id is not None and lookup(conn, "item", parent_id, "section_id").section_id != section_id:
            raise OperationError(tr("a sub-point must be in the same section as its parent"), field="parent_id")
        _check_speaker(conn, speaker_id, meeting_id)
        values.update(section_id=section_id, parent_id=parent_id)
        siblings = count(conn, "item", scope("item", values))
        values["position"] = clamp(position, siblings)
        stored, created = ensure_tags(conn, names)
        snap = {**new_row("item", values), "tags": stored}
        insert_tree(conn, "item", snap, make_room=values["position"] < siblings)
        return (Change("item", snap["id"], None, snap), *created_tag_changes(created, snap["id"]))


def update_item(engine: Engine, *, item_id: str, **fields: Any) -> Changes:
    """Edit an item's text, kind, speaker or tags; nothing written when nothing differs."""
    values = check_fields("item", fields)
    with transaction(engine) as conn:
        before = fetch_one(conn, "item", item_id)
        if values.get("speaker_id") is not None:
            _check_speaker(conn, values["speaker_id"], _meeting_of(conn, before["section_id"]))
        created: list[dict[str, Any]] = []
        if "tags" in values:
            values["tags"], created = ensure_tags(conn, values["tags"])
        change = modify(conn, "item", before, values)
        return (change, *created_tag_changes(created, item_id)) if change else ()


def delete_item(engine: Engine, *, item_id: str) -> Changes:
    """Delete an item with its sub-points; the snapshot keeps the whole subtree for undo."""
    with transaction(engine) as conn:
        tree = item_tree(conn, item_id)
        delete_row(conn, "item", item_id)
        return (Change("item", item_id, tree, None),)


def _ancestors(conn: Connection, item_id: str | None) -> Iterable[str]:
    """The item and every item above it."""
    while item_id is not None:
        yield item_id
        item_id = lookup(conn, "item", item_id, "parent_id").parent_id


def _destination(conn: Connection, row: dict, parent_id: Any, section_id: Any) -> tuple[str | None, str]:
    """Resolve move_item's target parent and section, refusing impossible moves."""
    if parent_id is KEEP:
        if section_id is KEEP or section_id == row["section_id"]:
            parent_id, section_id = row["parent_id"], row["section_id"]
        else:
            parent_id = None
    elif parent_id is None:
        section_id = row["section_id"] if section_id is KEEP else section_id
    else:
        parent_section = lookup(conn, "item", parent_id, "section_id").section_id
        if section_id is not KEEP and section_id != parent_section:
            raise OperationError(tr("a sub-point must be in the same section as its parent"), field="parent_id")
        section_id = parent_section
        if row["id"] in _ancestors(conn, parent_id):
            raise OperationError(tr("an item cannot be moved under itself or its own sub-points"), field="parent_id")
    if section_id != row["section_id"] and _meeting_of(conn, section_id) != _meeting_of(conn, row["section_id"]):
        raise OperationError(tr("an item can only be moved within its meeting"), field="section_id")
    return parent_id, section_id


def move_item(
    engine: Engine, *, item_id: str, position: int | None, parent_id: Any = KEEP, section_id: Any = KEEP
) -> Changes:
    """Reorder an item, or move it (with its sub-points) under another parent or into another section."""
    with transaction(engine) as conn:
        row = fetch_one(conn, "item", item_id)
        parent, section = _destination(conn, row, parent_id, section_id)
        return relocate(conn, "item", row, position, parent_id=parent, section_id=section)


def indent_item(engine: Engine, *, item_id: str) -> Changes:
    """Make an item the last sub-point of the item above it (nothing happens for a first item)."""
    items = TABLES["item"]
    with transaction(engine) as conn:
        row = fetch_one(conn, "item", item_id)
        above = fetch(conn, "item", and_(scope("item", row), items.c.position == row["position"] - 1))
        if not above:
            return ()
        last = count(conn, "item", items.c.parent_id == above[0]["id"])
        return relocate(conn, "item", row, last, parent_id=above[0]["id"], section_id=row["section_id"])


def outdent_item(engine: Engine, *, item_id: str) -> Changes:
    """Make a sub-point the sibling right after its parent (nothing happens at the top level)."""
    with transaction(engine) as conn:
        row = fetch_one(conn, "item", item_id)
        if row["parent_id"] is None:
            return ()
        parent = lookup(conn, "item", row["parent_id"], "parent_id", "section_id", "position")
        target = {"parent_id": parent.parent_id, "section_id": parent.section_id}
        return relocate(conn, "item", row, parent.position + 1, **target)
