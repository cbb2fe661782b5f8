"""A background import never outlives its window, its engine or the app: closing stops it, nothing half-stored."""

from __future__ import annotations

import gc
import threading
import time
import weakref

from PySide6.QtWidgets import QWidget
from sqlalchemy import event, func, select

from facilitator.model import Meeting
from facilitator.store.backups import list_backups
from facilitator.store.connection import sqlite_path
from tests.ui.officials_data import meeting_a, meeting_b, write
from ui.officials import workers
from ui.officials.import_dialog import ImportDialog


def _meetings(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Meeting)).scalar_one()


class Writing:
    """Holds the import's worker thread at its first row write until the job is cancelled (or 10 s pass)."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.inside = threading.Event()
        self.worker: workers.Worker | None = None

    def start(self) -> None:
        event.listen(self.engine, "before_cursor_execute", self._hold)

    def stop(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._hold)

    def _hold(self, conn, cursor, statement, *args) -> None:
        worker = self.worker
        if worker is None or self.inside.is_set() or not statement.lstrip().upper().startswith("INSERT INTO ITEM"):
            return
        self.inside.set()
        deadline = time.monotonic() + 10
        while not worker.token.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)


def _importing(qtbot, engine, tmp_path, parent=None) -> tuple[ImportDialog, Writing]:
    """A dialog whose import (of two files, so backed up first) is held in the middle of writing rows."""
    paths = [write(tmp_path, "a.json", meeting_a()), write(tmp_path, "b.json", meeting_b())]
    dlg = ImportDialog(engine, parent)
    if parent is None:
        qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(paths)
    qtbot.waitUntil(lambda: not dlg.busy and dlg.import_button.isEnabled(), timeout=10000)
    writing = Writing(engine)
    writing.start()
    dlg.import_button.click()
    writing.worker = dlg.job.worker
    assert writing.worker is not None
    qtbot.waitUntil(writing.inside.is_set, timeout=10000)
    return dlg, writing


def test_closing_the_dialog_while_the_import_writes_waits_for_the_rollback_then_closes(qtbot, engine, tmp_path):
    dlg, writing = _importing(qtbot, engine, tmp_path)
    try:
        worker = dlg.job.worker
        dlg.close()
        assert dlg.isVisible() and dlg.busy  # stays until the job has rolled back, never closes under it
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    finally:
        writing.stop()
    assert worker.done.wait(10)
    assert _meetings(engine) == 0  # all or nothing: the held batch rolled back
    assert [b.why for b in list_backups(sqlite_path(engine))] == ["import"]  # the backup before it stays


def test_quitting_while_an_import_writes_stops_it_before_the_database_closes(qtbot, engine, tmp_path):
    """The window is gone without a close event (its parent was deleted): the app's exit still stops the job."""
    parent = QWidget()
    dlg, writing = _importing(qtbot, engine, tmp_path, parent)
    worker = writing.worker
    try:
        parent.deleteLater()
        qtbot.waitUntil(lambda: not _alive(dlg), timeout=10000)
        assert not worker.done.is_set()  # the job is still held mid-write: nothing else stops it
        assert workers.shutdown(10000)  # what ui.app.run does when the event loop ends, before engine.dispose()
    finally:
        writing.stop()
    assert worker.done.is_set() and worker.token.cancelled
    assert workers.QThreadPool.globalInstance().activeThreadCount() == 0
    assert _meetings(engine) == 0


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def _preview_then_close(qtbot, engine, paths) -> weakref.ref:
    dlg = ImportDialog(engine)
    dlg.load(paths)
    worker = dlg.job.worker
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert worker.done.wait(10) and dlg.plan is not None
    plan = weakref.ref(dlg.plan)
    dlg.close()
    dlg.deleteLater()
    qtbot.waitUntil(lambda: not _alive(dlg), timeout=10000)
    return plan


def test_a_finished_job_lets_go_of_what_it_read(qtbot, engine, tmp_path):
    """The pool keeps every started worker: a closed dialog and its import plan (every file read) must not stay."""
    paths = [write(tmp_path, "a.json", meeting_a()), write(tmp_path, "b.json", meeting_b())]
    plan = _preview_then_close(qtbot, engine, paths)
    # the job counts as ended (`done`) just before its result is signalled, so the pool thread may still be
    # returning from run(), its frame holding the result for an instant: what must not stay is what outlives it
    assert workers.wait_all(10000)
    gc.collect()
    assert plan() is None


def test_a_job_that_has_ended_is_not_busy_while_its_leaving_is_still_queued(qtbot):
    """The office dialog accepts from its check's `finished` slot, which runs before the slot that takes the job
    off the list: switching databases then must not see an import or report running (it refused once, live)."""
    ended: list[bool] = []
    for n in range(1, 21):  # the slot may run before the pool thread's last line: try the race many times
        worker = workers.Worker(lambda _progress, _token: "PostgreSQL 15")
        worker.signals.finished.connect(lambda _result: ended.append(workers.busy()))  # connected first
        workers.start(worker)
        qtbot.waitUntil(lambda n=n: len(ended) == n and not workers._running, timeout=10000)
    assert ended == [False] * 20
    assert not workers.busy()
    blocked = threading.Event()
    running = workers.start(workers.Worker(lambda _progress, _token: blocked.wait(10)))
    qtbot.waitUntil(lambda: workers.busy(), timeout=10000)
    blocked.set()
    qtbot.waitUntil(lambda: running not in workers._running, timeout=10000)
    assert not workers.busy()
