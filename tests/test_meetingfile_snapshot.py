"""`meetingfile.dump` reads one snapshot: an import another connection commits between its queries (the meeting row
read, its sections and items not yet) is in the file wholly or not at all, on SQLite and on PostgreSQL."""

from __future__ import annotations

import copy

from sqlalchemy import event

from facilitator import meetingfile
from facilitator.sample import load_sample


def _edited(data: dict) -> dict:
    """The same meeting as another official's newer file: header, a section, a statement and a deletion changed."""
    newer = copy.deepcopy(data)
    meeting = newer["meeting"]
    meeting["title"] = "Podsumowanie spotkania – wersja poprawiona"
    meeting["sections"][0]["title"] = "Obszar poprawiony w urzędzie"
    meeting["sections"][1]["items"][0]["text"] = "Wypowiedź poprawiona w drugim pliku"
    del meeting["sections"][2]["items"][0]
    return newer


def test_an_import_committed_between_dumps_queries_is_not_half_in_the_file(engine):
    data = load_sample()
    meetingfile.import_data(engine, [data])
    meeting_id = data["meeting"]["id"]
    before = meetingfile.dump(engine, meeting_id)
    newer = _edited(before)
    statements: list[str] = []

    def commit_meanwhile(conn, cursor, statement, parameters, context, executemany) -> None:
        if not statement.lstrip().upper().startswith("SELECT"):
            return
        statements.append(statement)
        if len(statements) == 1:  # the meeting row is read; its agenda, sections and items are not yet
            meetingfile.import_data(engine, [newer])

    event.listen(engine, "after_cursor_execute", commit_meanwhile)
    try:
        dumped = meetingfile.dump(engine, meeting_id)
    finally:
        event.remove(engine, "after_cursor_execute", commit_meanwhile)
    assert "FROM meeting" in statements[0] and len(statements) >= 5  # the import happened between dump's queries
    after = meetingfile.dump(engine, meeting_id)
    assert after["meeting"]["title"] == newer["meeting"]["title"]  # the import was committed
    assert after["meeting"]["sections"][0]["title"] == "Obszar poprawiony w urzędzie"
    assert dumped == before  # the snapshot began with the first query: all of the old meeting, none of the new
    assert dumped != after


def test_dump_leaves_the_connection_writable(engine):
    """The read-only snapshot ends with the dump: the pooled connection writes again afterwards."""
    data = load_sample()
    meetingfile.import_data(engine, [data])
    meetingfile.dump(engine, data["meeting"]["id"])
    from facilitator import operations

    (change,) = operations.update_meeting(engine, meeting_id=data["meeting"]["id"], title="Nowy tytuł")
    assert change.after["title"] == "Nowy tytuł"
    assert meetingfile.dump(engine, data["meeting"]["id"])["meeting"]["title"] == "Nowy tytuł"


def test_the_snapshot_is_repeatable_read_and_read_only_on_postgresql(engine, backend):
    from facilitator.store.connection import read_session

    with read_session(engine) as session:
        if backend == "postgresql":
            isolation = session.connection().exec_driver_sql("SHOW transaction_isolation").scalar()
            read_only = session.connection().exec_driver_sql("SHOW transaction_read_only").scalar()
            assert (isolation, read_only) == ("repeatable read", "on")
        else:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 0
            assert session.connection().connection.dbapi_connection.in_transaction  # the BEGIN holds the snapshot
    with engine.connect() as conn:  # the pool's connection afterwards: the server's defaults again
        if backend == "postgresql":
            assert conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "off"
