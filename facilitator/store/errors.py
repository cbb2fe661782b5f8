"""Errors a user can cause at the database level (bad path, corrupted or newer file), in words without values."""

from __future__ import annotations

import os

from facilitator.i18n import reason, tr

DAMAGE = ("file is not a database", "database disk image is malformed", "malformed database schema")


class DatabaseError(Exception):
    """The database cannot be opened or used; the message is meant for the user."""


def is_damage(cause: object) -> bool:
    """SQLite's words for a file that is not (or no longer) a readable database."""
    text = str(getattr(cause, "orig", None) or cause)
    return any(words in text for words in DAMAGE)


def damaged(path: str | os.PathLike[str] | None, cause: object) -> DatabaseError:
    """A damaged database, with how to get the last good backup back."""
    return DatabaseError(tr("the database {name} cannot be read: {reason}; restore the last good backup with "
                            "`facilitator db restore` (or Plik → Kopie zapasowe…)", name=path,
                            reason=reason(getattr(cause, "orig", None) or cause)))


def translate(exc: BaseException, path: str | os.PathLike[str] | None = None) -> DatabaseError:
    """A database error as one line in user words: SQLite's reason, never the statement or its values; a server that
    went away is a ConnectionLost (`path`: the file, or the server's host/db)."""
    if is_damage(exc):
        return damaged(path, exc)
    if is_disconnect(exc):
        return lost(str(path or ""), exc)
    return DatabaseError(tr("the database cannot be used: {reason}", reason=reason(_reason_only(exc))))


def _reason_only(exc: BaseException) -> str:
    """The driver's own short reason (the text before any SQL or parameters SQLAlchemy appends)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return text.split("\n", 1)[0].split(" [SQL:", 1)[0].strip() or exc.__class__.__name__


class ConnectionLost(DatabaseError):
    """The database server cannot be reached (restarted, network down): what was committed is safe; the engine's pool
    (pool_pre_ping) connects again on the next use once the server is back."""

    def __init__(self, message: str, name: str = "") -> None:
        super().__init__(message)
        self.name = name  # the server and database (host/db), never a password


# Why a connection to a server failed: what the user can do differs for each.
UNREACHABLE, LOGIN, NO_DATABASE, PRIVILEGES = "unreachable", "login", "no-database", "privileges"
# libpq's English words (connection failures carry no SQLSTATE); a server speaking another language is "unreachable"
# with its own reason shown, still one line.
_LOGIN_WORDS = ("password authentication failed", "no password supplied", "authentication failed",
                "no pg_hba.conf entry")


def _driver_error(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def connection_problem(exc: BaseException) -> str | None:
    """What a server error says about the connection (UNREACHABLE, LOGIN, NO_DATABASE, PRIVILEGES), or None when it
    is no connection problem (a refused statement, a full disk, a SQLite file)."""
    from sqlalchemy.exc import DBAPIError

    orig = _driver_error(exc)
    state = getattr(orig, "sqlstate", None)
    if state == "42501":
        return PRIVILEGES
    if state in ("28P01", "28000"):
        return LOGIN
    if state == "3D000":
        return NO_DATABASE
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return UNREACHABLE
    try:
        import psycopg
    except ImportError:  # no PostgreSQL driver: no server connections either
        return None
    if not isinstance(orig, psycopg.OperationalError):
        return None
    text = str(orig)
    if any(words in text for words in _LOGIN_WORDS) or ('role "' in text and "does not exist" in text):
        return LOGIN
    if 'database "' in text and "does not exist" in text:
        return NO_DATABASE
    if "permission denied" in text:
        return PRIVILEGES
    return UNREACHABLE


def is_disconnect(exc: BaseException) -> bool:
    """Whether the error means the server went away or cannot be reached (the work can be tried again later)."""
    return connection_problem(exc) == UNREACHABLE


def lost(name: str, exc: BaseException | None = None) -> ConnectionLost:
    """The server went away: one line naming it (host/db), saying that nothing committed was lost."""
    why = reason(_reason_only(exc)) if exc is not None else ""
    return ConnectionLost(tr("lost the connection to the database server {name}{why}; nothing already saved was lost, "
                             "try again when the server is back", name=name or tr("(unknown)"),
                             why=f" ({why})" if why else ""), name)
