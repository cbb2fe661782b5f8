"""GUI timings: start-up over a season's library until the window shows, summary preview refresh.

Capture in the whole app is measured by `bench_capture`.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


STARTUP_MEETINGS = 300


def _startup_database(path: Path, meetings: int = STARTUP_MEETINGS) -> None:
    """The sample meeting plus generated ones, migrated: what a facilitator's laptop holds after a season."""
    from benchmarks.datagen import generate_meeting
    from facilitator.meetingfile import import_data
    from facilitator.sample import load_sample
    from facilitator.store import open_database

    engine = open_database(path)
    import_data(engine, [load_sample(), *(generate_meeting(i) for i in range(meetings))])
    engine.dispose()


def startup_samples(runs: int = 7) -> tuple[list[float], list[float], list[float]]:
    """`python -m ui DB` after a warm-up: ms from launch until the start window is shown and painted (reported by the
    app on a clock shared by processes), ms until the process has exited (Python/Qt teardown included), and the
    process's CPU ms (user + system, exit included: what the load of the machine hardly changes)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from ui.app import SHOWN_MARK

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_EXIT_AFTER_SHOW": "1", "HOME": home,
               "XDG_CONFIG_HOME": f"{home}/.config", "XDG_DATA_HOME": f"{home}/.local/share"}
        database = Path(home) / "bench.sqlite"
        _startup_database(database)
        args = [sys.executable, "-m", "ui", str(database)]
        subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)  # warm-up: disk cache
        shown, exited, cpu = [], [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.monotonic()
            done = subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=120)
            exited.append((time.monotonic() - started) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
            mark = next(line for line in done.stdout.splitlines() if line.startswith(SHOWN_MARK))
            shown.append((float(mark.split()[1]) - started) * 1000)
    return shown, exited, cpu


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def preview_refresh_ms(changes: int = 15) -> float:
    """Median time from a change to the refreshed preview of the sample meeting (debounce excluded)."""
    app = _app()
    from facilitator import operations
    from facilitator.meetingfile import import_data
    from facilitator.sample import load_sample
    from facilitator.store import open_database
    from ui.context import MeetingContext
    from ui.pages.summary import DEBOUNCE_MS, SummaryPage

    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "sample.sqlite")
        import_data(engine, [load_sample()])
        meeting = operations.list_meetings(engine)[0]
        ctx = MeetingContext(engine, meeting.id)
        page = SummaryPage(ctx)
        page.resize(1000, 800)
        page.show()
        app.processEvents()
        section_id = operations.get_meeting(engine, meeting.id).sections[0].id
        samples = []
        for n in range(changes):
            from functools import partial

            ctx.run("bench", partial(operations.add_item, text=f"Zmiana {n}"), section_id=section_id, kind="remark")
            page.refresh()
            samples.append(page.last_refresh_ms)
        page.close()
        engine.dispose()
    return statistics.median(samples) + DEBOUNCE_MS


def run() -> list[dict]:
    """Start-up and preview targets."""
    shown, exited, cpu = startup_samples()
    return [
        {"name": f"GUI start until the window is shown (sample + {STARTUP_MEETINGS} meetings × 60 items, median of 7)",
         "value": statistics.median(shown), "unit": "ms", "target": "≤ 1000 ms",
         "note": f"min {min(shown):.0f} ms; process incl. exit {statistics.median(exited):.0f} ms, its CPU "
                 f"{statistics.median(cpu):.0f} ms; "
                 f"load {os.getloadavg()[0]:.1f}"},
        {"name": "summary preview refresh after a change, sample meeting (debounce included)",
         "value": preview_refresh_ms(), "unit": "ms", "target": "≤ 150 ms"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
