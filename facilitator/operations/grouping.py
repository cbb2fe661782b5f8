"""Officials' corrections of recurring-statement groups: pairwise decisions plus per-statement labels, undoable.

A decision is one `recurring_decision` row (entity DECISION, id "item_a|item_b"); facilitator.recurring reads
them when it groups: "same" joins two statements whatever the threshold (and whatever their area or kind),
"distinct" keeps them apart. A label is one `recurring_label` row (entity LABEL, id = the item id): the heading
and the area an official gave the group the statement was in. Groups have no id of their own (a new threshold
or filter regroups), so each correction is stored against the statements it was made on; see facilitator.recurring
for how a group reads them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, or_, select, update

from facilitator.areas import block_keys
from facilitator.i18n import tr
from facilitator.model import Item, Section, recurring_label, utcnow
from facilitator.operations.core import DECISIONS, Change, Changes, OperationError, from_json, to_json, transaction

DECISION = "recurring_decision"
LABEL = "recurring_label"
LABELS = recurring_label
MAX_HEADING = 2000


def _pairs(left: Iterable[str], right: Iterable[str]) -> list[tuple[str, str]]:
    right = list(right)
    return sorted({tuple(sorted((a, b))) for a in left for b in right if a != b})


def _snapshot(row: Any) -> dict[str, Any]:
    return {"item_a": row.item_a, "item_b": row.item_b, "decision": row.decision, "created_at": to_json(row.created_at)}


def _label_snapshot(row: Any) -> dict[str, Any]:
    return {"item_id": row.item_id, "heading": row.heading, "area": row.area, "updated_at": to_json(row.updated_at)}


def _check_items(conn: Connection, ids: set[str]) -> dict[str, str]:
    """The section title of each statement; a clear error for an id that is not there (deleted since)."""
    found = dict(conn.execute(select(Item.id, Section.title).join(Section, Section.id == Item.section_id)
                              .where(Item.id.in_(ids))).all())
    if missing := ids - set(found):
        raise OperationError(tr("unknown statement id: {id}", id=min(missing)))
    return found


def _record_in(conn: Connection, pairs: list[tuple[str, str]], decision: str) -> list[Change]:
    ids = {i for pair in pairs for i in pair}
    _check_items(conn, ids)
    stored = {(r.item_a, r.item_b): r for r in conn.execute(select(DECISIONS).where(DECISIONS.c.item_a.in_(ids)))}
    now = to_json(utcnow())
    changes: list[Change] = []
    for a, b in pairs:
        old = stored.get((a, b))
        if old is not None and old.decision == decision:
            continue
        after = {"item_a": a, "item_b": b, "decision": decision, "created_at": now}
        before = _snapshot(old) if old is not None else None
        _write(conn, before, after)
        changes.append(Change(DECISION, f"{a}|{b}", before, after))
    return changes


def _record(engine: Engine, pairs: list[tuple[str, str]], decision: str) -> Changes:
    if not pairs:
        raise OperationError(tr("choose at least two statements"))
    with transaction(engine) as conn:
        return tuple(_record_in(conn, pairs, decision))


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


def _write_label(conn: Connection, current: dict | None, target: dict | None) -> None:
    """Bring one label row from `current` to `target` (None: absent); used by undo and redo as well."""
    row = target or current
    assert row is not None
    key = LABELS.c.item_id == row["item_id"]
    if target is None:
        conn.execute(delete(LABELS).where(key))
        return
    values = {name: from_json(LABELS, name, value) for name, value in target.items()}
    if current is None:
        conn.execute(insert(LABELS).values(values))
    else:
        conn.execute(update(LABELS).where(key).values(values))


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


def apply_label(conn: Connection, current: dict | None, target: dict | None) -> None:
    """Undo/redo of a label change (called by operations.core for the LABEL entity)."""
    if target is not None:
        if conn.scalar(select(Item.id).where(Item.id == target["item_id"])) is None:
            return  # the statement was deleted since: its label went with it
        exists = conn.execute(select(LABELS.c.item_id).where(LABELS.c.item_id == target["item_id"])).first()
        current = current if exists is not None else None
    _write_label(conn, current, target)


def labels_of(conn: Connection, item_ids) -> list[dict[str, Any]]:
    """Snapshots of the labels of these items (a list or a query of ids), for deletion snapshots."""
    stmt = select(LABELS).where(LABELS.c.item_id.in_(item_ids)).order_by(LABELS.c.item_id)
    return [_label_snapshot(r) for r in conn.execute(stmt)]


def restore_labels(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Put back labels whose statements exist again (undo of a deletion), skipping any already there."""
    ids = [row["item_id"] for row in rows]
    present = set(conn.scalars(select(Item.id).where(Item.id.in_(ids))))
    stored = set(conn.scalars(select(LABELS.c.item_id).where(LABELS.c.item_id.in_(ids))))
    for row in rows:
        if row["item_id"] in present and row["item_id"] not in stored:
            _write_label(conn, None, row)


def _label_in(conn: Connection, item_ids: Sequence[str], **values: str | None) -> list[Change]:
    """Set `heading` and/or `area` on each statement's label; a label with neither is removed."""
    ids = list(dict.fromkeys(item_ids))
    sections = _check_items(conn, set(ids))
    same_area = block_keys()  # variant titles of one model area are one area
    stored = {r.item_id: r for r in conn.execute(select(LABELS).where(LABELS.c.item_id.in_(ids)))}
    now = to_json(utcnow())
    changes: list[Change] = []
    for item_id in ids:
        old = stored.get(item_id)
        before = _label_snapshot(old) if old is not None else None
        fields = {"heading": before["heading"] if before else None, "area": before["area"] if before else None}
        fields.update(values)
        if fields["area"] is not None and same_area(fields["area"]) == same_area(sections[item_id]):
            fields["area"] = None  # its own area: nothing to remember
        if before is not None and all(before[k] == v for k, v in fields.items()):
            continue
        after = None if fields["heading"] is None and fields["area"] is None else {
            "item_id": item_id, **fields, "updated_at": now}
        if before is None and after is None:
            continue
        _write_label(conn, before, after)
        changes.append(Change(LABEL, item_id, before, after))
    return changes


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    if len(value) > MAX_HEADING:
        raise OperationError(tr("the text is too long ({length} characters; the limit is {limit})",
                                length=len(value), limit=MAX_HEADING))
    return value or None


def confirm_group(engine: Engine, *, item_ids: Sequence[str]) -> Changes:
    """These statements are one recurring statement, whatever the threshold (also: add one to a group, merge two)."""
    ids = list(dict.fromkeys(item_ids))
    return _record(engine, _pairs(ids[:1], ids[1:]), "same")


def join_group(engine: Engine, *, item_ids: Sequence[str], into_ids: Sequence[str], area: str | None = None,
               from_ids: Sequence[str] = ()) -> Changes:
    """Put statements (a lone one, or a whole other group) into the group of `into_ids`, confirming it.

    Earlier 'distinct' decisions among them are overruled; `area` (the group's area) goes on the newcomers from
    another area, so the group keeps its place and they are reported with it. The newcomers' own headings go (the
    group's heading comes from its members). `from_ids`: the group they leave (a member dragged onto another
    group), never grouped with them again."""
    into = list(dict.fromkeys(into_ids))
    newcomers = [i for i in dict.fromkeys(item_ids) if i not in set(into)]
    if not into or not newcomers:
        raise OperationError(tr("choose at least two statements"))
    ids = into + newcomers
    leave = [i for i in from_ids if i not in set(ids)]
    with transaction(engine) as conn:
        changes = _record_in(conn, _pairs(newcomers, leave), "distinct") if leave else []
        changes += _record_in(conn, _pairs(ids[:1], ids[1:]), "same")
        distinct = conn.execute(select(DECISIONS).where(
            DECISIONS.c.item_a.in_(ids), DECISIONS.c.item_b.in_(ids), DECISIONS.c.decision == "distinct")).all()
        for row in distinct:
            _write(conn, _snapshot(row), None)
            changes.append(Change(DECISION, f"{row.item_a}|{row.item_b}", _snapshot(row), None))
        changes += _label_in(conn, newcomers, heading=None, **({"area": _clean(area)} if area is not None else {}))
    return tuple(changes)


def split_group(engine: Engine, *, item_ids: Sequence[str], from_ids: Sequence[str]) -> Changes:
    """Take `item_ids` out of a group: they are never grouped with `from_ids` again (also: remove one statement).

    The group's heading and area leave with them: the statements taken out are back in their own area."""
    taken = set(item_ids)
    pairs = _pairs(item_ids, [i for i in from_ids if i not in taken])
    if not pairs:
        raise OperationError(tr("choose at least two statements"))
    with transaction(engine) as conn:
        changes = _record_in(conn, pairs, "distinct")
        changes += _label_in(conn, list(item_ids), heading=None, area=None)
    return tuple(changes)


def rename_group(engine: Engine, *, item_ids: Sequence[str], heading: str | None) -> Changes:
    """The group's heading in the dialog and the reports; empty or None: its representative wording again."""
    if not item_ids:
        raise OperationError(tr("choose at least two statements"))
    with transaction(engine) as conn:
        return tuple(_label_in(conn, item_ids, heading=_clean(heading)))


def move_group(engine: Engine, *, item_ids: Sequence[str], area: str | None) -> Changes:
    """Show and report the group in another area (its statements stay in their meetings' sections)."""
    if not item_ids:
        raise OperationError(tr("choose at least two statements"))
    with transaction(engine) as conn:
        return tuple(_label_in(conn, item_ids, area=_clean(area)))


def forget_group(engine: Engine, *, item_ids: Sequence[str]) -> Changes:
    """Drop every decision and label about these statements: back to automatic grouping."""
    ids = list(item_ids)
    with transaction(engine) as conn:
        rows = conn.execute(select(DECISIONS).where(
            or_(DECISIONS.c.item_a.in_(ids), DECISIONS.c.item_b.in_(ids))).order_by(
            DECISIONS.c.item_a, DECISIONS.c.item_b)).all()
        changes = [Change(DECISION, f"{r.item_a}|{r.item_b}", _snapshot(r), None) for r in rows]
        for change in changes:
            _write(conn, change.before, None)
        labels = conn.execute(select(LABELS).where(LABELS.c.item_id.in_(ids)).order_by(LABELS.c.item_id)).all()
        for row in labels:
            changes.append(Change(LABEL, row.item_id, _label_snapshot(row), None))
            _write_label(conn, changes[-1].before, None)
    return tuple(changes)
