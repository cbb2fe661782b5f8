"""Plik → Wyślij do bazy urzędu…: the laptop's meetings into the office database, previewed, then sent in one go.

The work is `facilitator.push` (the import of each meeting's meeting file, as `facilitator push`), off the GUI
thread. The whole push is one transaction in the office database: Cancel, an error or a conflict leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import meetingfile, push
from facilitator.store import DatabaseError
from facilitator.store.paths import without_password
from ui.models.import_plan_model import (
    COL_CHANGES,
    COL_SOURCE,
    COL_TITLE,
    ImportPlanModel,
    entity_label,
    plan_rows,
    pretty_date,
    side_text,
)
from ui.officials import workers
from ui.settings import Settings

# The import's policies (`facilitator push --on-conflict`), worded from the laptop's side: "local" is the office.
POLICIES = (
    ("refuse", QT_TRANSLATE_NOOP("PushDialog", "Nie wysyłaj, pokaż konflikty")),
    ("keep", QT_TRANSLATE_NOOP("PushDialog", "Zostaw wersję urzędu")),
    ("theirs", QT_TRANSLATE_NOOP("PushDialog", "Weź wersję z laptopa")),
    ("newer", QT_TRANSLATE_NOOP("PushDialog", "Weź nowszą wersję")),
)
EXPECTED = (DatabaseError, push.PushError, meetingfile.MeetingFileError)


@dataclass
class Preview:
    """A dry run: the office database (kept open for sending), how messages name it, and the import plan."""

    target: Engine
    name: str
    plan: meetingfile.ImportPlan


def preview(local: Engine, url: str, meeting_ids: list[str], progress, token: workers.CancelToken) -> Preview:
    """Open and check the office database, then plan the import of the meetings' files (nothing is written)."""
    from facilitator.store.connection import engine_name

    progress(0, 3, "")
    target = push.open_target(url)
    try:
        push.check_distinct(local, target)
        token.check()
        sources = push.documents(local, push.chosen_meetings(local, meeting_ids))
        progress(1, 3, "")
        plan = meetingfile.plan_import(target, sources, should_cancel=lambda: token.cancelled)
    except BaseException:
        target.dispose()
        raise
    progress(3, 3, "")
    return Preview(target, engine_name(target), plan)


def send(shown: Preview, policy: str, progress, token: workers.CancelToken) -> meetingfile.ImportResult:
    """Store the previewed meetings in one transaction, merged again against the office database as it is now."""
    return meetingfile.apply_import(shown.target, shown.plan, on_conflict=policy,
                                    progress=lambda done, total: progress(done, total, ""),
                                    should_cancel=lambda: token.cancelled)


def conflict_lines(plan) -> str:
    """Each conflict with the office's and the laptop's version, in the UI's language."""
    translate = QCoreApplication.translate
    lines = []
    for m in plan.meetings:
        for c in m.conflicts:
            lines.append(f"{m.title} ({pretty_date(m.date)}) — {entity_label(c.entity)}: {c.label}")
            office, laptop = (side_text(c.entity, side).replace("\n", "\n        ") for side in (c.local, c.theirs))
            lines.append("    " + translate("PushDialog", "w bazie urzędu: %1").replace("%1", office))
            lines.append("    " + translate("PushDialog", "na laptopie: %1").replace("%1", laptop))
    return "\n".join(lines)


class PushDialog(QDialog):
    """Office URL, which meetings, a preview (dry run), then Send; per-meeting results and conflicts shown."""

    sent = Signal(object)  # facilitator.meetingfile.ImportResult

    def __init__(self, engine: Engine, selected: list[str], parent: QWidget | None = None, *, url: str = "") -> None:
        super().__init__(parent)
        self.engine = engine
        self.selected = list(selected)
        self.shown: Preview | None = None
        self.result_: meetingfile.ImportResult | None = None
        self.setWindowTitle(self.tr("Wyślij do bazy urzędu"))
        self.resize(900, 600)
        self.plan_model = ImportPlanModel(self)
        self._build(url)
        self.job = workers.DialogJob(self, self.status, self.progress, self.close_button, idle=self._idle)

    def _build(self, url: str) -> None:
        self.url_edit = QLineEdit(url, self)
        self.url_edit.setPlaceholderText(self.tr("postgresql://login@serwer/facilitator albo ścieżka pliku bazy"))
        self.url_edit.setAccessibleName(self.tr("Adres bazy urzędu"))
        hint = QLabel(self.tr("Hasło nie jest zapisywane: najlepiej trzymać je w pliku .pgpass."), self)
        hint.setWordWrap(True)
        self.selected_radio = QRadioButton(self.tr("Tylko zaz&naczone spotkanie"), self)
        self.all_radio = QRadioButton(self.tr("Wszystkie s&potkania"), self)
        scope = QButtonGroup(self)
        for button in (self.selected_radio, self.all_radio):
            scope.addButton(button)
        self.selected_radio.setEnabled(bool(self.selected))
        (self.selected_radio if self.selected else self.all_radio).setChecked(True)
        self.policy_combo = QComboBox(self)
        for key, label in POLICIES:
            self.policy_combo.addItem(QCoreApplication.translate("PushDialog", label), key)
        self.policy_combo.setAccessibleName(self.tr("Gdy wypowiedź zmieniono i w urzędzie, i na laptopie"))
        form = QFormLayout()
        form.addRow(self.tr("&Baza urzędu:"), self.url_edit)
        form.addRow("", hint)
        which = QHBoxLayout()
        which.addWidget(self.selected_radio)
        which.addWidget(self.all_radio)
        which.addStretch(1)
        form.addRow(self.tr("Spotkania:"), which)
        form.addRow(self.tr("&Konflikty:"), self.policy_combo)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and isinstance(label.widget(), QLabel) and field is not None and field.widget():
                label.widget().setBuddy(field.widget())
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Postęp"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = self._make_table()
        self.conflicts = QPlainTextEdit(self)
        self.conflicts.setReadOnly(True)
        self.conflicts.setAccessibleName(self.tr("Konflikty"))
        self.conflicts.hide()
        self.buttons = QDialogButtonBox(self)
        self.check_button = self.buttons.addButton(self.tr("&Sprawdź"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button = self.buttons.addButton(self.tr("&Wyślij"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("&Anuluj"), QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.send_button.clicked.connect(self.start_send)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.buttons)
        # A changed address, choice of meetings or policy needs a new preview.
        self.url_edit.textChanged.connect(self._forget_preview)
        for button in (self.selected_radio, self.all_radio):
            button.toggled.connect(self._forget_preview)
        self.policy_combo.currentIndexChanged.connect(self._forget_preview)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.plan_model)
        table.setAccessibleName(self.tr("Spotkania do wysłania"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setColumnHidden(COL_SOURCE, True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        return table

    # ---- preview ---------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether checking or sending is under way (until its outcome reached the GUI thread)."""
        return self.job.running

    def meeting_ids(self) -> list[str]:
        """The meetings chosen: the selected one, or none for every meeting."""
        return self.selected if self.selected_radio.isChecked() else []

    def policy(self) -> str:
        """What to do with a row edited both in the office and on the laptop (`--on-conflict`)."""
        return self.policy_combo.currentData()

    def check(self) -> None:
        """Preview the push in the background: what would change in the office database, and the conflicts."""
        if self.busy:
            return
        self._forget_preview()
        url, ids, local = self.url_edit.text().strip(), self.meeting_ids(), self.engine
        self.status.setText(self.tr("Łączenie z bazą urzędu i sprawdzanie…"))
        self._run(lambda progress, token: preview(local, url, ids, progress, token), self._previewed)

    def _previewed(self, shown: Preview) -> None:
        self.shown = shown
        plan = shown.plan
        self.plan_model.set_rows(plan_rows(plan, []))
        self.table.resizeRowsToContents()
        self.conflicts.setPlainText(conflict_lines(plan))
        self.conflicts.setVisible(bool(plan.conflicts))
        refused = bool(plan.conflicts) and self.policy() == "refuse"
        changes = plan.count("new") or plan.count("updated") or (plan.conflicts and not refused)
        if not changes and not refused and plan.meetings:  # said once, not also by the command line's summary
            lines = [self.tr("Nie ma nic do wysłania: baza urzędu ma już te spotkania.")]
        else:
            lines = [push.summary(plan, shown.name, dry_run=True)]
        if refused:
            lines.append(self.tr("Konflikty: %1. Te same wypowiedzi zmieniono w urzędzie i na laptopie; nic nie "
                                 "zostanie wysłane, dopóki nie wybierzesz, która wersja ma zostać.")
                         .replace("%1", str(len(plan.conflicts))))
        self.status.setText("\n".join(lines))
        self.send_button.setEnabled(bool(changes) and not refused)

    def _forget_preview(self, *_args) -> None:
        """A changed address, choice or policy needs a new preview before anything is sent."""
        if self.busy:
            return
        self.send_button.setEnabled(False)
        if self.shown is not None:
            self.shown.target.dispose()
            self.shown = None
            self.plan_model.set_rows([])
            self.conflicts.clear()
            self.conflicts.hide()
            self.status.clear()

    # ---- sending ---------------------------------------------------------------------------------------

    def start_send(self) -> None:
        """Send the previewed meetings in one background transaction."""
        if self.shown is None or self.busy:
            return
        shown, policy = self.shown, self.policy()
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Wysyłanie…"))
        self._run(lambda progress, token: send(shown, policy, progress, token), self._sent)

    def _sent(self, result: meetingfile.ImportResult) -> None:
        self.result_ = result
        self.plan_model.set_rows(plan_rows(result, []))
        self.table.resizeRowsToContents()
        self.status.setText(push.summary(result, self.shown.name, dry_run=False))
        Settings().push_url = without_password(self.url_edit.text().strip())  # the next push's default
        self.check_button.setEnabled(False)
        self.close_button.setText(self.tr("&Zamknij"))
        self.sent.emit(result)

    # ---- running ---------------------------------------------------------------------------------------

    def _run(self, job, on_done) -> None:
        for widget in (self.url_edit, self.selected_radio, self.all_radio, self.policy_combo, self.check_button):
            widget.setEnabled(False)
        self.job.start(workers.Worker(job, expected=EXPECTED, cancelled_by=(meetingfile.ImportCancelled,)),
                       on_done, self._failed, self._cancelled)

    def _idle(self) -> None:
        """Nothing runs: what can be changed for another preview is enabled again (not after sending)."""
        for widget in (self.url_edit, self.all_radio, self.policy_combo, self.check_button):
            widget.setEnabled(self.result_ is None)
        self.selected_radio.setEnabled(bool(self.selected) and self.result_ is None)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Nie udało się: %1. Baza urzędu pozostała bez zmian.").replace("%1", message))
        self.send_button.setEnabled(False)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Anulowano. Baza urzędu pozostała bez zmian."))
        self.send_button.setEnabled(self.shown is not None)

    def reject(self) -> None:
        """Cancel stops the work under way (the office database rolls back) before closing; otherwise it closes."""
        if not self.job.cancel():
            super().reject()

    def done(self, result: int) -> None:
        """Closed: the office database's connections are let go."""
        if self.shown is not None and not self.busy:
            self.shown.target.dispose()
        super().done(result)
