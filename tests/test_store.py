"""The store: migrations equal the ORM, pragmas, where the database lives, refusing bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from facilitator.model import Base, Item, Meeting, Section
from facilitator.store import DatabaseError, database_url, default_db_path, open_database, session_scope
from facilitator.store.migrate import current_revision, head_revision


def _virtual_tables(conn) -> set[str]:
    """The search index lives outside the ORM on purpose: FTS tables and their shadow tables on SQLite, the
    search_entry and search_term tables on PostgreSQL (store/search_ddl.py)."""
    if conn.dialect.name != "sqlite":
        return {"search_entry", "search_term"}
    rows = conn.execute(text("select name, sql from sqlite_master where type = 'table'")).all()
    virtual = {name for name, sql in rows if sql and sql.upper().startswith("CREATE VIRTUAL TABLE")}
    return virtual | {name for name, _ in rows for v in virtual if name.startswith(v + "_")}


def test_migrated_empty_database_has_exactly_the_orm_schema(engine):
    with engine.connect() as conn:
        skip = _virtual_tables(conn) | {"alembic_version"}
        context = MigrationContext.configure(
            conn,
            opts={"include_object": lambda obj, name, type_, *_: not (type_ == "table" and name in skip)},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_database_is_at_the_newest_migration(engine):
    assert current_revision(engine) == head_revision()


@pytest.mark.sqlite_only
def test_wal_and_foreign_keys_are_on(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1


def test_foreign_keys_cascade_in_the_database(engine):
    with session_scope(engine) as s:
        meeting = Meeting(title="Spotkanie", date=date(2018, 6, 15))
        section = Section(title="Polityka lokalowa")
        meeting.sections.append(section)
        section.all_items.append(Item(kind="weakness", text="Lokale są w fatalnym stanie."))
        s.add(meeting)
    with engine.begin() as conn:
        conn.execute(text("delete from meeting"))
    with session_scope(engine) as s:
        assert s.scalars(select(Item)).all() == []


def test_reopening_keeps_data_and_does_not_migrate_again(db_path):
    engine = open_database(db_path)
    with session_scope(engine) as s:
        s.add(Meeting(title="Żółć", date=date(2020, 1, 2)))
    engine.dispose()
    again = open_database(db_path)
    with session_scope(again) as s:
        assert s.scalars(select(Meeting.title)).all() == ["Żółć"]
    again.dispose()


def test_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "facilitator" / "facilitator.sqlite"
    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'facilitator' / 'facilitator.sqlite'}"


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("FACILITATOR_DB", str(tmp_path / "x.sqlite"))
    assert database_url() == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url(tmp_path / "y.sqlite") == f"sqlite:///{tmp_path / 'y.sqlite'}"


def test_a_corrupted_file_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseError, match="cannot be read"):
        open_database(bad)
    assert bad.read_bytes() == b"this is not a database at all" * 100


def test_another_programs_sqlite_file_is_refused(tmp_path):
    import sqlite3

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("create table customers (id integer)")
    with pytest.raises(DatabaseError, match="not a Facilitator database"):
        open_database(other)


def test_a_database_from_a_newer_version_is_refused(db_path):
    engine = open_database(db_path)
    with engine.begin() as conn:
        conn.execute(text("update alembic_version set version_num = '9999'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer Facilitator"):
        open_database(db_path)


def test_an_unusable_folder_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="cannot create the database folder"):
        open_database(Path(blocker) / "sub" / "db.sqlite")


def test_an_old_database_with_data_is_upgraded_on_open(db_path):
    from facilitator.search import search
    from facilitator.store import make_engine
    from facilitator.store.connection import database_url
    from facilitator.store.migrate import upgrade

    old = make_engine(database_url(db_path))
    upgrade(old, "0001")
    with old.begin() as conn:
        conn.execute(text("insert into meeting (id, title, date, language, created_at, updated_at) values "
                          "('m1', 'Stare spotkanie', '2019-03-01', 'pl', '2019-03-01', '2019-03-01')"))
        conn.execute(text("insert into section (id, meeting_id, position, title, kind, created_at, updated_at) "
                          "values ('s1', 'm1', 0, 'Polityka lokalowa', 'area', '2019-03-01', '2019-03-01')"))
        conn.execute(text("insert into item (id, section_id, position, kind, text, created_at, updated_at) values "
                          "('i1', 's1', 0, 'weakness', 'Źródła finansowania są niejasne.', '2019-03-01', "
                          "'2019-03-01')"))
    old.dispose()
    engine = open_database(db_path)
    assert current_revision(engine) == head_revision()
    assert [hit.item_id for hit in search(engine, "zrodla")] == ["i1"]
    with engine.connect() as conn:
        indexes = {row[1] for row in conn.exec_driver_sql("pragma index_list('item')")}
    assert "ix_item_siblings" in indexes
