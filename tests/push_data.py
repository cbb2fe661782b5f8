"""The laptop and office databases of the push tests (CLI and dialog): a facilitator's SQLite file with three
meetings, and an empty office database at the current schema (SQLite, or the PostgreSQL test server)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from facilitator import operations
from facilitator.model import Base
from facilitator.store import open_database
from tests.ui.officials_data import import_all, meeting_a, meeting_b, meeting_c, uid


@pytest.fixture(name="laptop")
def laptop_fixture(tmp_path):
    """A facilitator's SQLite database with three meetings: nested statements, tags, answers and group labels."""
    engine = open_database(tmp_path / "laptop.sqlite")
    import_all(engine, [meeting_a(), meeting_b(), meeting_c()])
    operations.add_item(engine, section_id=uid("a-s1"), kind="proposal", parent_id=uid("a-i1"),
                        text="Zatrudnić pełnomocnika ds. cudzoziemców – „żółta” ścieżka")
    operations.set_response(engine, item_ids=[uid("a-i2")], position="partly_accepted",
                            justification="Zespół powstanie w 2019 r.", paragraph="§ 3 ust. 1")
    operations.rename_group(engine, item_ids=[uid("a-i1"), uid("b-i1")], heading="Polityka migracyjna")
    yield engine
    engine.dispose()


@pytest.fixture(name="office")
def office_fixture(backend, tmp_path):
    """The office database at the current schema, empty: a SQLite file, or a database on the PostgreSQL server."""
    if backend == "postgresql":
        from tests import pgserver

        if not pgserver.server_url():
            pytest.skip(pgserver.SKIP_REASON)
        url = pgserver.fresh_database()
        engine = open_database(url)
        yield engine, url
        engine.dispose()
        pgserver.drop_database(url)
        return
    path = tmp_path / "office.sqlite"
    engine = open_database(path)
    yield engine, str(path)
    engine.dispose()


def snapshot(engine) -> dict:
    """Every row of every table (times and bases too): proof that nothing was written."""
    with engine.connect() as conn:
        return {name: sorted(map(repr, conn.execute(select(table)).all()))
                for name, table in Base.metadata.tables.items() if not name.startswith("search")}
