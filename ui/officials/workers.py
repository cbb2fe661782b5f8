"""Long work (loading files, importing, reports) off the GUI thread, with progress, cancel and signals back."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QProgressBar
from sqlalchemy import Engine

from facilitator.i18n import os_error_line
from facilitator.store.cancel import abort_when
from ui import crash


class Cancelled(Exception):
    """The user pressed Cancel; whatever transaction was open rolls back."""


class CancelToken:
    """Shared between the GUI (which sets it) and a worker (which checks it)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was pressed."""
        return self._event.is_set()

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self._event.is_set():
            raise Cancelled()


def abort_on_cancel(engine: Engine, token: CancelToken) -> AbstractContextManager[None]:
    """Make this thread's next SQL statement or commit fail once cancelled, so the open transaction rolls back."""
    return abort_when(engine, lambda: token.cancelled, Cancelled)


Progress = Callable[[int, int, str], None]
Job = Callable[[Progress, CancelToken], Any]


class WorkerSignals(QObject):
    """Signals of one job; created on the GUI thread, so connected slots run there."""

    progress = Signal(int, int, str)  # done, total, what is being done
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a one-line message for the user
    cancelled = Signal()


class Worker(QRunnable):
    """Runs a job in the thread pool; user errors (with a message) come back as `failed`, never as a traceback.

    A job stops on Cancel either by calling `token.check()` or by handing `lambda: token.cancelled` to an API
    with a cancellation hook and naming that API's exception in `cancelled_by`.
    """

    def __init__(self, job: Job, expected: tuple[type[BaseException], ...] = (),
                 cancelled_by: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job: Job | None = job
        self.expected = expected
        self.cancelled_by = (Cancelled, *cancelled_by)  # the job's own "stopped on request" errors count as Cancel
        self.token = CancelToken()
        self.signals = WorkerSignals()
        self.done = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; `cancelled` follows once it has rolled back."""
        self.token.cancel()

    def run(self) -> None:
        """Thread-pool entry point: only signals cross back to the GUI thread, once the job has ended (`done`)."""
        try:
            assert self.job is not None, "a Worker runs once"
            result = self.job(self.signals.progress.emit, self.token)
        except self.cancelled_by:
            self._report(self.signals.cancelled.emit)
        except self.expected as exc:
            message = os_error_line(exc) if isinstance(exc, OSError) else str(exc)
            self._report(lambda: self.signals.failed.emit(message))
        except Exception as exc:  # noqa: BLE001 - the user gets a line, the log gets the trace
            if _lost(exc):  # the office server went away: its one calm line, no trace (nothing is wrong here)
                message = _lost_message(exc)
            else:
                crash.log_error("a background job failed", exc)
                message = f"{type(exc).__name__}: {exc}"
            self._report(lambda: self.signals.failed.emit(message))
        else:
            self._report(lambda: self.signals.finished.emit(result))  # completed (and committed), even if cancelled late
        finally:
            self.job = None
            self.done.set()

    def _report(self, emit: Callable[[], None]) -> None:
        # The pool never frees a started runnable: let go of the job, or everything its closure holds (a dialog,
        # an import plan with every file read) would stay in memory for as long as the app runs. `done` is set
        # before the signal goes, so that a slot reacting to it already sees this job as ended (`busy`).
        self.job = None
        self.done.set()
        emit()


def _lost(error: BaseException) -> bool:
    from facilitator.store.errors import is_disconnect

    return is_disconnect(error)


def _lost_message(error: BaseException) -> str:
    """The office database's lost-connection sentence (host/db, nothing lost, reconnects)."""
    from ui import connection

    watch = connection.current()
    if watch is not None:
        return watch.message()
    from facilitator.store.errors import translate

    return str(translate(error))


_running: set[Worker] = set()


class Latest(QObject):
    """A window's one background computation: asked again while one runs, it runs once more when that one ends,
    and only the last run's result (or failure) reaches the window (the recurring and consultation dialogs)."""

    def __init__(self, rerun: Callable[[], None], finished: Callable[[Any], None], failed: Callable[[str], None],
                 parent: QObject) -> None:
        super().__init__(parent)  # lives on the GUI thread: the worker's signals are delivered there
        self.rerun, self.finished, self.failed = rerun, finished, failed
        self.worker: Worker | None = None
        self._again = False

    @property
    def running(self) -> bool:
        """Whether a computation is under way."""
        return self.worker is not None

    def deferred(self) -> bool:
        """True while one runs: this request is kept and `rerun` is called when that one ends."""
        self._again = self._again or self.worker is not None
        return self.worker is not None

    def start(self, worker: Worker) -> None:
        """Run `worker` on the pool; its result goes to `finished`, its one-line failure to `failed`."""
        self.worker = worker
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._ended)
        start(worker)

    @Slot(object)
    def _finished(self, result: object) -> None:
        if self._ended():
            self.finished(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        if self._ended():
            self.failed(message)

    @Slot()
    def _ended(self) -> bool:
        """The run is over; False when a newer request runs instead (its result is the one that counts)."""
        self.worker = None
        if self._again:
            self._again = False
            self.rerun()
            return False
        return True


class Outcome(NamedTuple):
    """Where a dialog's job reports back."""

    finished: Callable[[Any], None]
    failed: Callable[[str], None]
    cancelled: Callable[[], None]


class DialogJob(QObject):
    """A dialog's one cancellable job (an import, a push, a report): while it runs the progress bar shows and the
    close button reads "Anuluj"; Cancel or Esc (the dialog's `reject` asks `cancel`) stops it, and closing the
    window stops it and closes once it has rolled back. The outcome reaches the dialog when nothing runs any more."""

    def __init__(self, dialog: QDialog, status: QLabel, progress: QProgressBar | None = None,
                 button: QAbstractButton | None = None, idle: Callable[[], None] = lambda: None) -> None:
        super().__init__(dialog)  # lives on the GUI thread: the worker's signals are delivered there
        self.dialog, self.status, self.bar, self.button, self.idle = dialog, status, progress, button, idle
        self.worker: Worker | None = None
        self._outcome: Outcome | None = None
        self._button_text = ""
        self._close_when_idle = False
        dialog.installEventFilter(self)

    @property
    def running(self) -> bool:
        """Whether the job is under way (until its outcome reached the GUI thread)."""
        return self.worker is not None

    def start(self, worker: Worker, finished: Callable[[Any], None], failed: Callable[[str], None],
              cancelled: Callable[[], None]) -> Worker:
        """Run `worker`; its result goes to `finished`, its one-line failure to `failed`, a Cancel to `cancelled`."""
        self.worker, self._outcome = worker, Outcome(finished, failed, cancelled)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        if self.bar is not None:
            self.bar.setRange(0, 0)  # busy until the job counts its steps
            self.bar.show()
        if self.button is not None:
            self._button_text = self.button.text()
            self.button.setText(self.tr("&Anuluj"))
        return start(worker)

    def cancel(self) -> bool:
        """Ask the job to stop (it rolls back); False when none runs, so the dialog closes as usual."""
        if self.worker is None:
            return False
        self.worker.cancel()
        self.status.setText(self.tr("Anulowanie…"))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Close and self.cancel():
            self._close_when_idle = True  # never closes under the job: once it has rolled back
            event.ignore()
            return True
        return False

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, _what: str) -> None:
        if self.bar is not None:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._ended(lambda outcome: outcome.finished(result))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._ended(lambda outcome: outcome.failed(message))

    @Slot()
    def _cancelled(self) -> None:
        self._ended(lambda outcome: outcome.cancelled())

    def _ended(self, report: Callable[[Outcome], None]) -> None:
        outcome, self.worker, self._outcome = self._outcome, None, None
        if self.bar is not None:
            self.bar.hide()
        if self.button is not None:
            self.button.setText(self._button_text)
        if outcome is not None:
            report(outcome)
        self.idle()
        if self._close_when_idle:
            self._close_when_idle = False
            self.dialog.reject()  # nothing runs now: it closes


def start(worker: Worker) -> Worker:
    """Queue a worker on the shared pool, keeping it alive until it ends."""
    _running.add(worker)
    worker.signals.finished.connect(lambda *_: _running.discard(worker))
    worker.signals.failed.connect(lambda *_: _running.discard(worker))
    worker.signals.cancelled.connect(lambda: _running.discard(worker))
    QThreadPool.globalInstance().start(worker)
    return worker


def busy() -> bool:
    """Whether a job is still running. A job that has ended may still be listed for a moment: it leaves `_running`
    by a queued slot, which can run after the slots its window connected (a dialog acting on its own result)."""
    return any(not worker.done.is_set() for worker in _running)


def wait_all(timeout_ms: int = 30000) -> bool:
    """Wait for every queued job (closing the app, tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def shutdown(timeout_ms: int = 30000) -> bool:
    """Cancel every job still running and wait until no pool thread runs one; True when all have ended.

    Called before the database closes (quitting the app, the end of a test): a job must never outlive its engine
    or run while Python shuts down. A job still writing rolls back; one that already committed keeps its work.
    """
    for worker in list(_running):
        worker.cancel()
    ended = wait_all(timeout_ms)
    _running.difference_update([w for w in _running if w.done.is_set()])
    return ended
