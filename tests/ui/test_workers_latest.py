"""workers.Latest: a request made while a computation runs starts one more run when it ends; only the last counts."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from ui.officials import workers


def test_a_request_during_a_run_reruns_and_only_the_last_result_is_delivered(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    results, failures, runs = [], [], []

    def run() -> None:
        if latest.deferred():
            return
        number = len(runs) + 1
        runs.append(number)
        latest.start(workers.Worker(lambda _p, _t: release.wait(10) and number))

    latest = workers.Latest(run, results.append, failures.append, owner)
    run()
    assert latest.running and runs == [1]
    run()  # asked again while the first runs: remembered, not started
    run()
    assert runs == [1]
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert runs == [1, 2] and results == [2] and not latest.running and not failures  # the first result never shown


def test_a_failure_reaches_the_window_as_one_line(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    results, failures = [], []
    latest = workers.Latest(lambda: None, results.append, failures.append, owner)

    def fail(_p, _t):
        raise ValueError("brak danych")

    latest.start(workers.Worker(fail, (ValueError,)))
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert failures == ["brak danych"] and not results and not latest.running
