"""The start window's table model: what it shows, how it sorts and filters (values are computed once per row)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from facilitator.operations import MeetingRow
from ui.models.meetings_model import (
    COL_DATE,
    COL_ITEMS,
    COL_TITLE,
    COL_VENUE,
    IdRole,
    MeetingsFilter,
    MeetingsModel,
    SearchRole,
    SeriesRole,
)

ROWS = [
    MeetingRow("a", date(2018, 6, 15), "Żłobki <i zieleń> & „łąki” 🙂", None, "WPW", 22, 5),
    MeetingRow("b", date(2019, 1, 3), "Ćwiczenia", "Sala Ł", None, 1, 120),
    MeetingRow("c", date(2017, 12, 31), "agenda", "Kraków", "WPW", 0, 9),
]


def _table(qapp):
    model = MeetingsModel()
    model.set_rows(ROWS)
    proxy = MeetingsFilter()
    proxy.setSourceModel(model)
    return model, proxy


def _column(proxy, col: int) -> list:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def test_cells_show_the_rows_as_given(qapp):
    model, _proxy = _table(qapp)
    first = model.index(0, COL_TITLE)
    assert first.data() == "Żłobki <i zieleń> & „łąki” 🙂" == first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_DATE).data() == "15.06.2018"
    assert model.index(0, COL_VENUE).data() == "" and model.index(0, COL_DATE).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, COL_ITEMS).data() == 120
    assert model.index(1, COL_ITEMS).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, COL_TITLE).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert (first.data(IdRole), model.index(1, 0).data(SeriesRole)) == ("a", "")
    assert model.index(2, 0).data(SearchRole) == "agenda krakow wpw 2017-12-31 31.12.2017 grudnia grudzien december 2017"
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    model.set_rows(ROWS[1:])
    assert model.rowCount() == 2 and model.index(0, COL_DATE).data() == "03.01.2019"


def test_sorting_by_date_ignores_the_shown_format_and_titles_ignore_case(qapp):
    _model, proxy = _table(qapp)
    proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, COL_DATE) == ["03.01.2019", "15.06.2018", "31.12.2017"]
    proxy.sort(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_TITLE) == ["agenda", "Ćwiczenia", "Żłobki <i zieleń> & „łąki” 🙂"]
    proxy.sort(COL_ITEMS, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_ITEMS) == [5, 9, 120]


def test_filter_by_words_and_series(qapp):
    _model, proxy = _table(qapp)
    proxy.set_text("ŁĄKI żłobki")
    assert _column(proxy, COL_DATE) == ["15.06.2018"]
    proxy.set_text("2017-12")
    assert _column(proxy, COL_TITLE) == ["agenda"]
    proxy.set_text("zlobki LAKI")  # without Polish letters, any case
    assert _column(proxy, COL_DATE) == ["15.06.2018"]
    proxy.set_text("czerwiec 2018")  # the month's name, as typed (nominative) or as dated (genitive)
    assert _column(proxy, COL_DATE) == ["15.06.2018"]
    proxy.set_text("3 stycznia")
    assert _column(proxy, COL_TITLE) == ["Ćwiczenia"]
    proxy.set_text("December")
    assert _column(proxy, COL_TITLE) == ["agenda"]
    proxy.set_text("")
    proxy.set_series("WPW")
    assert sorted(_column(proxy, COL_DATE)) == ["15.06.2018", "31.12.2017"]


def test_one_meeting_changes_its_row_in_place(qapp):
    model, proxy = _table(qapp)
    proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.update_meeting("b", MeetingRow("b", date(2019, 1, 3), "Ćwiczenia", "Sala Ł", None, 1, 121))
    assert model.index(1, COL_ITEMS).data() == 121 and changed == [(1, 1)]
    model.update_meeting("b", MeetingRow("b", date(2019, 1, 3), "Ćwiczenia", "Sala Ł", None, 1, 121))
    assert changed == [(1, 1)]  # nothing new: no signal
    model.update_meeting("b", MeetingRow("b", date(2016, 1, 3), "Ćwiczenia", "Sala Ł", None, 1, 121))
    assert _column(proxy, COL_DATE) == ["15.06.2018", "31.12.2017", "03.01.2016"]  # re-sorted by the proxy
    model.update_meeting("d", MeetingRow("d", date(2020, 5, 1), "Nowe", None, None, 0, 0))
    assert model.row_of("d") == 3 and _column(proxy, COL_TITLE)[0] == "Nowe"
    model.update_meeting("a", None)
    assert model.row_of("a") == -1 and model.row_of("d") == 2 and model.index(2, COL_TITLE).data() == "Nowe"
    model.update_meeting("gone", None)
    assert model.rowCount() == 3 and resets == []
