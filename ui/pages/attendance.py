"""Lista obecności: participants edited in place, quick-add, CSV import, the printable sign-in sheet."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator import operations
from facilitator.csvimport import CsvImportError, read_csv
from facilitator.model import GENDERS
from facilitator.operations import OperationError, get_meeting
from facilitator.render.signin import SignInError, write_signin_sheet
from ui.dialogs import shortcuts as keys_help
from ui.dialogs.confirm import show_error
from ui.dialogs.csv_mapping import CsvMappingDialog
from ui.export_progress import run_with_progress
from ui.models.participants_model import (
    COL_EMAIL,
    COL_GENDER,
    COL_NAME,
    COL_ORGANISATION,
    ParticipantsModel,
    gender_label,
    row_from_participant,
)
from ui.settings import Settings

# What these keys do, listed by the help dialog (F1) from the bindings themselves.
PEOPLE_DELETE = QT_TRANSLATE_NOOP("Shortcuts", "Usuń zaznaczone osoby z listy obecności")


def parse_quick_entry(text: str) -> dict | None:
    """'Imię i nazwisko; organizacja; e-mail' → participant fields (only the name is required)."""
    parts = [p.strip() for p in text.split(";")]
    if not parts or not parts[0]:
        return None
    fields: dict = {"name": parts[0]}
    if len(parts) > 1 and parts[1]:
        fields["organisation"] = parts[1]
    if len(parts) > 2 and parts[2]:
        fields["email"] = parts[2]
    return fields


class GenderDelegate(QStyledItemDelegate):
    """A combo box for the gender column."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for gender in GENDERS:
            combo.addItem(gender_label(gender), gender)
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendancePage(QWidget):
    """The participant list of one meeting; each edit is one undoable step."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ParticipantsModel(self)
        self.model.update_requested.connect(self._update)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("font-weight: bold")
        self.quick = QLineEdit(self)
        self.quick.setPlaceholderText(self.tr("Imię i nazwisko; organizacja; e-mail — Enter dodaje"))
        self.quick.setAccessibleName(self.tr("Dodaj uczestnika"))
        self.quick.returnPressed.connect(self.quick_add)
        self.table = self._make_table()
        self._build_layout()
        self.setFocusProxy(self.quick)  # Alt+2 lands where the next person is typed
        ctx.changed.connect(self._changed)
        self.reload()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Uczestnicy"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setItemDelegateForColumn(COL_GENDER, GenderDelegate(table))
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        for col, mode in ((COL_NAME, QHeaderView.ResizeMode.Stretch), (COL_ORGANISATION, QHeaderView.ResizeMode.Stretch),
                          (COL_EMAIL, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        table.verticalHeader().setDefaultSectionSize(26)
        shortcut = keys_help.describe(QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table),
                                      PEOPLE_DELETE)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)
        return table

    def _build_layout(self) -> None:
        quick_label = QLabel(self.tr("Nowy uczestni&k:"), self)
        quick_label.setBuddy(self.quick)
        top = QHBoxLayout()
        top.addWidget(quick_label)
        top.addWidget(self.quick, 1)
        buttons = QHBoxLayout()
        self.delete_button = self._button(self.tr("Usuń &zaznaczonych"), self.delete_selected, buttons)
        self.import_button = self._button(self.tr("&Import z CSV…"), self.import_csv, buttons)
        self.print_button = self._button(self.tr("&Drukuj listę obecności"), None, buttons)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Z uczestnikami z listy…"), lambda: self.print_sheet(prefilled=True))
        menu.addAction(self.tr("Pusta (do podpisu przy wejściu)…"), lambda: self.print_sheet(prefilled=False))
        self.print_button.setMenu(menu)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        table_label = QLabel(self.tr("List&a uczestników"), self)
        table_label.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _button(self, text: str, slot, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        if slot:
            button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def reload(self) -> None:
        """Show what the store holds."""
        try:
            meeting = get_meeting(self.ctx.engine, self.ctx.meeting_id)
        except OperationError:
            return  # deleted from the start window; the window is closing
        self.model.set_rows(row_from_participant(p) for p in meeting.participants)
        self.count_label.setText(self.count_text(meeting.attendance))
        listed = len(meeting.participants)
        self.count_label.setToolTip(self.tr("Na liście: %1, obecnych: %2").replace("%1", str(listed)).replace(
            "%2", str(sum(1 for p in meeting.participants if p.present))))

    def count_text(self, n: int) -> str:
        """'Liczba uczestników: 22 osoby' with the Polish (or English) plural."""
        return self.tr("Liczba uczestników: %n osób", "", n)

    def _changed(self, changes) -> None:
        if any(c.entity in ("participant", "meeting") for c in changes):
            self.reload()

    def _update(self, participant_id: str, field: str, value) -> None:
        if not self.ctx.run(self.tr("Zmiana uczestnika"), operations.update_participant,
                            merge_key=f"participant:{participant_id}:{field}",
                            participant_id=participant_id, **{field: value}):
            self.reload()  # refused (e.g. an empty name): show the stored value again

    def quick_add(self) -> None:
        """Add the typed participant; focus stays for the next one."""
        fields = parse_quick_entry(self.quick.text())
        if fields and self.ctx.run(self.tr("Dodanie uczestnika"), operations.add_participant,
                                   meeting_id=self.ctx.meeting_id, **fields):
            self.quick.clear()
            self.table.scrollToBottom()
        self.quick.setFocus()

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows (or the current row)."""
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        shown = self.model.rows()
        return [shown[r].id for r in sorted(rows) if r < len(shown)]

    def delete_selected(self) -> None:
        """Delete the selected participants as one undo step."""
        ids = self.selected_ids()
        if not ids:
            return
        row = self.table.currentIndex().row()
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Usunięcie uczestników: %1").replace("%1", str(len(ids))))
        for participant in ids:
            self.ctx.run(self.tr("Usunięcie uczestnika"), operations.delete_participant, participant_id=participant)
        stack.endMacro()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), COL_NAME))

    def import_csv(self) -> None:
        """Pick a CSV, map its columns, add the participants in one step."""
        settings = Settings()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import uczestników z CSV"), settings.import_folder(),
                                              self.tr("Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)"))
        if not path:
            return
        settings.last_import_folder = str(Path(path).parent)
        try:
            table = read_csv(path)
        except CsvImportError as exc:
            show_error(self, str(exc))
            return
        dialog = CsvMappingDialog(table, Path(path).name, self)
        if dialog.exec() != CsvMappingDialog.DialogCode.Accepted:
            return
        self.add_rows(dialog.participants())

    def add_rows(self, rows: list[dict]) -> None:
        """Add many participants as one undoable step."""
        if rows:
            self.ctx.run(self.tr("Import uczestników: %1").replace("%1", str(len(rows))), operations.add_participants,
                         meeting_id=self.ctx.meeting_id, rows=rows)

    def print_sheet(self, *, prefilled: bool) -> Path | None:
        """Write the sign-in sheet PDF where the user says, and offer to open it."""
        meeting = get_meeting(self.ctx.engine, self.ctx.meeting_id)
        settings = Settings()
        suggested = os.path.join(settings.export_folder(),
                                 self.tr("lista-obecnosci-%1.pdf").replace("%1", meeting.date.isoformat()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Zapisz listę obecności"), suggested,
                                              self.tr("Dokument PDF (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        rows = settings.signin_empty_rows
        outcome = run_with_progress(self, lambda watch: write_signin_sheet(
            meeting, path, prefilled=prefilled, empty_rows=rows, watch=watch), (SignInError,))
        if outcome.cancelled:
            return None
        if outcome.error is not None:
            show_error(self, self.tr("Nie udało się zapisać listy obecności: %1").replace("%1", outcome.error))
            return None
        out = outcome.result
        settings.remember_export_folder(str(out.parent))
        answer = QMessageBox.question(self, self.tr("Lista obecności"),
                                      self.tr("Zapisano %1. Otworzyć teraz?").replace("%1", out.name))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))
        return out

    def flush(self) -> None:
        """Nothing waits here: every edit is committed when the cell editor closes."""
