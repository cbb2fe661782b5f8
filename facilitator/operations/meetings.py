"""Meetings as a whole: create (optionally with the standard sections), edit the header, delete, duplicate."""

from __future__ import annotations

from datetime import date as Date
from typing import Any

from sqlalchemy import Connection, Engine

from facilitator.area_group import area_group
from facilitator.i18n import N_, gettext_in
from facilitator.kinds import LANGUAGES
from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    create,
    delete_row,
    fetch,
    fetch_one,
    modify,
    transaction,
)
from facilitator.operations.trees import meeting_tree
from facilitator.operations.validate import check_fields, update_checked

DEFAULT_TITLE = "Podsumowanie spotkania konsultacyjnego"
# The sections of a standard consultation on the Model of Cooperation: its three areas, then "other remarks"
# (msgids, read in the document language). The areas' group heading is worded from the organiser (area_group).
_SECTION_TITLES: tuple[str, ...] = (
    N_("Public policy making"), N_("Communication and support for NGOs"), N_("Premises policy"), N_("Other remarks"),
)
TEMPLATE_KINDS: tuple[str, ...] = ("area", "area", "area", "other")
# Header fields carried over to a new meeting by duplicate_meeting and by templates.
HEADER = (
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
KEEP: Any = object()  # "not given" for the group heading of update_meeting


def template_sections(organiser: str | None = None, language: str | None = "pl") -> tuple[dict[str, Any], ...]:
    """The standard sections for a meeting of this organiser, in the document language."""
    lang = language if language in LANGUAGES else "pl"
    group = area_group(organiser, lang)
    return tuple(
        {"title": gettext_in(lang, title), "kind": kind, "group": group if kind == "area" else None}
        for title, kind in zip(_SECTION_TITLES, TEMPLATE_KINDS, strict=True)
    )


TEMPLATE_SECTIONS = template_sections()  # a meeting without organiser, in Polish


def create_meeting(
    engine: Engine, *, date: Any, title: str = DEFAULT_TITLE, template: bool = False, **header_fields: Any
) -> Changes:
    """A new meeting; with template=True it starts with the standard sections, headed from its organiser."""
    values = check_fields("meeting", {"date": date, "title": title, **header_fields})
    with transaction(engine) as conn:
        meeting = create(conn, "meeting", values)
        changes = [meeting]
        if template:
            sections = template_sections(meeting.after["organiser"], meeting.after["language"])
            for position, section in enumerate(sections):
                values = {**section, "meeting_id": meeting.id, "position": position}
                changes.append(create(conn, "section", values))
        return tuple(changes)


def update_meeting(engine: Engine, *, meeting_id: str, group_heading: Any = KEEP, **fields: Any) -> Changes:
    """Edit header fields and/or the areas' group heading; one step for undo, nothing written when nothing differs.

    A heading still as derived from the old organiser and language follows a new organiser or language;
    a heading the user wrote stays.
    """
    if group_heading is KEEP and not {"organiser", "language"} & fields.keys():
        return update_checked(engine, "meeting", meeting_id, fields)
    values = check_fields("meeting", fields)
    with transaction(engine) as conn:
        before = fetch_one(conn, "meeting", meeting_id)
        change = modify(conn, "meeting", before, values)
        changes = [change] if change else []
        if group_heading is not KEEP:
            heading = " ".join(str(group_heading or "").split()) or None
            changes += regroup(conn, meeting_id, heading)
        elif change is not None:
            old = area_group(before["organiser"], before["language"])
            new = area_group(change.after["organiser"], change.after["language"])
            changes += regroup(conn, meeting_id, new, only_from=old)
        return tuple(changes)


def regroup(conn: Connection, meeting_id: str, heading: str | None, only_from: str | None = None) -> list[Change]:
    """Give the meeting's area sections this group heading (only those still headed `only_from`, if given)."""
    table = TABLES["section"]
    rows = fetch(conn, "section", (table.c.meeting_id == meeting_id) & (table.c.kind == "area"))
    changes = []
    for row in rows:
        if only_from is None or row["group"] == only_from:
            change = modify(conn, "section", row, {"group": heading})
            if change is not None:
                changes.append(change)
    return changes


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
        header = {name: source[name] for name in HEADER}
        meeting = create(conn, "meeting", {**header, "date": Date.today()})
        changes = [meeting]
        for row in fetch(conn, "agenda_item", TABLES["agenda_item"].c.meeting_id == meeting_id):
            values = {"meeting_id": meeting.id, "position": row["position"], "text": row["text"]}
            changes.append(create(conn, "agenda_item", values))
        for row in fetch(conn, "section", TABLES["section"].c.meeting_id == meeting_id):
            values = {name: row[name] for name in ("position", "title", "kind", "group")}
            changes.append(create(conn, "section", {**values, "meeting_id": meeting.id}))
        return tuple(changes)
