"""Search results across meetings as a Qt model: the statement with its match, the meeting, the section."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from facilitator.search import SearchHit
from ui.kinds import kind_icon, kind_label, section_kind_label
from ui.models.import_plan_model import pretty_date

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COL_TEXT, COL_MEETING, COL_SECTION, COL_KIND = range(4)
HtmlRole = Qt.ItemDataRole.UserRole + 1  # the snippet as HTML with the matches in <b>
MeetingIdRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3
HitRole = Qt.ItemDataRole.UserRole + 4


def _t(text: str) -> str:
    return QCoreApplication.translate("SearchModel", text)


class SearchModel(QAbstractTableModel):
    """Rows of facilitator.search.SearchHit, in the order the search ranked them."""

    HEADERS = ("Wypowiedź", "Spotkanie", "Sekcja", "Rodzaj")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SearchHit] = []

    def set_rows(self, hits: Iterable[SearchHit]) -> None:
        """Replace the results."""
        self.beginResetModel()
        self._rows = list(hits)
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit:
        """The hit shown at a row."""
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
        hit, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(hit, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.text if col == COL_TEXT else self._text(hit, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_KIND:
            return kind_icon(hit.kind)
        if role == HtmlRole:
            return hit.snippet_html() if col == COL_TEXT else None
        if role == MeetingIdRole:
            return hit.meeting_id
        if role == ItemIdRole:
            return hit.item_id
        if role == HitRole:
            return hit
        return None

    @staticmethod
    def _text(hit: SearchHit, col: int) -> str:
        if col == COL_TEXT:
            return hit.snippet
        if col == COL_MEETING:
            return f"{hit.meeting_title}\n{pretty_date(hit.meeting_date)}"
        if col == COL_SECTION:
            kind = section_kind_label(hit.section_kind)
            return hit.section_title if kind.casefold() == hit.section_title.casefold() else f"{hit.section_title}\n{kind}"
        return kind_label(hit.kind)  # the icon beside it carries the symbol
