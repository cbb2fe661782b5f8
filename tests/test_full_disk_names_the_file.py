"""A full disk while writing an export or a report: one line that names the user's own file, never the hidden
temporary file it was being written to (`.NAME.PID-xxxxxxxx.tmp`), and nothing left behind.

The disk fills up for real in a child process: RLIMIT_FSIZE makes every write past 64 kB fail (EFBIG), as a full
disk does (ENOSPC); the database is only read, so it still opens. Every format of both report kinds and of a
meeting's export is written; the GUI's report dialog shows the same line (tests/ui/test_report_full_disk.py).
"""

from __future__ import annotations

import json
import random
import re
import resource
import subprocess
import sys

import pytest

from facilitator.meetingfile import import_data
from facilitator.sample import load_sample
from facilitator.store import open_database

HIDDEN_TEMP = re.compile(r"\.[^/\\\s]+\.\d+-[0-9a-f]{8}")  # atomic.py's temp names: .NAME.PID-XXXXXXXX.suffix
LIMIT = 64 * 1024
VOCABULARY = ("lokale", "dotacje", "mieszkańcy", "organizacje", "konsultacje", "zieleń", "park", "szkoła", "boisko",
              "rada", "dzielnica", "budżet", "ścieżka", "rowerowa", "seniorzy", "młodzież", "kultura", "przestrzeń")


def _big_meeting() -> dict:
    """The sample with 300 more statements of varied words: every report and export of it is larger than LIMIT."""
    data = load_sample()
    rng = random.Random(7)
    items = data["meeting"]["sections"][0]["items"]
    for _ in range(300):
        items.append({"kind": "proposal",
                      "text": " ".join(rng.choice(VOCABULARY) + str(rng.randrange(1000)) for _ in range(40))})
    return data


def _fill_at_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("full")
    engine = open_database(folder / "db.sqlite")
    import_data(engine, [_big_meeting()])
    engine.dispose()
    source = folder / "m.json"
    source.write_text(json.dumps(_big_meeting(), ensure_ascii=False), encoding="utf-8")
    return folder / "db.sqlite", source


def _run(argv: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "facilitator", *argv], check=False, capture_output=True, text=True,
                          preexec_fn=_fill_at_limit, timeout=300)


def _assert_one_line_naming(done: subprocess.CompletedProcess, out) -> None:
    assert done.returncode == 2, done.stderr
    err = done.stderr
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert str(out) in err, err  # the whole path the user gave
    assert not HIDDEN_TEMP.search(err) and ".tmp" not in err, err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert list(out.parent.iterdir()) == []  # no half file, no temp file


@pytest.mark.parametrize("kind", ["consolidated", "consultation"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_a_report_on_a_full_disk_names_the_report_file(database, tmp_path, kind, fmt):
    db, _source = database
    out = tmp_path / "raporty" / f"raport {kind}.{fmt}"
    out.parent.mkdir()
    done = _run(["report", "--kind", kind, "--db", str(db), "-o", str(out)])
    _assert_one_line_naming(done, out)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_export_on_a_full_disk_names_the_exported_file(database, tmp_path, fmt):
    _db, source = database
    out = tmp_path / "eksport" / f"podsumowanie.{fmt}"
    out.parent.mkdir()
    done = _run(["export", str(source), "--format", fmt, "-o", str(out)])
    _assert_one_line_naming(done, out)


def test_an_os_error_about_the_temporary_file_names_the_target(tmp_path):
    """Whatever shows an OSError from an atomic write (the CLI's last resort, a GUI dialog) shows the user's file."""
    import errno
    import os

    from facilitator.atomic import atomic_path

    target = tmp_path / "raport.pdf"
    with pytest.raises(OSError) as caught, atomic_path(target) as temp:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(temp))
    assert caught.value.filename == str(target) and str(target) in str(caught.value)
    assert not HIDDEN_TEMP.search(str(caught.value)) and list(tmp_path.iterdir()) == []
