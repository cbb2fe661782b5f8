"""Connecting to the office database: the URL without a password, ~/.pgpass as libpq reads it, a connection check
that names what is wrong, and a server that goes away mid-work (one line, nothing committed lost, the next use
reconnects).

The checks run against the shared test server (FACILITATOR_TEST_PG); password logins and the restart need a server
of their own (tests/own_cluster.py), started once for this module.
"""

from __future__ import annotations

import os
import stat
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from facilitator import operations
from facilitator.cli import main
from facilitator.store import open_database
from facilitator.store.errors import ConnectionLost, DatabaseError, translate
from facilitator.store.office import (
    OfficeTarget,
    check_connection,
    pgpass_line,
    pgpass_path,
    remember_password,
    target_of,
)
from facilitator.store.paths import server_label
from tests import pgserver
from tests.own_cluster import Cluster, office_database

needs_server = pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)


# --- the URL and its label ------------------------------------------------------------------------------------------


def test_the_url_carries_no_password_and_comes_back_as_the_same_fields():
    target = OfficeTarget(host="db.urzad.local", port=5433, database="konsultacje", user="ola.nowak@urzad",
                          sslmode="require")
    url = target.url()
    assert url == "postgresql+psycopg://ola.nowak%40urzad@db.urzad.local:5433/konsultacje?sslmode=require"
    assert target_of(url) == target
    assert target.label() == "db.urzad.local:5433/konsultacje"
    assert OfficeTarget(host="db", database="f", user="ola").label() == "db/f"  # the default port is not shown


def test_a_socket_folder_goes_into_the_query():
    target = OfficeTarget(host="/run/postgresql", database="facilitator", user="ola")
    assert target.url() == "postgresql+psycopg://ola@/facilitator?host=/run/postgresql&port=5432&sslmode=prefer"
    assert target_of(target.url()) == target
    assert server_label(target.url()) == "/run/postgresql/facilitator"


def test_only_server_urls_have_fields():
    assert target_of("") is None
    assert target_of("/home/ola/facilitator.sqlite") is None
    assert target_of("sqlite:////home/ola/facilitator.sqlite") is None


# --- ~/.pgpass --------------------------------------------------------------------------------------------------------


def test_the_password_file_is_private_and_escaped_as_libpq_reads_it(tmp_path, monkeypatch):
    monkeypatch.delenv("PGPASSFILE", raising=False)
    assert pgpass_path() == Path.home() / ".pgpass"
    chosen = tmp_path / "hasla" / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(chosen))
    assert pgpass_path() == chosen
    target = OfficeTarget(host="db.urzad.local", database="facilitator", user="ola")
    written = remember_password(target, "ta:jne\\hasło")
    assert written == chosen
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o600
    assert chosen.read_text(encoding="utf-8") == "db.urzad.local:5432:facilitator:ola:ta\\:jne\\\\hasło\n"


def test_a_new_password_replaces_the_line_of_the_same_server_database_and_user(tmp_path, monkeypatch):
    chosen = tmp_path / "pgpass"
    chosen.write_text("# biuro\ndb.urzad.local:5432:facilitator:ola:stare\nother:5432:*:ola:inne\n"
                      "db.urzad.local:5432:facilitator:jan:jana\n", encoding="utf-8")
    os.chmod(chosen, 0o644)
    monkeypatch.setenv("PGPASSFILE", str(chosen))
    remember_password(OfficeTarget(host="db.urzad.local", database="facilitator", user="ola"), "nowe")
    assert chosen.read_text(encoding="utf-8").splitlines() == [
        "# biuro", "other:5432:*:ola:inne", "db.urzad.local:5432:facilitator:jan:jana",
        "db.urzad.local:5432:facilitator:ola:nowe"]
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o600


def test_an_unwritable_password_file_is_one_line(tmp_path, monkeypatch):
    blocker = tmp_path / "plik"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(blocker / "pgpass"))  # its folder is a file
    with pytest.raises(DatabaseError, match="the password file .* cannot be written"):
        remember_password(OfficeTarget(host="db", database="f", user="ola"), "x")


# --- the connection check on the shared test server ------------------------------------------------------------------


@needs_server
def test_a_good_url_connects(server_database):
    assert check_connection(server_database)[:1].isdigit()


@needs_server
def test_a_missing_database_is_named(server_database):
    from sqlalchemy.engine import make_url

    missing = make_url(server_database).set(database="nie_ma_takiej").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError) as raised:
        check_connection(missing)
    assert str(raised.value) == f"there is no database nie_ma_takiej on the server {server_label(missing)}"


@needs_server
def test_a_database_without_the_schema_needs_the_administrator():
    url = pgserver.empty_database()
    try:
        with pytest.raises(DatabaseError, match=r"needs an upgrade \(schema none\); an administrator runs "
                                                r"`facilitator db upgrade --db URL`"):
            check_connection(url)
    finally:
        pgserver.drop_database(url)


@needs_server
def test_a_role_without_data_privileges_is_told_so(server_database):
    from sqlalchemy.engine import make_url

    role = f"bez_praw_{uuid.uuid4().hex[:8]}"
    pgserver.execute(f"CREATE ROLE {role} LOGIN")
    try:
        url = make_url(server_database).set(username=role).render_as_string(hide_password=False)
        with pytest.raises(DatabaseError) as raised:
            check_connection(url)
        assert str(raised.value) == (f"the user {role} may not read and write the database {server_label(url)}; the "
                                     "administrator grants the data privileges (docs/office-database.md)")
    finally:
        pgserver.drop_database(server_database)
        pgserver.execute(f"DROP ROLE {role}")


# --- a server of our own: passwords, and a restart mid-work ----------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    own = Cluster()
    own.password_role("urzednik", "Tajne:hasło\\1")
    yield own
    own.stop()


@pytest.mark.xdist_group("own_cluster")
def test_a_wrong_password_is_refused_and_the_right_one_from_pgpass_is_used(cluster, tmp_path, monkeypatch):
    url = office_database(cluster, "hasla", user="urzednik")
    name = server_label(url)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    with pytest.raises(DatabaseError) as raised:
        check_connection(url, password="zle")
    assert str(raised.value) == (f"the server {name} refused the user urzednik: wrong user name or password (or no "
                                 "password given)")
    with pytest.raises(DatabaseError, match="refused the user urzednik"):
        check_connection(url)  # no password at all, none in the file yet
    assert check_connection(url, password="Tajne:hasło\\1")
    target = target_of(url)
    remember_password(target, "Tajne:hasło\\1")
    assert (tmp_path / "pgpass").read_text(encoding="utf-8") == pgpass_line(target, "Tajne:hasło\\1") + "\n"
    assert check_connection(url)  # libpq read the escaped line
    engine = open_database(url)  # as the app opens it: the password from the file, none in the URL
    try:
        operations.create_meeting(engine, date=date(2026, 11, 30), title="Z hasłem z pliku")
        assert [row.title for row in operations.list_meetings(engine)] == ["Z hasłem z pliku"]
    finally:
        engine.dispose()


@pytest.mark.xdist_group("own_cluster")
def test_a_server_restart_mid_work_loses_nothing_and_the_next_use_reconnects(cluster, capsys):
    url = office_database(cluster, "restart")
    name = server_label(url)
    engine = open_database(url)
    try:
        kept = operations.create_meeting(engine, date=date(2026, 11, 30), title="Zapisane przed awarią")[0].id
        cluster.pause()
        try:
            with pytest.raises(ConnectionLost) as raised:
                operations.create_meeting(engine, date=date(2026, 11, 30), title="W czasie awarii")
            message = str(raised.value)
            assert message.startswith(f"lost the connection to the database server {name} (")
            assert message.endswith("; nothing already saved was lost, try again when the server is back")
            assert "\n" not in message and raised.value.name == name
            with pytest.raises(OperationalError) as read_failed:  # a read: SQLAlchemy's error, mapped where shown
                operations.list_meetings(engine)
            assert isinstance(translate(read_failed.value, name), ConnectionLost)
            assert main(["list", "--db", url]) == 2  # the CLI while the server is down: one line, exit 2
            err = capsys.readouterr().err
            assert err.startswith(f"error: the server {name} cannot be reached: ")
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
        finally:
            cluster.resume()
        added = operations.create_meeting(engine, date=date(2026, 11, 30), title="Po powrocie serwera")[0].id
        rows = {row.id: row.title for row in operations.list_meetings(engine)}
        assert rows == {kept: "Zapisane przed awarią", added: "Po powrocie serwera"}
    finally:
        engine.dispose()


@pytest.mark.parametrize(("given", "kept"), [
    ("postgresql://ola:tajne@db.urzad.local:5432/facilitator?sslmode=require&password=x",
     "postgresql://ola@db.urzad.local:5432/facilitator?sslmode=require"),
    ("postgresql+psycopg://ola@db.urzad.local/facilitator", "postgresql+psycopg://ola@db.urzad.local/facilitator"),
    ("/home/ola/urzad.sqlite", "/home/ola/urzad.sqlite"),
])
def test_a_remembered_address_never_keeps_a_password(given, kept):
    from facilitator.store.paths import without_password

    assert without_password(given) == kept
