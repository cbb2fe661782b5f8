"""Officials' corrections of recurring-statement groups: pairwise 'same'/'distinct' decisions, undoable.

A decision is one `recurring_decision` row (entity DECISION, id "item_a|item_b"); facilitator.recurring reads
them when it groups: "same" joins two statements whatever the threshold, "distinct" keeps them apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, or_, select, update

from facilitator.i18n import tr
from facilitator.model import Item, utcnow
from facilitator.operations.core import DECISIONS, Change, Changes, OperationError, from_json, to_json, transaction

DECISION = "recurring_decision"


def _pairs(left: Iterable[str], right: Iterable[str]) -> list[tuple[str, str]]:
    right = list(right)
    return sorted({tuple(sorted((a, b))) for a in left for b in right if a != b})


def _snapshot(row: Any) -> dict[str, Any]:
    return {"item_a": row.item_a, "item_b": row.item_b, "decision": row.decision, "created_at": to_json(row.created_at)}


def _record(engine: Engine, pairs: list[tuple[str, str]], decision: str) -> Changes:
    if not pairs:
        raise OperationError(tr("choose at least two statements"))
    ids = {i for pair in pairs for i in pair}
    changes: list[Change] = []
    with transaction(engine) as conn:
        found = set(conn.scalars(select(Item.id).where(Item.id.in_(ids))))
        if missing := ids - found:
            raise OperationError(tr("unknown statement id: {id}", id=min(missing)))
        stored = {(r.item_a, r.item_b): r for r in conn.execute(select(DECISIONS).where(DECISIONS.c.item_a.in_(ids)))}
        now = to_json(utcnow())
        for a, b in pairs:
            old = stored.get((a, b))
            if old is not None and old.decision == decision:
                continue
            after = {"item_a": a, "item_b": b, "decision": decision, "created_at": now}
            before = _snapshot(old) if old is not None else None
            _write(conn, before, after)
            changes.append(Change(DECISION, f"{a}|{b}", before, after))
    return tuple(changes)


def _write(conn: Connection, current: dict | None, target: dict | None) -> None:
    """Bring one decision row from `current` to `target` (None: absent); used by undo and redo as well."""
    row = target or current
    assert row is not None
    key = (DECISIONS.c.item_a == row["item_a"]) & (DECISIONS.c.item_b == row["item_b"])
    if target is None:
        conn.execute(delete(DECISIONS).where(key))
        return
    values = {name: from_json(DECISIONS, name, value) for name, value in target.items()}
    if current is None:
        conn.execute(insert(DECISIONS).values(values))
    else:
        conn.execute(update(DECISIONS).where(key).values(values))


def apply_decision(conn: Connection, current: dict | None, target: dict | None) -> None:
    """Undo/redo of a decision change (called by operations.core for the DECISION entity)."""
    if target is not None:
        items = set(conn.scalars(select(Item.id).where(Item.id.in_((target["item_a"], target["item_b"])))))
        if len(items) < 2:  # a statement was deleted since: its decisions went with it
            return
        exists = conn.execute(select(DECISIONS.c.decision).where(
            (DECISIONS.c.item_a == target["item_a"]) & (DECISIONS.c.item_b == target["item_b"]))).first()
        current = current if exists is not None else None
    _write(conn, current, target)


def confirm_group(engine: Engine, *, item_ids: Sequence[str]) -> Changes:
    """These statements are one recurring statement, whatever the threshold (also: add one to a group, merge two)."""
    ids = list(dict.fromkeys(item_ids))
    return _record(engine, _pairs(ids[:1], ids[1:]), "same")


def split_group(engine: Engine, *, item_ids: Sequence[str], from_ids: Sequence[str]) -> Changes:
    """Take `item_ids` out of a group: they are never grouped with `from_ids` again (also: remove one statement)."""
    taken = set(item_ids)
    return _record(engine, _pairs(item_ids, [i for i in from_ids if i not in taken]), "distinct")


def forget_group(engine: Engine, *, item_ids: Sequence[str]) -> Changes:
    """Drop every decision about these statements: back to automatic grouping."""
    ids = list(item_ids)
    with transaction(engine) as conn:
        rows = conn.execute(select(DECISIONS).where(
            or_(DECISIONS.c.item_a.in_(ids), DECISIONS.c.item_b.in_(ids))).order_by(
            DECISIONS.c.item_a, DECISIONS.c.item_b)).all()
        changes = tuple(Change(DECISION, f"{r.item_a}|{r.item_b}", _snapshot(r), None) for r in rows)
        for change in changes:
            _write(conn, change.before, None)
    return changes
