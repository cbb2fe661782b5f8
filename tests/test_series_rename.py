"""Officials rename and merge meeting series: one undoable operation, the same from the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator import operations
from facilitator.cli import main
from facilitator.operations import OperationError, list_series, rename_series, revert
from tests.test_search import make_meeting


@pytest.fixture
def three_series(engine):
    for title, day, series in (("A", date(2026, 3, 1), "WPW 2026"), ("B", date(2026, 3, 8), "wpw  2026 "),
                               ("C", date(2026, 3, 15), "Budżet obywatelski"), ("D", date(2026, 3, 22), None),
                               ("E", date(2026, 3, 29), "Żoliborz – rada dzielnicy")):
        make_meeting(engine, title=title, day=day, series=series)
    return engine


def series_of(engine) -> dict[str, str | None]:
    return {row.title: row.series for row in operations.list_meetings(engine)}


def test_series_are_listed_once_with_their_meeting_counts(three_series):
    assert [(r.name, r.meetings) for r in list_series(three_series)] == [
        ("Budżet obywatelski", 1), ("WPW 2026", 2), ("Żoliborz – rada dzielnicy", 1)]  # diacritics sort as letters


def test_rename_takes_every_spelling_and_undo_restores_each(three_series):
    changes = rename_series(three_series, old="WPW 2026", new="  Program współpracy   2026 ")
    assert series_of(three_series) == {"A": "Program współpracy 2026", "B": "Program współpracy 2026",
                                       "C": "Budżet obywatelski", "D": None, "E": "Żoliborz – rada dzielnicy"}
    assert len(changes) == 2 and {c.entity for c in changes} == {"meeting"}
    revert(three_series, changes)
    assert series_of(three_series)["A"] == "WPW 2026" and series_of(three_series)["B"] == "wpw  2026 "


def test_renaming_to_another_series_merges_them(three_series):
    rename_series(three_series, old="budzet obywatelski", new="wpw 2026")  # typed loosely: the series' spelling
    assert series_of(three_series)["C"] == "WPW 2026"
    assert [(r.name, r.meetings) for r in list_series(three_series)] == [("WPW 2026", 3),
                                                                         ("Żoliborz – rada dzielnicy", 1)]


def test_unknown_or_empty_names_are_refused_with_a_message(three_series):
    with pytest.raises(OperationError, match="there is no series 'WPW 2025'; the series are: Budżet obywatelski, "
                                             "WPW 2026, Żoliborz – rada dzielnicy"):
        rename_series(three_series, old="WPW 2025", new="X")
    with pytest.raises(OperationError, match="cannot be empty"):
        rename_series(three_series, old="WPW 2026", new=" \t ")
    assert series_of(three_series)["A"] == "WPW 2026"


def test_cli_lists_renames_and_merges_series(three_series, db_url, capsys):
    three_series.dispose()
    assert main(["series", "--db", str(db_url)]) == 0
    assert capsys.readouterr().out.splitlines() == ["Budżet obywatelski  (1 meeting)", "WPW 2026  (2 meetings)",
                                                    "Żoliborz – rada dzielnicy  (1 meeting)"]
    assert main(["series", "rename", "--db", str(db_url), "ŻOLIBORZ – RADA  DZIELNICY", "WPW 2026"]) == 0
    assert "renamed 1 meeting to 'WPW 2026' (the series now has 3 meetings)" in capsys.readouterr().out
    assert main(["series", "list", "--db", str(db_url)]) == 0
    assert capsys.readouterr().out.splitlines() == ["Budżet obywatelski  (1 meeting)", "WPW 2026  (3 meetings)"]


def test_cli_unknown_series_exits_2_with_one_line_naming_the_series(three_series, db_url, capsys):
    three_series.dispose()
    assert main(["series", "rename", "--db", str(db_url), "WPW 2019", "X"]) == 2
    err = capsys.readouterr().err
    assert err == "error: there is no series 'WPW 2019'; the series are: Budżet obywatelski, WPW 2026, " \
                  "Żoliborz – rada dzielnicy\n"
