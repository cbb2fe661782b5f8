"""Progress and cooperative Cancel for long exports: the renderer reports and checks, the caller decides.

The GUI runs exports on a worker thread and passes `progress` (emits a signal) and `cancel` (reads a flag);
the CLI passes neither. Nothing here imports reportlab or Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Progress = Callable[[int, int], None]  # done, total
CancelCheck = Callable[[], bool]  # True once the user asked to stop


class Cancelled(Exception):
    """The user stopped the export; the temporary file is removed and nothing is written."""


class Watch:
    """Reports progress at most once per percent and raises Cancelled at the next check after Cancel."""

    def __init__(self, progress: Progress | None = None, cancel: CancelCheck | None = None) -> None:
        self._progress = progress
        self._cancel = cancel
        self._last = -1

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self._cancel is not None and self._cancel():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Tell the caller how far the work is (throttled to whole percents), then check for Cancel."""
        self.check()
        if self._progress is None or total <= 0:
            return
        percent = min(100, max(0, done * 100 // total))
        if percent > self._last:  # never backwards (a split flowable adds to what is left)
            self._last = percent
            self._progress(percent, 100)


NO_WATCH = Watch()


class WatchedDoc:
    """Mixin for a reportlab doc template: progress and Cancel between flowables, two passes with a TOC.

    Set `watch` and `passes` before build(); each pass counts the flowables still to place.
    """

    watch: Watch = NO_WATCH
    passes: int = 1
    _pass: int = 0
    _total: int = 0
    _story: list[Any] | None = None

    def build(self, flowables: list[Any], *args: Any, **kwargs: Any) -> None:
        """One layout pass over the story (multiBuild makes one per pass)."""
        self._pass += 1
        self._story, self._total = flowables, len(flowables)
        super().build(flowables, *args, **kwargs)  # type: ignore[misc]

    def handle_flowable(self, flowables: list[Any]) -> None:
        """Place the next flowable; before it, report how many are placed and honour Cancel."""
        if flowables is self._story:  # reportlab also calls this for lists of its own (page furniture)
            self._total = max(self._total, len(flowables))  # split flowables add to what is left
            step = min(self._pass, self.passes) - 1
            self.watch.report(step * self._total + self._total - len(flowables), self.passes * self._total)
        else:
            self.watch.check()
        super().handle_flowable(flowables)  # type: ignore[misc]
