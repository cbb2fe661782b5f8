"""Two identical imports at once, as two real processes: one stores the meeting, the other finds it unchanged.

Found by running it: on a new database both processes created the tables ("table meeting already exists"),
and the preview read the database statement by statement, so a meeting committed in between was seen
without its header (a bare KeyError naming the meeting's id).
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import event

from facilitator.meetingfile import import_data, plan_import
from facilitator.sample import load_sample
from facilitator.store import open_database

ROUNDS = 10


def _start(source, db):
    return subprocess.Popen([sys.executable, "-m", "facilitator", "import", str(source), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("fresh", [True, False], ids=["new database", "existing database"])
def test_two_identical_imports_at_once_in_two_processes(tmp_path, fresh):
    source = tmp_path / "m.json"
    assert subprocess.run([sys.executable, "-m", "facilitator", "sample", "-o", str(source)], check=False).returncode == 0
    for round_ in range(ROUNDS // 2):
        db = tmp_path / f"db{round_}.sqlite"
        if not fresh:
            open_database(db).dispose()
        runs = [_start(source, db) for _ in range(2)]
        outcomes = [(run.wait(120), *run.communicate()) for run in runs]
        assert [code for code, _, _ in outcomes] == [0, 0], outcomes
        words = sorted(out.split(": ", 1)[1].split()[0] for _, out, _ in outcomes)
        assert words == ["added", "unchanged"], outcomes
        assert all(err == "" for _, _, err in outcomes), outcomes
        engine = open_database(db)
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("select count(*) from meeting").scalar() == 1
        finally:
            engine.dispose()


def test_the_preview_reads_one_snapshot_while_another_process_imports(engine, db_url):
    """Deterministic form of the race: the other import commits right after the preview read the meeting table."""
    other = open_database(db_url)
    fired: list[bool] = []

    def meanwhile(conn, cursor, statement, *args) -> None:
        if not fired and "FROM meeting" in statement:
            fired.append(True)
            import_data(other, [load_sample()])

    event.listen(engine, "after_cursor_execute", meanwhile)
    try:
        plan = plan_import(engine, [load_sample()])
    finally:
        event.remove(engine, "after_cursor_execute", meanwhile)
        other.dispose()
    assert fired and plan.meetings[0].status == "new"  # what the snapshot held: no meeting yet, and no error
