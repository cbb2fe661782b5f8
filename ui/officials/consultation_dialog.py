"""The office's positions: each recurring group and single statement with its answer (uwzględniono / częściowo /
nie uwzględniono), justification and programme paragraph; filtered, answered by keyboard, undoable, and exported
as the consultation report (DOCX, PDF, XLSX)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import operations
from facilitator.kinds import RESPONSE_POSITIONS
from facilitator.operations import lookups
from facilitator.report import consultation
from facilitator.search import NO_RESPONSE
from ui.kinds import kind_icon, position_label
from ui.models.import_plan_model import pretty_date
from ui.officials import workers
from ui.officials.consultation_entries import Entry, entries_of, matching
from ui.officials.consultation_live import ConsultationLive
from ui.officials.follow import Follow, refill
from ui.settings import Settings
from ui.signals import bus
from ui.undo import run_operation

COL_NUMBER, COL_TEXT, COL_AREA, COL_COUNT, COL_POSITION, COL_PARAGRAPH, COL_JUSTIFICATION = range(7)
KEYS = {Qt.Key.Key_1: RESPONSE_POSITIONS[0], Qt.Key.Key_2: RESPONSE_POSITIONS[1], Qt.Key.Key_3: RESPONSE_POSITIONS[2]}
SUFFIXES = ("docx", "pdf", "xlsx")


def _errors() -> tuple[type[BaseException], ...]:
    from facilitator.recurring import RecurringError
    from facilitator.render.base import ExportError
    from facilitator.report import ReportError

    return (ReportError, RecurringError, ExportError, OSError)


class ConsultationDialog(QDialog):
    """Groups and single statements with the office's answers; 1/2/3 answer the chosen one, Ctrl+Z takes it back."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.entries: list[Entry] = []
        self.result: consultation.Consultation | None = None
        self.shown: list[Entry] = []
        self.jobs = workers.Latest(self.recompute, self._computed, self._failed, self)
        self.export_worker: workers.Worker | None = None
        self.written: Path | None = None
        self._editor: tuple[str | None, str, str] = (None, "", "")  # the remark in the editor, as it was filled
        self._chosen: str | None = None  # the remark chosen before the list was emptied to be read again
        self.setWindowTitle(self.tr("Stanowiska urzędu"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1100, 720)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(150)
        self.filter_timer.timeout.connect(self.refilter)
        self.undo_stack = QUndoStack(self)
        self._build()
        self.reload_series()
        self.recompute()
        self.follow = Follow(self, self._data_changed)  # groups corrected or series renamed elsewhere: read again
        self.live = ConsultationLive(self)  # another official's import or answer: read again quietly

    # ---- building ---------------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build(self) -> None:
        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Seria"))
        self.series_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(self.tr("Pokaż"))
        self.show_combo.addItem(self.tr("Wszystkie"), None)
        self.show_combo.addItem(position_label(None), NO_RESPONSE)
        for position in RESPONSE_POSITIONS:
            self.show_combo.addItem(position_label(position), position)
        self.show_combo.addItem(self.tr("różne stanowiska w grupie"), consultation.MIXED)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refilter())
        self.text_filter = QLineEdit(self)
        self.text_filter.setAccessibleName(self.tr("Szukaj w uwagach i uzasadnieniach"))
        self.text_filter.setPlaceholderText(self.tr("treść, uzasadnienie, paragraf…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(lambda _t: self.filter_timer.start())
        top = QHBoxLayout()
        for text, widget in ((self.tr("S&eria:"), self.series_combo), (self.tr("P&okaż:"), self.show_combo),
                             (self.tr("Sz&ukaj:"), self.text_filter)):
            top.addWidget(self._label(text, widget))
            top.addWidget(widget, 1)
        self.table = self._make_table()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._make_editor())
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)  # the list gets the height; the editor what it needs
        splitter.setStretchFactor(1, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._make_buttons())
        for keys, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo),
                           ("Ctrl+Y", self.undo_stack.redo), ("Ctrl+Return", self.save_text)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self._show_current()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 7, self)
        table.setHorizontalHeaderLabels([self.tr("Nr"), self.tr("Uwaga"), self.tr("Obszar"), self.tr("Wypowiedzi"),
                                         self.tr("Stanowisko"), self.tr("Paragraf"), self.tr("Uzasadnienie")])
        table.setAccessibleName(self.tr("Uwagi i stanowiska urzędu"))
        table.setToolTip(self.tr("1 – uwzględniono, 2 – uwzględniono częściowo, 3 – nie uwzględniono, "
                                 "0 lub Delete – bez stanowiska"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_AREA, 190), (COL_JUSTIFICATION, 280)):  # long titles must not squeeze the remark
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        table.itemSelectionChanged.connect(self._show_current)
        table.installEventFilter(self)
        return table

    def _make_editor(self) -> QWidget:
        editor = QWidget(self)
        self.members = QLabel(editor)
        self.members.setWordWrap(True)
        self.members.setTextFormat(Qt.TextFormat.PlainText)
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position_combo = QComboBox(editor)
        self.position_combo.setAccessibleName(self.tr("Stanowisko urzędu"))
        self.position_combo.addItem(position_label(None), None)
        for position in RESPONSE_POSITIONS:
            self.position_combo.addItem(position_label(position), position)
        self.position_combo.activated.connect(self._position_chosen)
        self.paragraph_edit = QLineEdit(editor)
        self.paragraph_edit.setAccessibleName(self.tr("Paragraf programu"))
        self.paragraph_edit.setPlaceholderText(self.tr("np. § 5 ust. 2"))
        self.justification_edit = QPlainTextEdit(editor)
        self.justification_edit.setAccessibleName(self.tr("Uzasadnienie"))
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setPlaceholderText(self.tr("Dlaczego urząd uwzględnia uwagę lub nie "
                                                           "(Ctrl+Enter zapisuje)"))
        self.save_button = QPushButton(self.tr("Zapi&sz uzasadnienie"), editor)
        self.save_button.setToolTip(self.tr("Zapisz uzasadnienie i paragraf (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_text)
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.members)
        form.addRow(self._label(self.tr("St&anowisko:"), self.position_combo), self.position_combo)
        form.addRow(self._label(self.tr("&Paragraf programu:"), self.paragraph_edit), self.paragraph_edit)
        form.addRow(self._label(self.tr("U&zasadnienie:"), self.justification_edit), self.justification_edit)
        form.addRow("", self.save_button)
        return editor

    def _make_buttons(self) -> QHBoxLayout:
        self.undo_button = QPushButton(self.tr("&Cofnij"), self)
        self.undo_button.setToolTip(self.tr("Cofnij ostatnią zmianę stanowiska (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.export_button = QPushButton(self.tr("Eksportuj &raport…"), self)
        self.export_button.setToolTip(self.tr("Raport z konsultacji (DOCX, PDF lub XLSX) dla wybranej serii"))
        self.export_button.clicked.connect(self.choose_export)
        close = QPushButton(self.tr("Za&mknij"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        return buttons

    def reload_series(self) -> None:
        """Fill the series filter from the database (the chosen series stays chosen while it exists)."""
        refill(self.series_combo, self.tr("Wszystkie serie"), lookups.series_names(self.engine))

    def _data_changed(self) -> None:
        """Data changed in another window (groups corrected, a series renamed): the list is read again."""
        self.reload_series()
        self.recompute()

    # ---- computing --------------------------------------------------------------------------------------

    def options(self):
        """The meetings and grouping of the list and of the exported report: the recurring window's threshold and
        its "compare across areas", so a remark here is a group as the official saw it there."""
        from facilitator.report import ReportOptions

        settings = Settings()
        return ReportOptions(series=self.series_combo.currentData(), threshold=settings.recurring_threshold,
                             across_areas=settings.recurring_across_areas)

    @property
    def busy(self) -> bool:
        """Whether the list is being computed (nothing can be answered meanwhile)."""
        return self.jobs.running

    def recompute(self) -> None:
        """Group the statements again in the background (the series changed, or the window opened)."""
        if self.jobs.deferred():
            return
        options, chosen = self.options(), self.current()
        if chosen is not None:
            self._chosen = chosen.ids[0]  # chosen again once read, with what is typed for it
        self.status.setText(self.tr("Wczytywanie uwag…"))
        self.jobs.start(workers.Worker(lambda _p, _t: consultation.collect(self.engine, options, split=False),
                                       _errors()))
        self.entries, self.shown = [], []  # emptied once busy: the editor keeps what is typed
        self.table.setRowCount(0)
        self._show_current()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Brak uwag: %1").replace("%1", message))
        self._show_current()

    def _computed(self, result: consultation.Consultation) -> None:
        self.result = result
        self.entries = entries_of(result)
        self.refilter(self._chosen)
        self._chosen = None

    def refresh_answers(self, touched: set[str] | None = None) -> None:
        """Read the answers again (after a change, an undo or a redo); the grouping itself has not changed.

        Only the remarks of `touched` statements are read (all when None); with no filter on, their rows are
        rewritten in place, so answering stays instant in a list of thousands."""
        affected = [n for n, e in enumerate(self.entries) if touched is None or touched.intersection(e.ids)]
        answers = consultation.answers_of(self.engine, [i for n in affected for i in self.entries[n].ids])
        for n in affected:
            entry = self.entries[n]
            self.entries[n] = Entry(entry.area, replace(entry.remark,
                                                        answer=consultation.common_answer(entry.ids, answers)))
        if self.show_combo.currentData() is not None or self.text_filter.text().strip() or \
                len(self.shown) != len(self.entries):
            self.refilter()
            return
        self.shown = list(self.entries)
        for n in affected:
            self._fill_row(n, self.entries[n])
        self._show_current()
        self._count()

    # ---- the list ---------------------------------------------------------------------------------------

    def refilter(self, key: str | None = None) -> None:
        """Show the entries matching the position and text filters, keeping the chosen one (or `key`'s) chosen."""
        self.filter_timer.stop()
        chosen = self.current()
        key = chosen.ids[0] if chosen else key
        self.shown = self.visible(self.entries)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.shown))
        for row, entry in enumerate(self.shown):
            self._fill_row(row, entry)
        self.table.blockSignals(False)
        rows = [r for r, e in enumerate(self.shown) if key in e.ids]
        if self.shown:
            self.table.selectRow(rows[0] if rows else 0)
        self._show_current()
        self._count()

    def visible(self, entries: list[Entry]) -> list[Entry]:
        """The entries the position and text filters let through."""
        return matching(entries, self.show_combo.currentData(), self.text_filter.text())

    def _count(self) -> None:
        answered = sum(1 for e in self.entries if e.remark.answer.position is not None)
        self.status.setText(self.tr("Uwagi: %1 z %2; ze stanowiskiem: %3").replace("%1", str(len(self.shown)))
                            .replace("%2", str(len(self.entries))).replace("%3", str(answered)))

    def _fill_row(self, row: int, entry: Entry) -> None:
        remark, answer = entry.remark, entry.remark.answer
        position = self.tr("różne stanowiska w grupie") if answer.position == consultation.MIXED \
            else position_label(answer.position)
        said = len(remark.members)
        values = (str(remark.number), remark.heading, entry.area,
                  self.tr("%n wypowiedzi", "", said),
                  position, answer.paragraph or "", answer.justification)
        for col, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if col == COL_TEXT:
                cell.setIcon(kind_icon(remark.members[0].kind))
                cell.setToolTip(remark.heading)
            self.table.setItem(row, col, cell)

    def current(self) -> Entry | None:
        """The entry chosen in the list."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _show_current(self) -> None:
        entry = None if self.busy else self.current()
        waiting = entry is None and self.busy and self.typed()  # the list is read again: the text waits for it
        for widget in (self.position_combo, self.save_button):
            widget.setEnabled(entry is not None)
        for edit in (self.paragraph_edit, self.justification_edit):
            edit.setEnabled(entry is not None or waiting)
            edit.setReadOnly(entry is None)  # keeps the focus while waiting (typing goes nowhere else)
        self.export_button.setEnabled(self.export_worker is None)
        if entry is None:
            self.members.setText("")
            self.position_combo.setCurrentIndex(0)
            if waiting:
                return
            self.paragraph_edit.clear()
            self.justification_edit.clear()
            self._editor = (None, "", "")
            return
        lines = []
        for s in entry.remark.members:
            m = self.result.data.meeting(s.meeting_id)
            origin = f"{m.title}, {pretty_date(m.date)}" + (f" — {s.organisation}" if s.organisation else "")
            lines.append(f"– {s.text} ({origin})")
        self.members.setText("\n".join(lines))
        answer = entry.remark.answer
        index = self.position_combo.findData(answer.position) if answer.position != consultation.MIXED else -1
        self.position_combo.setCurrentIndex(max(index, 0))
        self.position_combo.setToolTip(self.tr("Wypowiedzi tej grupy mają różne stanowiska; wybór nada "
                                               "wszystkim jedno.") if answer.position == consultation.MIXED else "")
        stored = (answer.paragraph or "", answer.justification)
        if self.typed() and self._editor[0] in entry.ids and self._typed_text() != stored:
            return  # the same remark read again: what is being typed (not saved yet) stays as it is
        self.paragraph_edit.setText(stored[0])
        self.justification_edit.setPlainText(stored[1])
        self._editor = (entry.ids[0], *stored)

    def _typed_text(self) -> tuple[str, str]:
        return self.paragraph_edit.text(), self.justification_edit.toPlainText()

    def typed(self) -> bool:
        """Whether the paragraph or justification in the editor was changed and not saved."""
        key, paragraph, justification = self._editor
        return key is not None and self._typed_text() != (paragraph, justification)

    # ---- answering --------------------------------------------------------------------------------------

    # the context run_operation and the undo commands expect (engine, undo_stack, notify, error, fail)

    def notify(self, changes: operations.Changes) -> None:
        """An answer was stored, undone or redone: show it and tell the other windows."""
        with self.follow.announcing():
            bus().meetings_changed.emit()
        self.refresh_answers({change.id for change in changes})

    def error(self, message: str) -> None:
        """An operation refused: say why in the status line."""
        self.status.setText(self.tr("Nie udało się: %1").replace("%1", message))

    fail = error

    def set_position(self, position: str | None) -> None:
        """Answer the chosen remark (every statement of a group) with this position; None takes the answer back."""
        entry = None if self.busy else self.current()
        if entry is None:
            return
        if position is None:
            run_operation(self, self.tr("Usunięcie stanowiska"), operations.clear_response, item_ids=entry.ids)
            return
        run_operation(self, self.tr("Zmiana stanowiska"), operations.set_response, item_ids=entry.ids,
                      position=position)

    def _position_chosen(self, index: int) -> None:
        self.set_position(self.position_combo.itemData(index))

    def save_text(self) -> None:
        """Store the justification and paragraph typed (with the position chosen, for a remark not answered yet)."""
        entry = None if self.busy else self.current()
        if entry is None:
            return
        fields = {"justification": self.justification_edit.toPlainText(), "paragraph": self.paragraph_edit.text()}
        position = self.position_combo.currentData()
        if position is not None and entry.remark.answer.position in (None, consultation.MIXED):
            fields["position"] = position
        if run_operation(self, self.tr("Zmiana uzasadnienia"), operations.set_response, item_ids=entry.ids,
                         **fields):
            self.status.setText(self.tr("Zapisano uzasadnienie."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list: 1, 2, 3 answer the chosen remark; 0 or Delete take the answer back."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key in KEYS:
                self.set_position(KEYS[key])
                return True
            if key in (Qt.Key.Key_0, Qt.Key.Key_Delete):
                self.set_position(None)
                return True
        return super().eventFilter(watched, event)

    # ---- the report -------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        """Ask where to write the consultation report, then write it in the background."""
        folder = Path(Settings().export_folder())
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Zapisz raport z konsultacji"), str(folder / self.tr("raport-z-konsultacji.docx")),
            self.tr("Dokument Word (*.docx);;PDF (*.pdf);;Arkusz Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path), chosen)

    def export_to(self, target: Path, chosen_filter: str = "") -> None:
        """Write the report for the series shown (format from the file's extension, else the filter chosen)."""
        if self.export_worker is not None:
            return
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in SUFFIXES:
            fmt = next((s for s in SUFFIXES if f"*.{s}" in chosen_filter), "docx")
            target = target.with_suffix(f".{fmt}")
        from facilitator import report

        options = self.options()
        self.status.setText(self.tr("Tworzenie raportu…"))
        self.export_worker = workers.Worker(
            lambda p, t: report.write(self.engine, fmt, options, target, kind="consultation", progress=p,
                                      check=t.check), _errors())
        self.export_worker.signals.finished.connect(self._exported)
        self.export_worker.signals.failed.connect(
            lambda m: self._export_ended(self.tr("Nie udało się: %1").replace("%1", m)))
        self.export_worker.signals.cancelled.connect(lambda: self._export_ended(self.tr("Anulowano.")))
        self._show_current()
        workers.start(self.export_worker)

    def _export_ended(self, message: str) -> None:
        self.export_worker = None
        self.status.setText(message)
        self._show_current()

    def _exported(self, target: Path) -> None:
        self.written = target
        settings = Settings()
        settings.remember_export_folder(str(target.parent))
        settings.sync()
        self._export_ended(self.tr("Zapisano raport: %1").replace("%1", str(target)))
