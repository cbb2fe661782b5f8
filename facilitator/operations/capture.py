"""Live-capture bookkeeping that must survive a crash but is no user change: drafts being typed, clock, page.

These operations run one transaction each and return Changes like every other operation, but the UI never
puts them on the undo stack, and meeting files never carry them (they are not in the exchange format).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, insert, select, update

from facilitator.model import capture_state, draft, utcnow
from facilitator.operations.core import Change, Changes, to_json, transaction
from facilitator.operations.items import KEEP

CAPTURE_SLOT = "capture"  # the capture line's draft; a statement being corrected uses item_slot(id)


def item_slot(item_id: str) -> str:
    """The draft slot of an editor correcting one statement."""
    return f"item:{item_id}"


@dataclass(frozen=True)
class Draft:
    """Text typed into one editor and not yet committed, with what the capture line showed beside it."""

    meeting_id: str
    slot: str
    text: str
    section_id: str | None = None
    kind: str | None = None
    level: int = 0
    speaker: str | None = None
    updated_at: datetime | None = None

    @property
    def item_id(self) -> str | None:
        """The statement being corrected, for an editor's draft; None for the capture line."""
        return self.slot.removeprefix("item:") if self.slot.startswith("item:") else None


@dataclass(frozen=True)
class CaptureState:
    """Where live capture of a meeting stands; the defaults mean "never captured"."""

    meeting_id: str
    page: str | None = None
    window_open: bool = False
    clock_started_at: datetime | None = None
    agenda_item_id: str | None = None
    agenda_started_at: datetime | None = None


def _snapshot(conn: Connection, table, where) -> dict[str, Any] | None:
    row = conn.execute(select(table).where(where)).first()
    return {k: to_json(v) for k, v in row._mapping.items()} if row else None


def save_draft(engine: Engine, *, meeting_id: str, slot: str, text: str, section_id: str | None = None,
               kind: str | None = None, level: int = 0, speaker: str | None = None) -> Changes:
    """Keep what an editor holds now; blank text removes the draft (the line was emptied)."""
    if not text.strip():
        return clear_draft(engine, meeting_id=meeting_id, slot=slot)
    values = {"text": text, "section_id": section_id, "kind": kind, "level": max(0, int(level)),
              "speaker": speaker or None}
    where = and_(draft.c.meeting_id == meeting_id, draft.c.slot == slot)
    with transaction(engine) as conn:
        before = _snapshot(conn, draft, where)
        if before is not None and all(before[k] == v for k, v in values.items()):
            return ()
        values["updated_at"] = utcnow()
        if before is None:
            conn.execute(insert(draft).values(meeting_id=meeting_id, slot=slot, **values))
        else:
            conn.execute(update(draft).where(where).values(values))
        after = {**(before or {"meeting_id": meeting_id, "slot": slot}), **{k: to_json(v) for k, v in values.items()}}
        return (Change("draft", f"{meeting_id}/{slot}", before, after),)


def clear_draft(engine: Engine, *, meeting_id: str, slot: str) -> Changes:
    """Forget an editor's draft: its text was committed, emptied or deliberately dropped."""
    where = and_(draft.c.meeting_id == meeting_id, draft.c.slot == slot)
    with transaction(engine) as conn:
        before = _snapshot(conn, draft, where)
        if before is None:
            return ()
        conn.execute(delete(draft).where(where))
        return (Change("draft", f"{meeting_id}/{slot}", before, None),)


def get_drafts(engine: Engine, meeting_id: str) -> list[Draft]:
    """The meeting's drafts, the capture line's first."""
    with engine.connect() as conn:
        rows = conn.execute(select(draft).where(draft.c.meeting_id == meeting_id).order_by(draft.c.slot)).all()
    drafts = [Draft(**row._mapping) for row in rows]
    return sorted(drafts, key=lambda d: d.slot != CAPTURE_SLOT)


def save_capture_state(engine: Engine, *, meeting_id: str, page: Any = KEEP, window_open: Any = KEEP,
                       clock_started_at: Any = KEEP, agenda_item_id: Any = KEEP,
                       agenda_started_at: Any = KEEP) -> Changes:
    """Remember where capture stands (only the fields given; KEEP leaves a field as it is)."""
    given = {"page": page, "window_open": window_open, "clock_started_at": clock_started_at,
             "agenda_item_id": agenda_item_id, "agenda_started_at": agenda_started_at}
    values = {k: v for k, v in given.items() if v is not KEEP}
    where = capture_state.c.meeting_id == meeting_id
    with transaction(engine) as conn:
        before = _snapshot(conn, capture_state, where)
        if before is not None and all(before[k] == to_json(v) for k, v in values.items()):
            return ()
        values["updated_at"] = utcnow()
        if before is None:
            conn.execute(insert(capture_state).values({"meeting_id": meeting_id, "window_open": False, **values}))
            before_values: dict[str, Any] = {"meeting_id": meeting_id, "window_open": False}
        else:
            conn.execute(update(capture_state).where(where).values(values))
            before_values = before
        after = {**before_values, **{k: to_json(v) for k, v in values.items()}}
        return (Change("capture_state", meeting_id, before, after),)


def get_capture_state(engine: Engine, meeting_id: str) -> CaptureState:
    """The meeting's capture state (defaults when it was never captured)."""
    with engine.connect() as conn:
        row = conn.execute(select(capture_state).where(capture_state.c.meeting_id == meeting_id)).first()
    if row is None:
        return CaptureState(meeting_id)
    values = {k: v for k, v in row._mapping.items() if k != "updated_at"}
    for name in ("clock_started_at", "agenda_started_at"):  # SQLite hands back naive datetimes (stored as UTC)
        if values[name] is not None and values[name].tzinfo is None:
            values[name] = values[name].replace(tzinfo=utcnow().tzinfo)
    return CaptureState(**values)


def interrupted_meetings(engine: Engine) -> list[str]:
    """Meetings whose window was open when the app stopped without closing it (a crash, a power loss)."""
    with engine.connect() as conn:
        return list(conn.execute(select(capture_state.c.meeting_id).where(capture_state.c.window_open)).scalars())
