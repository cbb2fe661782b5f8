"""The one place that owns the database: engine, sessions, schema migrations."""

from facilitator.store.connection import (
    database_url,
    default_db_path,
    init_db,
    make_engine,
    open_database,
    session_scope,
)
from facilitator.store.errors import DatabaseError

__all__ = [
    "DatabaseError",
    "database_url",
    "default_db_path",
    "init_db",
    "make_engine",
    "open_database",
    "session_scope",
]
