"""Two identical imports at once: one stores the meeting, the other finds nothing to do; no IntegrityError."""

from __future__ import annotations

import threading

from facilitator.meetingfile import import_data
from facilitator.sample import load_sample


def test_two_identical_imports_at_once(engine):
    results: list[object] = []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        try:
            results.append(import_data(engine, [load_sample()]).meetings[0].status)
        except Exception as exc:  # noqa: BLE001 - the outcome under test
            results.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(map(str, results)) == ["new", "unchanged"], results
