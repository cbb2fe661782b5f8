"""The right to erasure (RODO art. 17): a person leaves every meeting's attendance and every speaker field."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select, update

from facilitator.i18n import NC_, pgettext_in, tr
from facilitator.model import Item, Meeting, Participant, erasure, new_id, utcnow
from facilitator.operations.core import OperationError, transaction

ANONYMOUS = NC_("erased person", "participant")  # in the meeting's document language


@dataclass(frozen=True)
class Erasure:
    """What an erasure touched (or would touch, in a dry run): counts only, never the name."""

    participants: int
    meetings: int
    statements: int


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def erase_person(engine: Engine, *, who: str, dry_run: bool = False) -> Erasure:
    """Erase everyone named `who` (or with that e-mail); not undoable by design, so it returns counts, not Changes.

    A participant who spoke stays as the anonymous speaker of their statements ("uczestnik", or their
    organisation), absent and without e-mail; one who did not speak is deleted. A note without the name is kept.
    """
    key = _key(who)
    if not key:
        raise OperationError(tr("give the name or e-mail of the person to erase"))
    column = Participant.email if "@" in key else Participant.name
    with transaction(engine) as conn:
        everyone = conn.execute(  # compared in Python: SQLite's lower() knows no Polish letters
            select(Participant.id, Participant.organisation, column.label("value"), Meeting.id.label("meeting"),
                   Meeting.language).join(Meeting, Meeting.id == Participant.meeting_id)).all()
        matches = [row for row in everyone if _key(row.value) == key]
        ids = [m.id for m in matches]
        spoken = conn.execute(select(Item.speaker_id, func.count()).where(Item.speaker_id.in_(ids))
                              .group_by(Item.speaker_id)).all() if ids else []
        speakers = dict(spoken)
        result = Erasure(len(ids), len({m.meeting for m in matches}), sum(speakers.values()))
        if dry_run or not ids:
            return result
        for match in matches:
            if match.id in speakers:
                conn.execute(update(Participant).where(Participant.id == match.id).values(
                    name=match.organisation or pgettext_in("en" if match.language == "en" else "pl", *ANONYMOUS), email=None,
                    gender="unspecified", present=False, consent=False, updated_at=utcnow()))
            else:
                conn.execute(delete(Participant).where(Participant.id == match.id))
        conn.execute(insert(erasure).values(id=new_id(), erased_at=utcnow(), meetings=result.meetings,
                                            participants=result.participants, statements=result.statements))
    from facilitator.store.connection import compact

    compact(engine)
    return result
