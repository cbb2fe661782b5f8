"""Outputs never overwrite what they read: the database, its -wal/-shm, an input file; symlinks and hard links too."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.sample import load_sample

MEETING = load_sample()["meeting"]["id"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seeded(tmp_path, capsys) -> Path:
    """A real database with the sample meeting, its WAL checkpointed so the file itself holds the data."""
    db = tmp_path / "db.sqlite"
    assert main(["sample", "-o", str(tmp_path / "m.json")]) == 0
    assert main(["import", str(tmp_path / "m.json"), "--db", str(db)]) == 0
    capsys.readouterr()
    return db


def _refused(capsys, argv: list[str], *protected: Path) -> str:
    before = {p: _digest(p) for p in protected}
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and "nothing was written" in err, err
    assert {p: _digest(p) for p in protected} == before
    return err


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_dump_report_export_refuse_the_database_and_its_sidecars(seeded, capsys, suffix):
    target = str(seeded) + suffix
    db = ["--db", str(seeded)]
    _refused(capsys, ["dump", "--meeting", MEETING, "-o", target, *db], seeded)
    _refused(capsys, ["report", "--format", "xlsx", "-o", target, *db], seeded)
    _refused(capsys, ["export", "--meeting", MEETING, "--format", "pdf", "-o", target, *db], seeded)
    assert main(["list", *db]) == 0 and MEETING in capsys.readouterr().out


def test_symlinks_and_hard_links_to_the_database_are_refused(seeded, tmp_path, capsys):
    soft = tmp_path / "soft.docx"
    soft.symlink_to(seeded)
    hard = tmp_path / "hard.pdf"
    os.link(seeded, hard)
    db = ["--db", str(seeded)]
    for target in (soft, hard):
        _refused(capsys, ["dump", "--meeting", MEETING, "-o", str(target), *db], seeded)
        _refused(capsys, ["report", "--format", "pdf", "-o", str(target), *db], seeded)
        _refused(capsys, ["export", "--meeting", MEETING, "--format", "docx", "-o", str(target), *db], seeded)
        _refused(capsys, ["db", "backup", "-o", str(target), *db], seeded)
    assert main(["list", *db]) == 0


def test_export_refuses_to_overwrite_its_input_file(tmp_path, capsys):
    source = tmp_path / "m.json"
    assert main(["sample", "-o", str(source)]) == 0
    alias = tmp_path / "alias.json"
    alias.symlink_to(source)
    hard = tmp_path / "hard.json"
    os.link(source, hard)
    for target in (source, alias, hard):
        err = _refused(capsys, ["export", str(source), "--format", "pdf", "-o", str(target)], source)
        assert "input file" in err
    assert main(["import", str(source), "--db", str(tmp_path / "db.sqlite")]) == 0


def test_core_writers_refuse_the_open_database_in_the_gui_process(seeded):
    """The GUI's save dialogs call these writers: each refuses the database this process has open."""
    from facilitator import meetingfile
    from facilitator.export import export_meeting
    from facilitator.operations import get_meeting
    from facilitator.render.base import ExportError
    from facilitator.render.signin import SignInError, write_signin_sheet
    from facilitator.store import open_database

    engine = open_database(seeded)
    before = _digest(seeded)
    meeting = get_meeting(engine, MEETING)
    link = seeded.parent / "link.pdf"
    link.symlink_to(seeded)
    with pytest.raises(ExportError, match="is the database"):
        export_meeting(meeting, "pdf", link)
    with pytest.raises(meetingfile.MeetingFileError, match="is the database"):
        meetingfile.write(seeded, meetingfile.dump(engine, MEETING))
    with pytest.raises(SignInError, match="is the database"):
        write_signin_sheet(meeting, str(seeded) + "-wal")
    engine.dispose()
    assert _digest(seeded) == before
