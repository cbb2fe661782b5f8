"""Meeting templates: save a meeting's header, agenda and sections under a name; start new meetings from one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from facilitator.i18n import tr
from facilitator.model import MeetingTemplate
from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    OperationError,
    create,
    delete_row,
    fetch,
    fetch_one,
    modify,
    transaction,
)
from facilitator.operations.meetings import HEADER
from facilitator.operations.validate import check_fields

SECTION_FIELDS = ("title", "kind", "group")


@dataclass(frozen=True)
class TemplateRow:
    """One template as the chooser lists it."""

    id: str
    name: str
    sections: tuple[str, ...]  # section titles, to tell templates apart at a glance


def save_template(engine: Engine, *, meeting_id: str, name: str) -> Changes:
    """The meeting's header, agenda and sections (no participants, no items) as a template; a same name is replaced."""
    name = " ".join((name or "").split())
    if not name:
        raise OperationError(tr("a template needs a name"), field="name")
    agenda = TABLES["agenda_item"]
    with transaction(engine) as conn:
        source = fetch_one(conn, "meeting", meeting_id)
        content = {
            "header": {field: source[field] for field in HEADER if source[field] not in (None, "")},
            "agenda": [row["text"] for row in fetch(conn, "agenda_item", agenda.c.meeting_id == meeting_id)],
            "sections": [{field: row[field] for field in SECTION_FIELDS}
                         for row in fetch(conn, "section", TABLES["section"].c.meeting_id == meeting_id)],
        }
        text = json.dumps(content, ensure_ascii=False, sort_keys=True)
        existing = fetch(conn, "template", TABLES["template"].c.name == name)
        if existing:
            change = modify(conn, "template", existing[0], {"content": text})
            return (change,) if change else ()
        return (create(conn, "template", {"name": name, "content": text}),)


def delete_template(engine: Engine, *, template_id: str) -> Changes:
    """Forget a template; undo brings it back."""
    with transaction(engine) as conn:
        row = fetch_one(conn, "template", template_id)
        delete_row(conn, "template", template_id)
        return (Change("template", template_id, row, None),)


def create_meeting_from_template(engine: Engine, *, template_id: str, date: Any) -> Changes:
    """A new meeting with the template's header, agenda and sections, on `date`."""
    with transaction(engine) as conn:
        content = _content(fetch_one(conn, "template", template_id))
        header = check_fields("meeting", {**content["header"], "date": date})
        meeting = create(conn, "meeting", header)
        changes = [meeting]
        for position, text in enumerate(content["agenda"]):
            values = {"meeting_id": meeting.id, "position": position, "text": text}
            changes.append(create(conn, "agenda_item", values, make_room=False))
        for position, section in enumerate(content["sections"]):
            values = {**check_fields("section", section), "meeting_id": meeting.id, "position": position}
            changes.append(create(conn, "section", values, make_room=False))
        return tuple(changes)


def list_templates(engine: Engine) -> list[TemplateRow]:
    """Every template, by name."""
    table = MeetingTemplate.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(table.c.id, table.c.name, table.c.content)).all()
    listed = [TemplateRow(r.id, r.name, tuple(s.get("title") or "" for s in _content(r._mapping)["sections"]))
              for r in rows]
    return sorted(listed, key=lambda row: row.name.casefold())


def _content(row: Any) -> dict[str, Any]:
    """The template's stored JSON with every part present (a damaged one reads as empty)."""
    try:
        data = json.loads(row["content"] or "{}")
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    header = data.get("header") if isinstance(data.get("header"), dict) else {}
    agenda = [t for t in data.get("agenda") or () if isinstance(t, str)]
    sections = [s for s in data.get("sections") or () if isinstance(s, dict)]
    return {"header": {k: v for k, v in header.items() if k in HEADER}, "agenda": agenda, "sections": sections}
