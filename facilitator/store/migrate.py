"""Alembic, driven from code: SQLite files are migrated when opened; a server database by `facilitator db upgrade`."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import Engine

from facilitator.i18n import tr

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_UPGRADE_LOCK = 0x46414331  # PostgreSQL advisory lock key held while migrating ("FAC1")


def alembic_config(connection=None):
    """An Alembic config pointing at our migrations; no alembic.ini needed."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def _revisions() -> tuple[set[str], set[str]]:
    """Known revisions and those some other revision builds on, read without importing Alembic (fast start)."""
    known: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if match := _REVISION.search(source):
            known.add(match.group(1))
        if match := _DOWN.search(source):
            parents.add(match.group(1))
    return known, parents


def known_revisions() -> set[str]:
    """Every schema revision this version of the app can open."""
    return _revisions()[0]


def head_revision() -> str:
    """The newest migration the code knows."""
    known, parents = _revisions()
    heads = known - parents
    if len(heads) != 1:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(alembic_config()).get_current_head()
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return _revision_on(conn)


def _revision_on(conn) -> str | None:
    if not conn.exec_driver_sql(
        "select 1 from sqlite_master where type='table' and name='alembic_version'"
        if conn.dialect.name == "sqlite" else "select 1 from information_schema.tables "
        "where table_name='alembic_version' and table_schema=current_schema()"
    ).first():
        return None
    return conn.exec_driver_sql("select version_num from alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations in one transaction; a no-op when already current."""
    from facilitator.store.errors import DatabaseError

    current = current_revision(engine)
    head = head_revision()
    if current == head and revision == "head":
        return
    known, _ = _revisions()
    if current is not None and current not in known:
        raise DatabaseError(tr("the database was written by a newer Facilitator (schema {schema})", schema=current))
    if current is not None:
        from facilitator.store.backups import backup_before

        backup_before(engine, "migration")
    from alembic import command

    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            # Under the write lock, in one transaction: two processes opening a new database at once (two
            # imports) would otherwise both create its tables ("table meeting already exists"); the second
            # waits here, then finds the schema current.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            if revision == "head" and _revision_on(conn) == head:
                return
        elif conn.dialect.name == "postgresql":
            # Two administrators upgrading at once: the second waits, then finds the schema current.
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
            if revision == "head" and _revision_on(conn) == head:
                return
        command.upgrade(alembic_config(conn), revision)
    logger.info("database schema upgraded from %s to %s", current or "empty", revision)
