"""Revision 0012 (the PostgreSQL search index as postings) upgrades and downgrades a database holding meetings.

Down to 0011 the index is the table of revisions 0009-0011 again (folded columns, two GIN-indexed tsvectors) with
every statement queued for it; up again the postings come back and the first search fills them, answering as
SQLite does. On SQLite the revision changes nothing.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from facilitator import meetingfile
from facilitator.search import search
from facilitator.store import open_database
from facilitator.store.migrate import alembic_config, current_revision, upgrade
from tests import pgserver
from tests.test_search_pg_ranking import _meetings


def _downgrade(engine, revision: str) -> None:
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)


def _columns(engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT column_name FROM information_schema.columns WHERE table_name = :t "
                                     "AND table_schema = current_schema()"), {"t": table}).scalars())


def _queued(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM search_queue")).scalar_one()


@pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)
def test_postings_down_to_0011_and_up_again_on_postgresql(tmp_path):
    url = pgserver.fresh_database()
    lite = open_database(tmp_path / "twin.sqlite")
    pg = open_database(url)
    try:
        for engine in (lite, pg):
            meetingfile.apply_import(engine, meetingfile.plan_import(engine, _meetings()[:6]))
        expected = [h.item_id for h in search(lite, "lokali", limit=None)]
        assert [h.item_id for h in search(pg, "lokali", limit=None)] == expected and _queued(pg) == 0

        _downgrade(pg, "0011")
        assert current_revision(pg) == "0011"
        assert _columns(pg, "search_entry") == {"item_id", "fields", "words", "stems", "tokens"}
        assert _columns(pg, "search_term") == set()
        with pg.connect() as conn:
            indexes = set(conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'search_entry'"))
                          .scalars())
        assert {"ix_search_entry_words", "ix_search_entry_stems"} <= indexes
        assert _queued(pg) == 180  # every statement, for 0011's code to index again

        upgrade(pg)
        assert current_revision(pg) == "0012"
        assert _columns(pg, "search_entry") == {"item_id", "docid", "tokens"}
        assert _columns(pg, "search_term") == {"docid", "token", "lead", "tail1", "tail2", "length"}
        assert _queued(pg) == 180
        assert [h.item_id for h in search(pg, "lokali", limit=None)] == expected
        assert [h.item_id for h in search(pg, "lokali", limit=4)] == expected[:4]
        with pg.connect() as conn:
            assert conn.execute(text("SELECT count(DISTINCT docid) FROM search_term")).scalar_one() == 180
        assert _queued(pg) == 0
    finally:
        lite.dispose()
        pg.dispose()
        pgserver.drop_database(url)


def test_the_revision_changes_nothing_on_sqlite(tmp_path):
    engine = open_database(tmp_path / "f.sqlite")
    try:
        meetingfile.apply_import(engine, meetingfile.plan_import(engine, _meetings()[:2]))
        before = [h.item_id for h in search(engine, "lokal", limit=None)]
        _downgrade(engine, "0011")
        assert current_revision(engine) == "0011"
        upgrade(engine)
        assert current_revision(engine) == "0012"
        assert [h.item_id for h in search(engine, "lokal", limit=None)] == before and len(before) > 20
    finally:
        engine.dispose()
