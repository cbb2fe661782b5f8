"""Capture speed: adding an item to a section that already holds 5,000, and the GUI's read helpers."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

ITEMS = 5000
MEETINGS = 300


def _median_ms(action, repeat: int = 30) -> float:
    """Median wall time of one call, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


def run() -> list[dict]:
    """Time the capture hot path and the meetings list on a real SQLite file."""
    from sqlalchemy import insert

    from facilitator import operations as op
    from facilitator.model import Item, new_id, utcnow
    from facilitator.store import open_database

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(Path(tmp) / "bench.sqlite")
        created = op.create_meeting(engine, date="2018-06-15", template=True)
        section = created[1].id
        now = utcnow()
        rows = [
            {
                "id": new_id(),
                "section_id": section,
                "position": n,
                "kind": "remark",
                "text": f"wypowiedź {n}",
                "created_at": now,
                "updated_at": now,
            }
            for n in range(ITEMS)
        ]
        with engine.begin() as conn:
            conn.execute(insert(Item.__table__), rows)
        append = _median_ms(lambda: op.add_item(engine, section_id=section, kind="remark", text="nowa"))
        first = _median_ms(lambda: op.add_item(engine, section_id=section, kind="remark", text="na górze", position=0))
        tagged = _median_ms(lambda: op.add_item(engine, section_id=section, kind="proposal", text="x", tags=["BIP"]))
        for n in range(MEETINGS):
            op.create_meeting(engine, date=f"2019-01-{n % 28 + 1:02d}", title=f"Spotkanie {n}", venue="Kraków")
        listing = _median_ms(lambda: op.list_meetings(engine, text="kraków"), repeat=10)
        loading = _median_ms(lambda: op.get_meeting(engine, created[0].id), repeat=3)
        engine.dispose()
    note = f"section already holding {ITEMS} items"
    return [
        {"name": "add_item at the end", "value": append, "unit": "ms", "target": "≤ 10 ms", "note": note},
        {
            "name": "add_item at position 0",
            "value": first,
            "unit": "ms",
            "target": "—",
            "note": note + "; one UPDATE shifts all 5,000 siblings and their index entries (capture appends)",
        },
        {"name": "add_item with a tag", "value": tagged, "unit": "ms", "target": "≤ 10 ms", "note": note},
        {
            "name": f"list_meetings over {MEETINGS + 1} meetings",
            "value": listing,
            "unit": "ms",
            "target": "≤ 50 ms",
            "note": "counts aggregated in SQL, text filter",
        },
        {
            "name": f"get_meeting with {ITEMS}+ items",
            "value": loading,
            "unit": "ms",
            "target": "≤ 1000 ms",
            "note": "everything eagerly loaded",
        },
    ]
