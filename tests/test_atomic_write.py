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


def _large_meeting_file(folder: Path) -> Path:
    """A meeting big enough that its PDF takes a while: there is time to kill the export mid-write."""
    data = load_sample()
    items = data["meeting"]["sections"][0]["items"]
    items.extend({"kind": "remark", "text": f"Uwaga numer {n}: " + "zażółć gęślą jaźń " * 30} for n in range(4000))
    path = folder / "duze.json"
    path.write_text(__import__("json").dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_killed_exports_temporary_file_is_removed_by_the_next_export(tmp_path):
    """SIGKILL during an export leaves its hidden temp file; the next export to that folder removes it."""
    import signal
    import subprocess
    import sys
    import time

    if os.name == "nt":
        pytest.skip("SIGKILL is POSIX")
    source = _large_meeting_file(tmp_path)
    out = tmp_path / "wyniki"
    out.mkdir()
    command = [sys.executable, "-m", "facilitator", "export", str(source), "--format", "pdf", "-o", str(out / "m.pdf")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not [p for p in out.iterdir() if p.name.startswith(".")] and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stale = [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert stale, "the export was not killed while writing"
    assert not (out / "m.pdf").exists()

    write_bytes(out / "other.txt", b"next export")  # any later export to the same folder

    assert sorted(p.name for p in out.iterdir()) == ["other.txt"]


def test_a_running_exports_temporary_file_is_kept(tmp_path):
    """Another export still writing (its process alive) keeps its temp file; a day-old one of a live pid goes."""
    import subprocess
    import sys

    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = tmp_path / f".a.pdf.{sleeper.pid}-0123abcd.tmp"
        running.write_bytes(b"half")
        old = tmp_path / f".b.pdf.{sleeper.pid}-89abcdef.pdf.tmp"
        old.write_bytes(b"old")
        os.utime(old, (0, 0))
        mine = tmp_path / "notatka.txt.tmp"  # not ours: a file of the user's that merely looks temporary
        mine.write_bytes(b"keep")
        write_bytes(tmp_path / "c.txt", b"x")
        assert running.exists() and mine.exists()
        assert not old.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
