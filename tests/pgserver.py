"""The PostgreSQL half of the suite: a fresh database per test on the server named by FACILITATOR_TEST_PG.

`.ci/run` and `make test` start a throwaway cluster (tools/pgcluster.sh) and export its URL; without it the
PostgreSQL variants skip, saying why. Each test database is copied from a template migrated once per worker.
"""

from __future__ import annotations

import os
import uuid

ENV = "FACILITATOR_TEST_PG"
SKIP_REASON = (f"PostgreSQL half skipped: {ENV} is not set (`make test` and .ci/run start a throwaway cluster "
               "when PostgreSQL is installed)")
_state: dict[str, object] = {}


def server_url() -> str | None:
    """The test server's URL (its maintenance database), or None when there is none."""
    return os.environ.get(ENV) or None


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _admin():
    engine = _state.get("admin")
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(server_url(), isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 10})
        _state["admin"] = engine
    return engine


def execute(statement: str) -> None:
    """One statement on the server's maintenance database (CREATE/DROP DATABASE, roles), outside a transaction."""
    with _admin().connect() as conn:
        conn.exec_driver_sql(statement)


def _template() -> str:
    """A database at the current schema for this worker, made once (CREATE DATABASE … TEMPLATE copies it)."""
    name = _state.get("template")
    if name is None:
        from facilitator.store.connection import make_engine, upgrade_database

        name = f"facilitator_tmpl_{os.getpid()}"
        execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        execute(f'CREATE DATABASE "{name}"')
        engine = make_engine(_with_database(server_url(), name))
        upgrade_database(engine)
        engine.dispose()
        _state["template"] = name
    return str(name)


def empty_database() -> str:
    """A new, empty database (no schema) on the test server; its URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    execute(f'CREATE DATABASE "{name}"')
    return _with_database(server_url(), name)


def fresh_database() -> str:
    """A new database at the current schema on the test server; its URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    execute(f'CREATE DATABASE "{name}" TEMPLATE "{_template()}" STRATEGY FILE_COPY')
    return _with_database(server_url(), name)


def drop_database(url: str) -> None:
    """Remove a test database, closing whatever still holds it open."""
    from sqlalchemy.engine import make_url

    execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


def finish() -> None:
    """End of the session: the template goes, the admin connection closes."""
    if "template" in _state:
        drop_database(_with_database(server_url(), str(_state.pop("template"))))
    if "admin" in _state:
        _state.pop("admin").dispose()
