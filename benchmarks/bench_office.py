"""The office database side by side with SQLite: import 300 × 60, search, reports; then 8 concurrent writers.

`python -m benchmarks office`. PostgreSQL is the server of FACILITATOR_BENCH_PG (or FACILITATOR_TEST_PG), a
maintenance URL such as postgresql+psycopg://user@host/postgres on which the benchmark may CREATE and DROP its own
databases; without one it starts a throwaway cluster (tools/pgcluster.sh: fsync off, socket only) and stops it
afterwards. If neither works, the SQLite rows are measured and one row says why PostgreSQL was skipped.

The writers are 8 real processes, each importing its own meeting files one file (one transaction) at a time into
the same database, all released at once; the counts are checked afterwards (every meeting and statement once).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.bench_import import FILES, ITEMS, _files
from benchmarks.bench_search import QUERIES, _median_ms

ROOT = Path(__file__).resolve().parent.parent
WRITERS = 8
PER_WRITER = 20  # meeting files each writer imports, one transaction each
FORMATS = ("docx", "pdf", "xlsx")


# --- the server ---------------------------------------------------------------------------------------------------


@contextmanager
def server() -> Iterator[tuple[str | None, str]]:
    """(maintenance URL or None, where it comes from / why it is missing) for the length of the benchmark."""
    given = os.environ.get("FACILITATOR_BENCH_PG") or os.environ.get("FACILITATOR_TEST_PG")
    if given:
        yield given, "the server of FACILITATOR_BENCH_PG / FACILITATOR_TEST_PG"
        return
    folder = tempfile.mkdtemp(prefix="facilitator-bench-pg.")
    script = ROOT / "tools" / "pgcluster.sh"
    started = subprocess.run(["bash", str(script), "start", folder], capture_output=True, text=True, check=False)
    try:
        if started.returncode != 0:
            why = started.stderr.strip().splitlines()[-1:] or ["the cluster did not start"]
            yield None, f"PostgreSQL skipped: {why[0]} (set FACILITATOR_BENCH_PG or install PostgreSQL)"
        else:
            yield started.stdout.strip(), "a throwaway cluster (tools/pgcluster.sh: fsync and synchronous_commit off)"
    finally:
        subprocess.run(["bash", str(script), "stop", folder], capture_output=True, check=False)


@contextmanager
def pg_database(maintenance: str) -> Iterator[str]:
    """A new database at the current schema on the server (what `facilitator db upgrade` makes); dropped after."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from facilitator.store.connection import make_engine, upgrade_database

    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(maintenance, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(maintenance).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade_database(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


# --- one backend: import, search, reports ---------------------------------------------------------------------------


def _timed(fn) -> tuple[float, float]:
    """Wall and this process's CPU seconds (the server's own CPU is not in the second)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(db: str, label: str, paths: list[Path], out: Path) -> list[dict]:
    """Import the 300 files in one go, then search and write each report format, on the database `db`."""
    from facilitator.meetingfile import import_data, open_source
    from facilitator.report import ReportOptions, write
    from facilitator.search import sync
    from facilitator.store import open_database

    engine = open_database(db)
    rows = []
    try:
        results = []
        wall, cpu = _timed(lambda: results.append(import_data(engine, [open_source(p) for p in paths])))
        assert results[0].count("new") == FILES
        rows.append({"name": f"office {label}: import {FILES} meeting files × {ITEMS} items", "value": wall,
                     "unit": "s", "target": "≤ 10 s", "note": f"one transaction; client CPU {cpu:.1f} s"})
        first, _ = _timed(lambda: sync(engine))
        median, median_cpu, worst = _median_ms(engine)
        rows.append({"name": f"office {label}: search median", "value": median, "unit": "ms", "target": "≤ 50 ms",
                     "note": f"{len(QUERIES) + 1} queries × 3; client CPU median {median_cpu:.1f} ms; slowest "
                             f"{worst:.0f} ms; index brought up to date first in {first:.1f} s"})
        for fmt in FORMATS:
            target = out / f"{label.lower()}.{fmt}"
            wall, cpu = _timed(lambda fmt=fmt, target=target: write(engine, fmt, ReportOptions(), target))
            rows.append({"name": f"office {label}: report {fmt.upper()}", "value": wall, "unit": "s", "target": "",
                         "note": f"{target.stat().st_size // 1024} KiB; client CPU {cpu:.1f} s"})
    finally:
        engine.dispose()
    return rows


# --- 8 writers at once ---------------------------------------------------------------------------------------------


def writer(db: str, paths: list[str]) -> None:
    """One writer process: say "ready", wait for "go", import each file in its own transaction, report as JSON."""
    from facilitator.meetingfile import import_data, open_source, plan_import
    from facilitator.store import open_database

    sources = [open_source(p) for p in paths]
    engine = open_database(db)
    plan_import(engine, sources[:1])  # warm: the validator and merge code loaded before the clock starts
    print("ready", flush=True)
    sys.stdin.readline()
    imported, errors = 0, []
    for source in sources:
        try:
            imported += import_data(engine, [source]).count("new")
        except Exception as exc:  # noqa: BLE001 - every failure is counted and shown (errors must be 0)
            errors.append(f"{type(exc).__name__}: {exc}")
    finished = time.time()
    engine.dispose()
    print(json.dumps({"imported": imported, "errors": errors, "finished": finished}), flush=True)


def _counts(db: str) -> tuple[int, int, int]:
    """Meetings, statements, and distinct statement ids stored."""
    from sqlalchemy import func, select

    from facilitator.model import Item, Meeting
    from facilitator.store import open_database

    engine = open_database(db)
    try:
        with engine.connect() as conn:
            return (conn.execute(select(func.count()).select_from(Meeting)).scalar_one(),
                    conn.execute(select(func.count()).select_from(Item)).scalar_one(),
                    conn.execute(select(func.count(Item.id.distinct()))).scalar_one())
    finally:
        engine.dispose()


def concurrent(db: str, label: str, paths: list[Path]) -> dict:
    """WRITERS processes, PER_WRITER different files each, released at the same moment; throughput and checks."""
    from facilitator.store import open_database

    open_database(db).dispose()  # the schema exists before the writers start (an administrator's upgrade on PG)
    slices = [paths[n * PER_WRITER:(n + 1) * PER_WRITER] for n in range(WRITERS)]
    procs = [subprocess.Popen([sys.executable, "-m", "benchmarks.bench_office", "writer", db, *map(str, part)],
                              cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for part in slices]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    go = time.time()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    reports = [json.loads(proc.communicate(timeout=900)[0].strip().splitlines()[-1]) for proc in procs]
    wall = max(r["finished"] for r in reports) - go
    errors = [e for r in reports for e in r["errors"]] + [f"exit {p.returncode}" for p in procs if p.returncode]
    meetings = WRITERS * PER_WRITER
    stored = _counts(db)
    imported = sum(r["imported"] for r in reports)
    once = stored == (imported, imported * ITEMS, imported * ITEMS)  # what was reported imported, nothing twice
    note = (f"{WRITERS} processes × {PER_WRITER} files, one transaction each; {len(errors)} errors; {stored[0]} of "
            f"{meetings} meetings and {stored[1]} statements stored ({'each once' if once else 'COUNTS DIFFER'})")
    if errors:
        note += f"; first error: {errors[0][:120]}"
    return {"name": f"office {label}: {WRITERS} concurrent writers", "value": meetings / wall, "unit": "meetings/s",
            "target": "0 errors", "note": f"{note}; {wall:.1f} s in all"}


def run() -> list[dict]:
    """Benchmark rows for `python -m benchmarks office`: SQLite then PostgreSQL for each step, then the writers."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp, server() as (maintenance, origin):
        folder = Path(tmp)
        paths = _files(folder)
        rows += measure(str(folder / "office.sqlite"), "SQLite", paths, folder)
        if maintenance:
            with pg_database(maintenance) as url:
                rows += measure(url, "PostgreSQL", paths, folder)
        rows.append(concurrent(str(folder / "writers.sqlite"), "SQLite", paths))
        if maintenance:
            with pg_database(maintenance) as url:
                rows.append(concurrent(url, "PostgreSQL", paths))
        rows.append({"name": "office: PostgreSQL server", "value": None, "unit": "", "target": "", "note": origin})
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["writer"]:
        writer(sys.argv[2], sys.argv[3:])
    else:
        for row in run():
            print(row)
