"""Another official's change is noticed (facilitator.store.changes): two engines on one database, both backends.

The second engine stands for another official's app (another process on the SQLite file, another client of the
server). Its commits make `poll()` true within 2 s; this engine's own commits do not; a lost listener recovers.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import text

from facilitator import meetingfile, operations
from facilitator.store import open_database
from facilitator.store.changes import ServerWatcher, watch
from tests.ui.officials_data import meeting_a


def _within(condition, seconds: float = 2.0) -> bool:
    """Whether the condition holds within the time the issue allows (checked every 50 ms)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.fixture
def other(engine):
    """Another official's connection to the same database."""
    second = open_database(engine.url.render_as_string(hide_password=False))
    yield second
    second.dispose()


@pytest.fixture
def watcher(engine):
    made = watch(engine)
    yield made
    made.close()


def _meeting(engine, title: str = "Spotkanie w Gdyni") -> str:
    return operations.create_meeting(engine, date=date(2026, 5, 4), title=title, template=True)[0].id


def test_a_change_by_another_official_is_noticed_within_2_s(engine, other, watcher):
    assert watcher.poll() is False
    _meeting(other)
    assert _within(watcher.poll)
    assert watcher.poll() is False  # said once


def test_an_imported_meeting_file_is_noticed(engine, other, watcher):
    meetingfile.import_data(other, [meeting_a()])
    assert _within(watcher.poll)


def test_every_edit_by_the_other_is_noticed_one_after_another(engine, other, watcher):
    meeting_id = _meeting(other)
    assert _within(watcher.poll)
    operations.update_meeting(other, meeting_id=meeting_id, title="Spotkanie w Sopocie")
    assert _within(watcher.poll)
    operations.delete_meeting(other, meeting_id=meeting_id)
    assert _within(watcher.poll)


def test_own_changes_are_not_reported(engine, other, watcher):
    seen = getattr(watcher, "seen", None)
    meeting_id = _meeting(engine)
    operations.update_meeting(engine, meeting_id=meeting_id, title="Zmieniony tytuł")
    meetingfile.import_data(engine, [meeting_a()])
    if isinstance(watcher, ServerWatcher):  # the server's notifications arrive a moment later: wait for them
        assert _within(lambda: watcher.seen >= (seen or 0) + 3)
    assert watcher.poll() is False
    operations.update_meeting(other, meeting_id=meeting_id, title="Zmiana innej osoby")
    assert _within(watcher.poll)


def test_a_change_by_the_other_during_own_work_is_not_lost(engine, other, watcher):
    """Own and others' commits interleaved: the others' are still reported."""
    mine = _meeting(engine, "Moje spotkanie")
    _meeting(other, "Cudze spotkanie")
    operations.update_meeting(engine, meeting_id=mine, title="Moje spotkanie, poprawione")
    assert _within(watcher.poll)


def test_reads_are_not_changes(engine, other, watcher):
    from facilitator import search

    meetingfile.import_data(engine, [meeting_a()])
    search.search(engine, "polityka")  # the index catches up (an own write)
    if isinstance(watcher, ServerWatcher):
        assert _within(lambda: watcher.seen > 0)
    assert watcher.poll() is False
    operations.list_meetings(other)
    search.search(other, "migracyjna")
    operations.get_meeting(other, operations.list_meetings(other)[0].id)
    assert watcher.poll() is False


@pytest.mark.sqlite_only
def test_a_broken_watcher_connection_is_opened_again_quietly(db_path):
    engine = open_database(db_path)
    other = open_database(db_path)
    watcher = watch(engine)
    try:
        watcher._conn.close()  # closed under it (as a file briefly unreadable would)
        watcher.poll()  # never raises
        _meeting(other)
        assert _within(watcher.poll)
        assert watcher.poll() is False
    finally:
        watcher.close()
        engine.dispose()
        other.dispose()


def test_the_server_listener_comes_back_after_its_connection_is_killed(engine, other, backend):
    if backend != "postgresql":
        pytest.skip("the listener connection is the server's")
    watcher = watch(engine)
    try:
        killed = watcher.listener_pid
        with other.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": killed})
        assert _within(lambda: watcher.listener_pid != killed and watcher.wait_listening(0), 10)
        assert watcher.poll() is True  # what was sent while it was away is lost: everything is read again
        assert watcher.poll() is False
        _meeting(other)
        assert _within(watcher.poll)
    finally:
        watcher.close()


def test_the_server_tables_notify_at_commit(engine, backend):
    """Every data table a window shows has the trigger (a table added later needs its own)."""
    if backend != "postgresql":
        pytest.skip("SQLite needs no trigger")
    with engine.connect() as conn:
        tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
                     .scalars())
        watched = set(conn.execute(text("SELECT DISTINCT event_object_table FROM information_schema.triggers "
                                        "WHERE trigger_name = 'facilitator_notify_change'")).scalars())
    private = {"alembic_version", "draft", "capture_state", "search_doc", "search_queue", "search_entry", "search_term"}
    assert watched == tables - private
