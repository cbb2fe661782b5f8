"""Whole-subtree snapshots, so that undoing a deletion restores every nested row exactly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, or_, select

from facilitator.operations.core import DECISIONS, TABLES, fetch, fetch_one, to_json
from facilitator.operations.grouping import labels_of
from facilitator.operations.responses import responses_of


def _nest(rows: list[dict[str, Any]]) -> dict[str | None, list[dict[str, Any]]]:
    """Attach children to their parents; returns the rows whose parent is not among them, by section."""
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["children"] = []
    roots: dict[str | None, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: r["position"]):
        parent = by_id.get(row["parent_id"])
        if parent is not None:
            parent["children"].append(row)
        else:
            roots.setdefault(row["section_id"], []).append(row)
    return roots


def decisions(conn: Connection, item_ids) -> list[dict[str, Any]]:
    """Recurring-statement decisions touching any of the items (a list or a query of ids)."""
    stmt = select(DECISIONS).where(or_(DECISIONS.c.item_a.in_(item_ids), DECISIONS.c.item_b.in_(item_ids)))
    stmt = stmt.order_by(DECISIONS.c.item_a, DECISIONS.c.item_b)
    return [{k: to_json(v) for k, v in row._mapping.items()} for row in conn.execute(stmt)]


def descendant_ids(conn: Connection, item_id: str) -> list[str]:
    """Ids of all items below one item, one query per level."""
    items = TABLES["item"]
    found: list[str] = []
    level = [item_id]
    while level:
        level = list(conn.execute(select(items.c.id).where(items.c.parent_id.in_(level))).scalars())
        found.extend(level)
    return found


def item_tree(conn: Connection, item_id: str) -> dict[str, Any]:
    """An item with its children (recursively), tag names and speaker id."""
    root = fetch_one(conn, "item", item_id)
    below = descendant_ids(conn, item_id)
    rows = fetch(conn, "item", TABLES["item"].c.id.in_(below)) if below else []
    root["children"] = []
    _nest([root, *rows])
    root["decisions"] = decisions(conn, [item_id, *below])
    root["responses"] = responses_of(conn, [item_id, *below])
    root["labels"] = labels_of(conn, [item_id, *below])
    return root


def section_tree(conn: Connection, section_id: str) -> dict[str, Any]:
    """A section with all its items as trees."""
    section = fetch_one(conn, "section", section_id)
    rows = fetch(conn, "item", TABLES["item"].c.section_id == section_id)
    section["items"] = _nest(rows).get(section_id, [])
    in_section = select(TABLES["item"].c.id).where(TABLES["item"].c.section_id == section_id)
    section["decisions"] = decisions(conn, in_section)
    section["responses"] = responses_of(conn, in_section)
    section["labels"] = labels_of(conn, in_section)
    return section


def meeting_tree(conn: Connection, meeting_id: str) -> dict[str, Any]:
    """A meeting with its agenda, participants, sections and every item."""
    meeting = fetch_one(conn, "meeting", meeting_id)
    meeting["agenda"] = fetch(conn, "agenda_item", TABLES["agenda_item"].c.meeting_id == meeting_id)
    meeting["participants"] = fetch(conn, "participant", TABLES["participant"].c.meeting_id == meeting_id)
    sections = fetch(conn, "section", TABLES["section"].c.meeting_id == meeting_id)
    section_ids = select(TABLES["section"].c.id).where(TABLES["section"].c.meeting_id == meeting_id)
    item_ids = select(TABLES["item"].c.id).where(TABLES["item"].c.section_id.in_(section_ids))
    roots = _nest(fetch(conn, "item", TABLES["item"].c.id.in_(item_ids)))
    for section in sections:
        section["items"] = roots.get(section["id"], [])
    meeting["sections"] = sections
    meeting["decisions"] = decisions(conn, item_ids)
    meeting["responses"] = responses_of(conn, item_ids)
    meeting["labels"] = labels_of(conn, item_ids)
    return meeting
