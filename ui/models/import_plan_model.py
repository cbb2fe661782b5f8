"""The import preview as Qt models: meetings of the batch (with invalid files) and the conflicts to resolve."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from facilitator.summary.lang import long_date
from ui.kinds import kind_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COL_STATUS, COL_TITLE, COL_DATE, COL_CHANGES, COL_SOURCE = range(5)
COL_C_MEETING, COL_C_WHAT, COL_C_LOCAL, COL_C_FILE, COL_C_CHOICE = range(5)

StatusRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
ChoiceRole = Qt.ItemDataRole.UserRole + 3

KEEP, THEIRS = "local", "file"  # RowConflict.resolution values: keep mine / take the file's


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportPlanModel", text)


def status_label(status: str) -> str:
    """The Polish word for what happens to a meeting."""
    return {
        "new": _t("Nowe"), "updated": _t("Aktualizacja"), "unchanged": _t("Bez zmian"), "invalid": _t("Błąd"),
    }.get(status, status)


STATUS_COLOURS = {"new": "#2e7d32", "updated": "#1565c0", "unchanged": "#616161", "invalid": "#c62828"}


def pretty_date(value: object) -> str:
    """A meeting date as Polish long form ('15 czerwca 2018 r.'); text that is not a date stays as it is."""
    if isinstance(value, date):
        return long_date(value, "pl")
    try:
        return long_date(date.fromisoformat(str(value)), "pl")
    except ValueError:
        return str(value or "")


def change_counts(m) -> str:
    """Counts of items added, changed, deleted, other changes and conflicts, so the user sees the size of an update."""
    parts = []
    if m.added:
        parts.append(_t("nowe: {0}").format(m.added))
    if m.updated:
        parts.append(_t("zmienione: {0}").format(m.updated))
    if m.deleted:
        parts.append(_t("usunięte: {0}").format(m.deleted))
    if m.other_changes:
        parts.append(_t("inne zmiany: {0}").format(m.other_changes))
    if m.conflicts:
        parts.append(_t("konflikty: {0}").format(len(m.conflicts)))
    return ", ".join(parts) or "—"


@dataclass(frozen=True)
class PlanRow:
    """One line of the preview: a meeting of the batch or a file that could not be read."""

    status: str
    title: str
    date: str
    changes: str
    source: str
    meeting_id: str = ""
    error: str = ""


def plan_rows(plan, invalid: list[tuple[str, str]]) -> list[PlanRow]:
    """Preview lines: invalid files first (they need attention), then new, updated, unchanged meetings."""
    rows = [PlanRow("invalid", Path(path).name, "", message, path) for path, message in invalid]
    order = {"new": 0, "updated": 1, "unchanged": 2}
    meetings = sorted(plan.meetings if plan else [], key=lambda m: (order.get(m.status, 3), str(m.date), m.title))
    for m in meetings:
        rows.append(PlanRow(m.status, m.title, pretty_date(m.date), change_counts(m),
                            str(m.source or ""), m.meeting_id))
    return rows


class ImportPlanModel(QAbstractTableModel):
    """Meetings of an import batch and the files that failed, one row each."""

    HEADERS = ("Stan", "Spotkanie", "Data", "Zmiany", "Plik")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: list[PlanRow]) -> None:
        """Replace the preview."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PlanRow:
        """The preview line at a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (status_label(row.status), row.title, row.date, row.changes, Path(row.source).name)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.changes if row.status == "invalid" else row.source
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS.get(row.status, "#000000")))
        if role == StatusRole:
            return row.status
        if role == IdRole:
            return row.meeting_id
        return None


ENTITY_LABELS = {"meeting": "Nagłówek spotkania", "participant": "Uczestnik", "section": "Sekcja", "item": "Wypowiedź"}
FIELD_LABELS = {
    "text": "tekst", "kind": "rodzaj", "tags": "tagi", "speaker": "mówca", "section": "sekcja", "parent": "miejsce",
    "name": "imię i nazwisko", "organisation": "organizacja", "email": "e-mail", "title": "tytuł", "date": "data",
    "group": "grupa", "present": "obecność", "consent": "zgoda", "gender": "płeć", "agenda": "program",
}


def side_text(entity: str, values: dict | None) -> str:
    """One side of a conflict as plain text: an item's kind and text (with tags), else its changed fields."""
    if values is None:
        return _t("(usunięte)")
    if entity == "item":
        text = f"[{kind_label(values.get('kind', 'remark'))}] {values.get('text', '')}"
        tags = values.get("tags") or []
        return text + ("\n" + _t("Tagi: ") + ", ".join(tags) if tags else "")
    main = values.get("name") or values.get("title") or ""
    return str(main)


def side_details(entity: str, values: dict | None, fields: tuple[str, ...]) -> str:
    """The fields that differ, one 'label: value' line each (for the side-by-side panel)."""
    if values is None:
        return _t("(usunięte w tym miejscu)")
    lines = []
    for key in fields or tuple(values):
        value = values.get(key)
        if key == "kind" and entity == "item":
            value = kind_label(str(value))
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        lines.append(f"{_t(FIELD_LABELS.get(key, key))}: {'' if value is None else value}")
    return "\n".join(lines)


class ConflictsModel(QAbstractTableModel):
    """Rows changed differently here and in a file; the choice column says which side wins."""

    HEADERS = ("Spotkanie", "Co", "Moja wersja", "Wersja z pliku", "Wybór")
    choices_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[object, object]] = []  # (MeetingImport, RowConflict)

    def set_rows(self, plan) -> None:
        """Show the conflicts of a plan; undecided ones default to keeping the local version."""
        self.beginResetModel()
        self._rows = [(m, c) for m in (plan.meetings if plan else []) for c in m.conflicts]
        for _m, c in self._rows:
            if c.resolution not in (KEEP, THEIRS):
                c.resolution = KEEP
        self.endResetModel()
        self.choices_changed.emit()

    def conflict_at(self, row: int):
        """The RowConflict at a row."""
        return self._rows[row][1]

    def meeting_at(self, row: int):
        """The MeetingImport a conflict belongs to."""
        return self._rows[row][0]

    def conflicts(self) -> list:
        """Every RowConflict shown, with the user's choice in `.resolution`."""
        return [c for _m, c in self._rows]

    def set_choice(self, row: int, choice: str) -> None:
        """Decide one conflict."""
        self._rows[row][1].resolution = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_C_CHOICE))
        self.choices_changed.emit()

    def set_all(self, choice: str) -> None:
        """Decide every conflict the same way."""
        for _m, c in self._rows:
            c.resolution = choice
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_C_CHOICE))
        self.choices_changed.emit()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        meeting, c = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_C_MEETING:
                return f"{meeting.title} ({pretty_date(meeting.date)})"
            if col == COL_C_WHAT:
                return f"{_t(ENTITY_LABELS.get(c.entity, c.entity))}: {c.label}"
            if col == COL_C_LOCAL:
                return side_text(c.entity, c.local)
            if col == COL_C_FILE:
                return side_text(c.entity, c.theirs)
            return _t("Zachowaj moją") if c.resolution == KEEP else _t("Weź z pliku")
        if role == ChoiceRole:
            return c.resolution
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_C_CHOICE:
            return QBrush(QColor("#1565c0" if c.resolution == THEIRS else "#2e7d32"))
        return None
