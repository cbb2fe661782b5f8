"""A PostgreSQL cluster of one test module's own (tools/pgcluster.sh), for what the shared FACILITATOR_TEST_PG server
must not see: a server stopped and started again mid-work, password logins (the shared one trusts every local user).

Skips, saying why, when PostgreSQL is not installed or cannot start.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "pgcluster.sh"
SKIP_REASON = "no PostgreSQL server could be started for this test (install PostgreSQL: apt-get install postgresql)"


class Cluster:
    """A throwaway server on a socket in its own folder; superuser `facilitator`, trusted; roles with passwords."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="facilitator-own-pg."))
        done = subprocess.run(["bash", str(SCRIPT), "start", str(self.dir)], capture_output=True, text=True,
                              timeout=300, check=False)
        if done.returncode != 0 or not done.stdout.strip():
            subprocess.run(["bash", str(SCRIPT), "stop", str(self.dir)], capture_output=True, timeout=120, check=False)
            pytest.skip(f"{SKIP_REASON}: {done.stderr.strip()}")
        self.url = done.stdout.strip()
        self.port = int((self.dir / "port").read_text())

    def url_of(self, database: str, user: str = "facilitator") -> str:
        """The URL of a database on this server (socket folder as host), without a password."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.dir}&port={self.port}"

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Statements as the superuser, outside a transaction (CREATE DATABASE, roles, grants)."""
        engine = create_engine(self.url_of(database), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                for statement in statements:
                    conn.exec_driver_sql(statement)
        finally:
            engine.dispose()

    def password_role(self, role: str, password: str) -> None:
        """A login role that must give its password (scram), with the data privileges on every database's tables."""
        self.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        hba = self.dir / "data" / "pg_hba.conf"
        hba.write_text(f"local all {role} scram-sha-256\n" + hba.read_text())
        self.execute("SELECT pg_reload_conf()")

    def pause(self) -> None:
        """Stop the server (fast shutdown: open connections are cut), keeping its data."""
        subprocess.run(["bash", str(SCRIPT), "pause", str(self.dir)], check=True, timeout=120)

    def resume(self) -> None:
        """Start it again on the same socket and port."""
        subprocess.run(["bash", str(SCRIPT), "resume", str(self.dir)], check=True, timeout=120)

    def stop(self) -> None:
        subprocess.run(["bash", str(SCRIPT), "stop", str(self.dir)], capture_output=True, timeout=120, check=False)


def office_database(cluster: Cluster, name: str, user: str | None = None) -> str:
    """A database at the current schema (created by the superuser); `user` gets the data privileges only."""
    from facilitator.store.connection import make_engine, upgrade_database

    cluster.execute(f'CREATE DATABASE "{name}"')
    engine = make_engine(cluster.url_of(name))
    upgrade_database(engine)
    engine.dispose()
    if user:
        cluster.execute(f"GRANT USAGE ON SCHEMA public TO {user}",
                        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {user}",
                        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {user}", database=name)
    return cluster.url_of(name, user or "facilitator")
