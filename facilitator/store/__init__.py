"""The one place that owns the database: engine, sessions, schema migrations, backups.

Names are loaded on first use, so `facilitator.store.paths` (where the database is) costs no SQLAlchemy import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator.lazy import lazy_names

if TYPE_CHECKING:
    from facilitator.store.connection import init_db, make_engine, open_database, session_scope, write_session
    from facilitator.store.errors import DatabaseError
    from facilitator.store.paths import database_path, database_url, default_db_path

_HOMES = {
    "connection": ("init_db", "make_engine", "open_database", "session_scope", "write_session"),
    "errors": ("DatabaseError",),
    "paths": ("database_path", "database_url", "default_db_path"),
}

__all__ = [
    "DatabaseError",
    "database_path",
    "database_url",
    "default_db_path",
    "init_db",
    "make_engine",
    "open_database",
    "session_scope",
    "write_session",
]

__getattr__, __dir__ = lazy_names(__name__, _HOMES, globals())
