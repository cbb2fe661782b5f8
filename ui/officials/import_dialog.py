"""Import many meeting files at once: load and preview off the GUI thread, resolve conflicts, store in one go."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import meetingfile
from facilitator.i18n import reason
from ui.models.import_plan_model import (
    COL_C_CHOICE,
    COL_C_MEETING,
    COL_CHANGES,
    COL_TITLE,
    KEEP,
    THEIRS,
    ConflictsModel,
    ImportPlanModel,
    plan_rows,
    side_details,
)
from ui.officials import workers
from ui.officials.text import meeting_files
from ui.signals import bus


def one_line(exc: BaseException) -> str:
    """A file's error without its path (the preview shows the file name in its own column)."""
    if isinstance(exc, meetingfile.MeetingFileError):
        return f"{exc.where}: {exc.message}" if exc.where else exc.message
    if isinstance(exc, OSError):
        return reason(exc)
    return str(exc)


def load_batch(engine: Engine, paths: list[Path], progress, token: workers.CancelToken):
    """Read and validate every file, then plan the import; bad files are set aside, never fatal."""
    sources, invalid = [], []
    for index, path in enumerate(paths):
        token.check()
        progress(index, len(paths) + 1, path.name)
        try:
            sources.append(meetingfile.open_source(path))
        except (meetingfile.MeetingFileError, OSError) as exc:
            invalid.append((str(path), one_line(exc)))
    progress(len(paths), len(paths) + 1, "")
    while True:
        try:
            plan = meetingfile.plan_import(engine, sources, should_cancel=lambda: token.cancelled) if sources else None
            break
        except meetingfile.MeetingFileError as exc:  # a batch clash names its file: set it aside, plan again
            bad = [s for s in sources if s.name and s.name == exc.file]
            if not bad:
                raise
            sources.remove(bad[0])
            invalid.append((bad[0].name, one_line(exc)))
    return plan, invalid


def chosen_sides(plan) -> dict[str, str]:
    """The user's choice per conflict (RowConflict.resolution, set in the preview), keyed for apply_import."""
    return {c.key: c.resolution for c in plan.conflicts if c.resolution in (KEEP, THEIRS)}


def apply_batch(engine: Engine, plan, progress, token: workers.CancelToken):
    """Store the plan in one transaction as the user chose per conflict; Cancel before the commit stores nothing.

    A conflict that appeared after the preview (someone edited the database meanwhile) keeps the local version.
    """
    return meetingfile.apply_import(
        engine, plan, on_conflict="keep", choices=chosen_sides(plan),
        progress=lambda done, total: progress(done, total, ""), should_cancel=lambda: token.cancelled,
    )


class ConflictPanel(QGroupBox):
    """The conflicts table, both versions of the chosen one side by side, and the choice."""

    def __init__(self, model: ConflictsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Konflikty: zmienione i u mnie, i w pliku"))
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Lista konfliktów"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_C_MEETING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_C_MEETING, 230)
        header.setSectionResizeMode(COL_C_CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.local_text = self._side(self.tr("Moja wersja (w bazie)"))
        self.file_text = self._side(self.tr("Wersja z pliku"))
        self.keep_radio = QRadioButton(self.tr("&Zachowaj moją wersję"), self)
        self.theirs_radio = QRadioButton(self.tr("&Weź wersję z pliku"), self)
        self.choice_group = QButtonGroup(self)
        self.choice_group.addButton(self.keep_radio)
        self.choice_group.addButton(self.theirs_radio)
        self.all_keep = QPushButton(self.tr("Wszystkie: zachowaj &moje"), self)
        self.all_theirs = QPushButton(self.tr("Wszystkie: weź z &plików"), self)
        self._layout()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.keep_radio.toggled.connect(lambda on: on and self._choose(KEEP))
        self.theirs_radio.toggled.connect(lambda on: on and self._choose(THEIRS))
        self.all_keep.clicked.connect(lambda: self._choose_all(KEEP))
        self.all_theirs.clicked.connect(lambda: self._choose_all(THEIRS))
        model.modelReset.connect(self._after_reset)

    def _side(self, title: str) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setReadOnly(True)
        box.setAccessibleName(title)
        box.setPlaceholderText(title)
        box.setTabChangesFocus(True)
        return box

    def _layout(self) -> None:
        sides = QGridLayout()
        sides.addWidget(QLabel(self.local_text.accessibleName(), self), 0, 0)
        sides.addWidget(QLabel(self.file_text.accessibleName(), self), 0, 1)
        sides.addWidget(self.local_text, 1, 0)
        sides.addWidget(self.file_text, 1, 1)
        sides.addWidget(self.keep_radio, 2, 0)
        sides.addWidget(self.theirs_radio, 2, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.all_keep)
        buttons.addWidget(self.all_theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addLayout(sides, 1)
        layout.addLayout(buttons)

    def _after_reset(self) -> None:
        self.setVisible(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.resizeRowsToContents()
        self._show_current()

    def current_row(self) -> int:
        """The conflict being looked at (-1 when none)."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_current(self) -> None:
        row = self.current_row()
        enabled = row >= 0
        for widget in (self.keep_radio, self.theirs_radio, self.local_text, self.file_text):
            widget.setEnabled(enabled)
        if not enabled:
            self.local_text.clear()
            self.file_text.clear()
            return
        c = self.model.conflict_at(row)
        self.local_text.setPlainText(side_details(c.entity, c.local, c.fields))
        self.file_text.setPlainText(side_details(c.entity, c.theirs, c.fields))
        (self.theirs_radio if c.resolution == THEIRS else self.keep_radio).setChecked(True)

    def _choose(self, choice: str) -> None:
        row = self.current_row()
        if row >= 0 and self.model.conflict_at(row).resolution != choice:
            self.model.set_choice(row, choice)

    def _choose_all(self, choice: str) -> None:
        self.model.set_all(choice)
        self._show_current()


class ImportDialog(QDialog):
    """Preview of an import batch: nothing is stored until Import, and then all of it in one transaction."""

    imported = Signal(object)  # facilitator.meetingfile.ImportResult

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.plan = None
        self.invalid: list[tuple[str, str]] = []
        self.result_ = None
        self.setWindowTitle(self.tr("Import spotkań"))
        self.setAccessibleName(self.tr("Podgląd importu spotkań"))
        self.resize(980, 680)
        self.plan_model = ImportPlanModel(self)
        self.conflicts_model = ConflictsModel(self)
        self._build()
        self.job = workers.DialogJob(self, self.status, self.progress, self.cancel_button)
        self.conflicts_model.choices_changed.connect(self._update_summary)

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Postęp"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setModel(self.plan_model)
        self.table.setAccessibleName(self.tr("Spotkania i pliki do importu"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.conflicts = ConflictPanel(self.conflicts_model, self)
        self.conflicts.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Importuj"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("&Anuluj"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.conflicts, 3)
        layout.addWidget(self.buttons)

    # ---- loading ---------------------------------------------------------------------------------------

    def load(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Read, validate and plan the chosen files and folders in the background."""
        files = meeting_files(paths)
        self.heading.setText(self.tr("Pliki do importu: %1").replace("%1", str(len(files))))
        self.plan, self.invalid, self.result_ = None, [], None
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Wczytywanie i sprawdzanie plików…"))
        self._run(lambda progress, token: load_batch(self.engine, files, progress, token), self._loaded)

    def _run(self, job, on_done) -> None:
        worker = workers.Worker(job, expected=(meetingfile.MeetingFileError,),
                                cancelled_by=(meetingfile.ImportCancelled,))
        worker.signals.progress.connect(self._checking)
        self.job.start(worker, on_done, self._failed, self._cancelled)

    @property
    def busy(self) -> bool:
        """Whether loading or importing is under way (until its outcome reached the GUI thread)."""
        return self.job.running

    def _checking(self, _done: int, _total: int, what: str) -> None:
        if what:
            self.status.setText(self.tr("Sprawdzanie: %1").replace("%1", what))

    def _loaded(self, outcome) -> None:
        self.plan, self.invalid = outcome
        self.plan_model.set_rows(plan_rows(self.plan, self.invalid))
        self.conflicts_model.set_rows(self.plan)
        self.table.resizeRowsToContents()
        self._update_summary()

    def _update_summary(self) -> None:
        if self.result_ is not None:
            return
        plan = self.plan
        new = plan.count("new") if plan else 0
        updated = plan.count("updated") if plan else 0
        unchanged = plan.count("unchanged") if plan else 0
        conflicts = len(plan.conflicts) if plan else 0
        theirs = sum(1 for c in plan.conflicts if c.resolution == THEIRS) if plan else 0
        parts = [self.tr("Nowe: %1").replace("%1", str(new)), self.tr("Aktualizacje: %1").replace("%1", str(updated)),
                 self.tr("Bez zmian: %1").replace("%1", str(unchanged))]
        if self.invalid:
            parts.append(self.tr("Błędne pliki: %1 (pominięte)").replace("%1", str(len(self.invalid))))
        if conflicts:
            parts.append(self.tr("Konflikty: %1 (z pliku: %2, moje: %3)").replace("%1", str(conflicts))
                         .replace("%2", str(theirs)).replace("%3", str(conflicts - theirs)))
        self.status.setText(" · ".join(parts))
        # A conflict settled in favour of the file is something to import even when nothing else changed.
        self.import_button.setEnabled(bool(new or updated or theirs))
        if plan is not None and not (new or updated or theirs):
            self.status.setText(self.status.text() + "\n" + self.tr("Nie ma nic do zaimportowania: wszystko jest aktualne."))

    # ---- importing -------------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Store the whole batch in one background transaction."""
        if self.plan is None or self.busy:
            return
        self.import_button.setEnabled(False)
        self.conflicts.setEnabled(False)
        self.status.setText(self.tr("Importowanie…"))
        plan = self.plan
        self._run(lambda progress, token: apply_batch(self.engine, plan, progress, token), self._imported)

    def _imported(self, result) -> None:
        self.result_ = result
        self.conflicts.setEnabled(True)
        new, updated = result.count("new"), result.count("updated")
        self.status.setText(self.tr("Zaimportowano: %1 i %2. Wszystko zapisano.")
                            .replace("%1", self.tr("%n nowych spotkań", "", new))
                            .replace("%2", self.tr("%n zaktualizowanych", "", updated)))
        self.import_button.hide()
        self.cancel_button.setText(self.tr("&Zamknij"))
        bus().meetings_changed.emit()
        for m in result.meetings:
            if m.status == "updated":
                bus().meeting_changed.emit(m.meeting_id, ())
        self.imported.emit(result)

    def _failed(self, message: str) -> None:
        self.conflicts.setEnabled(True)
        self.status.setText(self.tr("Nie udało się: %1. Nic nie zapisano.").replace("%1", message))
        self.import_button.setEnabled(self.plan is not None and self.result_ is None)

    def _cancelled(self) -> None:
        self.conflicts.setEnabled(True)
        self.status.setText(self.tr("Anulowano. Nic nie zapisano."))
        self.import_button.setEnabled(self.plan is not None and self.result_ is None)

    def reject(self) -> None:
        """Cancel stops the work under way (rolling it back) before closing; otherwise it closes."""
        if not self.job.cancel():
            super().reject()

