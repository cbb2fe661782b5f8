"""The agenda ("Przebieg spotkania") and the participants of a meeting."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, update

from facilitator.i18n import term, tr
from facilitator.operations.core import (
    TABLES,
    Change,
    Changes,
    OperationError,
    clamp,
    count,
    create,
    delete_row,
    fetch_one,
    transaction,
)
from facilitator.operations.moves import relocate
from facilitator.operations.validate import check_fields, update_checked

_PARTICIPANT_DEFAULTS = {
    "organisation": None,
    "email": None,
    "gender": "unspecified",
    "present": True,
    "consent": False,
}


def _append_position(conn, entity: str, meeting_id: str, position: int | None) -> int:
    """Where a new row of a meeting's list goes (checking the meeting exists)."""
    fetch_one(conn, "meeting", meeting_id)
    return clamp(position, count(conn, entity, TABLES[entity].c.meeting_id == meeting_id))


def add_agenda_item(engine: Engine, *, meeting_id: str, text: str, position: int | None = None) -> Changes:
    """A new point of the agenda, at the end unless a position is given."""
    values = check_fields("agenda_item", {"text": text})
    with transaction(engine) as conn:
        values.update(meeting_id=meeting_id, position=_append_position(conn, "agenda_item", meeting_id, position))
        return (create(conn, "agenda_item", values),)


def update_agenda_item(engine: Engine, *, agenda_item_id: str, text: str) -> Changes:
    """Reword an agenda point."""
    return update_checked(engine, "agenda_item", agenda_item_id, {"text": text})


def delete_agenda_item(engine: Engine, *, agenda_item_id: str) -> Changes:
    """Remove an agenda point, closing the gap."""
    with transaction(engine) as conn:
        row = fetch_one(conn, "agenda_item", agenda_item_id)
        delete_row(conn, "agenda_item", agenda_item_id)
        return (Change("agenda_item", agenda_item_id, row, None),)


def move_agenda_item(engine: Engine, *, agenda_item_id: str, position: int) -> Changes:
    """Reorder the agenda."""
    with transaction(engine) as conn:
        return relocate(conn, "agenda_item", fetch_one(conn, "agenda_item", agenda_item_id), position)


def add_participant(
    engine: Engine,
    *,
    meeting_id: str,
    name: str,
    organisation: str | None = None,
    email: str | None = None,
    gender: str = "unspecified",
    present: bool = True,
    consent: bool = False,
    position: int | None = None,
) -> Changes:
    """A new participant, at the end of the list unless a position is given."""
    fields = {"name": name, "organisation": organisation, "email": email, "gender": gender}
    values = check_fields("participant", {**fields, "present": present, "consent": consent})
    with transaction(engine) as conn:
        values.update(meeting_id=meeting_id, position=_append_position(conn, "participant", meeting_id, position))
        return (create(conn, "participant", values),)


def add_participants(engine: Engine, *, meeting_id: str, rows: list[dict[str, Any]]) -> Changes:
    """Many participants at once (e.g. from a CSV list), appended in order; all or nothing."""
    checked = []
    for number, row in enumerate(rows, start=1):
        try:
            if not isinstance(row, dict):
                raise OperationError(tr("expected the participant's fields, not {kind}", kind=term(type(row).__name__)))
            checked.append(check_fields("participant", {**_PARTICIPANT_DEFAULTS, **row}))
        except OperationError as exc:
            raise OperationError(tr("participant {number}: {error}", number=number, error=exc),
                                 field=exc.field) from exc
    with transaction(engine) as conn:
        start = _append_position(conn, "participant", meeting_id, None)
        return tuple(
            create(
                conn, "participant", {**values, "meeting_id": meeting_id, "position": start + offset}, make_room=False
            )
            for offset, values in enumerate(checked)
        )


def update_participant(engine: Engine, *, participant_id: str, **fields: Any) -> Changes:
    """Edit a participant's name, organisation, email, gender, presence or consent."""
    return update_checked(engine, "participant", participant_id, fields)


def delete_participant(engine: Engine, *, participant_id: str) -> Changes:
    """Remove a participant; their statements stay, unattributed, until an undo restores the link."""
    items = TABLES["item"]
    with transaction(engine) as conn:
        row = fetch_one(conn, "participant", participant_id)
        spoken = conn.execute(select(items.c.id).where(items.c.speaker_id == participant_id).order_by(items.c.id))
        row["spoken"] = list(spoken.scalars())
        if row["spoken"]:  # what the foreign key would do, made explicit (and timestamp-neutral)
            unlink = update(items).where(items.c.speaker_id == participant_id)
            conn.execute(unlink.values(speaker_id=None, updated_at=items.c.updated_at))
        delete_row(conn, "participant", participant_id)
        return (Change("participant", participant_id, row, None),)


def move_participant(engine: Engine, *, participant_id: str, position: int) -> Changes:
    """Reorder the participants list."""
    with transaction(engine) as conn:
        return relocate(conn, "participant", fetch_one(conn, "participant", participant_id), position)
