"""The positions dialog follows other officials' changes: the remarks are collected again in the background while the
shown list stays usable, and the new list replaces it keeping the chosen remark, the remark at the top, the filters
and a justification or paragraph being typed. Typed text is never overwritten: a new list that would take its remark
away (filtered out, deleted elsewhere) waits until the text is saved or cleared."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QAbstractItemView

from facilitator.recurring import RecurringError
from facilitator.report import ReportError, consultation
from ui import live
from ui.officials import workers
from ui.officials.consultation_entries import entries_of


class ConsultationLive(QObject):
    """Another official's change (an import, an answer) reaches the list; the dialog's own reading wins."""

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.held = False  # a new list was held back: it would take the remark being answered away
        self.jobs = workers.Latest(self.collect, self._collected, lambda _message: None, self)
        self.follow = live.FollowOthers(dialog, self.collect, self.editing)

    def editing(self) -> bool:
        """Whether a new list now would disturb the official: a list open, or typed text it would take away."""
        d = self.dialog
        popup = any(combo.view().isVisible() for combo in (d.series_combo, d.show_combo, d.position_combo))
        return popup or (self.held and d.typed())

    def collect(self) -> None:
        """Read the remarks and answers again in the background, for the series and grouping shown."""
        d = self.dialog
        d.reload_series()  # the chosen series stays chosen (no reading of its own)
        if self.jobs.deferred():
            return
        options, engine = d.options(), d.engine
        self.jobs.start(workers.Worker(lambda _p, _t: (options, consultation.collect(engine, options, split=False)),
                                       (ReportError, RecurringError)))

    def _collected(self, result: tuple) -> None:
        options, found = result
        d = self.dialog
        if d.busy or options != d.options():
            return  # the dialog reads by itself (the series, the grouping changed): its result is newer
        chosen = d.current()
        self.held = chosen is not None and d.typed() and not any(
            chosen.ids[0] in entry.ids for entry in d.visible(entries_of(found)))
        if self.editing():
            self.follow.request()  # once the list closes or the text is saved, read again
            return
        top = d.table.indexAt(QPoint(1, 1)).row()
        key = d.shown[top].ids[0] if 0 <= top < len(d.shown) else None
        scroll = d.table.verticalScrollBar().value()
        d._computed(found)
        rows = [row for row, entry in enumerate(d.shown) if key in entry.ids]
        if rows:
            d.table.scrollTo(d.table.model().index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            d.table.verticalScrollBar().setValue(scroll)
