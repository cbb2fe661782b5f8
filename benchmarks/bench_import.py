"""Import speed: 300 meeting files × 60 items into a fresh SQLite file, then the same batch again."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.datagen import generate_meeting

FILES = 300
ITEMS = 60


def _files(folder: Path) -> list[Path]:
    """Write the batch as real files, as laptops would hand them in."""
    from facilitator.meetingfile import write

    paths = []
    for i in range(FILES):
        path = folder / f"spotkanie-{i:03d}.json"
        write(path, generate_meeting(i, items=ITEMS))
        paths.append(path)
    return paths


def run() -> list[dict]:
    """Time load + validate + merge + store of the whole batch in one transaction, and an idempotent re-import."""
    from facilitator.meetingfile import import_data, open_source
    from facilitator.store import open_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = _files(folder)
        engine = open_database(folder / "bench.sqlite")
        started = time.perf_counter()
        result = import_data(engine, [open_source(p) for p in paths])
        first = time.perf_counter() - started
        assert result.count("new") == FILES
        started = time.perf_counter()
        again = import_data(engine, [open_source(p) for p in paths])
        second = time.perf_counter() - started
        assert again.count("unchanged") == FILES
        engine.dispose()
    return [
        {"name": f"import {FILES} meeting files × {ITEMS} items", "value": round(first, 2), "unit": "s",
         "target": "≤ 10 s", "note": "read, validate, merge, one transaction, fresh SQLite file"},
        {"name": f"re-import the same {FILES} files (nothing changes)", "value": round(second, 2), "unit": "s",
         "target": "≤ 10 s", "note": "no row written"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
