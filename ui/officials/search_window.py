"""Search across all meetings as you type, with filters; a result opens the statement in its meeting; chosen results
are tagged at once (Ctrl+T, undone with Ctrl+Z) and the results export to XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import operations, search, search_export, tagtree
from facilitator.kinds import ITEM_KINDS, RESPONSE_POSITIONS
from facilitator.operations import lookups
from ui import live
from ui.kinds import kind_icon, kind_label, position_label
from ui.models.search_model import COL_KIND, COL_MEETING, COL_SECTION, COL_TEXT, HtmlRole, SearchModel
from ui.officials import workers
from ui.officials.follow import refill
from ui.officials.history import History
from ui.settings import Settings
from ui.signals import BusLink, bus
from ui.widgets.date_edit import DateEdit

DEBOUNCE_MS = 250
LIMIT = 200


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's HTML (the snippet with its matches in bold), word-wrapped."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HtmlRole) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class ResultsView(QTableView):
    """The results; Enter or double-click opens the statement."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class QueryEdit(QLineEdit):
    """The query box; the Down key moves on to the results."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class SearchWindow(QWidget):
    """Query, filters (series, dates, section, kind, tag) and ranked results from every meeting."""

    searched = Signal(int)  # number of results shown after a search finished
    exported = Signal(str)  # the XLSX file written

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.engine = engine
        self.generation = 0
        self.pending = 0
        self.history = History()  # tagging done here, for Ctrl+Z
        self.setWindowTitle(self.tr("Szukaj we wszystkich spotkaniach"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1100, 700)
        self.model = SearchModel(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self._build()
        self.reload_filters()
        # Live only while shown: a closed window reloads its filters when it is shown again.
        self.bus_link = BusLink(self, (bus().meetings_changed, self._data_changed),
                                (bus().meeting_changed, self._meeting_changed))
        self._keep = False  # the next search keeps the chosen results and the scroll (others changed data)
        self.others = live.FollowOthers(self, self.follow_others)

    # ---- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.query = QueryEdit(self)
        self.query.setPlaceholderText(self.tr("Wpisz słowa, np. lokale albo polityka migracyjna (wielkość liter "
                                              "i polskie znaki nie mają znaczenia)"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Szukane słowa"))
        self.query.textChanged.connect(lambda _t: self.schedule())
        self.query.returnPressed.connect(self.search_now)
        self.query.down.connect(self._focus_results)
        query_label = QLabel(self.tr("&Szukaj:"), self)
        query_label.setBuddy(self.query)
        top = QHBoxLayout()
        top.addWidget(query_label)
        top.addWidget(self.query, 1)
        self.results = self._make_results()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Liczba wyników"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Komunikat"))
        self.open_button = QPushButton(self.tr("Otwórz &w spotkaniu"), self)
        self.open_button.clicked.connect(lambda: self.open_result(self.results.currentIndex()))
        self.tag_button = QPushButton(self.tr("Oznacz ta&giem… (Ctrl+T)"), self)
        self.tag_button.setToolTip(self.tr("Dodaj tag do zaznaczonych wypowiedzi (Ctrl+A zaznacza wszystkie, "
                                           "Shift+strzałki kolejne); tag zagnieżdżony: Obszar 1/BIP"))
        self.tag_button.clicked.connect(lambda: self.tag_selected())
        self.export_button = QPushButton(self.tr("Eksport do &XLSX…"), self)
        self.export_button.setToolTip(self.tr("Zapisz wszystkie znalezione wypowiedzi w arkuszu XLSX"))
        self.export_button.clicked.connect(lambda: self.export_xlsx())
        QShortcut(QKeySequence("Ctrl+T"), self, self.tag_selected)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.tag_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self._filters())
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.schedule())
        return combo

    def _date(self, name: str, default: QDate) -> tuple[QCheckBox, DateEdit]:
        check = QCheckBox(name, self)
        edit = DateEdit(default, self)  # typed day first; a half-typed date falls back to the last one
        edit.setAccessibleName(check.text().replace("&", ""))
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _on: self.schedule())
        edit.dateChanged.connect(lambda _d: self.schedule())
        return check, edit

    def _filters(self) -> QGridLayout:
        self.series_combo = self._combo(self.tr("Seria"))
        self.section_combo = self._combo(self.tr("Sekcja / obszar"))
        self.kind_combo = self._combo(self.tr("Rodzaj wypowiedzi"))
        self.tag_combo = self._combo(self.tr("Tag"))
        self.position_combo = self._combo(self.tr("Stanowisko urzędu"))
        self.position_combo.addItem(self.tr("Wszystkie stanowiska"), None)
        self.position_combo.addItem(position_label(None), search.NO_RESPONSE)
        for position in RESPONSE_POSITIONS:
            self.position_combo.addItem(position_label(position), position)
        self.kind_combo.addItem(self.tr("Wszystkie rodzaje"), None)
        for kind in ITEM_KINDS:
            self.kind_combo.addItem(kind_icon(kind), kind_label(kind), kind)
        self.from_check, self.from_edit = self._date(self.tr("&Od:"), QDate(date.today().year - 1, 1, 1))
        self.to_check, self.to_edit = self._date(self.tr("&Do:"), QDate.currentDate())
        clear = QPushButton(self.tr("Wyczyść &filtry"), self)
        clear.clicked.connect(self.clear_filters)
        grid = QGridLayout()
        labels = ((self.tr("S&eria:"), self.series_combo), (self.tr("Se&kcja:"), self.section_combo),
                  (self.tr("&Rodzaj:"), self.kind_combo), (self.tr("&Tag:"), self.tag_combo),
                  (self.tr("St&anowisko:"), self.position_combo))
        for column, (text, combo) in enumerate(labels):
            label = QLabel(text, self)
            label.setBuddy(combo)
            grid.addWidget(label, column // 2, (column % 2) * 2)
            grid.addWidget(combo, column // 2, (column % 2) * 2 + 1)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(clear)
        grid.addLayout(dates, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _make_results(self) -> ResultsView:
        table = ResultsView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Wyniki wyszukiwania"))
        delegate = HtmlDelegate(table)
        table.setItemDelegateForColumn(COL_TEXT, delegate)
        table.setItemDelegateForColumn(COL_MEETING, delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # many at once, to tag
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_MEETING, 260), (COL_SECTION, 200), (COL_KIND, 150)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        table.activated.connect(self.open_result)
        return table

    # ---- filters ----------------------------------------------------------------------------------------

    def reload_filters(self) -> None:
        """Refill the series, section and tag lists from the database, keeping the choices."""
        fills = ((self.series_combo, self.tr("Wszystkie serie"), lookups.series_names(self.engine)),
                 (self.section_combo, self.tr("Wszystkie sekcje"), lookups.section_titles(self.engine)),
                 (self.tag_combo, self.tr("Wszystkie tagi"), [t.path for t in tagtree.tag_counts(self.engine)]))
        for combo, everything, values in fills:
            refill(combo, everything, values)

    def clear_filters(self) -> None:
        """Back to every meeting, every section, kind and tag."""
        for combo in (self.series_combo, self.section_combo, self.kind_combo, self.tag_combo, self.position_combo):
            combo.setCurrentIndex(0)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.schedule()

    def filters(self) -> search.Filters:
        """The filters as chosen."""
        return search.Filters(
            series=self.series_combo.currentData(),
            date_from=self.from_edit.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_edit.date().toPython() if self.to_check.isChecked() else None,
            section=self.section_combo.currentData(),
            kind=self.kind_combo.currentData(),
            tag=self.tag_combo.currentData(),
            response=self.position_combo.currentData(),
        )

    # ---- searching --------------------------------------------------------------------------------------

    def schedule(self) -> None:
        """Search shortly after the user stops typing or changing filters."""
        self.timer.start()

    def search_now(self) -> None:
        """Search in the background now; only the latest search's results are shown."""
        self.timer.stop()
        self.generation += 1
        generation, query, filters = self.generation, self.query.text(), self.filters()
        keep, self._keep = self._keep, False
        self.pending += 1
        if not keep:
            self.count_label.setText(self.tr("Szukanie…"))
        worker = workers.Worker(lambda _p, _t: search.search(self.engine, query, filters=filters, limit=LIMIT))
        worker.signals.finished.connect(lambda hits: self._show(generation, hits, keep))
        worker.signals.failed.connect(lambda message: self._failed(generation, message))
        workers.start(worker)

    @property
    def busy(self) -> bool:
        """Whether a search is still running or waiting for the user to stop typing."""
        return self.pending > 0 or self.timer.isActive()

    def _gone(self) -> bool:
        """Whether the window was deleted while a search ran (its results then have nowhere to go)."""
        return not (shiboken6.isValid(self) and shiboken6.isValid(self.model))

    def _show(self, generation: int, hits: list, keep: bool = False) -> None:
        self.pending -= 1
        if generation != self.generation or self._gone():
            return
        kept = live.remember(self.results, self._item_at) if keep else None
        self.model.set_rows(hits)
        self.results.resizeRowsToContents()
        if hits and not (kept and live.restore(self.results, kept, self._item_at)):
            self.results.selectRow(0)
        found = self.tr("%n wypowiedzi", "", len(hits))
        text = self.tr("Znaleziono: %1").replace("%1", found)
        if len(hits) >= LIMIT:
            text += " " + self.tr("(pokazano pierwsze %1 — zawęź wyszukiwanie)").replace("%1", str(LIMIT))
        self.count_label.setText(text if hits else self.tr("Nic nie znaleziono."))
        self.searched.emit(len(hits))

    def _failed(self, generation: int, message: str) -> None:
        self.pending -= 1
        if generation == self.generation and not self._gone():
            self.count_label.setText(self.tr("Wyszukiwanie nie powiodło się: %1").replace("%1", message))

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload_filters()
            self.schedule()

    def follow_others(self) -> None:
        """Another official changed data: the filter lists and the results are read again; the query as typed, the
        chosen results and the scroll stay."""
        self.reload_filters()
        self._keep = True
        self.schedule()

    def _item_at(self, index: QModelIndex) -> str:
        return self.model.hit_at(index.row()).item_id

    def _meeting_changed(self, _meeting_id: str, changes: tuple) -> None:
        """A statement captured in a meeting window: search again (off the GUI thread); the filter lists are read
        again only when a change can alter them (reading the tags costs time proportional to the library)."""
        if not self.isVisible():
            return
        if not changes or any(c.entity != "item" or _tags(c.before) != _tags(c.after) for c in changes):
            self.reload_filters()
        self.schedule()

    def _focus_results(self) -> None:
        self.results.setFocus()
        if self.model.rowCount() and not self.results.currentIndex().isValid():
            self.results.selectRow(0)

    def open_result(self, index: QModelIndex) -> None:
        """Ask the app to open the statement in its meeting's window."""
        if index.isValid():
            hit = self.model.hit_at(index.row())
            bus().open_meeting_requested.emit(hit.meeting_id, hit.item_id)

    # ---- tagging and export -----------------------------------------------------------------------

    def selected_hits(self) -> list[search.SearchHit]:
        """The chosen results, in the order shown."""
        rows = sorted({index.row() for index in self.results.selectionModel().selectedRows()})
        return [self.model.hit_at(row) for row in rows]

    def tag_selected(self, name: str | None = None) -> None:
        """Add a tag to every chosen result (asked for when not given); one step for Ctrl+Z."""
        hits = self.selected_hits()
        if not hits:
            self.status.setText(self.tr("Zaznacz wypowiedzi do oznaczenia (Ctrl+A: wszystkie)."))
            return
        if name is None:
            name = self._ask_tag(len(hits))
            if name is None:
                return
        try:
            changes = operations.tag_items(self.engine, item_ids=[h.item_id for h in hits], names=[name])
        except operations.OperationError as exc:
            self.status.setText(self.tr("Nie udało się: %1").replace("%1", str(exc)))
            return
        shown = tagtree.normalise(name)
        done = self.tr("%n wypowiedzi", "", len(hits))
        description = self.tr("Oznaczenie tagiem „%1”: %2").replace("%1", shown).replace("%2", done)
        self.history.record(description, changes, self.status)
        if changes:
            bus().meetings_changed.emit()

    def _ask_tag(self, n: int) -> str | None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Oznacz tagiem"))
        dialog.setLabelText(self.tr("Tag dla zaznaczonych (%1); zagnieżdżony: Obszar 1/BIP").replace(
            "%1", self.tr("%n wypowiedzi", "", n)))
        names = [c.path for c in tagtree.tag_counts(self.engine)]
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(True)
        dialog.setTextValue("")
        if not dialog.exec():
            return None
        return dialog.textValue().strip() or None

    def undo(self) -> None:
        """Undo the last tagging done in this window."""
        if self.history.undo(self.engine, self.status):
            bus().meetings_changed.emit()

    def export_xlsx(self, path: str | None = None) -> None:
        """Write every statement the current search finds (not only the first shown) to an XLSX file."""
        if path is None:
            start = str(Path(Settings().export_folder()) / "wyniki.xlsx")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksport wyników do XLSX"), start,
                                                  self.tr("Arkusz XLSX (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        query, filters, lang = self.query.text(), self.filters(), Settings().ui_language()
        self.export_button.setEnabled(False)
        self.pending += 1
        self.status.setText(self.tr("Zapisywanie…"))
        worker = workers.Worker(lambda _p, _t: search_export.write_xlsx(self.engine, query, path, filters=filters,
                                                                        language=lang))
        worker.signals.finished.connect(lambda written: self._exported(path, written))
        worker.signals.failed.connect(self._export_failed)
        workers.start(worker)

    def _exported(self, path: str, written: int) -> None:
        self.pending -= 1
        if self._gone():
            return
        self.export_button.setEnabled(True)
        done = self.tr("%n wypowiedzi", "", written)
        self.status.setText(self.tr("Zapisano %1 w pliku %2").replace("%1", done).replace("%2", path))
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self.pending -= 1
        if self._gone():
            return
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Eksport nie powiódł się: %1").replace("%1", message))

    def showEvent(self, event) -> None:
        """Show every statement (newest meetings first) until the user types; follow changes while shown."""
        super().showEvent(event)
        if not self.bus_link.connected:
            self.bus_link.connect()
            self.reload_filters()
        self.query.setFocus()
        self.schedule()

    def hideEvent(self, event) -> None:
        """Closed or minimised: stop following changes (nothing here is touched until shown again)."""
        if not event.spontaneous():
            self.bus_link.disconnect()
        super().hideEvent(event)


def _tags(row: dict | None) -> list:
    """An item snapshot's tags (none for a created or deleted side)."""
    return (row or {}).get("tags") or []
