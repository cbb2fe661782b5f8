"""A full disk (SQLite max_page_count) while saving ten participants: no name, organisation or e-mail leaks into
the error message, the CLI line, the dialog or the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, insert

from facilitator import operations
from facilitator.meetingfile import import_data
from facilitator.model import Participant
from facilitator.sample import load_sample
from facilitator.store import DatabaseError, open_database
from ui import crash

PEOPLE = [{"name": f"Zofia Wiśniewska-{n}",  # long organisations: ten rows need more than the pages left
           "organisation": f"Stowarzyszenie Sąsiedzkie Nr {n} " + "Mieszkańców Osiedla Przy Parku " * 12,
           "email": f"zofia.{n}@przyklad.pl"} for n in range(10)]
SECRETS = [value for person in PEOPLE for value in person.values()]


def _leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


@pytest.fixture
def full(tmp_path: Path):
    """A database holding the sample meeting that cannot grow by a single page."""
    engine = open_database(tmp_path / "db.sqlite")
    import_data(engine, [load_sample()])
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("pragma page_count").scalar()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"pragma max_page_count = {pages}")

    engine.dispose()
    yield engine
    engine.dispose()


def test_full_disk_messages_dialog_and_log_hold_no_personal_data(full, qtbot, monkeypatch, tmp_path):
    meeting_id = load_sample()["meeting"]["id"]
    with pytest.raises(DatabaseError) as by_operation:
        operations.add_participants(full, meeting_id=meeting_id, rows=PEOPLE)
    assert "full" in str(by_operation.value) and not _leaks(str(by_operation.value))

    data = load_sample()
    data["meeting"]["participants"] = [{"id": f"1b6a4c8e-0000-4000-8000-00000000000{n}", **p}
                                       for n, p in enumerate(PEOPLE)]
    with pytest.raises(DatabaseError) as by_import:
        import_data(full, [data])
    assert "full" in str(by_import.value) and not _leaks(str(by_import.value))

    try:  # the unexpected path: a raw database error reaching the crash handler
        with full.begin() as conn:
            conn.execute(insert(Participant.__table__), [
                {"id": f"2b6a4c8e-0000-4000-8000-00000000000{n}", "meeting_id": meeting_id, "position": 90 + n,
                 **p} for n, p in enumerate(PEOPLE)])
    except Exception as exc:  # noqa: BLE001 - exactly what the GUI's excepthook receives
        raw = exc
    assert "full" in str(raw) and not _leaks(str(raw))  # hide_parameters: values never in the text
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _title, text, *a: shown.append(text)))
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        for error in (raw, by_import.value, by_operation.value):
            crash.report(type(error), error, error.__traceback__)
        for handler in logging.getLogger("ui").handlers:
            handler.flush()
    finally:
        crash.uninstall()
    log = (tmp_path / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert len(shown) == 3 and all("pełn" in text or "full" in text for text in shown), shown
    assert "INSERT" not in shown[0] and "[SQL" not in shown[0]
    assert not _leaks("\n".join(shown)) and not _leaks(log)
    assert "OperationalError" in log


def test_full_disk_cli_import_prints_one_line_without_names(full, tmp_path, capsys):
    import json

    from facilitator.cli import main

    data = load_sample()
    data["meeting"]["participants"] = [{"id": f"3b6a4c8e-0000-4000-8000-00000000000{n}", **p}
                                       for n, p in enumerate(PEOPLE)]
    source = tmp_path / "people.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    url = full.url.render_as_string()
    import sqlalchemy

    with full.connect() as conn:  # the CLI opens its own engine: limit every pool of the process for this call
        pages = conn.exec_driver_sql("pragma max_page_count").scalar()

    def _limit(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"pragma max_page_count = {pages}")

    event.listen(sqlalchemy.pool.Pool, "connect", _limit)
    try:
        assert main(["import", str(source), "--db", url.removeprefix("sqlite:///")]) == 2
    finally:
        event.remove(sqlalchemy.pool.Pool, "connect", _limit)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "full" in err and not _leaks(err), err
