"""Damaged and foreign databases: one clean line and exit 2 from every command, and the file is never modified."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.sample import load_sample

MEETING = load_sample()["meeting"]["id"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commands(tmp_path: Path, db: Path) -> list[list[str]]:
    source = tmp_path / "m.json"
    if not source.exists():
        assert main(["sample", "-o", str(source)]) == 0
    out = str(tmp_path / "out")
    return [
        ["list"],
        ["import", str(source)],
        ["import", "--dry-run", str(source)],
        ["dump", "--meeting", MEETING, "-o", out + ".json"],
        ["export", "--meeting", MEETING, "--format", "pdf", "-o", out + ".pdf"],
        ["report", "--format", "pdf", "-o", out + ".pdf"],
        ["report", "--format", "xlsx", "-o", out + ".xlsx"],
        ["db", "backup"],
    ]


def _every_command_refuses(tmp_path, capsys, db: Path, words: str) -> None:
    before = _digest(db)
    for argv in _commands(tmp_path, db):
        capsys.readouterr()
        assert main([*argv, "--db", str(db)]) == 2, argv
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1, (argv, captured)
        assert captured.err.startswith("error: ") and words in captured.err, (argv, captured.err)
        assert "Traceback" not in captured.err and "[SQL:" not in captured.err
        assert _digest(db) == before, argv


def test_another_programs_database_with_a_meeting_table_is_refused_and_untouched(tmp_path, capsys):
    other = tmp_path / "crm.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("create table meeting (id text primary key, title text)")
        conn.execute("insert into meeting values ('1', 'Zarząd')")
    other.chmod(0o644)
    _every_command_refuses(tmp_path, capsys, other, "is not a Facilitator database")
    with sqlite3.connect(other) as conn:
        tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    assert tables == {"meeting"}  # no alembic_version written into it
    assert other.stat().st_mode & 0o777 == 0o644


def test_random_bytes_are_refused_with_how_to_restore(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(bytes(range(256)) * 20)
    _every_command_refuses(tmp_path, capsys, bad, "facilitator db restore")


def _malformed(tmp_path: Path, capsys) -> Path:
    """A real database whose table pages were overwritten (a disk fault): the header still reads."""
    db = tmp_path / "db.sqlite"
    source = tmp_path / "m.json"
    assert main(["sample", "-o", str(source)]) == 0
    assert main(["import", str(source), "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
        page = conn.execute("pragma page_size").fetchone()[0]
    capsys.readouterr()
    with open(db, "r+b") as handle:
        handle.seek(page * 4)
        handle.write(b"\xa5" * page * 12)
    return db


def test_a_malformed_database_gives_one_line_from_every_command(tmp_path, capsys):
    db = _malformed(tmp_path, capsys)
    _every_command_refuses(tmp_path, capsys, db, "facilitator db restore")


def test_import_into_a_database_damaged_elsewhere_refuses(tmp_path, capsys):
    """The damage is in pages the import would not read: the quick check still stops it from writing."""
    from facilitator.meetingfile import MeetingFileError, import_data
    from facilitator.store import DatabaseError, open_database

    db = tmp_path / "db.sqlite"
    engine = open_database(db)
    with engine.begin() as conn:  # a big unrelated index whose pages we then damage
        conn.exec_driver_sql("create table filler (x text)")
        conn.exec_driver_sql("insert into filler select hex(randomblob(200)) from "
                             "(with recursive n(i) as (select 1 union all select i+1 from n where i<2000) select i from n)")
        conn.exec_driver_sql("create index filler_x on filler(x)")
    with engine.connect() as conn:
        root = conn.exec_driver_sql("select rootpage from sqlite_master where name='filler_x'").scalar()
        page = conn.exec_driver_sql("pragma page_size").scalar()
        conn.exec_driver_sql("pragma wal_checkpoint(truncate)")
    engine.dispose()
    with open(db, "r+b") as handle:
        handle.seek(page * (root - 1))
        handle.write(b"\x0d\xff\xff" * 40)
    before = _digest(db)
    engine = open_database(db)
    with pytest.raises((DatabaseError, MeetingFileError), match="facilitator db restore"):
        import_data(engine, [load_sample()])
    engine.dispose()
    assert _digest(db) == before
