"""The office database as an official connects to it: host, port, database, user, TLS; a URL without a password;
a connection check that says what is wrong; the password kept (if the user asks) where libpq looks: ~/.pgpass.

No Qt here: the connection dialog (ui/dialogs/office.py) and the tests use it alike.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from facilitator.i18n import reason, tr
from facilitator.store.errors import LOGIN, NO_DATABASE, PRIVILEGES, DatabaseError, _reason_only, connection_problem

DEFAULT_PORT = 5432
SSL_MODES: tuple[str, ...] = ("disable", "prefer", "require", "verify-full")
DEFAULT_SSL = "prefer"
# What the app reads and writes: a role with only these privileges on the tables is enough (docs/office-database.md).
DATA_PRIVILEGES = "SELECT,INSERT,UPDATE,DELETE"


@dataclass(frozen=True)
class OfficeTarget:
    """Where the office database is; `host` may be a socket folder (/run/postgresql)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = DEFAULT_SSL

    def url(self) -> str:
        """The URL the app opens and remembers: never a password (libpq finds it in ~/.pgpass)."""
        user = quote(self.user, safe="")
        database = quote(self.database, safe="")
        query = f"sslmode={self.sslmode}"
        if self.host.startswith("/"):  # a socket folder goes into the query: a URL host cannot hold a path
            return f"postgresql+psycopg://{user}@/{database}?host={quote(self.host, safe='/')}&port={self.port}&{query}"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql+psycopg://{user}@{host}:{self.port}/{database}?{query}"

    def label(self) -> str:
        """host/database, as messages and the window title name it."""
        from facilitator.store.paths import server_label

        return server_label(self.url())


def target_of(url: str) -> OfficeTarget | None:
    """The fields of a remembered URL (for the dialog to start from); None for anything but a server URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from facilitator.store.paths import is_url

    if not url or not is_url(url) or not url.lower().startswith("postgres"):
        return None
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    query = parsed.query
    host = parsed.host or str(query.get("host") or "")
    port = parsed.port or query.get("port") or DEFAULT_PORT
    sslmode = str(query.get("sslmode") or DEFAULT_SSL)
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return OfficeTarget(host=unquote(host), database=parsed.database or "", user=parsed.username or "",
                        port=port, sslmode=sslmode if sslmode in SSL_MODES else DEFAULT_SSL)


def check_connection(url: str, password: str | None = None) -> str:
    """Connect as the app would and check everything it needs; returns the server's version, else raises a
    DatabaseError saying what is wrong: the server unreachable, the user or password refused, no such database,
    a schema to upgrade (or newer than this app), a role without the data privileges."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from facilitator.store.connection import _check_current, make_engine

    engine = make_engine(url, password=password)
    target = target_of(url)
    name = target.label() if target else url
    try:
        try:
            with engine.connect() as conn:
                version = str(conn.execute(text("SHOW server_version")).scalar())
        except DBAPIError as exc:
            raise connect_error(exc, name, target.user if target else "", target.database if target else "") from None
        _check_privileges(engine, name, target.user if target else "")  # first: without them no schema can be read
        _check_current(engine)
        return version
    finally:
        engine.dispose()


def connect_error(exc: BaseException, name: str, user: str, database: str) -> DatabaseError:
    """A failed connection in one line, by what the user (or the administrator) can do about it."""
    problem = connection_problem(exc)
    if problem == LOGIN:
        return DatabaseError(tr("the server {name} refused the user {user}: wrong user name or password (or no "
                                "password given)", name=name, user=user))
    if problem == NO_DATABASE:
        return DatabaseError(tr("there is no database {database} on the server {name}", database=database, name=name))
    if problem == PRIVILEGES:
        return _no_privileges(name, user)
    if problem is None:
        return DatabaseError(tr("the database {name} cannot be read: {reason}", name=name,
                                reason=reason(_reason_only(exc))))
    return DatabaseError(tr("the server {name} cannot be reached: {reason}", name=name,
                            reason=reason(_reason_only(exc))))


def _no_privileges(name: str, user: str) -> DatabaseError:
    return DatabaseError(tr("the user {user} may not read and write the database {name}; the administrator grants "
                            "the data privileges (docs/office-database.md)", user=user, name=name))


def _check_privileges(engine, name: str, user: str) -> None:
    """Reading and writing every table of ours: what a role with data privileges only has, and an owner too."""
    from sqlalchemy import text

    from facilitator.model import Base

    tables = ["alembic_version", *sorted(table.name for table in Base.metadata.sorted_tables)]
    with engine.connect() as conn:  # tables not made yet (a database to upgrade) are left to the schema check
        lacking = [table for table in tables if conn.execute(
            text("SELECT NOT has_table_privilege(current_user, to_regclass(:t), :p) FROM (SELECT 1) AS one "
                 "WHERE to_regclass(:t) IS NOT NULL"), {"t": table, "p": "SELECT" if table == "alembic_version"
                                                        else DATA_PRIVILEGES}).scalar()]
    if lacking:
        raise _no_privileges(name, user)


# --- ~/.pgpass --------------------------------------------------------------------------------------------------------


def pgpass_path() -> Path:
    """The password file libpq reads: PGPASSFILE, else ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows)."""
    chosen = os.environ.get("PGPASSFILE")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    """libpq's pgpass escaping: a backslash before each ':' and '\\'."""
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A pgpass line split on unescaped ':' with escapes undone."""
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def pgpass_line(target: OfficeTarget, password: str) -> str:
    """host:port:database:user:password, escaped as libpq reads it."""
    return ":".join(_escape(part) for part in (target.host or "localhost", str(target.port), target.database,
                                               target.user, password))


def remember_password(target: OfficeTarget, password: str) -> Path:
    """Write the password where libpq finds it (readable by the user only, 0600), replacing the line of the same
    host, port, database and user; other lines stay as they were. Returns the file."""
    from facilitator.atomic import atomic_path

    path = pgpass_path()
    key = [target.host or "localhost", str(target.port), target.database, target.user]
    try:
        old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        kept = [line for line in old if line.startswith("#") or _fields(line)[:4] != key]
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with atomic_path(path, mode=0o600) as temp:
            temp.write_text("\n".join([*kept, pgpass_line(target, password)]) + "\n", encoding="utf-8")
        os.chmod(path, 0o600)  # libpq ignores a password file others can read
    except OSError as exc:
        raise DatabaseError(tr("the password file {name} cannot be written: {reason}", name=path,
                               reason=reason(exc))) from None
    return path
