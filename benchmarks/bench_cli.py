"""Whole-process timings of the `facilitator` command: start-up and listing 300 meetings."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _time_process(args: list[str], runs: int = 7) -> float:
    """Median wall time of a whole process, after one warm-up run."""
    subprocess.run(args, check=True, capture_output=True)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _populated_db(folder: Path, meetings: int = 300, items: int = 60) -> Path:
    from benchmarks.datagen import generate_meeting
    from facilitator.meetingfile import import_data
    from facilitator.store import open_database

    db = folder / "bench.sqlite"
    engine = open_database(db)
    import_data(engine, [generate_meeting(i, items=items) for i in range(meetings)])
    engine.dispose()
    return db


def run() -> list[dict]:
    exe = [sys.executable, "-m", "facilitator"]
    rows = [{"name": "`facilitator --version`, whole process", "value": _time_process([*exe, "--version"]),
             "unit": "s", "target": "≤ 0.3 s"}]
    with tempfile.TemporaryDirectory() as tmp:
        db = _populated_db(Path(tmp))
        rows.append({"name": "`facilitator list` on 300 meetings × 60 items, whole process",
                     "value": _time_process([*exe, "list", "--db", str(db)]), "unit": "s", "target": "≤ 1 s"})
        started = time.perf_counter()
        from facilitator.store import open_database

        engine = open_database(db)
        with engine.connect() as conn:
            conn.exec_driver_sql("select count(*) from item").scalar()
        rows.append({"name": "open the 300-meeting database (migrations checked)",
                     "value": time.perf_counter() - started, "unit": "s", "target": "—"})
    return rows
