"""Exports off the GUI thread: a window-modal 'Zapisywanie dokumentu…' with Anuluj; Cancel leaves no file.

The caller waits in a local event loop, so the window keeps repainting and the progress moves while a worker
thread lays the document out; the file appears only when it is complete (facilitator.atomic), and Cancel
stops the renderer at its next check (facilitator.render.watch) and removes the temporary file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from facilitator.render.watch import Cancelled, Watch
from ui.officials import workers

SHOW_AFTER_MS = 300  # a quick export never flashes a dialog


@dataclass
class Outcome:
    """How a background export ended: its result, or the user's one-line error, or cancelled."""

    result: Any = None
    error: str | None = None
    cancelled: bool = False


class ExportProgress(QObject):
    """The progress dialog's words (translated in this context)."""

    def label(self) -> str:
        return self.tr("Zapisywanie dokumentu…")

    def cancel(self) -> str:
        return self.tr("Anuluj")


def run_with_progress(parent: QWidget, job: Callable[[Watch], Any],
                      expected: tuple[type[BaseException], ...] = ()) -> Outcome:
    """Run `job(watch)` on the thread pool behind a progress dialog modal to `parent`'s window; wait for its end."""
    texts = ExportProgress()
    dialog = QProgressDialog(texts.label(), texts.cancel(), 0, 100, parent)
    dialog.setWindowTitle(texts.label())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def work(progress: workers.Progress, token: workers.CancelToken) -> Any:
        return job(Watch(progress=lambda done, total: progress(done, total, ""), cancel=lambda: token.cancelled))

    worker = workers.Worker(work, expected, cancelled_by=(Cancelled,))
    outcome = Outcome()
    loop = QEventLoop()

    def finished(result: Any) -> None:
        outcome.result = result
        loop.quit()

    def failed(message: str) -> None:
        outcome.error = message
        loop.quit()

    def cancelled() -> None:
        outcome.cancelled = True
        loop.quit()

    worker.signals.progress.connect(lambda done, _total, _what: dialog.setValue(min(done, 99)))
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    worker.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(worker.cancel)
    workers.start(worker)
    loop.exec()  # the worker's end is a queued signal: it always arrives here, after the loop started
    dialog.close()
    dialog.deleteLater()
    return outcome
