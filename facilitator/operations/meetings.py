"""Meetings as a whole: create (optionally from the standard template), edit the header, delete, duplicate."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from sqlalchemy import Engine

from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    create,
    delete_row,
    fetch,
    fetch_one,
    transaction,
)
from facilitator.operations.trees import meeting_tree
from facilitator.operations.validate import check_fields, update_checked

DEFAULT_TITLE = "Podsumowanie spotkania konsultacyjnego"
AREA_GROUP = "Opinie i postulaty dotyczące współpracy z UMK w trzech płaszczyznach współpracy"
# The sections of a standard WPW consultation: the three model areas, then "other remarks".
TEMPLATE_SECTIONS: tuple[dict[str, Any], ...] = (
    {"title": "Tworzenie polityk publicznych", "kind": "area", "group": AREA_GROUP},
    {"title": "Komunikacja i wsparcie NGO", "kind": "area", "group": AREA_GROUP},
    {"title": "Polityka lokalowa", "kind": "area", "group": AREA_GROUP},
    {"title": "Inne uwagi", "kind": "other", "group": None},
)
# Header fields carried over to the next meeting of a series by duplicate_meeting.
_HEADER = (
    "title",
    "series",
    "audience",
    "organiser",
    "venue",
    "start",
    "end",
    "purpose",
    "facilitator",
    "author",
    "language",
)


def create_meeting(
    engine: Engine, *, date: Any, title: str = DEFAULT_TITLE, template: bool = False, **header_fields: Any
) -> Changes:
    """A new meeting; with template=True it starts with the standard sections."""
    values = check_fields("meeting", {"date": date, "title": title, **header_fields})
    with transaction(engine) as conn:
        meeting = create(conn, "meeting", values)
        changes = [meeting]
        if template:
            for position, section in enumerate(TEMPLATE_SECTIONS):
                values = {**section, "meeting_id": meeting.id, "position": position}
                changes.append(create(conn, "section", values))
        return tuple(changes)


def update_meeting(engine: Engine, *, meeting_id: str, **fields: Any) -> Changes:
    """Edit header fields; nothing written when nothing differs."""
    return update_checked(engine, "meeting", meeting_id, fields)


def delete_meeting(engine: Engine, *, meeting_id: str) -> Changes:
    """Delete a meeting with everything in it; the snapshot keeps it all for undo."""
    with transaction(engine) as conn:
        tree = meeting_tree(conn, meeting_id)
        delete_row(conn, "meeting", meeting_id)
        return (Change("meeting", meeting_id, tree, None),)


def duplicate_meeting(engine: Engine, *, meeting_id: str) -> Changes:
    """The template for the next meeting of a series: header, agenda and sections, dated today."""
    with transaction(engine) as conn:
        source = fetch_one(conn, "meeting", meeting_id)
        header = {name: source[name] for name in _HEADER}
        meeting = create(conn, "meeting", {**header, "date": Date.today()})
        changes = [meeting]
        for row in fetch(conn, "agenda_item", TABLES["agenda_item"].c.meeting_id == meeting_id):
            values = {"meeting_id": meeting.id, "position": row["position"], "text": row["text"]}
            changes.append(create(conn, "agenda_item", values))
        for row in fetch(conn, "section", TABLES["section"].c.meeting_id == meeting_id):
            values = {name: row[name] for name in ("position", "title", "kind", "group")}
            changes.append(create(conn, "section", {**values, "meeting_id": meeting.id}))
        return tuple(changes)
