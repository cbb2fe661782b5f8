"""Where the database is: explicit path or URL, then the environment, then the user's data folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

from facilitator import APP_ID

ENV_DB = "FACILITATOR_DB"
ENV_DB_URL = "FACILITATOR_DB_URL"

# libpq's URL spellings, all driven by psycopg 3 (the one PostgreSQL driver the app uses).
_POSTGRES = re.compile(r"^(postgres|postgresql|postgresql\+psycopg)://", re.IGNORECASE)
_PASSWORD = re.compile(r"(?<=://)([^/@:?#]*):[^/@?#]*@")
_PASSWORD_PARAM = re.compile(r"(?<=[?&])(password)=[^&#]*", re.IGNORECASE)


def default_db_path() -> Path:
    """The embedded database in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / "facilitator.sqlite"


def is_url(value: str | os.PathLike[str] | None) -> bool:
    """Whether `--db` names a database server (a URL) rather than a file."""
    return value is not None and "://" in str(value)


def redact(url: str) -> str:
    """A URL fit for a message or a log: a password in it (user:secret@ or ?password=) shown as ***."""
    return _PASSWORD_PARAM.sub(r"\1=***", _PASSWORD.sub(r"\1:***@", url))


def without_password(value: str) -> str:
    """A database URL fit to be remembered: a password in it (user:secret@ or ?password=) removed; a path as it is."""
    if not is_url(value):
        return value
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except ArgumentError:
        return redact(value)
    query = {key: item for key, item in url.query.items() if key.lower() != "password"}
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database, query).render_as_string(
        hide_password=False)


def normalise_url(url: str) -> str:
    """postgres:// and postgresql:// become postgresql+psycopg://; SQLite URLs stay; anything else is refused."""
    if match := _POSTGRES.match(url):
        return "postgresql+psycopg://" + url[match.end():]
    if url.lower().startswith("sqlite://"):
        return url
    from facilitator.i18n import tr
    from facilitator.store.errors import DatabaseError

    raise DatabaseError(tr("{url} is not a database Facilitator can use: give a file path or a "
                           "postgresql://user@host/database URL", url=redact(url)))


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """Resolve the database: explicit path/URL, then FACILITATOR_DB, FACILITATOR_DB_URL, then the default."""
    chosen = db or os.environ.get(ENV_DB) or os.environ.get(ENV_DB_URL)
    if chosen and is_url(chosen):
        return normalise_url(str(chosen))
    path = Path(chosen) if chosen else default_db_path()
    return f"sqlite:///{path.expanduser().resolve()}"


def database_path(db: str | os.PathLike[str] | None = None) -> Path | None:
    """The SQLite file the user means (None for a server database or an in-memory one)."""
    chosen = db or os.environ.get(ENV_DB) or os.environ.get(ENV_DB_URL)
    if chosen and is_url(chosen) and not str(chosen).lower().startswith("sqlite://"):
        return None
    url = database_url(db)
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return None
    return Path(url.removeprefix("sqlite:///"))


def database_name(db: str | os.PathLike[str] | None = None) -> str:
    """How messages name the database: its file, or its URL without a password."""
    path = database_path(db)
    return str(path) if path is not None else redact(database_url(db))


def server_label(url: str) -> str:
    """A server database as people name it: host/database (host:port/database off the default port); never a user
    or a password. A SQLite URL is its file."""
    if not is_url(url) or url.lower().startswith("sqlite://"):
        return str(database_path(url) or url)
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host") or "") or "localhost"
    port = parsed.port or parsed.query.get("port")
    where = f"{host}:{port}" if port and str(port) != "5432" else host
    return f"{where}/{parsed.database or ''}"
