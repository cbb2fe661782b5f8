"""Tags: created by name as items are tagged (one at a time or many at once), renamed and merged by the user.

Names are paths: "Obszar 1/BIP" nests under "Obszar 1" (facilitator.tagtree); renaming a level renames what is
under it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from facilitator import tagtree
from facilitator.i18n import tr
from facilitator.model import item_tag
from facilitator.operations.core import (
    MISSING,
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

_CHUNK = 500  # ids per IN (...) list


def ensure_tags(conn: Connection, names: Iterable[str]) -> tuple[list[str], list[dict[str, Any]]]:
    """Resolve names to existing tags (ignoring case) or create them; returns stored names and new rows."""
    resolved: list[str] = []
    created: list[dict[str, Any]] = []
    for name in names:
        name = tagtree.normalise(name)
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
    name = tagtree.normalise(clean_text("name", value))
    if not name:
        raise OperationError(tr("a tag name cannot be empty"), field="name")
    return name


def rename_tag(engine: Engine, *, name: str, tag_id: str | None = None, path: str | None = None) -> Changes:
    """Rename a tag (or a level of the tag tree no tag is named after, by `path`) and every tag under it;
    a new name equal to another tag's (ignoring case) merges the two."""
    name = _tag_name(name)
    with transaction(engine) as conn:
        if tag_id is not None:
            path = fetch_one(conn, "tag", tag_id)["name"]
        if not path:
            raise OperationError(tr("a tag name cannot be empty"), field="name")
        return _rename_level(conn, tagtree.normalise(path), name)


def _rename_level(conn: Connection, old: str, new: str) -> Changes:
    tags = TABLES["tag"]
    rows = [{"id": r.id, "name": tagtree.normalise(r.name)}
            for r in conn.execute(select(tags.c.id, tags.c.name).order_by(tags.c.name))]
    low = old.casefold()
    moving = [r for r in rows if r["name"].casefold() == low or r["name"].casefold().startswith(low + tagtree.SEP)]
    if not moving:
        raise OperationError(tr("no tag is named {name!r} or nested under it", name=old))
    if new.casefold().startswith(low + tagtree.SEP):
        raise OperationError(tr("a tag cannot be moved under itself"), field="name")
    staying = {r["name"].casefold(): r["id"] for r in rows if r not in moving}
    changes: list[Change] = []
    for row in moving:
        target = new + row["name"][len(old):]
        if target.casefold() in staying:
            changes += _merge(conn, [row["id"]], staying[target.casefold()])
            continue
        change = modify(conn, "tag", fetch_one(conn, "tag", row["id"]), {"name": target})
        if change:
            changes.append(change)
    return tuple(changes)


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


def tag_items(engine: Engine, *, item_ids: Iterable[str], names: Iterable[str]) -> Changes:
    """Add tags to many statements at once (chosen search results); one Change set, undone in one step.

    A tag path "Obszar 1/BIP" nests under "Obszar 1"; items that already carry the tags are left alone."""
    wanted = [_tag_name(name) for name in names]
    if not wanted:
        raise OperationError(tr("a tag name cannot be empty"), field="name")
    ids = list(dict.fromkeys(item_ids))
    items = TABLES["item"]
    with transaction(engine) as conn:
        rows: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows.update((r["id"], r) for r in fetch(conn, "item", items.c.id.in_(chunk)))
        missing = [i for i in ids if i not in rows]
        if missing:
            raise OperationError(tr(MISSING["item"], id=missing[0]))
        stored, created = ensure_tags(conn, wanted)
        changes: list[Change] = []
        for item_id in ids:
            before = rows[item_id]
            tags = sorted(set(before["tags"]) | set(stored))
            if tags != before["tags"]:
                change = modify(conn, "item", before, {"tags": tags})
                if change:
                    changes.append(change)
        tagged = [c.id for c in changes]
        changes += [Change("tag", tag["id"], None, {**tag, "items": tagged}) for tag in created]
        return tuple(changes)
