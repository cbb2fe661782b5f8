"""Unknown values read 'brak danych' (no data), never a made-up 0: attendance in the report."""

from __future__ import annotations

from datetime import date

from facilitator.report import ReportOptions, build
from facilitator.summary.nodes import Table
from tests.test_search import make_meeting


def test_unknown_attendance_is_brak_danych_not_zero(engine):
    make_meeting(engine, title="Bez listy", day=date(2018, 6, 1), items={"Polityka lokalowa": [("weakness", "A")]})
    make_meeting(engine, title="Z listą", day=date(2018, 6, 8), participants=[("Anna", "Fundacja", None)],
                 items={"Polityka lokalowa": [("weakness", "B")]})
    summary = build(engine, ReportOptions())
    text = summary.plain_text()
    assert "Liczba uczestników: 1 osoba (brak danych: 1)" in text
    table = [b for b in summary.blocks if isinstance(b, Table)][-1]
    assert [row[4] for row in table.rows] == ["brak danych", "1"]
    english = build(engine, ReportOptions(language="en")).plain_text()
    assert "(no data: 1)" in english
