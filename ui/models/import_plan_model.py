"""The import preview as Qt models: meetings of the batch (with invalid files) and the conflicts to resolve."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from ui.kinds import kind_label, position_label, readable_on
from ui.models.rows_model import Index, RowsTableModel

COL_STATUS, COL_TITLE, COL_SERIES, COL_DATE, COL_CHANGES, COL_SOURCE = range(6)
COL_C_MEETING, COL_C_WHAT, COL_C_LOCAL, COL_C_FILE, COL_C_CHOICE = range(5)

StatusRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
ChoiceRole = Qt.ItemDataRole.UserRole + 3

KEEP, THEIRS = "local", "file"  # RowConflict.resolution values: keep mine / take the file's

STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("ImportPlanModel", "Nowe"),
    "updated": QT_TRANSLATE_NOOP("ImportPlanModel", "Aktualizacja"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPlanModel", "Bez zmian"),
    "invalid": QT_TRANSLATE_NOOP("ImportPlanModel", "Błąd"),
}


def status_label(status: str) -> str:
    """The word (in the UI's language) for what happens to a meeting."""
    return QCoreApplication.translate("ImportPlanModel", STATUS_LABELS[status]) if status in STATUS_LABELS else status


STATUS_COLOURS = {"new": "#2e7d32", "updated": "#1565c0", "unchanged": "#616161", "invalid": "#c62828"}


def _base() -> QColor:
    """The views' background in the current (light or dark) palette, for readable status colours."""
    return QGuiApplication.palette().base().color()


def pretty_date(value: object) -> str:
    """A meeting date in the UI's language ('15 czerwca 2018 r.' / '15 June 2018'); other text stays as it is.

    Month names come from QLocale (the default locale is the UI language, set by ui.i18n.install_translators);
    the pattern is a translated string, so each language keeps its own order and marks.
    """
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    pattern = QCoreApplication.translate("ImportPlanModel", "d MMMM yyyy 'r.'")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def change_counts(m) -> str:
    """What a new meeting brings (statements, sections, participants), or an update's items added, changed, deleted,
    its other changes (header, agenda, participants, sections) and conflicts: the size of each at a glance."""
    if m.status == "new":
        return ", ".join(text.format(n) for text, n in (
            (QCoreApplication.translate("ImportPlanModel", "wypowiedzi: {0}"), m.added),
            (QCoreApplication.translate("ImportPlanModel", "sekcje: {0}"), m.sections),
            (QCoreApplication.translate("ImportPlanModel", "uczestnicy: {0}"), m.participants)) if n) or "—"
    parts = []
    if m.added:
        parts.append(QCoreApplication.translate("ImportPlanModel", "nowe: {0}").format(m.added))
    if m.updated:
        parts.append(QCoreApplication.translate("ImportPlanModel", "zmienione: {0}").format(m.updated))
    if m.deleted:
        parts.append(QCoreApplication.translate("ImportPlanModel", "usunięte: {0}").format(m.deleted))
    if m.other_changes:
        parts.append(QCoreApplication.translate("ImportPlanModel", "inne zmiany: {0}").format(m.other_changes))
    if m.conflicts:
        parts.append(QCoreApplication.translate("ImportPlanModel", "konflikty: {0}").format(len(m.conflicts)))
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
    series: str = ""


def plan_rows(plan, invalid: list[tuple[str, str]]) -> list[PlanRow]:
    """Preview lines: invalid files first (they need attention), then new, updated, unchanged meetings."""
    rows = [PlanRow("invalid", Path(path).name, "", message, path) for path, message in invalid]
    order = {"new": 0, "updated": 1, "unchanged": 2}
    meetings = sorted(plan.meetings if plan else [], key=lambda m: (order.get(m.status, 3), str(m.date), m.title))
    for m in meetings:
        rows.append(PlanRow(m.status, m.title, pretty_date(m.date), change_counts(m),
                            str(m.source or ""), m.meeting_id, series=m.series or ""))
    return rows


class ImportPlanModel(RowsTableModel):
    """Meetings of an import batch and the files that failed, one PlanRow each (`set_rows(plan_rows(...))`)."""

    CONTEXT = "ImportPlanModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPlanModel", "Stan"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Spotkanie"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Seria"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Data"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Zmiany"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Plik"),
    )
    _rows: list[PlanRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (status_label(row.status), row.title, row.series, row.date, row.changes, Path(row.source).name)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.changes if row.status == "invalid" else row.source
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS:
            return QBrush(readable_on(QColor(STATUS_COLOURS.get(row.status, "#000000")), _base()))
        if role == StatusRole:
            return row.status
        if role == IdRole:
            return row.meeting_id
        return None


ENTITY_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("ImportPlanModel", "Nagłówek spotkania"),
    "participant": QT_TRANSLATE_NOOP("ImportPlanModel", "Uczestnik"),
    "section": QT_TRANSLATE_NOOP("ImportPlanModel", "Sekcja"),
    "item": QT_TRANSLATE_NOOP("ImportPlanModel", "Wypowiedź"),
}
FIELD_LABELS = {
    "text": QT_TRANSLATE_NOOP("ImportPlanModel", "tekst"),
    "kind": QT_TRANSLATE_NOOP("ImportPlanModel", "rodzaj"),
    "tags": QT_TRANSLATE_NOOP("ImportPlanModel", "tagi"),
    "speaker": QT_TRANSLATE_NOOP("ImportPlanModel", "mówca"),
    "section": QT_TRANSLATE_NOOP("ImportPlanModel", "sekcja"),
    "parent": QT_TRANSLATE_NOOP("ImportPlanModel", "miejsce"),
    "name": QT_TRANSLATE_NOOP("ImportPlanModel", "imię i nazwisko"),
    "organisation": QT_TRANSLATE_NOOP("ImportPlanModel", "organizacja"),
    "email": QT_TRANSLATE_NOOP("ImportPlanModel", "e-mail"),
    "title": QT_TRANSLATE_NOOP("ImportPlanModel", "tytuł"),
    "date": QT_TRANSLATE_NOOP("ImportPlanModel", "data"),
    "group": QT_TRANSLATE_NOOP("ImportPlanModel", "grupa"),
    "present": QT_TRANSLATE_NOOP("ImportPlanModel", "obecność"),
    "consent": QT_TRANSLATE_NOOP("ImportPlanModel", "zgoda"),
    "gender": QT_TRANSLATE_NOOP("ImportPlanModel", "płeć"),
    "agenda": QT_TRANSLATE_NOOP("ImportPlanModel", "program"),
    "response": QT_TRANSLATE_NOOP("ImportPlanModel", "stanowisko urzędu"),
    "recurring": QT_TRANSLATE_NOOP("ImportPlanModel", "nagłówek i obszar grupy"),
}


def entity_label(entity: str) -> str:
    """What kind of row a conflict is about, in the UI's language (unknown kinds as they are)."""
    return QCoreApplication.translate("ImportPlanModel", ENTITY_LABELS[entity]) if entity in ENTITY_LABELS else entity


def field_label(field: str) -> str:
    """A meeting-file field name in the UI's language (unknown fields as they are)."""
    return QCoreApplication.translate("ImportPlanModel", FIELD_LABELS[field]) if field in FIELD_LABELS else field


def side_text(entity: str, values: dict | None) -> str:
    """One side of a conflict as plain text: an item's kind and text (with tags), else its changed fields."""
    if values is None:
        return QCoreApplication.translate("ImportPlanModel", "(usunięte)")
    if entity == "item":
        text = f"[{kind_label(values.get('kind', 'remark'))}] {values.get('text', '')}"
        tags = values.get("tags") or []
        return text + ("\n" + QCoreApplication.translate("ImportPlanModel", "Tagi: ") + ", ".join(tags) if tags else "")
    main = values.get("name") or values.get("title") or ""
    return str(main)


def side_details(entity: str, values: dict | None, fields: tuple[str, ...]) -> str:
    """The fields that differ, one 'label: value' line each (for the side-by-side panel)."""
    if values is None:
        return QCoreApplication.translate("ImportPlanModel", "(usunięte w tym miejscu)")
    lines = []
    for key in fields or tuple(values):
        value = values.get(key)
        if key == "kind" and entity == "item":
            value = kind_label(str(value))
        elif key == "response":  # the office's answer: position, paragraph, justification
            answer = value or {}
            value = " — ".join(part for part in (position_label(answer.get("position")), answer.get("paragraph"),
                                                 answer.get("justification")) if part)
        elif key == "recurring":  # an official's heading and area for the statement's group
            value = " — ".join(part for part in ((value or {}).get("heading"), (value or {}).get("area")) if part)
        elif isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        lines.append(f"{field_label(key)}: {'' if value is None else value}")
    return "\n".join(lines)


class ConflictsModel(RowsTableModel):
    """Rows changed differently here and in a file; the choice column says which side wins."""

    CONTEXT = "ImportPlanModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPlanModel", "Spotkanie"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Co"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Moja wersja"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Wersja z pliku"),
        QT_TRANSLATE_NOOP("ImportPlanModel", "Wybór"),
    )
    choices_changed = Signal()
    _rows: list[tuple[object, object]]  # (MeetingImport, RowConflict)

    def set_rows(self, plan) -> None:
        """Show the conflicts of a plan; undecided ones default to keeping the local version."""
        rows = [(m, c) for m in (plan.meetings if plan else []) for c in m.conflicts]
        for _m, c in rows:
            if c.resolution not in (KEEP, THEIRS):
                c.resolution = KEEP
        super().set_rows(rows)
        self.choices_changed.emit()

    def conflict_at(self, row: int):
        """The RowConflict at a row."""
        return self._rows[row][1]

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        meeting, c = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_C_MEETING:
                return f"{meeting.title} ({pretty_date(meeting.date)})"
            if col == COL_C_WHAT:
                return f"{entity_label(c.entity)}: {c.label}"
            if col == COL_C_LOCAL:
                return side_text(c.entity, c.local)
            if col == COL_C_FILE:
                return side_text(c.entity, c.theirs)
            if c.resolution == KEEP:
                return QCoreApplication.translate("ImportPlanModel", "Zachowaj moją")
            return QCoreApplication.translate("ImportPlanModel", "Weź z pliku")
        if role == ChoiceRole:
            return c.resolution
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_C_CHOICE:
            return QBrush(readable_on(QColor("#1565c0" if c.resolution == THEIRS else "#2e7d32"), _base()))
        return None
