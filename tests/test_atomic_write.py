"""Every file the app writes: whole or not at all, synced before the rename, with the permissions of the umask."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from facilitator.atomic import atomic_path, write_bytes, write_text
from facilitator.export import export_meeting
from facilitator.meetingfile import write as write_meeting_file
from facilitator.meetingfile.convert import meeting_from_dict as to_meeting
from facilitator.render.signin import write_signin_sheet
from facilitator.report import ReportOptions
from facilitator.sample import load_sample
from tests.test_search import make_meeting


@pytest.fixture(params=[0o022, 0o027], ids=["umask022", "umask027"])
def umask(request) -> int:
    """Run the test under one umask (process-wide, so restored afterwards)."""
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@pytest.fixture
def report_db(engine):
    """Two stored meetings to report on."""
    for n in range(2):
        make_meeting(engine, title=f"Spotkanie {n}", day=date(2018, 6, 1 + n), items={
            "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji"), ("strength", f"Coś dobrego {n}")]})
    return engine


@pytest.mark.parametrize("fmt,magic", [("docx", b"PK"), ("pdf", b"%PDF")])
def test_exported_summary_gets_the_umask_mode(tmp_path, umask, fmt, magic):
    out = export_meeting(to_meeting(load_sample()), fmt, tmp_path / f"podsumowanie.{fmt}")
    assert out.read_bytes().startswith(magic)
    assert _mode(out) == 0o666 & ~umask
    assert _leftovers(tmp_path, {out.name}) == []


def test_meeting_file_gets_the_umask_mode(tmp_path, umask):
    out = tmp_path / "spotkanie.json"
    write_meeting_file(out, load_sample())
    assert _mode(out) == 0o666 & ~umask
    assert b"\r\n" not in out.read_bytes()


def test_signin_sheet_gets_the_umask_mode(tmp_path, umask):
    out = write_signin_sheet(to_meeting(load_sample()), tmp_path / "lista.pdf", prefilled=True)
    assert out.read_bytes().startswith(b"%PDF")
    assert _mode(out) == 0o666 & ~umask
    assert _leftovers(tmp_path, {"lista.pdf"}) == []


@pytest.mark.parametrize("fmt,magic", [("xlsx", b"PK"), ("docx", b"PK"), ("pdf", b"%PDF")])
def test_report_gets_the_umask_mode(report_db, tmp_path, umask, fmt, magic):
    from facilitator.report import write

    out = tmp_path / "out" / f"raport.{fmt}"
    out.parent.mkdir()
    write(report_db, fmt, ReportOptions(), out)
    assert out.read_bytes().startswith(magic)
    assert _mode(out) == 0o666 & ~umask
    assert _leftovers(out.parent, {out.name}) == []


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_gui_report_gets_the_umask_mode(report_db, tmp_path, umask, fmt):
    from ui.officials.report_dialog import write_report
    from ui.officials.workers import CancelToken

    out = tmp_path / "out" / f"raport.{fmt}"
    out.parent.mkdir()
    write_report(report_db, ReportOptions(), fmt, out, lambda *_: None, CancelToken())
    assert out.stat().st_size > 0
    assert _mode(out) == 0o666 & ~umask
    assert _leftovers(out.parent, {out.name}) == []


def test_a_replaced_file_gets_the_umask_mode_too(tmp_path, umask):
    """A file left owner-only by an older version becomes readable like any new file when written again."""
    out = tmp_path / "stary.pdf"
    out.write_bytes(b"old")
    out.chmod(0o600)
    write_bytes(out, b"%PDF new")
    assert out.read_bytes() == b"%PDF new"
    assert _mode(out) == 0o666 & ~umask


def test_failure_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "plik.txt"
    write_text(out, "stara treść\n")
    with pytest.raises(RuntimeError), atomic_path(out) as temp:
        temp.write_text("połowa", encoding="utf-8")
        raise RuntimeError("renderer failed half way")
    assert out.read_text(encoding="utf-8") == "stara treść\n"
    assert _leftovers(tmp_path, {"plik.txt"}) == []


def test_a_missing_folder_is_an_oserror_and_writes_nothing(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_text(tmp_path / "brak" / "plik.txt", "x")
    assert _leftovers(tmp_path, set()) == []


def test_the_data_is_synced_before_the_rename(tmp_path, monkeypatch):
    """fsync of the temporary file must come before os.replace, else a crash can leave an empty file."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src, dst) -> None:
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    out = write_bytes(tmp_path / "a.bin", b"data")
    assert out.read_bytes() == b"data"
    assert events[:2] == ["fsync", "replace"]


def test_a_database_backup_stays_owner_only(engine, db_path, tmp_path, umask):
    """A backup holds personal data: the one writer gives it exactly 0600 whatever the umask."""
    from facilitator.store.backups import copy_database

    out = copy_database(db_path, tmp_path / "kopie" / "backup.sqlite")
    assert _mode(out) == 0o600
    assert _leftovers(out.parent, {out.name}) == []
