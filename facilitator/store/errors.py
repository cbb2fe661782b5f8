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
    """A database error as one line in user words: SQLite's reason, never the statement or its values."""
    if is_damage(exc):
        return damaged(path, exc)
    return DatabaseError(tr("the database cannot be used: {reason}", reason=reason(_reason_only(exc))))


def _reason_only(exc: BaseException) -> str:
    """The driver's own short reason (the text before any SQL or parameters SQLAlchemy appends)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    return text.split("\n", 1)[0].split(" [SQL:", 1)[0].strip() or exc.__class__.__name__
