"""Shared machinery of the operations: Change records, JSON snapshots, dense sibling positions, undo/redo."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.sql.elements import ColumnElement

from facilitator.i18n import N_, reason, term, tr
from facilitator.model import (
    AgendaItem,
    Item,
    Meeting,
    MeetingTemplate,
    Participant,
    Section,
    Tag,
    item_tag,
    new_id,
    recurring_decision,
    utcnow,
)
from facilitator.store import DatabaseError
from facilitator.store.connection import edit_session
from facilitator.store.errors import is_disconnect, lost
from facilitator.store.paths import server_label


class OperationError(Exception):
    """An operation was refused; the message is one line meant for the user."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Change:
    """One row an operation created (before None), deleted (after None) or modified."""

    entity: str
    id: str
    before: dict | None
    after: dict | None


Changes = tuple[Change, ...]

TABLES: dict[str, Table] = {
    "meeting": Meeting.__table__,
    "agenda_item": AgendaItem.__table__,
    "participant": Participant.__table__,
    "section": Section.__table__,
    "item": Item.__table__,
    "tag": Tag.__table__,
    "template": MeetingTemplate.__table__,
}
LABELS = {
    "meeting": "meeting",
    "agenda_item": "agenda point",
    "participant": "participant",
    "section": "section",
    "item": "item",
    "tag": "tag",
    "template": "meeting template",
}
# "The <entity> <id> does not exist", one template per entity (Polish inflects the rest of the sentence).
MISSING = {
    "meeting": N_("the meeting {id!r} does not exist (it may have been deleted)"),
    "agenda_item": N_("the agenda point {id!r} does not exist (it may have been deleted)"),
    "participant": N_("the participant {id!r} does not exist (it may have been deleted)"),
    "section": N_("the section {id!r} does not exist (it may have been deleted)"),
    "item": N_("the item {id!r} does not exist (it may have been deleted)"),
    "tag": N_("the tag {id!r} does not exist (it may have been deleted)"),
    "template": N_("the meeting template {id!r} does not exist (it may have been deleted)"),
}
# Officials' recurring-statement decisions pair two items; deleting either item cascades them away,
# so deletion snapshots carry them ("decisions") and undo puts back those whose items both exist again.
# The office's answers to statements (operations.responses) ride along the same way ("responses").
DECISIONS: Table = recurring_decision


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """Exactly one unit of work per operation; database refusals become user-facing errors."""
    try:
        with edit_session(engine) as session:
            yield session.connection()
    except IntegrityError as exc:
        raise OperationError(tr("the database refused the change: {reason}", reason=reason(exc))) from exc
    except OperationalError as exc:
        if is_disconnect(exc):  # the server went away: nothing of this step was stored, the pool reconnects later
            raise lost(server_label(engine.url.render_as_string()), exc) from exc
        raise DatabaseError(tr("the database cannot be written: {reason}", reason=reason(exc))) from exc


# --- snapshots ---------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Dates and timestamps as ISO text (UTC), so snapshots are plain JSON."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(table: Table, name: str, value: Any) -> Any:
    """The Python value a column expects, from its snapshot form."""
    if value is None or not isinstance(value, str):
        return value
    kind = table.c[name].type
    if isinstance(kind, DateTime):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def columns_of(entity: str, snap: dict) -> dict[str, Any]:
    """Column values of a snapshot, converted for writing."""
    table = TABLES[entity]
    return {name: from_json(table, name, value) for name, value in snap.items() if name in table.c}


def new_row(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """A complete snapshot of a row about to be created: defaults filled, fresh id and timestamps."""
    table = TABLES[entity]
    now = to_json(utcnow())
    row: dict[str, Any] = {}
    for column in table.c:
        if column.name in values:
            row[column.name] = to_json(values[column.name])
        elif column.name == "id":
            row["id"] = new_id()
        elif column.name in ("created_at", "updated_at"):
            row[column.name] = now
        elif column.default is not None and column.default.is_scalar:
            row[column.name] = column.default.arg
        else:
            row[column.name] = None
    return row


def fetch(conn: Connection, entity: str, where: ColumnElement[bool]) -> list[dict[str, Any]]:
    """Rows as snapshots (items with their tag names), in position order where there is one."""
    table = TABLES[entity]
    stmt = select(table).where(where)
    if "position" in table.c:
        stmt = stmt.order_by(table.c.position)
    rows = [{k: to_json(v) for k, v in r._mapping.items()} for r in conn.execute(stmt)]
    if entity == "item" and rows:
        _attach_tags(conn, rows, select(table.c.id).where(where))
    return rows


def _attach_tags(conn: Connection, rows: list[dict], ids_query) -> None:
    """Add the sorted tag names of each item row."""
    tag = TABLES["tag"]
    stmt = (
        select(item_tag.c.item_id, tag.c.name)
        .join(tag, tag.c.id == item_tag.c.tag_id)
        .where(item_tag.c.item_id.in_(ids_query))
        .order_by(tag.c.name)
    )
    names: dict[str, list[str]] = {}
    for item_id, name in conn.execute(stmt):
        names.setdefault(item_id, []).append(name)
    for row in rows:
        row["tags"] = sorted(names.get(row["id"], []))


def fetch_one(conn: Connection, entity: str, row_id: Any) -> dict[str, Any]:
    """One row's snapshot, or a clear error when the id is unknown (e.g. deleted meanwhile)."""
    if isinstance(row_id, str) and row_id:
        rows = fetch(conn, entity, TABLES[entity].c.id == row_id)
        if rows:
            return rows[0]
    raise OperationError(tr(MISSING[entity], id=row_id))


# --- positions ---------------------------------------------------------------------------------


def scope(entity: str, row: dict[str, Any]) -> ColumnElement[bool] | None:
    """The sibling group a row is positioned in (None for unpositioned entities)."""
    table = TABLES[entity]
    if entity == "item":
        if row.get("parent_id"):
            return table.c.parent_id == row["parent_id"]
        return and_(table.c.section_id == row["section_id"], table.c.parent_id.is_(None))
    if "meeting_id" in table.c:
        return table.c.meeting_id == row["meeting_id"]
    return None


def count(conn: Connection, entity: str, where: ColumnElement[bool]) -> int:
    """How many rows a sibling group holds: positions are dense, so max + 1 (an index seek, not a scan)."""
    table = TABLES[entity]
    last = conn.execute(select(func.max(table.c.position)).where(where)).scalar_one()
    return 0 if last is None else last + 1


def clamp(position: int | None, upper: int) -> int:
    """A position kept inside 0..upper; None means the end."""
    if position is None:
        return upper
    if isinstance(position, bool) or not isinstance(position, int):
        raise OperationError(tr("a position must be a whole number, not {position!r}", position=position))
    return max(0, min(position, upper))


def shift(conn: Connection, entity: str, where: ColumnElement[bool], start: int, delta: int, stop: int | None = None):
    """Move siblings at start..stop by delta in one UPDATE, leaving their timestamps alone."""
    table = TABLES[entity]
    cond = and_(where, table.c.position >= start)
    if stop is not None:
        cond = and_(cond, table.c.position <= stop)
    values: dict[str, Any] = {"position": table.c.position + delta}
    if "updated_at" in table.c:
        values["updated_at"] = table.c.updated_at
    conn.execute(update(table).where(cond).values(values))


# --- tags --------------------------------------------------------------------------------------


def find_tag(conn: Connection, name: str) -> dict | None:
    """The tag with this name, exactly or else ignoring case (Unicode-aware, unlike SQL lower())."""
    tag = TABLES["tag"]
    exact = conn.execute(select(tag.c.id, tag.c.name).where(tag.c.name == name)).first()
    if exact:
        return {"id": exact.id, "name": exact.name}
    folded = name.casefold()
    for row in conn.execute(select(tag.c.id, tag.c.name).order_by(tag.c.name)):
        if row.name.casefold() == folded:
            return {"id": row.id, "name": row.name}
    return None


def link_tags(conn: Connection, item_id: str, names: Iterable[str]) -> None:
    """Make an item's tags exactly the named ones; names without a tag row are skipped."""
    conn.execute(delete(item_tag).where(item_tag.c.item_id == item_id))
    ids = {found["id"] for found in (find_tag(conn, n) for n in names) if found}
    if ids:
        conn.execute(insert(item_tag), [{"item_id": item_id, "tag_id": tag_id} for tag_id in sorted(ids)])


# --- applying snapshots ------------------------------------------------------------------------


def insert_tree(conn: Connection, entity: str, snap: dict[str, Any], *, make_room: bool = True) -> None:
    """Insert a row with everything its snapshot nests, opening a gap among its siblings first."""
    table = TABLES[entity]
    where = scope(entity, snap)
    if make_room and where is not None:
        shift(conn, entity, where, snap["position"], +1)
    if entity == "item":
        _insert_items(conn, [snap])
    else:
        conn.execute(insert(table).values(columns_of(entity, snap)))
        _insert_nested(conn, entity, snap)
    if snap.get("decisions"):
        _insert_decisions(conn, snap["decisions"])
    if snap.get("responses"):
        from facilitator.operations.responses import restore_responses

        restore_responses(conn, snap["responses"])
    if snap.get("labels"):
        from facilitator.operations.grouping import restore_labels

        restore_labels(conn, snap["labels"])


def _insert_nested(conn: Connection, entity: str, snap: dict[str, Any]) -> None:
    """Put back what a meeting, section, participant or tag snapshot holds besides its own row."""
    if entity == "meeting":
        for child in ("agenda_item", "participant", "section"):
            key = {"agenda_item": "agenda", "participant": "participants", "section": "sections"}[child]
            for row in snap.get(key, ()):
                insert_tree(conn, child, row, make_room=False)
    elif entity == "section":
        _insert_items(conn, snap.get("items", ()))
    elif entity == "participant" and snap.get("spoken"):
        items = TABLES["item"]
        conn.execute(
            update(items)
            .where(items.c.id.in_(snap["spoken"]))
            .values(speaker_id=snap["id"], updated_at=items.c.updated_at)
        )
    elif entity == "tag" and snap.get("items"):
        existing = conn.execute(select(TABLES["item"].c.id).where(TABLES["item"].c.id.in_(snap["items"]))).scalars()
        links = [{"item_id": item_id, "tag_id": snap["id"]} for item_id in existing]
        if links:
            conn.execute(insert(item_tag), links)


def _insert_decisions(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Restore recurring-statement decisions whose two items exist (and that are not there already)."""
    items = TABLES["item"]
    wanted = {row["item_a"] for row in rows} | {row["item_b"] for row in rows}
    present = set(conn.execute(select(items.c.id).where(items.c.id.in_(wanted))).scalars())
    keys = {
        (row.item_a, row.item_b)
        for row in conn.execute(select(DECISIONS.c.item_a, DECISIONS.c.item_b).where(DECISIONS.c.item_a.in_(present)))
    }
    fresh = [
        {name: from_json(DECISIONS, name, value) for name, value in row.items()}
        for row in rows
        if row["item_a"] in present and row["item_b"] in present and (row["item_a"], row["item_b"]) not in keys
    ]
    if fresh:
        conn.execute(insert(DECISIONS), fresh)


def _insert_items(conn: Connection, trees: Iterable[dict[str, Any]]) -> None:
    """Insert item trees parents first, in two bulk statements (rows, then tag links)."""
    flat: list[dict[str, Any]] = []
    stack = list(reversed(list(trees)))
    while stack:
        node = stack.pop()
        flat.append(node)
        stack.extend(reversed(node.get("children", ())))
    if not flat:
        return
    conn.execute(insert(TABLES["item"]), [columns_of("item", node) for node in flat])
    tag_ids: dict[str, str | None] = {}
    links = []
    for node in flat:
        for name in node.get("tags", ()):
            if name not in tag_ids:
                found = find_tag(conn, name)
                tag_ids[name] = found["id"] if found else None
            if tag_ids[name]:
                links.append({"item_id": node["id"], "tag_id": tag_ids[name]})
    if links:
        conn.execute(insert(item_tag), links)


def delete_row(conn: Connection, entity: str, row_id: str) -> None:
    """Delete a row (the database cascades to what it owns) and close the gap among its siblings."""
    row = fetch_one(conn, entity, row_id)
    table = TABLES[entity]
    conn.execute(delete(table).where(table.c.id == row_id))
    where = scope(entity, row)
    if where is not None:
        shift(conn, entity, where, row["position"] + 1, -1)


def update_row(conn: Connection, entity: str, row_id: str, snap: dict[str, Any], *, relink: bool = True) -> None:
    """Write the column values (and an item's tags, if relink) a snapshot holds, timestamps included."""
    table = TABLES[entity]
    values = {k: v for k, v in columns_of(entity, snap).items() if k != "id"}
    result = conn.execute(update(table).where(table.c.id == row_id).values(values))
    if result.rowcount == 0:
        raise OperationError(tr(MISSING[entity], id=row_id))
    if relink and entity == "item" and "tags" in snap:
        link_tags(conn, row_id, snap["tags"])


Step = tuple[Change, "dict | None", "dict | None"]  # a change, the row's current snapshot, its target one


def _apply_all(conn: Connection, steps: Iterable[Step]) -> None:
    """Bring rows from their current snapshots to the target ones; runs of updates go in bulk."""
    batch: list[Step] = []
    for step in steps:
        change, current, target = step
        if change.entity in ("recurring_decision", "recurring_label"):  # grouping corrections: see grouping.py
            from facilitator.operations.grouping import apply_decision, apply_label

            if batch:
                _update_many(conn, batch)
                batch = []
            (apply_decision if change.entity == "recurring_decision" else apply_label)(conn, current, target)
            continue
        if change.entity == "item_response":  # keyed by its item, not a row with an id of its own
            from facilitator.operations.responses import apply_response

            if batch:
                _update_many(conn, batch)
                batch = []
            apply_response(conn, current, target)
            continue
        if current is not None and target is not None:
            if batch and batch[0][0].entity != change.entity:
                _update_many(conn, batch)
                batch = []
            batch.append(step)
            continue
        if batch:
            _update_many(conn, batch)
            batch = []
        if target is None:
            delete_row(conn, change.entity, change.id)
        else:
            insert_tree(conn, change.entity, target)
    if batch:
        _update_many(conn, batch)


def _update_many(conn: Connection, batch: list[Step]) -> None:
    """Write many snapshots of one entity with one executemany (a big move's undo stays fast)."""
    entity = batch[0][0].entity
    table = TABLES[entity]
    names = sorted(k for k in batch[0][2] if k in table.c and k != "id")
    if len(batch) == 1 or any(sorted(k for k in t if k in table.c and k != "id") != names for _, _, t in batch):
        for change, current, target in batch:
            update_row(conn, entity, change.id, target, relink=current.get("tags") != target.get("tags"))
        return
    stmt = update(table).where(table.c.id == bindparam("row_id")).values({n: bindparam(f"v_{n}") for n in names})
    params = [
        {"row_id": change.id, **{f"v_{n}": from_json(table, n, target[n]) for n in names}}
        for change, _, target in batch
    ]
    result = conn.execute(stmt, params)
    if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(batch):
        raise OperationError(tr("some {entity} rows to restore no longer exist (they may have been deleted)",
                                 entity=term(LABELS[entity])))
    for change, current, target in batch:
        if entity == "item" and "tags" in target and current.get("tags") != target.get("tags"):
            link_tags(conn, change.id, target["tags"])


def revert(engine: Engine, changes: Iterable[Change]) -> None:
    """Undo: apply the inverse of each change, newest first, in one transaction."""
    with transaction(engine) as conn:
        _apply_all(conn, ((c, c.after, c.before) for c in reversed(tuple(changes))))


def reapply(engine: Engine, changes: Iterable[Change]) -> None:
    """Redo: apply each change again, oldest first, in one transaction."""
    with transaction(engine) as conn:
        _apply_all(conn, ((c, c.before, c.after) for c in changes))


def create(conn: Connection, entity: str, values: dict[str, Any], *, make_room: bool = True) -> Change:
    """Insert a new row (making room among its siblings unless it goes last) and describe it."""
    snap = new_row(entity, values)
    insert_tree(conn, entity, snap, make_room=make_room)
    return Change(entity, snap["id"], None, snap)


def modify(conn: Connection, entity: str, before: dict[str, Any], values: dict[str, Any]) -> Change | None:
    """Update the fields whose value differs; None when nothing would change."""
    changed = {k: to_json(v) for k, v in values.items() if before.get(k) != to_json(v)}
    if not changed:
        return None
    after = {**before, **changed}
    if "updated_at" in before:
        after["updated_at"] = to_json(utcnow())
    update_row(conn, entity, before["id"], after)
    return Change(entity, before["id"], before, after)


def lookup(conn: Connection, entity: str, row_id: Any, *names: str) -> Any:
    """A few columns of one row (cheaper than a snapshot), or a clear error when the id is unknown."""
    table = TABLES[entity]
    found = None
    if isinstance(row_id, str) and row_id:
        found = conn.execute(select(*(table.c[n] for n in names)).where(table.c.id == row_id)).first()
    if found is None:
        raise OperationError(tr(MISSING[entity], id=row_id))
    return found
