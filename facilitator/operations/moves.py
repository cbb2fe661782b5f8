"""Moving a row among its siblings or into another sibling group, keeping positions dense."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, update

from facilitator.model import utcnow
from facilitator.operations.core import TABLES, Change, Changes, clamp, columns_of, count, fetch, scope, shift, to_json
from facilitator.operations.trees import descendant_ids


def relocate(conn: Connection, entity: str, row: dict[str, Any], position: int | None, **target: Any) -> Changes:
    """Put a row at position in the group target describes (default: its own); one Change per row that moved."""
    table = TABLES[entity]
    dest = {**row, **target}
    old_where, new_where = scope(entity, row), scope(entity, dest)
    same = all(row.get(key) == value for key, value in target.items())
    old = row["position"]
    if same:
        new = clamp(position, count(conn, entity, old_where) - 1)
        if new == old:
            return ()
        low, high = min(old, new), max(old, new)
        others = fetch(conn, entity, and_(old_where, table.c.position.between(low, high), table.c.id != row["id"]))
        delta = -1 if new > old else +1
        shift(conn, entity, old_where, low, delta, high)
        moved_others = [{**r, "position": r["position"] + delta} for r in others]
        pairs = list(zip(others, moved_others))
    else:
        new = clamp(position, count(conn, entity, new_where))
        leaving = fetch(conn, entity, and_(old_where, table.c.position > old))
        arriving = fetch(conn, entity, and_(new_where, table.c.position >= new))
        shift(conn, entity, old_where, old + 1, -1)
        shift(conn, entity, new_where, new, +1)
        pairs = [(r, {**r, "position": r["position"] - 1}) for r in leaving]
        pairs += [(r, {**r, "position": r["position"] + 1}) for r in arriving]
        pairs += _carry_descendants(conn, entity, row, dest)
    after = {**dest, "position": new}
    if "updated_at" in row:
        after["updated_at"] = to_json(utcnow())
    values = columns_of(entity, {key: after[key] for key in ("position", "updated_at", *target) if key in after})
    conn.execute(update(table).where(table.c.id == row["id"]).values(values))
    return (Change(entity, row["id"], row, after), *(Change(entity, b["id"], b, a) for b, a in pairs))


def _carry_descendants(conn: Connection, entity: str, row: dict, dest: dict) -> list[tuple[dict, dict]]:
    """Nested items follow their ancestor into another section (timestamps untouched)."""
    if entity != "item" or row["section_id"] == dest["section_id"]:
        return []
    below = descendant_ids(conn, row["id"])
    if not below:
        return []
    items = TABLES["item"]
    rows = fetch(conn, "item", items.c.id.in_(below))
    conn.execute(
        update(items).where(items.c.id.in_(below)).values(section_id=dest["section_id"], updated_at=items.c.updated_at)
    )
    return [(r, {**r, "section_id": dest["section_id"]}) for r in rows]
