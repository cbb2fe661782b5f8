"""The participants of a meeting as an editable table; edits become operation requests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal

from ui.models.rows_model import Index, RowsTableModel

COL_NAME, COL_ORGANISATION, COL_EMAIL, COL_GENDER, COL_PRESENT, COL_CONSENT = range(6)
FIELDS = ("name", "organisation", "email", "gender", "present", "consent")
GENDER_LABELS = {
    "female": QT_TRANSLATE_NOOP("ParticipantsModel", "kobieta"),
    "male": QT_TRANSLATE_NOOP("ParticipantsModel", "mężczyzna"),
    "unspecified": QT_TRANSLATE_NOOP("ParticipantsModel", "nie podano"),
}
CHECK_COLUMNS = (COL_PRESENT, COL_CONSENT)

IdRole = Qt.ItemDataRole.UserRole + 1
GenderRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ParticipantRow:
    """What the table shows of one participant."""

    id: str
    name: str
    organisation: str | None = None
    email: str | None = None
    gender: str = "unspecified"
    present: bool = True
    consent: bool = False


def row_from_participant(p) -> ParticipantRow:
    """A row from a Participant ORM object (or anything with the same attributes)."""
    return ParticipantRow(p.id, p.name, p.organisation, p.email, p.gender, bool(p.present), bool(p.consent))


def gender_label(gender: str) -> str:
    """The translated label of a gender value."""
    return QCoreApplication.translate("ParticipantsModel", GENDER_LABELS.get(gender, GENDER_LABELS["unspecified"]))


class ParticipantsModel(RowsTableModel):
    """Participants in list order; `setData` does not change the row but asks for an update."""

    CONTEXT = "ParticipantsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ParticipantsModel", "Imię i nazwisko"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Organizacja"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "E-mail"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Płeć"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Obecność"),
        QT_TRANSLATE_NOOP("ParticipantsModel", "Zgoda RODO"),
    )
    update_requested = Signal(str, str, object)  # participant id, field, new value
    _rows: list[ParticipantRow]

    def set_rows(self, rows: Iterable[ParticipantRow]) -> None:
        """Replace all rows, keeping the view's current cell where the ids allow it."""
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            super().set_rows(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))

    def rows(self) -> list[ParticipantRow]:
        """The participants shown, in order."""
        return list(self._rows)

    def row_of(self, participant_id: str) -> int:
        """The row of a participant, -1 when absent."""
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1  # the list position, as on the printed sign-in sheet
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in CHECK_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        value = getattr(row, FIELDS[col])
        if role == IdRole:
            return row.id
        if col in CHECK_COLUMNS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                if value:
                    return QCoreApplication.translate("ParticipantsModel", "tak")
                return QCoreApplication.translate("ParticipantsModel", "nie")
            return None
        if col == COL_GENDER and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return gender_label(value)
        if role == GenderRole or (col == COL_GENDER and role == Qt.ItemDataRole.EditRole):
            return row.gender
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return value or ""
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = self._rows[index.row()], index.column()
        if col in CHECK_COLUMNS and role == Qt.ItemDataRole.CheckStateRole:
            new = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col not in CHECK_COLUMNS and role == Qt.ItemDataRole.EditRole:
            new = value.strip() if isinstance(value, str) else value
            if col in (COL_ORGANISATION, COL_EMAIL):
                new = new or None
            elif col == COL_NAME and not new:
                return False  # a participant needs a name: keep the stored one
        else:
            return False
        if new == getattr(row, FIELDS[col]):
            return False
        self._rows[index.row()] = replace(row, **{FIELDS[col]: new})  # shown at once; the store confirms
        self.dataChanged.emit(index, index)
        self.update_requested.emit(row.id, FIELDS[col], new)
        return True
