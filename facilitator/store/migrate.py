"""Alembic, driven from code: migrations run automatically whenever a database is opened."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None):
    """An Alembic config pointing at our migrations; no alembic.ini needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration the code knows."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations in one transaction; a no-op when already current."""
    from alembic import command

    from facilitator.store.errors import DatabaseError

    current = current_revision(engine)
    head = head_revision()
    if current == head and revision == "head":
        return
    known = {p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py")}
    if current is not None and current not in known:
        raise DatabaseError(f"the database was written by a newer Facilitator (schema {current})")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
