"""GUI timings: start-up until the window shows, capture into a 5,000-item section, summary preview refresh."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _startup_database(path: Path, meetings: int = 50) -> None:
    """The sample meeting plus generated ones, migrated: what a facilitator's laptop holds after a season."""
    from benchmarks.datagen import generate_meeting
    from facilitator.meetingfile import import_data
    from facilitator.sample import load_sample
    from facilitator.store import open_database

    engine = open_database(path)
    import_data(engine, [load_sample(), *(generate_meeting(i) for i in range(meetings))])
    engine.dispose()


def startup_samples(runs: int = 7) -> tuple[list[float], list[float]]:
    """`python -m ui DB` after a warm-up: ms from launch until the start window is shown and painted (reported by the
    app on a clock shared by processes), and ms until the process has exited (Python/Qt teardown included)."""
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
        shown, exited = [], []
        for _ in range(runs):
            started = time.monotonic()
            done = subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=120)
            exited.append((time.monotonic() - started) * 1000)
            mark = next(line for line in done.stdout.splitlines() if line.startswith(SHOWN_MARK))
            shown.append((float(mark.split()[1]) - started) * 1000)
    return shown, exited


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def capture_p95_ms(existing: int = 5000, adds: int = 200) -> float:
    """p95 from Enter in the capture line to the new item committed and painted, in a section of 5,000 items."""
    app = _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import insert

    from facilitator import operations
    from facilitator.model import Item, new_id
    from facilitator.store import open_database
    from tests.ui.capture_helpers import make_meeting
    from ui.context import MeetingContext
    from ui.pages.notes import NotesPage

    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "capture.sqlite")
        meeting_id = make_meeting(engine)
        section_id = operations.get_meeting(engine, meeting_id).sections[0].id
        rows = [{"id": new_id(), "section_id": section_id, "position": n, "kind": "remark",
                 "text": f"Wcześniejsza wypowiedź numer {n}, dość długa, jak w prawdziwej notatce."}
                for n in range(existing)]
        with engine.begin() as conn:
            conn.execute(insert(Item.__table__), rows)
        page = NotesPage(MeetingContext(engine, meeting_id))
        page.resize(1280, 800)
        page.show()
        QTest.qWaitForWindowExposed(page)
        app.processEvents()
        samples = []
        for n in range(adds):
            page.capture.text_edit.setText(f"Nowa wypowiedź {n}")
            started = time.perf_counter()
            QTest.keyClick(page.capture.text_edit, Qt.Key.Key_Return)
            app.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
        assert page.items_model.item_count() == existing + adds
        page.close()
        engine.dispose()
    return _percentile(samples, 0.95)


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
    """The three GUI targets."""
    shown, exited = startup_samples()
    return [
        {"name": "GUI start until the window is shown (sample + 50 meetings, median of 7)",
         "value": statistics.median(shown), "unit": "ms", "target": "≤ 1000 ms",
         "note": f"min {min(shown):.0f} ms; process incl. exit {statistics.median(exited):.0f} ms; "
                 f"load {os.getloadavg()[0]:.1f}"},
        {"name": "capture: Enter → shown and committed, 5,000-item section (p95)", "value": capture_p95_ms(),
         "unit": "ms", "target": "≤ 20 ms"},
        {"name": "summary preview refresh after a change, sample meeting (debounce included)",
         "value": preview_refresh_ms(), "unit": "ms", "target": "≤ 150 ms"},
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
