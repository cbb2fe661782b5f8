"""The recurring dialog follows other officials' changes: statements are grouped again in the background while the
shown groups stay usable, and the new groups replace them only when nothing is being edited (a heading being typed,
statements ticked, a drag), keeping the chosen group, the chosen statements, the search text and the scroll."""

from __future__ import annotations

from PySide6.QtCore import QObject

from facilitator import recurring, search
from ui import live
from ui.officials import workers
from ui.officials.recurring_views import IdRole, dragging


class RecurringLive(QObject):
    """Another official's change regroups quietly; the dialog's own regrouping (a decision, a setting) wins."""

    def __init__(self, dialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.jobs = workers.Latest(self.regroup, self._regrouped, lambda _message: None, self)
        self.follow = live.FollowOthers(dialog, self.regroup, self.editing)

    def editing(self) -> bool:
        """Whether the official is in the middle of something a regrouping would undo."""
        d = self.dialog
        group = d.current_group()
        typed = d.heading_edit.isModified() and d.heading_edit.text() != (group.heading if group else "")
        return typed or bool(d.members.checked_ids()) or dragging()

    def _settings(self) -> tuple:
        d = self.dialog
        return d.slider.value(), d.series_combo.currentData(), not d.across_check.isChecked()

    def regroup(self) -> None:
        """Group the statements again in the background with the dialog's settings."""
        self.dialog.reload_series()  # the chosen series stays chosen (no regrouping of its own)
        if self.jobs.deferred():
            return
        settings = self._settings()
        threshold, series, same_area = settings
        engine = self.dialog.engine
        self.jobs.start(workers.Worker(
            lambda _p, _t: (settings, recurring.find_overview(engine, filters=search.Filters(series=series),
                                                              threshold=threshold, same_area=same_area)),
            (recurring.RecurringError,)))

    def _regrouped(self, result: tuple) -> None:
        settings, found = result
        d = self.dialog
        if d.busy or settings != self._settings():
            return  # the dialog regroups by itself (a decision, a setting): its result is newer
        if self.editing():
            self.follow.request()  # once the edit ends, group again
            return
        views = (d.members, d.singles_list)
        kept = [live.remember(view, id_of) for view in views]
        scroll = d.table.verticalScrollBar().value()
        group = d.current_group()
        d._follow = {m.item_id for m in group.members} if group else set()
        d._computed(found)
        d.table.verticalScrollBar().setValue(scroll)
        for view, state in zip(views, kept, strict=True):
            live.restore(view, state, id_of)


def id_of(index) -> str | None:
    """The statement id a list row shows (for live.remember and live.restore)."""
    return index.data(IdRole)
