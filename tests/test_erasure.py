"""Right to erasure: the person leaves every meeting and speaker field, and no byte of the name stays in the file.

On PostgreSQL no stored row holds the name any more (the server's files are the administrator's: VACUUM)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from facilitator import operations
from facilitator.cli import main
from facilitator.meetingfile import import_data
from facilitator.model import Base, Item, Participant, erasure
from facilitator.store import open_database
from facilitator.store.connection import sqlite_path

NAME = "Zofia Wiśniewska-Żółkiewska"
EMAIL = "zofia.wisniewska@przyklad.pl"


def _meeting(n: int) -> dict:
    return {"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": f"{n}d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6", "title": f"Spotkanie {n}", "date": f"2026-0{n + 1}-10",
        "sections": [{"id": f"{n}e2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6", "title": "Uwagi", "items": [
            {"id": f"{n}f2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f{k}", "kind": "remark", "text": f"Uwaga {k}"}
            for k in range(3)]}]}}


def _seed(engine: Engine) -> list[str]:
    import_data(engine, [_meeting(n) for n in range(3)])
    speakers = []
    for n, organisation in ((0, "Rada Osiedla Parkowe"), (1, None), (2, None)):
        meeting_id = f"{n}d2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6"
        changes = operations.add_participant(engine, meeting_id=meeting_id, name=f"  {NAME.upper()} " if n else NAME,
                                             organisation=organisation, email=EMAIL, consent=True)
        operations.add_participant(engine, meeting_id=meeting_id, name="Jan Nowak", email="jan@przyklad.pl")
        if n < 2:  # she spoke in two meetings, only attended the third
            operations.update_item(engine, item_id=f"{n}f2e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f0",
                                   speaker_id=changes[0].id)
            speakers.append(changes[0].id)
    engine.dispose()
    return speakers


def _file_bytes(engine: Engine) -> bytes:
    """Every byte the database keeps: the SQLite file and its -wal; on a server, every stored row's values."""
    db = sqlite_path(engine)
    if db is not None:
        return b"".join(p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name))
    with engine.connect() as conn:
        rows = [row for table in Base.metadata.sorted_tables for row in conn.execute(select(table))]
    return "\n".join(str(value) for row in rows for value in row).encode("utf-8")


def test_erase_person_by_name_leaves_no_byte_of_it(engine, db_url, capsys):
    db = db_url
    speakers = _seed(engine)
    assert main(["erase-person", NAME, "--dry-run", "--db", str(db)]) == 0
    assert "would erase 3 participant entries in 3 meetings (2 statements" in capsys.readouterr().out
    assert NAME.encode() in _file_bytes(engine) or NAME.upper().encode() in _file_bytes(engine)
    assert main(["erase-person", NAME.lower(), "--db", str(db)]) == 0
    assert "erased 3 participant entries" in capsys.readouterr().out
    for secret in (NAME, NAME.upper(), "Wiśniewska", "WIŚNIEWSKA", EMAIL):
        assert secret.encode("utf-8") not in _file_bytes(engine), secret
    engine = open_database(db)
    with engine.connect() as conn:
        people = conn.execute(select(Participant.id, Participant.name, Participant.present, Participant.email)).all()
        spoken = dict(conn.execute(select(Item.id, Item.speaker_id).where(Item.speaker_id.is_not(None))).all())
        notes = conn.execute(select(erasure)).all()
    engine.dispose()
    names = {p.id: p for p in people}
    assert sorted(names[s].name for s in speakers) == ["Rada Osiedla Parkowe", "uczestnik"]
    assert all(not names[s].present and names[s].email is None for s in speakers)
    assert sorted(spoken.values()) == sorted(speakers)
    assert [p.name for p in people].count("Jan Nowak") == 3 and len(people) == 5  # the attendee-only entry is gone
    assert len(notes) == 1 and (notes[0].participants, notes[0].meetings, notes[0].statements) == (3, 3, 2)


def test_erase_person_by_email(engine, db_url, capsys):
    db = db_url
    _seed(engine)
    assert main(["erase-person", EMAIL.upper(), "--db", str(db)]) == 0
    assert EMAIL.encode() not in _file_bytes(engine) and "Wiśniewska".encode() not in _file_bytes(engine)
    assert main(["erase-person", "", "--db", str(db)]) == 2
