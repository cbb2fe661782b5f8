"""Two officials importing at once into the office database: two real processes against the real server.

Different files: every statement stored once. The same file: one process adds it, the other finds it unchanged
(or, if it lost the race, says so in one line and a second run finds it unchanged); never a duplicate.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from tests import pgserver
from tests.test_office_database import _corpus

pytestmark = pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)
ROUNDS = 2


def _start(db: str, *files) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "facilitator", "import", *map(str, files), "--db", db],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _counts(url: str) -> tuple[int, int, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() for table in
                         ("meeting", "item", "search_queue"))
    finally:
        engine.dispose()


@pytest.fixture
def office(tmp_path):
    url = pgserver.fresh_database()
    files = []
    for number, meeting in enumerate(_corpus()):
        path = tmp_path / f"m{number}.json"
        path.write_text(json.dumps(meeting, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    yield url, files
    pgserver.drop_database(url)


def test_two_officials_import_different_files_at_once(office):
    url, files = office
    runs = [_start(url, *files[:4]), _start(url, *files[4:])]
    outcomes = [(run.wait(120), *run.communicate()) for run in runs]
    assert [code for code, _, _ in outcomes] == [0, 0], outcomes
    assert all(line.split(": ", 1)[1].startswith("added") for _, out, _ in outcomes for line in out.splitlines())
    assert _counts(url)[:2] == (8, _statements(_corpus()))


def _statements(meetings: list[dict]) -> int:
    return sum(len(section["items"]) for meeting in meetings for section in meeting["meeting"]["sections"])


def test_two_officials_import_the_same_file_at_once(office):
    url, files = office
    for round_ in range(ROUNDS):
        chosen = files[round_ * 2 : round_ * 2 + 2]
        runs = [_start(url, *chosen) for _ in range(2)]
        outcomes = [(run.wait(120), *run.communicate()) for run in runs]
        assert [code for code, _, _ in outcomes] == [0, 0], outcomes
        assert all(err == "" for _, _, err in outcomes), outcomes
        words = sorted(line.split(": ", 1)[1].split()[0] for _, out, _ in outcomes for line in out.splitlines())
        assert words == ["added", "added", "unchanged", "unchanged"], outcomes
    imported = _corpus()[: ROUNDS * 2]
    assert _counts(url)[:2] == (len(imported), _statements(imported))
