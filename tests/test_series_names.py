"""One series is one series: names trimmed and single-spaced on entry and import, matched ignoring case and spaces."""

from __future__ import annotations

import copy
from datetime import date

from facilitator import meetingfile, operations
from facilitator.cli import main
from facilitator.recurring import find_groups
from facilitator.sample import load_sample
from facilitator.search import Filters
from tests.test_search import make_meeting


def test_series_are_cleaned_on_entry_and_on_import(engine):
    changes = operations.create_meeting(engine, date=date(2019, 1, 1), title="Spotkanie")
    operations.update_meeting(engine, meeting_id=changes[0].id, series="  WPW   2019–2022 ")
    data = copy.deepcopy(load_sample())
    data["meeting"]["series"] = "WPW 2019–2022\t "
    meetingfile.import_data(engine, [data])
    assert {row.series for row in operations.list_meetings(engine)} == {"WPW 2019–2022"}


def test_filters_and_reports_match_a_series_whatever_its_case_and_spaces(engine, db_url, tmp_path, capsys):
    make_meeting(engine, title="A", day=date(2018, 6, 1), series="WPW 2019–2022",
                 items={"Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych")]})
    make_meeting(engine, title="B", day=date(2018, 6, 8), series="WPW 2019–2022 ",  # stored before the cleaning
                 items={"Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych")]})
    (group,) = find_groups(engine, filters=Filters(series="wpw  2019–2022"))
    assert group.meetings == 2  # the trailing space no longer drops a meeting out of the series
    engine.dispose()
    assert main(["list", "--db", str(db_url)]) == 0
    assert "[WPW 2019–2022]" in capsys.readouterr().out
    out = tmp_path / "r.xlsx"
    assert main(["report", "--db", str(db_url), "--format", "xlsx", "-o", str(out), "--series", "WPW 2019-2022"]) == 2
    assert "the series are: WPW 2019–2022" in capsys.readouterr().err  # a hyphen is not the dash: named, not guessed
    assert main(["report", "--db", str(db_url), "--format", "xlsx", "-o", str(out), "--series", "wpw 2019–2022"]) == 0
