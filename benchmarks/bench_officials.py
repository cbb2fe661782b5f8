"""Officials' workload on 300 meetings × 60 items: search latency, grouping, report exports, peak memory."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = 300
ITEMS = 60
QUERIES = ("zrodlem", "lokali", "Łódź", "KONSULTACJE spoleczne", "wymaga przejrzystszych", "mała dot", "szkolenia",
           "informacja dociera", "gdanska", "seniorow")


def populate(db_path: Path, meetings: int = MEETINGS, items: int = ITEMS) -> None:
    """Fill a fresh database with generated meeting files through the real import."""
    from benchmarks.datagen import generate_meeting
    from facilitator.meetingfile import apply_import, plan_import
    from facilitator.store import open_database

    engine = open_database(db_path)
    batch = 50
    for start in range(0, meetings, batch):
        datas = [generate_meeting(i, items) for i in range(start, min(meetings, start + batch))]
        apply_import(engine, plan_import(engine, datas))
    engine.dispose()


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _timed_cpu(fn) -> tuple[float, float]:
    """Wall and CPU seconds: on a shared 2-core machine the CPU time shows what the code itself costs."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _search_latency(engine) -> tuple[float, float]:
    from facilitator.search import Filters, search, sync

    first_sync = _timed(lambda: sync(engine))
    samples = []
    for _ in range(3):
        for q in QUERIES:
            samples.append(_timed(lambda q=q: search(engine, q)))
        samples.append(_timed(lambda: search(engine, "lokal", filters=Filters(date_from=date(2018, 6, 1),
                                                                           kind="weakness", tag="lokale"))))
    return statistics.median(samples), first_sync


def _report_peak(db_path: Path, out: Path) -> int:
    """Peak RSS (MB) of a fresh process making the PDF report (the heaviest format)."""
    code = (
        "import resource, sys; sys.path.insert(0, sys.argv[1]);"
        "from facilitator.cli import main;"
        "rc = main(['report', '--db', sys.argv[2], '--format', 'pdf', '-o', sys.argv[3]]);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code, str(ROOT), str(db_path), str(out)], capture_output=True,
                          text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1])


def run() -> list[dict]:
    """Benchmarks rows for `python -m benchmarks`."""
    from facilitator.recurring import Suggestions, find_groups, find_overview
    from facilitator.report import ReportOptions, write
    from facilitator.store import open_database

    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = folder / "officials.sqlite"
        populate(db_path)
        engine = open_database(db_path)
        median, first_sync = _search_latency(engine)
        rows.append({"name": "officials: index 18k items (first search)", "value": first_sync, "unit": "s",
                     "target": "", "note": f"{MEETINGS} meetings × {ITEMS} items"})
        rows.append({"name": "officials: search median", "value": median * 1000, "unit": "ms", "target": "≤ 50 ms"})
        groups = []
        grouping, cpu = _timed_cpu(lambda: groups.extend(find_groups(engine)))
        rows.append({"name": "officials: recurring grouping", "value": grouping, "unit": "s", "target": "≤ 5 s",
                     "note": f"{len(groups)} groups, CPU {cpu:.2f} s"})
        again, cpu = _timed_cpu(lambda: find_groups(engine))
        rows.append({"name": "officials: regrouping after a correction", "value": again, "unit": "s", "target": "",
                     "note": f"the same statements grouped again: their prepared texts are kept; CPU {cpu:.2f} s"})
        overview: list = []
        _timed(lambda: overview.extend(find_overview(engine)))
        found, singles = overview
        members = [m for g in found for m in g.members]
        largest = max(found, key=lambda g: len(g.members))
        ranked: list = []
        seconds, cpu = _timed_cpu(lambda: ranked.extend(Suggestions(members, singles).closest(largest.members)))
        rows.append({"name": "officials: suggestions for the largest group (recurring dialog, background)",
                     "value": seconds, "unit": "s", "target": "≤ 2 s",
                     "note": f"{len(singles)} statements in no group ranked against {min(len(largest.members), 12)} "
                             f"of the group's {len(largest.members)} members (their texts kept from the grouping, as in the "
                             f"dialog, which always groups first); CPU {cpu:.2f} s"})
        for fmt, target in (("xlsx", "≤ 3 s"), ("docx", "≤ 6 s"), ("pdf", "≤ 6 s")):
            seconds, cpu = _timed_cpu(lambda fmt=fmt: write(engine, fmt, ReportOptions(), folder / f"r.{fmt}"))
            size = (folder / f"r.{fmt}").stat().st_size // 1024
            rows.append({"name": f"officials: report {fmt.upper()}", "value": seconds, "unit": "s", "target": target,
                         "note": f"{size} KiB, CPU {cpu:.2f} s"})
        engine.dispose()
        peak = _report_peak(db_path, folder / "peak.pdf")
        rows.append({"name": "officials: peak memory of a PDF report", "value": peak, "unit": "MB",
                     "target": "≤ 400 MB"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
