"""The consolidated report: choose meetings (series, dates or a hand-picked list), a format and a file; built off
the GUI thread with progress and cancel, written atomically, then offered to open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator.operations import lookups
from ui import live
from ui.models.import_plan_model import pretty_date
from ui.officials import workers
from ui.officials.follow import Follow, refill
from ui.settings import Settings
from ui.widgets.date_edit import DateEdit

FORMATS = (
    ("docx", QT_TRANSLATE_NOOP("ReportDialog", "Dokument Word (DOCX)")),
    ("pdf", QT_TRANSLATE_NOOP("ReportDialog", "PDF")),
    ("xlsx", QT_TRANSLATE_NOOP("ReportDialog", "Arkusz Excel (XLSX) – wiersz na wypowiedź")),
)
IdRole = Qt.ItemDataRole.UserRole + 1


def write_report(engine: Engine, options, fmt: str, target: Path, progress, token: workers.CancelToken) -> Path:
    """The core's report writer on a worker thread; Cancel also aborts the open query (nothing is left on disk)."""
    from facilitator import report

    with workers.abort_on_cancel(engine, token):
        return report.write(engine, fmt, options, target, progress=progress, check=token.check)


def _errors() -> tuple[type[BaseException], ...]:
    from facilitator.recurring import RecurringError
    from facilitator.render.base import ExportError
    from facilitator.report import ReportError

    return (ReportError, RecurringError, ExportError, OSError)


def _id_of(index) -> str | None:
    return index.data(IdRole)


class ReportDialog(QDialog):
    """Which meetings, which format, where; then Generate (background) and Open."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Raport zbiorczy"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 620)
        self._build()
        self.job = workers.DialogJob(self, self.status, self.progress, self.cancel_button)
        self.reload()
        self.grouping_from_settings()
        self.follow = Follow(self, self.reload)  # series renamed or meetings imported elsewhere: lists read again
        self.others = live.FollowOthers(self, self.reload)  # another official's import: the same

    def grouping_from_settings(self) -> None:
        """Group as the official last left the recurring window (threshold, across areas)."""
        settings = Settings()
        self.threshold_spin.setValue(settings.recurring_threshold)
        self.across_check.setChecked(settings.recurring_across_areas)

    def showEvent(self, event) -> None:
        """Each time the dialog opens it starts from the recurring window's grouping, not what it read when built."""
        if not event.spontaneous():
            self.grouping_from_settings()
        super().showEvent(event)

    # ---- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.by_series = QRadioButton(self.tr("Spotkania z &serii"), self)
        self.by_list = QRadioButton(self.tr("&Wybrane spotkania"), self)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.by_series)
        self.scope.addButton(self.by_list)
        self.by_series.setChecked(True)
        self.series_combo = QComboBox(self)
        self.series_combo.setAccessibleName(self.tr("Seria"))
        self.meetings_list = QListWidget(self)
        self.meetings_list.setAccessibleName(self.tr("Spotkania do raportu"))
        self.meetings_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings_list.setEnabled(False)
        self.by_list.toggled.connect(self.meetings_list.setEnabled)
        self.by_list.toggled.connect(lambda on: self.series_combo.setEnabled(not on))
        self.from_check, self.from_edit = self._date(self.tr("&Od:"), QDate(date.today().year - 1, 1, 1))
        self.to_check, self.to_edit = self._date(self.tr("&Do:"), QDate.currentDate())
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Format"))
        for fmt, label in FORMATS:
            self.format_combo.addItem(self.tr(label), fmt)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._fix_extension())
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Język raportu"))
        self.language_combo.addItem(self.tr("polski"), "pl")
        self.language_combo.addItem(self.tr("angielski"), "en")
        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setRange(0, 100)
        self.threshold_spin.setSuffix(" %")
        self.threshold_spin.setAccessibleName(self.tr("Próg podobieństwa"))
        self.threshold_spin.setToolTip(self.tr("Jak w oknie „Powtarzające się wypowiedzi”: od tego progu "
                                               "wypowiedzi z różnych spotkań tworzą jedną grupę."))
        self.confirmed_check = QCheckBox(self.tr("Tylko po&twierdzone grupy"), self)
        self.confirmed_check.setToolTip(self.tr("Grupuj tylko wypowiedzi, które urzędnik potwierdził jako jedną; "
                                                "pozostałe są w raporcie pojedynczo."))
        self.across_check = QCheckBox(self.tr("Grupy &między obszarami"), self)
        self.across_check.setToolTip(self.tr("Jak „Porównuj między obszarami” w oknie „Powtarzające się "
                                             "wypowiedzi”: grupuj podobne wypowiedzi także z różnych obszarów."))
        grouping = QHBoxLayout()
        grouping.addWidget(self.threshold_spin)
        grouping.addWidget(self.confirmed_check)
        grouping.addWidget(self.across_check)
        grouping.addStretch(1)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Plik raportu"))
        browse = QPushButton(self.tr("Wybi&erz…"), self)
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # also on macOS
        form.addRow(self.by_series, self.series_combo)
        self._add_list_row(form)
        form.addRow(self.tr("Okres:"), dates)
        form.addRow(self._label(self.tr("&Format:"), self.format_combo), self.format_combo)
        form.addRow(self._label(self.tr("&Język:"), self.language_combo), self.language_combo)
        form.addRow(self._label(self.tr("Pró&g podobieństwa:"), self.threshold_spin), grouping)
        form.addRow(self._label(self.tr("&Plik:"), self.path_edit), path_row)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Postęp"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.generate_button = QPushButton(self.tr("&Utwórz raport"), self)
        self.generate_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Otwórz &raport"), self)
        self.open_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("&Zamknij"), self)
        self.generate_button.clicked.connect(self.generate)
        self.open_button.clicked.connect(self.open_written)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.generate_button, self.open_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _add_list_row(self, form: QFormLayout) -> None:
        """The meeting list takes the spare height; its radio stays at the top (a bare radio label spreads the rows)."""
        label = QVBoxLayout()
        label.addWidget(self.by_list)
        label.addStretch(1)
        row = form.rowCount()
        form.setLayout(row, QFormLayout.ItemRole.LabelRole, label)
        form.setWidget(row, QFormLayout.ItemRole.FieldRole, self.meetings_list)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _date(self, name: str, default: QDate) -> tuple[QCheckBox, DateEdit]:
        check = QCheckBox(name, self)
        edit = DateEdit(default, self)  # typed day first; a half-typed date falls back to the last one
        edit.setAccessibleName(name.replace("&", ""))
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    def reload(self) -> None:
        """Fill the series and meetings from the database, keeping what was chosen; propose a file in the last used
        folder."""
        refill(self.series_combo, self.tr("Wszystkie spotkania"), lookups.series_names(self.engine))
        ticked = set(self.checked_meetings())
        kept = live.remember(self.meetings_list, _id_of)  # the meeting chosen and the one at the top stay
        self.meetings_list.clear()
        for m in lookups.meetings(self.engine):
            entry = QListWidgetItem(f"{pretty_date(m.date)} – {m.title}", self.meetings_list)
            entry.setData(IdRole, m.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if m.id in ticked else Qt.CheckState.Unchecked)
        live.restore(self.meetings_list, kept, _id_of)
        if not self.path_edit.text():
            folder = Settings().export_folder()
            self.path_edit.setText(str(Path(folder) / self.tr("raport-zbiorczy.docx")))
            self._fix_extension()

    # ---- choices ----------------------------------------------------------------------------------------

    def fmt(self) -> str:
        """The chosen format's extension without the dot."""
        return self.format_combo.currentData()

    def _fix_extension(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.fmt()}")))

    def choose_path(self) -> None:
        """Pick where to save (the folder is remembered for next time)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Zapisz raport"), self.path_edit.text(),
                                                    f"*.{self.fmt()}")
        if path:
            self.path_edit.setText(path)
            self._fix_extension()

    def checked_meetings(self) -> list[str]:
        """Ids of the meetings ticked in the list."""
        items = (self.meetings_list.item(r) for r in range(self.meetings_list.count()))
        return [i.data(IdRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def options(self):
        """The report's options as chosen."""
        from facilitator.report import ReportOptions

        return ReportOptions(
            series=None if self.by_list.isChecked() else self.series_combo.currentData(),
            meeting_ids=tuple(self.checked_meetings()) if self.by_list.isChecked() else None,
            date_from=self.from_edit.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_edit.date().toPython() if self.to_check.isChecked() else None,
            language=self.language_combo.currentData(),
            threshold=self.threshold_spin.value(),
            confirmed_only=self.confirmed_check.isChecked(),
            across_areas=self.across_check.isChecked(),
        )

    def _target(self) -> Path | None:
        """The output file, or None with the reason shown to the user."""
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Podaj plik raportu."))
            return None
        target = Path(text).expanduser().with_suffix(f".{self.fmt()}")
        if target.is_dir() or not target.parent.is_dir():
            self.status.setText(self.tr("Folder %1 nie istnieje.").replace("%1", str(target.parent)))
            return None
        return target

    # ---- generating -------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a report is being made."""
        return self.job.running

    def generate(self) -> None:
        """Make the report in the background."""
        if self.busy:
            return
        if self.by_list.isChecked() and not self.checked_meetings():
            self.status.setText(self.tr("Zaznacz co najmniej jedno spotkanie."))
            return
        target = self._target()
        if target is None:
            return
        options, fmt = self.options(), self.fmt()
        self.written = None
        self.open_button.setEnabled(False)
        self.generate_button.setEnabled(False)
        self.status.setText(self.tr("Tworzenie raportu…"))
        self.job.start(workers.Worker(lambda p, t: write_report(self.engine, options, fmt, target, p, t), _errors()),
                       self._done, lambda m: self._ended(self.tr("Nie udało się: %1").replace("%1", m)),
                       lambda: self._ended(self.tr("Anulowano; nie zapisano pliku.")))

    def _ended(self, message: str) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText(message)

    def _done(self, target: Path) -> None:
        self.written = target
        settings = Settings()
        settings.remember_export_folder(str(target.parent))
        settings.sync()
        self._ended(self.tr("Zapisano raport: %1").replace("%1", str(target)))
        self.open_button.setEnabled(True)
        self.open_button.setFocus()

    def open_written(self) -> None:
        """Open the report in the system's program for it."""
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def reject(self) -> None:
        """While working, Cancel stops the report (no file is left); otherwise it closes."""
        if not self.job.cancel():
            super().reject()
