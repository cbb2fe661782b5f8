"""The one place that owns the database: engine, sessions, schema migrations, backups.

Names are loaded on first use, so `facilitator.store.paths` (where the database is) costs no SQLAlchemy import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator.store.connection import init_db, make_engine, open_database, session_scope, write_session
    from facilitator.store.errors import DatabaseError
    from facilitator.store.paths import database_path, database_url, default_db_path

_HOMES = {
    "connection": ("init_db", "make_engine", "open_database", "session_scope", "write_session"),
    "errors": ("DatabaseError",),
    "paths": ("database_path", "database_url", "default_db_path"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}

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


def __getattr__(name: str) -> object:
    """Import the module that defines `name` on first use."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
