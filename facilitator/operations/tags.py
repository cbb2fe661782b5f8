"""Tags: created by name as items are tagged, renamed and merged by the user."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from facilitator.i18n import tr
from facilitator.model import item_tag
from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    OperationError,
    fetch,
    fetch_one,
    find_tag,
    modify,
    new_row,
    transaction,
)
from facilitator.operations.validate import clean_text


def ensure_tags(conn: Connection, names: Iterable[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """Resolve names to existing tags (ignoring case) or create them; returns stored names and new rows."""
    resolved: list[str] = []
    created: list[dict[str, Any]] = []
    for name in names:
        found = find_tag(conn, name)
        if found is None:
            found = new_row("tag", {"name": name})
            conn.execute(insert(TABLES["tag"]).values(id=found["id"], name=found["name"]))
            created.append(found)
        resolved.append(found["name"])
    return sorted(set(resolved)), created


def created_tag_changes(created: list[dict[str, Any]], item_id: str) -> list[Change]:
    """Changes for tags an item operation created (redo re-links them to the item)."""
    return [Change("tag", tag["id"], None, {**tag, "items": [item_id]}) for tag in created]


def _tag_name(value: Any) -> str:
    """A tag name as stored: cleaned and trimmed, never empty."""
    name = clean_text("name", value).strip()
    if not name:
        raise OperationError(tr("a tag name cannot be empty"), field="name")
    return name


def rename_tag(engine: Engine, *, tag_id: str, name: str) -> Changes:
    """Rename a tag; renaming to another tag's name (ignoring case) merges the two."""
    name = _tag_name(name)
    tags = TABLES["tag"]
    with transaction(engine) as conn:
        before = fetch_one(conn, "tag", tag_id)
        others = conn.execute(select(tags.c.id, tags.c.name).where(tags.c.id != tag_id).order_by(tags.c.name))
        same = [row.id for row in others if row.name.casefold() == name.casefold()]
        if same:
            return _merge(conn, [tag_id], same[0])
        change = modify(conn, "tag", before, {"name": name})
        return (change,) if change else ()


def merge_tags(engine: Engine, *, source_ids: Iterable[str], target_id: str) -> Changes:
    """Fold the source tags into the target: their items get the target tag, the sources are deleted."""
    with transaction(engine) as conn:
        return _merge(conn, list(source_ids), target_id)


def _merge(conn: Connection, source_ids: list[str], target_id: str) -> Changes:
    """Relink every item of the sources to the target, then delete the sources (now without items)."""
    target = fetch_one(conn, "tag", target_id)
    sources = [fetch_one(conn, "tag", tag_id) for tag_id in dict.fromkeys(source_ids) if tag_id != target_id]
    if not sources:
        return ()
    source_ids = [tag["id"] for tag in sources]
    source_names = {tag["name"] for tag in sources}
    items = TABLES["item"]
    tagged = select(item_tag.c.item_id).where(item_tag.c.tag_id.in_(source_ids))
    changes = []
    for row in fetch(conn, "item", items.c.id.in_(tagged)):
        names = sorted({n for n in row["tags"] if n not in source_names} | {target["name"]})
        changes.append(Change("item", row["id"], row, {**row, "tags": names}))
    already = select(item_tag.c.item_id).where(item_tag.c.tag_id == target_id)
    moving = select(item_tag.c.item_id).where(item_tag.c.tag_id.in_(source_ids), ~item_tag.c.item_id.in_(already))
    relink = conn.execute(moving.distinct())
    links = [{"item_id": item_id, "tag_id": target_id} for item_id in relink.scalars()]
    if links:
        conn.execute(insert(item_tag), links)
    conn.execute(delete(TABLES["tag"]).where(TABLES["tag"].c.id.in_(source_ids)))
    changes += [Change("tag", tag["id"], {**tag, "items": []}, None) for tag in sources]
    return tuple(changes)
