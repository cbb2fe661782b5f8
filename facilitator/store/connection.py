"""Engine and session handling: SQLite in the user's data folder by default, any URL on request."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from facilitator import APP_ID
from facilitator.i18n import reason, tr
from facilitator.store.errors import DatabaseError

ENV_DB = "FACILITATOR_DB"
ENV_DB_URL = "FACILITATOR_DB_URL"


def default_db_path() -> Path:
    """The embedded database in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / "facilitator.sqlite"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """Resolve the database: explicit path/URL, then FACILITATOR_DB, FACILITATOR_DB_URL, then the default."""
    chosen = db or os.environ.get(ENV_DB) or os.environ.get(ENV_DB_URL)
    if chosen and "://" in str(chosen):
        return str(chosen)
    path = Path(chosen) if chosen else default_db_path()
    return f"sqlite:///{path.expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with the SQLite pragmas the app relies on (WAL, foreign keys)."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        folder = Path(url.removeprefix("sqlite:///")).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(tr("cannot create the database folder {folder}: {reason}", folder=folder,
                                   reason=reason(exc))) from exc
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def init_db(engine: Engine) -> Engine:
    """Bring the schema up to date with Alembic; refuse files that are not our database."""
    from facilitator.store.migrate import upgrade

    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        raise DatabaseError(tr("the database {name} cannot be read: {reason}", name=engine.url.database or engine.url,
                               reason=reason(exc))) from exc
    if tables and "alembic_version" not in tables and "meeting" not in tables:
        raise DatabaseError(tr("{name} is not a Facilitator database", name=engine.url.database))
    upgrade(engine)
    return engine


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


def open_database(db: str | os.PathLike[str] | None = None) -> Engine:
    """Open (creating and migrating if needed) the database the user asked for."""
    return init_db(make_engine(database_url(db)))
