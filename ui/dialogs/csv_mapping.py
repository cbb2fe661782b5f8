"""Map the columns of a registration-form CSV to participant fields, with a preview of the result."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.csvimport import FIELDS, CsvTable, guess_mapping, to_participants
from ui.models.participants_model import gender_label

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Imię i &nazwisko"),
    "first_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "&Imię (osobno)"),
    "last_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Na&zwisko (osobno)"),
    "organisation": QT_TRANSLATE_NOOP("CsvMappingDialog", "&Organizacja"),
    "email": QT_TRANSLATE_NOOP("CsvMappingDialog", "&E-mail"),
    "gender": QT_TRANSLATE_NOOP("CsvMappingDialog", "&Płeć"),
    "consent": QT_TRANSLATE_NOOP("CsvMappingDialog", "&Zgoda RODO"),
}
PREVIEW_ROWS = 8


class CsvMappingDialog(QDialog):
    """One combo box per field (guessed from the headers); OK gives `participants()`."""

    def __init__(self, table: CsvTable, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Import uczestników z pliku CSV"))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        guessed = guess_mapping(table.headers)
        for field in FIELDS:
            combo = QComboBox(self)
            combo.addItem(self.tr("— brak —"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("kolumna %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(combo.findData(guessed[field]) if guessed[field] is not None else 0)
            combo.currentIndexChanged.connect(self._refresh)
            label_text = QCoreApplication.translate("CsvMappingDialog", FIELD_LABELS[field])
            label = QLabel(label_text, self)
            label.setBuddy(combo)
            combo.setAccessibleName(label_text.replace("&", ""))
            self.combos[field] = combo
            form.addRow(label, combo)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(self.tr("Podgląd uczestników"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        source = QLabel(self.tr("Plik: %1 (kodowanie %2, %n wierszy)", "", len(table.rows)).replace("%1", file_name)
                        .replace("%2", table.encoding), self)
        source.setWordWrap(True)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._refresh()

    def mapping(self) -> dict[str, int | None]:
        """Field → chosen column index (None = not imported)."""
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def participants(self) -> list[dict]:
        """The rows that will be added, as `add_participants` wants them."""
        return to_participants(self.table, self.mapping())

    def _refresh(self) -> None:
        people = self.participants()
        has_name = any(self.mapping()[f] is not None for f in ("name", "first_name", "last_name"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(people))
        if not has_name:
            self.info.setText(self.tr("Wskaż kolumnę z imieniem i nazwiskiem."))
        else:
            self.info.setText(self.tr("Zostanie dodanych uczestników: %1").replace("%1", str(len(people))))
        columns = ("name", "organisation", "email", "gender", "consent")
        self.preview.clear()
        self.preview.setColumnCount(len(columns))
        self.preview.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CsvMappingDialog", FIELD_LABELS[c]).replace("&", "") for c in columns])
        self.preview.setRowCount(min(len(people), PREVIEW_ROWS))
        for row, person in enumerate(people[:PREVIEW_ROWS]):
            for col, key in enumerate(columns):
                value = person.get(key, "")
                if key == "gender":
                    value = gender_label(value)
                elif isinstance(value, bool):
                    value = self.tr("tak") if value else self.tr("nie")
                self.preview.setItem(row, col, QTableWidgetItem(str(value)))
        self.preview.resizeColumnsToContents()
