"""Alembic environment: runs on the connection handed over by facilitator.store.migrate."""

from alembic import context
from sqlalchemy import create_engine

from facilitator.model import Base

target_metadata = Base.metadata
config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic revision --autogenerate` from the command line
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///:memory:"
        with create_engine(url).connect() as conn:
            _migrate(conn)
            conn.commit()
        return
    _migrate(connection)


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the search index (SQLite: FTS5 table + shadow tables; PostgreSQL: search_entry, search_term) out of autogenerate."""
    return not (type_ == "table" and (name.startswith("search_fts") or name in ("search_entry", "search_term")))


def _migrate(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run()
