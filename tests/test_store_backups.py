"""Private database files, and backups: made with SQLite's backup API, rotated, listed, restored."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.meetingfile import import_data
from facilitator.sample import load_sample
from facilitator.store import open_database
from facilitator.store.backups import KEEP_RECENT, backup_folder, list_backups, make_backup, prune


def test_a_new_database_is_private_and_an_old_one_is_tightened(tmp_path):
    db = tmp_path / "new" / "data" / "db.sqlite"
    open_database(db).dispose()
    assert db.stat().st_mode & 0o777 == 0o600
    assert db.parent.stat().st_mode & 0o777 == 0o700
    db.chmod(0o644)
    open_database(db).dispose()
    assert db.stat().st_mode & 0o777 == 0o600


def test_the_default_data_folder_is_tightened(tmp_path):
    from facilitator.store import default_db_path

    folder = default_db_path().parent
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    open_database().dispose()
    assert folder.stat().st_mode & 0o777 == 0o700 and default_db_path().stat().st_mode & 0o777 == 0o600


def _stamped(folder: Path, stem: str, when: datetime, why: str = "daily") -> Path:
    path = folder / f"{stem}-{when:%Y%m%d-%H%M%S}-{why}.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("create table meeting (id text)")
    return path


def test_rotation_keeps_the_last_ten_and_three_monthly(tmp_path):
    db = tmp_path / "db.sqlite"
    folder = backup_folder(db)
    folder.mkdir()
    old = [_stamped(folder, "db", datetime(2026, month, 15, 9, 0, tzinfo=UTC)) for month in range(1, 8)]
    recent = [_stamped(folder, "db", datetime(2026, 9, day, 9, 0, tzinfo=UTC)) for day in range(1, 15)]
    foreign = folder / "notes.sqlite"
    foreign.write_text("not ours")
    removed = prune(db)
    kept = {b.path for b in list_backups(db, count=False)}
    assert kept == set(recent[-KEEP_RECENT:]) | {old[-1], old[-2], old[-3]}  # September's ten, then Jul, Jun, May
    assert len(kept) == KEEP_RECENT + 3 and foreign.exists() and all(not p.exists() for p in removed)


def test_cli_backup_list_and_restore_a_damaged_database(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    engine = open_database(db)
    import_data(engine, [load_sample()])
    engine.dispose()
    assert main(["db", "backup", "--db", str(db)]) == 0
    backup = list_backups(db)[0]
    assert backup.meetings == 1 and backup.path.stat().st_mode & 0o777 == 0o600
    assert backup.path.parent.stat().st_mode & 0o777 == 0o700
    assert main(["db", "backups", "--db", str(db)]) == 0
    assert "1 meeting " in capsys.readouterr().out
    damaged = (backup.path.read_bytes()[:4096] + b"\xa5" * 8192)
    db.write_bytes(damaged)
    os.unlink(str(db) + "-wal") if Path(str(db) + "-wal").exists() else None
    assert main(["list", "--db", str(db)]) == 2
    assert "facilitator db restore" in capsys.readouterr().err
    assert main(["db", "restore", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert kept and kept[0].read_bytes() == damaged  # the damaged file is kept aside, never deleted
    assert main(["list", "--db", str(db)]) == 0 and "Podsumowanie" in capsys.readouterr().out


def test_restore_skips_a_damaged_backup_and_a_bulk_import_is_backed_up_first(tmp_path):
    from facilitator.store.backups import restore

    db = tmp_path / "db.sqlite"
    engine = open_database(db)
    import_data(engine, [load_sample()])
    good = make_backup(db)
    more = [{"format": "facilitator-meeting", "version": 1, "meeting": {
        "id": f"{n}c1e2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "title": f"Spotkanie {n}", "date": "2026-04-01",
        "sections": []}} for n in range(2)]
    before = len(list_backups(db))
    import_data(engine, more)
    imports = [b for b in list_backups(db) if b.why == "import"]
    assert len(list_backups(db)) == before + 1 and imports and imports[0].meetings == 1
    engine.dispose()
    newest = list_backups(db)[0].path
    newest.write_bytes(b"garbage" * 1000)
    done = restore(db)
    assert done.backup in (good, imports[0].path) and done.backup != newest


def test_an_older_schema_is_backed_up_before_the_migration(tmp_path):
    from facilitator.store.connection import make_engine
    from facilitator.store.migrate import upgrade

    db = tmp_path / "db.sqlite"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine, "0001")
    engine.dispose()
    open_database(db).dispose()
    assert [b.why for b in list_backups(db)] == ["migration"]


@pytest.mark.parametrize("target", ["db.sqlite", "db.sqlite-wal"])
def test_a_backup_never_goes_over_the_database(tmp_path, capsys, target):
    db = tmp_path / "db.sqlite"
    open_database(db).dispose()
    assert main(["db", "backup", "--db", str(db), "-o", str(tmp_path / target)]) == 2
    assert "is the database" in capsys.readouterr().err
