"""Following other officials' changes (facilitator.store.changes, ui/live.py) over a season's 300 meetings × 60 items:
what the once-a-second poll costs, what an own commit pays for being told apart, how long the start window takes to
take in another official's change; on PostgreSQL (when FACILITATOR_TEST_PG names a server, e.g. under
`bash tools/with_pg.sh`) the delay from another client's commit to poll() and what the notify triggers add to an
import of 300 meetings."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

MEETINGS = 300
ITEMS = 60


def _median_us(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1e6


def _add_items(engine, section_id: str, runs: int = 200) -> float:
    """Median ms of one add_item (one committed transaction)."""
    from facilitator import operations

    return _median_us(lambda: operations.add_item(engine, section_id=section_id, kind="remark", text="Uwaga"),
                      runs) / 1000


def _sqlite_rows(db_path: Path) -> list[dict]:
    from facilitator import operations
    from facilitator.store import open_database
    from facilitator.store.changes import watch

    engine = open_database(db_path)
    meeting = operations.create_meeting(engine, date=date(2026, 6, 1), title="Pomiar", template=True)[0].id
    section_id = operations.get_meeting(engine, meeting).sections[0].id
    bare = _add_items(engine, section_id)
    watcher = watch(engine)
    poll = _median_us(watcher.poll, 2000)
    watched = _add_items(engine, section_id)
    watcher.close()
    engine.dispose()
    return [
        {"name": "live: poll() on SQLite, nothing changed", "value": poll, "unit": "µs", "target": "≤ 1000 µs",
         "note": f"PRAGMA data_version on the watcher's own connection; {MEETINGS} × {ITEMS} database"},
        {"name": "live: add_item with the change watcher", "value": watched, "unit": "ms", "target": "≤ 10 ms",
         "note": f"{bare:.3f} ms without it (the own commit reads data_version before and after)"},
    ]


def _start_window_rows(db_path: Path) -> list[dict]:
    """The start window taking in one meeting renamed by another official (the list diffed, one row changed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from facilitator import operations
    from facilitator.store import open_database
    from ui import live
    from ui.start_window import StartWindow

    app = QApplication.instance() or QApplication([])
    engine, other = open_database(db_path), open_database(db_path)
    window = StartWindow(engine)
    window.show()
    app.processEvents()
    meeting = operations.list_meetings(engine)[MEETINGS // 2].id
    samples, unchanged = [], []
    for n in range(15):
        operations.update_meeting(other, meeting_id=meeting, title=f"Spotkanie przemianowane {n}")
        started = time.perf_counter()
        window.follow_others()
        samples.append(time.perf_counter() - started)
        unchanged.append(_median_us(window.follow_others, 1) / 1e6)
    window.close()
    live.stop()
    app.processEvents()
    engine.dispose()
    other.dispose()
    return [{"name": f"live: start window takes in another official's rename ({MEETINGS + 1} meetings)",
             "value": statistics.median(samples) * 1000, "unit": "ms", "target": "≤ 100 ms",
             "note": f"list read and diffed, one row replaced; nothing changed: "
                     f"{statistics.median(unchanged) * 1000:.1f} ms"}]


def _server_rows(server: str) -> list[dict]:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from benchmarks.datagen import generate_meeting
    from facilitator import operations
    from facilitator.meetingfile import import_data
    from facilitator.store.changes import watch
    from facilitator.store.connection import make_engine, upgrade_database

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    rows, names = [], []
    try:
        seconds = {}
        for triggers in (True, False):
            name = f"bench_live_{uuid.uuid4().hex[:8]}"
            names.append(name)
            with admin.connect() as conn:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
            url = make_url(server).set(database=name).render_as_string(hide_password=False)
            engine = make_engine(url)
            upgrade_database(engine)
            if not triggers:
                with engine.begin() as conn:
                    for table in conn.exec_driver_sql("SELECT DISTINCT event_object_table FROM "
                                                      "information_schema.triggers WHERE trigger_name = "
                                                      "'facilitator_notify_change'").scalars().all():
                        conn.exec_driver_sql(f'DROP TRIGGER facilitator_notify_change ON "{table}"')
            datas = [generate_meeting(i, ITEMS) for i in range(MEETINGS)]
            started = time.perf_counter()
            import_data(engine, datas)
            seconds[triggers] = time.perf_counter() - started
            if triggers:
                rows.append(_latency_row(engine, make_engine(url), watch, operations))
            engine.dispose()
        rows.append({"name": f"live: PostgreSQL import of {MEETINGS} × {ITEMS} with the notify triggers",
                     "value": seconds[True], "unit": "s", "target": "",
                     "note": f"{seconds[False]:.2f} s with the triggers dropped (statement-level: one notification "
                             f"per table and transaction)"})
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
    return rows


def _latency_row(engine, other, watch, operations) -> dict:
    """From another client's commit until poll() says so (the UI polls once a second on top of this)."""
    watcher = watch(engine)
    meeting = operations.list_meetings(other)[0].id
    samples = []
    for n in range(20):
        started = time.perf_counter()
        operations.update_meeting(other, meeting_id=meeting, title=f"Zmiana {n}")
        while not watcher.poll():
            time.sleep(0.0005)
        samples.append(time.perf_counter() - started)
    watcher.close()
    other.dispose()
    return {"name": "live: PostgreSQL commit by another client until poll() is true", "value":
            statistics.median(samples) * 1000, "unit": "ms", "target": "≤ 1000 ms",
            "note": f"the commit included; max {max(samples) * 1000:.1f} ms of 20"}


def run() -> list[dict]:
    """Benchmark rows for `python -m benchmarks`."""
    from benchmarks.bench_officials import populate

    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "live.sqlite"
        populate(db_path)
        rows += _sqlite_rows(db_path)
        rows += _start_window_rows(db_path)
    server = os.environ.get("FACILITATOR_TEST_PG")
    if server:
        rows += _server_rows(server)
    else:
        rows.append({"name": "live: PostgreSQL rows", "value": None, "unit": "", "note": "skipped: set "
                     "FACILITATOR_TEST_PG (e.g. `bash tools/with_pg.sh .venv/bin/python -m benchmarks live`)"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
