"""Capture in the whole app: the start window open over a season's library, a meeting window on Notatki.

Each sample is one key press (Enter in the capture line, Enter closing the F2 editor, Ctrl+digit on the outline)
until the change is committed and the event loop is idle again (about to wait for the next event), so every slot,
model update, layout and paint the key causes in any window is inside the time. The same steps run with an empty
library and with 300 meetings × 60 items in one process, in alternating blocks (the other library's windows hidden),
so a change in the machine's load falls on both alike. Wall time is what the facilitator feels; the process's CPU
time is given beside it, as it hardly depends on what else the machine runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTION_ITEMS = 5000
LIBRARY = 300
KIND_KEYS = ("1", "2", "3", "4", "5", "6")


STEPS = ("add", "edit", "kind")
BLOCK = 10  # rounds in a row on one library before switching to the other


@dataclass
class Timings:
    """(wall ms, CPU ms) per key press, by step."""

    samples: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: {step: [] for step in STEPS})

    def wall(self, step: str) -> list[float]:
        return [wall for wall, _cpu in self.samples[step]]

    def cpu(self, step: str) -> list[float]:
        return [cpu for _wall, cpu in self.samples[step]]


def percentile(samples: list[float], fraction: float) -> float:
    """The sample at this fraction of the sorted samples (p95: fraction 0.95)."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def library_database(path: Path, meetings: int) -> None:
    """`meetings` generated meetings × 60 items (none when 0): what a facilitator's laptop holds after a season."""
    from benchmarks.datagen import generate_meeting
    from facilitator.meetingfile import import_data
    from facilitator.store import open_database

    engine = open_database(path)
    if meetings:
        import_data(engine, [generate_meeting(i) for i in range(meetings)])
    engine.dispose()


def _captured_meeting(engine, items: int) -> str:
    """Today's meeting, with `items` statements already in its first section (a long meeting's backlog)."""
    from datetime import date

    from sqlalchemy import insert

    from facilitator import operations
    from facilitator.model import Item, new_id

    meeting_id = operations.create_meeting(engine, date=date.today(), template=True, title="Spotkanie w Zielonce",
                                           venue="Urząd Miasta Zielonka")[0].id
    for name in ("Łucja Żółkiewska", "Jan Kowalski", "Anna Nowak-Wiśniewska"):
        operations.add_participant(engine, meeting_id=meeting_id, name=name, organisation="Fundacja")
    section_id = operations.get_meeting(engine, meeting_id).sections[0].id
    rows = [{"id": new_id(), "section_id": section_id, "position": n, "kind": "remark",
             "text": f"Wcześniejsza wypowiedź numer {n}, dość długa, jak w prawdziwej notatce."} for n in range(items)]
    with engine.begin() as conn:
        conn.execute(insert(Item.__table__), rows)
    return meeting_id


class Session:
    """The real app's windows over one database: the start window shown, one meeting window on Notatki."""

    def __init__(self, path: Path) -> None:
        from facilitator.store import open_database
        from ui.start_window import StartWindow

        self.app = _app()
        self.engine = open_database(path)
        self.meeting_id = _captured_meeting(self.engine, SECTION_ITEMS)
        self.start = StartWindow(self.engine)
        self.start.show()
        self.window = self.start.open_meeting(self.meeting_id)
        self.window.tabs.setCurrentWidget(self.window.notes)
        self.notes = self.window.notes
        self.enter()

    def enter(self) -> None:
        """Bring this library's windows up, the meeting window active with the capture line focused."""
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        self.start.show()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        QTest.qWaitForWindowActive(self.window)
        assert QApplication.activeWindow() is self.window
        self.notes.capture.text_edit.setFocus()
        self.idle()

    def leave(self) -> None:
        """Hide this library's windows while the other one is measured."""
        self.window.hide()
        self.start.hide()
        self.idle()

    def idle(self) -> None:
        """Run the event loop until it is about to wait for the next event (nothing left to do)."""
        from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop

        loop = QEventLoop()
        dispatcher = QAbstractEventDispatcher.instance()
        dispatcher.aboutToBlock.connect(loop.quit)
        loop.exec()
        dispatcher.aboutToBlock.disconnect(loop.quit)

    def timed(self, press: Callable[[], None]) -> tuple[float, float]:
        """Wall and CPU milliseconds from a key press until its work is done and the event loop is idle."""
        started, cpu = time.perf_counter(), time.process_time()
        press()
        self.idle()
        return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000

    def add(self, n: int) -> tuple[float, float]:
        """Type a statement (not timed) and press Enter (timed)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        edit = self.notes.capture.text_edit
        edit.setFocus()
        QTest.keyClicks(edit, f"Nowa wypowiedz {n}")
        return self.timed(lambda: QTest.keyClick(edit, Qt.Key.Key_Return))

    def edit(self, n: int) -> tuple[float, float]:
        """F2 on the statement just added, type a correction (not timed), Enter (timed)."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        QTest.keyClick(self.notes.capture.text_edit, Qt.Key.Key_F2)
        self.idle()
        editor = QApplication.focusWidget()
        QTest.keyClick(editor, Qt.Key.Key_End)  # the editor opens with the whole text selected
        QTest.keyClicks(editor, f" poprawione {n}")
        elapsed = self.timed(lambda: QTest.keyClick(editor, Qt.Key.Key_Return))
        self.idle()  # the focus returns to the capture line on a zero timer
        return elapsed

    def kind(self, n: int) -> tuple[float, float]:
        """Up to the outline, Ctrl+digit (timed) changes the statement's kind, Esc back to the capture line."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(self.notes.capture.text_edit, Qt.Key.Key_Up)
        self.idle()
        outline = self.notes.outline
        key = KIND_KEYS[n % len(KIND_KEYS)]
        elapsed = self.timed(lambda: QTest.keyClick(outline, key, Qt.KeyboardModifier.ControlModifier))
        QTest.keyClick(outline, Qt.Key.Key_Escape)
        self.idle()
        return elapsed

    def run(self, first: int, rounds: int, timings: Timings) -> None:
        """Each round: add a statement, correct it with F2, change its kind."""
        for n in range(first, first + rounds):
            for step in STEPS:
                timings.samples[step].append(getattr(self, step)(n))

    def check(self, rounds: int) -> None:
        """Every step reached the database: the statements added, corrected and re-kinded."""
        from facilitator import operations
        from facilitator.model import ITEM_KINDS

        meeting = operations.get_meeting(self.engine, self.meeting_id)
        items = meeting.sections[0].all_items
        added = [i for i in items if i.text.startswith("Nowa wypowiedz")]
        assert len(items) == SECTION_ITEMS + rounds and len(added) == rounds, (len(items), len(added))
        assert all(" poprawione " in i.text for i in added), [i.text for i in added if " poprawione " not in i.text]
        assert rounds < len(KIND_KEYS) or {i.kind for i in added} == set(ITEM_KINDS), {i.kind for i in added}

    def close(self) -> None:
        self.start.close()
        self.idle()
        self.engine.dispose()


def capture_side_by_side(rounds: int = 150, warmup: int = BLOCK) -> dict[int, Timings]:
    """Timings with an empty library and with 300 meetings, in alternating blocks of one process."""
    results = {meetings: Timings() for meetings in (0, LIBRARY)}
    with tempfile.TemporaryDirectory() as folder:
        sessions = {}
        for meetings in results:
            path = Path(folder) / f"library-{meetings}.sqlite"
            library_database(path, meetings)
            sessions[meetings] = Session(path)
            sessions[meetings].leave()
        for first in range(0, warmup + rounds, BLOCK):
            for meetings, session in sessions.items():
                session.enter()
                session.run(first, BLOCK, results[meetings] if first >= warmup else Timings())
                session.leave()
        for session in sessions.values():
            session.check(warmup + rounds)
            session.close()
    return results


def run() -> list[dict]:
    """p95 of add, edit and kind change with an empty library and with 300 meetings, and their ratio."""
    results = capture_side_by_side()
    load = os.getloadavg()[0]
    rows = []
    for step, label in (("add", "add a statement (Enter)"), ("edit", "correct it (F2 → type → Enter)"),
                        ("kind", "change its kind (Ctrl+1…6 on the outline)")):
        empty, full = (percentile(results[m].wall(step), 0.95) for m in (0, LIBRARY))
        cpu_empty, cpu_full = (percentile(results[m].cpu(step), 0.95) for m in (0, LIBRARY))
        median = statistics.median(results[LIBRARY].wall(step))
        rows.append({"name": f"whole app, start window over {LIBRARY} meetings: {label}, p95",
                     "value": full, "unit": "ms", "target": "≤ 20 ms; ≤ 1.3 × empty library",
                     "note": f"empty library {empty:.1f} ms, ratio {full / empty:.2f}; median {median:.1f} ms; "
                             f"CPU p95 {cpu_full:.1f} vs {cpu_empty:.1f} ms; {len(results[LIBRARY].wall(step))} "
                             f"samples each; 5,000-item section; load {load:.1f}"})
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
