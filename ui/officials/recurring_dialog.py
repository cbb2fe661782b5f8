"""The officials' recurring-statements window: groups across meetings, corrected by hand (mouse or keyboard), undoable.

Every correction is an operation of facilitator.operations.grouping on the dialog's undo stack (Ctrl+Z): add (drag
onto a group or the members list, Alt+D), remove (drag onto the list of statements in no group, Alt+U, Delete), merge
(drag a group onto another), split (tick, Alt+W), rename (Alt+N) and move to another area (Alt+O, Alt+R). Whenever
the threshold, series or "compare across areas" changes, every list is emptied and every action disabled until the
groups are computed again, so nothing is done to what is not shown.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import areas, operations, recurring, search
from facilitator.operations import lookups
from facilitator.textfold import fold
from ui import live
from ui.kinds import kind_icon, kind_label
from ui.models.import_plan_model import pretty_date
from ui.officials import workers
from ui.officials.follow import Follow, refill
from ui.officials.recurring_live import RecurringLive, id_of
from ui.officials.recurring_panels import members_panel, singles_panel
from ui.officials.recurring_views import GroupTable, IdRole, StatementList
from ui.settings import Settings
from ui.signals import bus
from ui.undo import run_operation

COL_TEXT, COL_AREA, COL_MEETINGS, COL_ORGS, COL_STATE = range(5)
DEBOUNCE_MS = 200
MAX_SINGLES = 500  # statements in no group listed at once; the search narrows the rest

__all__ = ["COL_AREA", "COL_MEETINGS", "COL_ORGS", "COL_STATE", "COL_TEXT", "IdRole", "RecurringDialog"]


class RecurringDialog(QDialog):
    """Groups of similar statements across meetings, largest first; correct them by hand."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.groups: list[recurring.Group] = []
        self.singles: list[recurring.Member] = []
        self.jobs = workers.Latest(self.recompute, self._computed, self._failed, self)
        self.suggestions: recurring.Suggestions | None = None  # the statements in no group, prepared for ranking
        self.closest: tuple[str, dict[str, float]] | None = None  # (group key, score by single) for the chosen group
        self.ranking = workers.Latest(self.rank, self._ranked, self._failed, self)
        self._follow: set[str] = set()  # statements whose group stays selected after the next regrouping
        self._said = ""  # what the last correction did, shown with the groups' count once regrouped
        self._areas = areas.mapping()
        self.setWindowTitle(self.tr("Powtarzające się wypowiedzi"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1100, 760)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        self._build()
        self.reload_series()
        self.recompute()
        self.follow = Follow(self, self._data_changed)  # a series renamed, another window's change: regroup
        self.live = RecurringLive(self)  # another official's change: regrouped quietly

    # ---- layout -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = self._make_table()
        self.members = StatementList("member", ("single",), self)
        self.members.setAccessibleName(self.tr("Wypowiedzi w grupie"))
        self.members.dropped.connect(lambda _source, ids: self._join_into(ids, None if self.busy else
                                                                          self.current_group()))
        self.singles_list = StatementList("single", ("member",), self)
        self.singles_list.setAccessibleName(self.tr("Wypowiedzi poza grupami"))
        self.singles_list.dropped.connect(lambda source, ids: self.remove_members(ids))
        self.undo_stack = QUndoStack(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Horizontal, splitter)
        lower.addWidget(members_panel(self))
        lower.addWidget(singles_panel(self))
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([640, 420])  # the search of statements in no group needs room from the start
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        for keys, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                           ("Ctrl+Y", self.undo_stack.redo)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.members.delete_pressed.connect(self.remove_selected)
        self._threshold_changed(self.slider.value())

    def _top(self) -> QHBoxLayout:
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(50, 100)
        self.slider.setValue(Settings().recurring_threshold)
        self.slider.setPageStep(5)
        self.slider.setAccessibleName(self.tr("Próg podobieństwa"))
        self.slider_label = QLabel(self)
        self.slider_label.setBuddy(self.slider)
        self.slider.valueChanged.connect(self._threshold_changed)
        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Seria"))
        self.series_combo.currentIndexChanged.connect(lambda _i: self._invalidate())
        series_label = QLabel(self.tr("S&eria:"), self)
        series_label.setBuddy(self.series_combo)
        self.across_check = QCheckBox(self.tr("Porównuj &między obszarami"), self)
        self.across_check.setToolTip(self.tr("Grupuj podobne wypowiedzi także z różnych obszarów (domyślnie grupy "
                                             "powstają w obrębie jednego obszaru)."))
        self.across_check.setChecked(Settings().recurring_across_areas)
        self.across_check.toggled.connect(self._across_changed)
        top = QHBoxLayout()
        top.addWidget(self.slider_label)
        top.addWidget(self.slider, 1)
        top.addWidget(series_label)
        top.addWidget(self.series_combo, 1)
        top.addWidget(self.across_check)
        return top

    def _make_table(self) -> GroupTable:
        table = GroupTable(0, 5, self)
        table.setHorizontalHeaderLabels([self.tr("Wypowiedź"), self.tr("Obszar"), self.tr("Spotkania"),
                                         self.tr("Organizacje"), self.tr("Stan")])
        table.setAccessibleName(self.tr("Grupy podobnych wypowiedzi"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._show_members)
        table.dropped.connect(self._dropped_on_group)
        return table

    def reload_series(self) -> None:
        """Fill the series filter from the database (the chosen series stays chosen while it exists)."""
        refill(self.series_combo, self.tr("Wszystkie serie"), lookups.series_names(self.engine))

    def _data_changed(self) -> None:
        """Data changed in another window: the series list and the groups are read again."""
        self.reload_series()
        self._invalidate()

    def _threshold_changed(self, value: int) -> None:
        self.slider_label.setText(self.tr("&Podobieństwo: %1%").replace("%1", str(value)))
        Settings().recurring_threshold = value  # the report groups as the official last saw it
        self._invalidate()

    def _across_changed(self, checked: bool) -> None:
        Settings().recurring_across_areas = checked  # the report dialog starts from it too
        self._invalidate()

    def _invalidate(self) -> None:
        """The shown groups no longer match the settings: hide them until recomputed, so none is acted on stale."""
        self.timer.start()
        self._clear()

    def _clear(self) -> None:
        self.groups = []
        self.singles = []
        self.suggestions, self.closest = None, None
        self.table.setRowCount(0)
        self._show_members()
        self._show_singles()

    # ---- computing --------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether groups are being computed or about to be."""
        return self.jobs.running or self.timer.isActive()

    def recompute(self) -> None:
        """Group the statements again in the background (after a slider move, a filter or a decision)."""
        self.timer.stop()
        if self.jobs.deferred():
            return
        threshold, filters = self.slider.value(), search.Filters(series=self.series_combo.currentData())
        same_area = not self.across_check.isChecked()
        self.status.setText(self.tr("Szukanie podobnych wypowiedzi…"))
        self.jobs.start(workers.Worker(
            lambda _p, _t: recurring.find_overview(self.engine, filters=filters, threshold=threshold,
                                                   same_area=same_area),
            (recurring.RecurringError,)))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Nie udało się: %1").replace("%1", message))

    def _computed(self, result: tuple) -> None:
        groups, singles = result
        follow = self._follow or ({m.item_id for m in self.current_group().members} if self.current_group()
                                  else set())
        self._follow = set()
        self.groups = sorted(groups, key=lambda g: (-g.meetings, -g.organisations, -len(g.members)))
        self.singles = list(singles)
        self.suggestions, self.closest = None, None
        self.table.setRowCount(len(self.groups))
        self._areas = areas.mapping()
        for row, group in enumerate(self.groups):
            self._fill_row(row, group)
        self.table.resizeRowsToContents()
        self.area_combo.clear()  # where a group can move: the model's areas, then other titles seen
        self.area_combo.addItems(areas.choices([g.area for g in self.groups] + [m.section_title for m in self.singles]))
        if self.groups:
            overlap = [len(follow & {m.item_id for m in g.members}) for g in self.groups]
            flags = QItemSelectionModel.SelectionFlag  # not selectRow: it extends the selection while Shift is down
            self.table.selectionModel().setCurrentIndex(self.table.model().index(overlap.index(max(overlap)), 0),
                                                        flags.ClearAndSelect | flags.Rows)
        self._show_members()  # also when the selected row number stayed and Qt saw no selection change
        self._show_singles()
        counted = self.tr("Grupy: %1").replace("%1", str(len(self.groups))) if self.groups \
            else self.tr("Brak powtarzających się wypowiedzi przy tym progu.")
        self.status.setText(f"{self._said} {counted}" if self._said else counted)  # what was done stays said
        self._said = ""

    def _fill_row(self, row: int, group: recurring.Group) -> None:
        area = self._areas.area_of(group.area)  # a variant title shows as the model area it is reported in
        values = (group.heading, area.pl if area else group.area,
                  self.tr("%n spotkań", "", group.meetings),
                  self.tr("%n organizacji", "", group.organisations)
                  if group.organisations else self.tr("brak danych"),  # nobody's organisation recorded: not "0"
                  self.tr("potwierdzona") if group.confirmed else self.tr("automatyczna"))
        for col, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setData(IdRole, group.key)
            if col == COL_TEXT:
                cell.setIcon(kind_icon(group.kind))
                cell.setToolTip(f"{kind_label(group.kind)}: {group.representative.text}")
            elif col == COL_AREA and value != group.area:
                cell.setToolTip(group.area)  # the section's own title
            self.table.setItem(row, col, cell)

    # ---- the chosen group and statements ----------------------------------------------------------------

    def current_group(self) -> recurring.Group | None:
        """The group selected in the table."""
        rows = self.table.selected_rows()
        return self.groups[rows[0]] if rows and rows[0] < len(self.groups) else None

    def selected_groups(self) -> list[recurring.Group]:
        """Every group selected in the table, in table order."""
        return [self.groups[r] for r in self.table.selected_rows() if r < len(self.groups)]

    def _show_members(self) -> None:
        self.members.clear()
        group = None if self.busy else self.current_group()
        for widget in (self.confirm_button, self.split_button, self.remove_button, self.forget_button,
                       self.heading_edit, self.rename_button, self.area_combo, self.move_button):
            widget.setEnabled(group is not None)
        self.merge_button.setEnabled(not self.busy and len(self.selected_groups()) > 1)
        self.add_button.setEnabled(group is not None and bool(self.singles))
        self.heading_edit.setText(group.heading if group else "")
        if group is None:
            return
        key = areas.block_keys()
        self.area_combo.setCurrentIndex(next((i for i in range(self.area_combo.count())
                                              if key(self.area_combo.itemText(i)) == key(group.area)), 0))
        for m in group.members:
            origin = f"{m.meeting_title}, {pretty_date(m.meeting_date)}" + (f" — {m.organisation}" if m.organisation
                                                                              else "")
            self.members.add(m.item_id, m.kind, f"{m.text}\n{origin}", checkable=True)
        if self.closest is None or self.closest[0] != group.key:
            self.rank()

    def rank(self) -> None:
        """Order the statements in no group by closeness to the chosen group, in the background: what the
        threshold missed is then near the top of the list (recurring.Suggestions)."""
        group = None if self.busy else self.current_group()
        if group is None or not self.singles or self.ranking.deferred():
            return
        members, singles, prepared = [m for g in self.groups for m in g.members], self.singles, self.suggestions
        chosen = list(group.members)

        def closest(_progress, _token):
            suggestions = prepared or recurring.Suggestions(members, singles)
            return group.key, singles, suggestions, suggestions.closest(chosen)

        self.ranking.start(workers.Worker(closest, ()))

    def _ranked(self, result: tuple) -> None:
        key, singles, suggestions, ranked = result
        if singles is not self.singles:  # regrouped meanwhile: ranked again for the new list
            return
        self.suggestions = suggestions
        group = self.current_group()
        if group is None or group.key != key:
            self.rank()  # another group was chosen meanwhile
            return
        self.closest = key, {single.item_id: score for score, single in ranked}
        kept = live.remember(self.singles_list, id_of)  # what the official chose stays chosen, wherever it moves
        self._show_singles()
        live.restore(self.singles_list, live.Kept(kept.chosen, kept.current, None), id_of)
        if self.singles_list.currentItem() is not None and kept.current is not None:
            self.singles_list.scrollToItem(self.singles_list.currentItem())

    def _show_singles(self) -> None:
        """The statements in no group, closest to the chosen group first once ranked, narrowed by the search field
        (folded: case and diacritics do not matter)."""
        self.singles_list.clear()
        words = fold(self.singles_filter.text()).split()
        shown = [m for m in self.singles if all(w in fold(m.text) for w in words)]
        group = self.current_group()
        scores = self.closest[1] if self.closest and group is not None and self.closest[0] == group.key else None
        if scores is not None:
            shown.sort(key=lambda m: -scores.get(m.item_id, 0.0))  # stable: equals keep their meeting order
        for m in shown[:MAX_SINGLES]:
            origin = f"{m.meeting_title}, {pretty_date(m.meeting_date)} — {m.section_title}"
            if scores is not None:  # first, where the eye runs down the list
                origin = self.tr("podobieństwo %1%").replace("%1", str(round(scores.get(m.item_id, 0.0)))) + " · " \
                    + origin
            self.singles_list.add(m.item_id, m.kind, f"{m.text}\n{origin}")
        notes = [self.tr("Najbardziej podobne do wybranej grupy są na górze.")] if scores is not None and shown else []
        if len(shown) > MAX_SINGLES:
            notes.append(self.tr("Pokazano %1 z %2 — zawęź wyszukiwanie.").replace(
                "%1", str(MAX_SINGLES)).replace("%2", str(len(shown))))
        self.singles_note.setText(" ".join(notes))
        self.add_button.setEnabled(not self.busy and group is not None and bool(shown))

    # ---- corrections ------------------------------------------------------------------------------------

    def _decide(self, message: str, description: str, action, follow=(), **kwargs) -> None:
        if self.busy:  # settings changed since these members were shown
            return
        self._follow = set(follow)
        if run_operation(self, description, action, **kwargs):
            self.status.setText(message)
            self._said = message  # kept in front of the new count when the regrouping ends

    # the context run_operation and the undo commands expect (engine, undo_stack, notify, error, fail)

    def notify(self, _changes: operations.Changes) -> None:
        """A decision was stored, undone or redone: group again (nothing shown meanwhile) and tell the other windows."""
        if not self._follow and self.current_group() is not None:  # an undo or redo: stay with the shown group
            self._follow = {m.item_id for m in self.current_group().members}
        self._clear()
        with self.follow.announcing():
            bus().meetings_changed.emit()
        self.recompute()

    def error(self, message: str) -> None:
        """An operation refused: say why in the status line."""
        self.status.setText(self.tr("Nie udało się: %1").replace("%1", message))

    fail = error

    def confirm_current(self) -> None:
        """These statements say the same thing, whatever the threshold."""
        group = self.current_group()
        if group is not None:
            self._decide(self.tr("Grupa potwierdzona."), self.tr("Potwierdzenie grupy"), operations.confirm_group,
                         item_ids=[m.item_id for m in group.members])

    def split_checked(self) -> None:
        """The ticked statements are not part of this group (never grouped with the rest again)."""
        group, ticked = self.current_group(), self.members.checked_ids()
        if group is None:
            return
        if not ticked or len(ticked) == len(group.members):
            self.status.setText(self.tr("Zaznacz wypowiedzi do wydzielenia (nie wszystkie)."))
            return
        self._decide(self.tr("Wydzielono: %1.").replace("%1", str(len(ticked))), self.tr("Wydzielenie z grupy"),
                     operations.split_group, item_ids=ticked, from_ids=[m.item_id for m in group.members])

    def remove_selected(self) -> None:
        """The selected members leave the group (keyboard: Alt+U or Delete in the members list)."""
        self.remove_members(self.members.chosen_ids())

    def remove_members(self, ids: list[str]) -> None:
        """Take these statements out of the chosen group (also: dragged onto the list of statements in no group)."""
        group = self.current_group()
        if group is None:
            return
        ids = [i for i in ids if i in {m.item_id for m in group.members}]
        if not ids:
            self.status.setText(self.tr("Wybierz wypowiedź z grupy."))
            return
        rest = [m.item_id for m in group.members if m.item_id not in ids]
        self._decide(self.tr("Usunięto z grupy: %1.").replace("%1", str(len(ids))), self.tr("Usunięcie z grupy"),
                     operations.split_group, follow=rest, item_ids=ids, from_ids=[m.item_id for m in group.members])

    def forget_current(self) -> None:
        """Drop the decisions about this group's statements (back to automatic grouping)."""
        group = self.current_group()
        if group is not None:
            self._decide(self.tr("Przywrócono automatyczne grupowanie."), self.tr("Przywrócenie automatycznych grup"),
                         operations.forget_group, item_ids=[m.item_id for m in group.members])

    def merge_selected(self) -> None:
        """The selected groups say one thing: one confirmed group, in the area of the first one."""
        groups = self.selected_groups()
        if len(groups) < 2:
            self.status.setText(self.tr("Zaznacz co najmniej dwie grupy (Ctrl+klik lub Shift+strzałki)."))
            return
        self._merge(groups[0], groups[1:])

    def _merge(self, target: recurring.Group, others: list[recurring.Group]) -> None:
        into = [m.item_id for m in target.members]
        self._decide(self.tr("Połączono grupy: %1.").replace("%1", str(len(others) + 1)), self.tr("Połączenie grup"),
                     operations.join_group, follow=into, item_ids=[m.item_id for g in others for m in g.members],
                     into_ids=into, area=target.area)

    def add_selected(self) -> None:
        """The statements selected in the list of those in no group join the chosen group (Alt+D)."""
        self._join_into(self.singles_list.chosen_ids(), self.current_group())

    def _join_into(self, ids: list[str], group: recurring.Group | None, from_group: recurring.Group | None = None) -> None:
        if group is None or not ids:
            self.status.setText(self.tr("Wybierz grupę i wypowiedź spoza grup."))
            return
        into = [m.item_id for m in group.members]
        leave = [m.item_id for m in from_group.members if m.item_id not in ids] if from_group else []
        self._decide(self.tr("Dodano do grupy: %1.").replace("%1", str(len(ids))), self.tr("Dodanie do grupy"),
                     operations.join_group, follow=into, item_ids=ids, into_ids=into, area=group.area,
                     from_ids=leave)

    def rename_current(self) -> None:
        """The heading typed in the field (empty: the first statement's wording again); Enter in the field."""
        group = self.current_group()
        if group is None:
            return
        heading = self.heading_edit.text().strip()
        if heading == group.heading:
            return
        self._decide(self.tr("Zmieniono nagłówek grupy."), self.tr("Zmiana nagłówka grupy"), operations.rename_group,
                     follow=[m.item_id for m in group.members], item_ids=[m.item_id for m in group.members],
                     heading=heading or None)

    def move_current(self) -> None:
        """The group is shown and reported in the area chosen in the list."""
        group, area = self.current_group(), self.area_combo.currentText()
        if group is None or not area:
            return
        self._decide(self.tr("Przeniesiono grupę do obszaru: %1.").replace("%1", area),
                     self.tr("Przeniesienie grupy do obszaru"), operations.move_group,
                     follow=[m.item_id for m in group.members], item_ids=[m.item_id for m in group.members], area=area)

    # ---- drops ------------------------------------------------------------------------------------------

    def _dropped_on_group(self, row: int, source: str, ids: list[str]) -> None:
        if self.busy or not 0 <= row < len(self.groups):
            return
        target = self.groups[row]
        if source == "group":
            others = [g for g in self.groups if g.key in ids and g.key != target.key]
            if others:
                self._merge(target, others)
        elif source == "single":
            self._join_into(ids, target)
        elif source == "member":
            current = self.current_group()
            if current is not None and current.key != target.key:
                self._join_into(ids, target, from_group=current)  # moved from the shown group to this one

