"""The meetings of the database as a table for the start window (newest first)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, QSortFilterProxyModel, Qt

from facilitator.operations import MeetingRow
from facilitator.textfold import fold
from ui.models.rows_model import Index, RowsTableModel

COL_DATE, COL_TITLE, COL_VENUE, COL_SERIES, COL_PARTICIPANTS, COL_ITEMS = range(6)
IdRole = Qt.ItemDataRole.UserRole + 1
SeriesRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4


class MeetingsModel(RowsTableModel):
    """Read-only table of meetings: `set_rows` for the whole list, `update_meeting` for one changed meeting."""

    CONTEXT = "MeetingsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingsModel", "Data"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Tytuł"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Miejsce"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Seria konsultacji"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Uczestnicy"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Wypowiedzi"),
    )
    _rows: list[MeetingRow]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cells: list[tuple] = []  # per row: display values, sort keys, search text (the view asks often)
        self._row_of: dict[str, int] = {}

    def _rows_replaced(self) -> None:
        """Compute the cells once per reset."""
        self._cells = [_cells(row) for row in self._rows]
        self._row_of = {row.id: n for n, row in enumerate(self._rows)}

    def update_meeting(self, meeting_id: str, row: MeetingRow | None) -> None:
        """One meeting changed (None: it is gone): replace, add or remove its row only, never reset the list."""
        index = self._row_of.get(meeting_id, -1)
        if row is None:
            if index >= 0:
                self.beginRemoveRows(_ROOT, index, index)
                del self._rows[index], self._cells[index]
                self._row_of = {r.id: n for n, r in enumerate(self._rows)}
                self.endRemoveRows()
        elif index < 0:
            index = len(self._rows)
            self.beginInsertRows(_ROOT, index, index)
            self._rows.append(row)
            self._cells.append(_cells(row))
            self._row_of[row.id] = index
            self.endInsertRows()
        elif row != self._rows[index]:
            self._rows[index], self._cells[index] = row, _cells(row)
            self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.HEADERS) - 1))

    def sync_rows(self, rows: list[MeetingRow], most: int = 50) -> bool:
        """Bring the list to these rows by changing only those that differ, never resetting it (views keep their
        selection and scroll); False, changing nothing, when more than `most` differ (a reset is cheaper then)."""
        fresh = {row.id: row for row in rows}
        gone = [meeting_id for meeting_id in self._row_of if meeting_id not in fresh]
        changed = [row for row in rows if (n := self._row_of.get(row.id)) is None or self._rows[n] != row]
        if len(gone) + len(changed) > most:
            return False
        for meeting_id in gone:
            self.update_meeting(meeting_id, None)
        for row in changed:
            self.update_meeting(row.id, row)
        return True

    def rows(self) -> list[MeetingRow]:
        """The rows in the order given (the store lists newest first)."""
        return list(self._rows)

    def row_of(self, meeting_id: str) -> int:
        """The row showing a meeting, -1 when absent."""
        return self._row_of.get(meeting_id, -1)

    def series(self) -> list[str]:
        """The distinct series names, sorted, for the series filter."""
        return sorted({r.series for r in self._rows if r.series}, key=str.casefold)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == _DISPLAY or (role == _TOOLTIP and col in (COL_TITLE, COL_VENUE, COL_SERIES)):
            return self._cells[row][0][col]
        if role == SortRole:
            return self._cells[row][1][col]
        if role == _ALIGNMENT:
            return _RIGHT if col in (COL_PARTICIPANTS, COL_ITEMS) else None
        if role == IdRole:
            return self._rows[row].id
        if role == SeriesRole:
            return self._rows[row].series or ""
        if role == SearchRole:
            return self._cells[row][2]
        return None


_DISPLAY, _TOOLTIP, _ALIGNMENT = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                   Qt.ItemDataRole.TextAlignmentRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROOT = QModelIndex()


@cache
def _month_words(month: int) -> str:
    """A month as people type it, Polish and English: 'grudnia grudzień December' (Qt's CLDR names)."""
    long = QLocale.FormatType.LongFormat
    words = []
    for language in (QLocale.Language.Polish, QLocale.Language.English):
        locale = QLocale(language)
        words += [locale.monthName(month, long), locale.standaloneMonthName(month, long)]
    return " ".join(dict.fromkeys(words))


def _cells(row: MeetingRow) -> tuple[tuple, tuple, str]:
    """What the view shows, how it sorts and what the filter searches (folded: no case, no Polish letters)."""
    attendance = "" if row.attendance is None else row.attendance  # the summary prints no count either
    shown = (row.date.strftime("%d.%m.%Y"), row.title, row.venue or "", row.series or "", attendance, row.items)
    keys = (row.date.isoformat(), (row.title or "").casefold(), shown[COL_VENUE].casefold(),
            shown[COL_SERIES].casefold(), -1 if row.attendance is None else row.attendance, row.items)
    searched = (row.title, row.venue, row.series, row.date.isoformat(), shown[COL_DATE], _month_words(row.date.month),
                str(row.date.year))
    return shown, keys, fold(" ".join(filter(None, searched)))


class MeetingsFilter(QSortFilterProxyModel):
    """Filters by free text (title, venue, series, date with its month's name) and by one series."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._series: str | None = None
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        """Show meetings whose title, venue, series or date contain every word of `text`, whatever the case or accents."""
        self._change_filter(lambda: setattr(self, "_words", fold(text).split()))

    def set_series(self, series: str | None) -> None:
        """Show only one series (None = all)."""
        if series != self._series:
            self._change_filter(lambda: setattr(self, "_series", series))

    def _change_filter(self, change) -> None:
        """Qt 6.10 wants begin/endFilterChange around a filter change; older versions invalidate."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self._series is not None and index.data(SeriesRole) != self._series:
            return False
        haystack = index.data(SearchRole) or ""
        return all(word in haystack for word in self._words)
