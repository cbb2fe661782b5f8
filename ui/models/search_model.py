"""Search results across meetings as a Qt model: the statement with its match, the meeting, the section."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from facilitator.search import SearchHit
from ui.kinds import kind_icon, kind_label, position_label, section_kind_label
from ui.models.import_plan_model import pretty_date
from ui.models.rows_model import Index, RowsTableModel

COL_TEXT, COL_MEETING, COL_SECTION, COL_KIND = range(4)
HtmlRole = Qt.ItemDataRole.UserRole + 1  # the snippet (or the meeting) as HTML with the matches in <b>
MeetingIdRole = Qt.ItemDataRole.UserRole + 2
ItemIdRole = Qt.ItemDataRole.UserRole + 3
HitRole = Qt.ItemDataRole.UserRole + 4


class SearchModel(RowsTableModel):
    """Rows of facilitator.search.SearchHit, in the order the search ranked them."""

    CONTEXT = "SearchModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("SearchModel", "Wypowiedź"),
        QT_TRANSLATE_NOOP("SearchModel", "Spotkanie"),
        QT_TRANSLATE_NOOP("SearchModel", "Sekcja"),
        QT_TRANSLATE_NOOP("SearchModel", "Rodzaj"),
    )
    _rows: list[SearchHit]

    def hit_at(self, row: int) -> SearchHit:
        """The hit shown at a row."""
        return self._rows[row]

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
            if col == COL_MEETING:  # the words of the query found in the meeting's title or venue, in bold
                return f"{hit.meeting_html()}<br>{html.escape(pretty_date(hit.meeting_date))}"
            return self._text_html(hit) if col == COL_TEXT else None
        if role == MeetingIdRole:
            return hit.meeting_id
        if role == ItemIdRole:
            return hit.item_id
        if role == HitRole:
            return hit
        return None

    @staticmethod
    def _text_html(hit: SearchHit) -> str:
        """The snippet, and under it the office's position and justification (the words found there in bold)."""
        if hit.position is None:
            return hit.snippet_html()
        answer = f": {hit.answer_html()}" if hit.answer else ""
        return (f"{hit.snippet_html()}<br><span style='color: gray'><i>{html.escape(position_label(hit.position))}"
                f"</i>{answer}</span>")

    @staticmethod
    def _text(hit: SearchHit, col: int) -> str:
        if col == COL_TEXT:
            if hit.position is None:
                return hit.snippet
            return f"{hit.snippet}\n{position_label(hit.position)}" + (f": {hit.answer}" if hit.answer else "")
        if col == COL_MEETING:
            return f"{hit.meeting_label}\n{pretty_date(hit.meeting_date)}"
        if col == COL_SECTION:
            kind = section_kind_label(hit.section_kind)
            same = kind.casefold() == hit.section_title.casefold()
            return hit.section_title if same else f"{hit.section_title}\n{kind}"
        return kind_label(hit.kind)  # the icon beside it carries the symbol
