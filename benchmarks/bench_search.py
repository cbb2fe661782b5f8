"""Officials' search over 18,000 statements: index build (stems included) and median latency of typical queries.

Inflected Polish and English forms, a meeting's title or venue, filters. `python -m benchmarks search`.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.bench_officials import ITEMS, MEETINGS, populate

QUERIES = ("lokal", "lokali", "organizacje pozarządowe", "organizacji pozarzadowych", "konkursów", "Łódź",
           "KONSULTACJE spoleczne", "wymaga przejrzystszych", "mała dot", "szkolenia", "seniorow", "policies",
           "spotkanie konsultacyjne", "gdanska")


def _median_ms(engine, rounds: int = 3) -> tuple[float, float, float]:
    """Median wall and CPU milliseconds per search (CPU shows the code's own cost on a shared machine), slowest."""
    from facilitator.search import Filters, search

    walls, cpus = [], []
    runs = [lambda q=q: search(engine, q) for q in QUERIES]
    runs.append(lambda: search(engine, "lokal", filters=Filters(date_from=date(2018, 6, 1), kind="weakness")))
    for _ in range(rounds):
        for run_one in runs:
            wall, cpu = time.perf_counter(), time.process_time()
            run_one()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000, max(walls) * 1000


def run() -> list[dict]:
    """Benchmark rows for `python -m benchmarks`."""
    from facilitator.search import reindex
    from facilitator.store import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "search.sqlite"
        populate(db_path)
        engine = open_database(db_path)
        started, cpu = time.perf_counter(), time.process_time()
        count = reindex(engine)
        index, index_cpu = time.perf_counter() - started, time.process_time() - cpu
        median, median_cpu, worst = _median_ms(engine)
        engine.dispose()
    note = f"{MEETINGS} meetings × {ITEMS} items, {len(QUERIES) + 1} queries × 3"
    return [
        {"name": "search: build the index with stems", "value": index, "unit": "s", "target": "",
         "note": f"{count} statements, CPU {index_cpu:.1f} s"},
        {"name": "search: median (inflected PL/EN, meeting title/venue, filters)", "value": median, "unit": "ms",
         "target": "≤ 50 ms", "note": f"{note}; CPU median {median_cpu:.1f} ms; slowest {worst:.0f} ms"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
