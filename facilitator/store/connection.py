"""Engine and session handling: SQLite in the user's data folder by default, any URL on request."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from facilitator.guard import protect_database
from facilitator.i18n import reason, tr
from facilitator.store.errors import DatabaseError, damaged
from facilitator.store.paths import ENV_DB, ENV_DB_URL, database_url, default_db_path, redact

__all__ = ["ENV_DB", "ENV_DB_URL", "database_url", "default_db_path", "init_db", "make_engine", "open_database",
           "read_session", "session_scope", "upgrade_database", "write_session"]

PRIVATE_FILE = 0o600  # the database holds participants' names and e-mails
PRIVATE_FOLDER = 0o700


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def sqlite_path(engine_or_url: Engine | str) -> Path | None:
    """The database file behind an engine or URL (None for server and in-memory databases)."""
    url = engine_or_url if isinstance(engine_or_url, str) else engine_or_url.url.render_as_string()
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return None
    return Path(url.removeprefix("sqlite:///"))


def _prepare_file(path: Path) -> None:
    """A new database is created private: 0600 in a 0700 folder (when we create the folder)."""
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(tr("cannot create the database folder {folder}: {reason}", folder=path.parent,
                               reason=reason(exc))) from exc
    if not path.exists():
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
        except OSError as exc:
            raise DatabaseError(tr("the database {name} cannot be read: {reason}", name=path,
                                   reason=reason(exc))) from exc


def _tighten(path: Path) -> None:
    """An existing database of ours (and its -wal/-shm) becomes readable by its owner only."""
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with suppress(OSError):  # a file we may read but not own: its owner decides
            if part.exists() and part.stat().st_mode & 0o077:
                os.chmod(part, PRIVATE_FILE)
    if path.parent == default_db_path().parent and path.parent.stat().st_mode & 0o077:
        try:
            os.chmod(path.parent, PRIVATE_FOLDER)  # our own data folder; a folder the user chose stays as it is
        except OSError:
            pass


def check_foreign(path: Path) -> None:
    """Refuse, without writing a byte, a file that is damaged or belongs to another program."""
    if not path.exists() or path.stat().st_size == 0:
        return
    from facilitator.store.migrate import known_revisions

    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("select name from sqlite_master where type='table'")}
            version = conn.execute("select version_num from alembic_version").fetchone() \
                if "alembic_version" in tables else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise damaged(path, exc) from None
    if tables and version is None:
        raise DatabaseError(tr("{name} is not a Facilitator database", name=path))
    if version is not None and version[0] not in known_revisions():
        raise DatabaseError(tr("the database was written by a newer Facilitator (schema {schema})",
                               schema=version[0]))


CONNECT_TIMEOUT = 10  # seconds: an unreachable server is an error, never a hang
WRITE_LOCK = 0x46414330  # PostgreSQL advisory lock key of write_session ("FAC0")


def _server_options(url: str, password: str | None = None) -> dict:
    """PostgreSQL: a connect timeout (unless the URL sets one), a dead pooled connection replaced before use; a
    password typed in the connection dialog goes to libpq only (never into the URL, a setting or a log)."""
    from sqlalchemy.engine import make_url

    args = {} if "connect_timeout" in make_url(url).query else {"connect_timeout": CONNECT_TIMEOUT}
    if password:
        args["password"] = password
    return {"pool_pre_ping": True, "connect_args": {**args, "application_name": "facilitator"}}


def make_engine(url: str, *, password: str | None = None) -> Engine:
    """An engine with the SQLite pragmas the app relies on (WAL, foreign keys); values never shown in errors.

    A server URL's password (better kept in ~/.pgpass) is never shown: SQLAlchemy renders it as ***."""
    path = sqlite_path(url)
    if path is not None:
        _prepare_file(path)
        protect_database(path)
    server = url.startswith("postgresql")
    engine = create_engine(url, hide_parameters=True, **(_server_options(url, password) if server else {}))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def engine_name(engine: Engine) -> str:
    """How messages name a database: its file, or its URL without the password."""
    path = sqlite_path(engine)
    return str(path) if path is not None else redact(engine.url.render_as_string(hide_password=True))


def init_db(engine: Engine) -> Engine:
    """Refuse what is not our database; SQLite is brought up to date (a backup first), a server database only
    checked: it is upgraded explicitly (`facilitator db upgrade`)."""
    from facilitator.store.migrate import upgrade

    path = sqlite_path(engine)
    if path is not None:
        check_foreign(path)
        _tighten(path)
    _check_ours(engine)
    if engine.dialect.name == "sqlite":
        upgrade(engine)
    else:
        _check_current(engine)
    return engine


def _check_ours(engine: Engine) -> None:
    """Refuse a database that cannot be reached or holds another program's tables."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        if engine.dialect.name != "sqlite":  # a server: unreachable, login refused, no such database, no privileges
            from facilitator.store.office import connect_error
            from facilitator.store.paths import server_label

            url = engine.url.render_as_string()
            raise connect_error(exc, server_label(url), engine.url.username or "", engine.url.database or "") \
                from None
        raise DatabaseError(tr("the database {name} cannot be read: {reason}", name=engine_name(engine),
                               reason=reason(_first_line(exc)))) from None
    if tables and "alembic_version" not in tables:
        raise DatabaseError(tr("{name} is not a Facilitator database", name=engine_name(engine)))


def _first_line(exc: DBAPIError) -> str:
    """The driver's reason without SQLAlchemy's appendix (statement, link) or libpq's continuation lines."""
    return " ".join(str(exc.orig or exc).split("\n", 1)[0].split()) or exc.__class__.__name__


def _check_current(engine: Engine) -> None:
    """A shared database is never migrated by whichever app connects first: an administrator upgrades it."""
    from facilitator.store.migrate import current_revision, head_revision, known_revisions

    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseError(tr("the database was written by a newer Facilitator (schema {schema})", schema=current))
    if current != head_revision():
        raise DatabaseError(tr("the database {name} needs an upgrade (schema {schema}); an administrator runs "
                               "`facilitator db upgrade --db URL`", name=engine_name(engine),
                               schema=current or tr("none")))


def check_database(engine: Engine) -> None:
    """Refuse, creating and migrating nothing, a database that is unreachable, not ours or not at this version's
    schema (the office database a laptop pushes to: only `facilitator db upgrade` changes its schema)."""
    path = sqlite_path(engine)
    if path is not None:
        check_foreign(path)
    _check_ours(engine)
    _check_current(engine)


def upgrade_database(engine: Engine) -> tuple[str | None, str]:
    """`facilitator db upgrade`: bring any database's schema to this version's; returns (before, after)."""
    from facilitator.store.migrate import current_revision, head_revision, upgrade

    path = sqlite_path(engine)
    if path is not None:
        check_foreign(path)
    _check_ours(engine)
    before = current_revision(engine)
    upgrade(engine)
    return before, head_revision()


_factories: dict[int, sessionmaker[Session]] = {}


def _factory(engine: Engine) -> sessionmaker[Session]:
    factory = _factories.get(id(engine))
    if factory is None:
        factory = sessionmaker(engine, expire_on_commit=False)
        _factories[id(engine)] = factory
    return factory


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    session = _factory(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """A unit of work that reads and writes under the write lock (SQLite: BEGIN IMMEDIATE), so no edit slips in.

    PostgreSQL: one advisory lock held to the commit, so bulk writers (two officials importing) take turns as on
    SQLite, and in READ COMMITTED each reads what the one before it committed (a SERIALIZABLE snapshot would be
    taken before the wait and fail the second writer)."""
    with session_scope(engine) as session:
        if engine.dialect.name == "sqlite":
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        else:
            session.connection(execution_options={"isolation_level": "READ COMMITTED"}).exec_driver_sql(
                f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        yield session


EDIT_WAIT_MS = 5000  # how long an edit waits for a bulk writer, as SQLite's busy_timeout


@contextmanager
def edit_session(engine: Engine) -> Iterator[Session]:
    """An operation's unit of work. PostgreSQL: it takes write_session's advisory lock too (waiting at most
    EDIT_WAIT_MS, then an error), so an edit never commits in the middle of an import that has read the row and
    would overwrite it; on SQLite the single writer already keeps them apart."""
    with session_scope(engine) as session:
        if engine.dialect.name == "postgresql":
            conn = session.connection(execution_options={"isolation_level": "READ COMMITTED"})
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {EDIT_WAIT_MS}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A unit of work whose reads all see one snapshot (SQLite: BEGIN; PostgreSQL: a REPEATABLE READ, READ ONLY
    transaction): another process's commit in between is either wholly seen or not at all (pysqlite otherwise runs
    each SELECT on its own, READ COMMITTED gives each its own snapshot)."""
    with session_scope(engine) as session:
        if engine.dialect.name == "sqlite":
            session.connection().exec_driver_sql("BEGIN")
        else:
            session.connection(execution_options={"isolation_level": "REPEATABLE READ", "postgresql_readonly": True})
        yield session


def ping(engine: Engine) -> bool:
    """`SELECT 1`: whether the database answers (after a dropped server connection the pool makes a new one)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return True


def refuse_damaged(engine: Engine) -> None:
    """Before a bulk write: a database failing SQLite's quick check is refused (it would only get worse)."""
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as conn:
            verdict = conn.exec_driver_sql("PRAGMA quick_check").scalar()
    except DBAPIError as exc:
        raise damaged(sqlite_path(engine), exc) from None
    if verdict != "ok":
        raise damaged(sqlite_path(engine), "database disk image is malformed")


def compact(engine: Engine) -> None:
    """Rewrite the file so erased data leaves no byte behind: VACUUM, then empty the WAL into it."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA secure_delete=ON")
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def open_database(db: str | os.PathLike[str] | None = None) -> Engine:
    """Open (creating and migrating if needed) the database the user asked for."""
    return init_db(make_engine(database_url(db)))
