"""Sections of a meeting: the model areas, thematic blocks and "other remarks"."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    clamp,
    count,
    create,
    delete_row,
    fetch_one,
    transaction,
)
from facilitator.operations.moves import relocate
from facilitator.operations.trees import section_tree
from facilitator.operations.validate import check_fields, update_checked


def add_section(
    engine: Engine,
    *,
    meeting_id: str,
    title: str,
    kind: str = "area",
    group: str | None = None,
    position: int | None = None,
) -> Changes:
    """A new section, at the end unless a position is given."""
    values = check_fields("section", {"title": title, "kind": kind, "group": group})
    with transaction(engine) as conn:
        fetch_one(conn, "meeting", meeting_id)
        siblings = count(conn, "section", TABLES["section"].c.meeting_id == meeting_id)
        values.update(meeting_id=meeting_id, position=clamp(position, siblings))
        return (create(conn, "section", values),)


def update_section(engine: Engine, *, section_id: str, **fields: Any) -> Changes:
    """Edit a section's title, kind or group."""
    return update_checked(engine, "section", section_id, fields)


def delete_section(engine: Engine, *, section_id: str) -> Changes:
    """Delete a section with all its items (kept in the snapshot for undo)."""
    with transaction(engine) as conn:
        tree = section_tree(conn, section_id)
        delete_row(conn, "section", section_id)
        return (Change("section", section_id, tree, None),)


def move_section(engine: Engine, *, section_id: str, position: int) -> Changes:
    """Reorder the sections of a meeting."""
    with transaction(engine) as conn:
        return relocate(conn, "section", fetch_one(conn, "section", section_id), position)
