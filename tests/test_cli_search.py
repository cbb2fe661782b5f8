"""`facilitator search` and `facilitator reindex` run as real subprocesses: lines, order, escaping, exit codes."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.cli import printable
from facilitator.search import Filters, search
from tests.test_cli import cli
from tests.test_search import make_meeting


@pytest.fixture
def library(engine, db_url):
    make_meeting(engine, title="Spotkanie w Nowej Hucie", day=date(2024, 5, 6), venue="Nowa Huta", items={
        "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych", ["Obszar 3/lokale"]),
                              ("proposal", "Tańsze lokale\tdla\nNGO\x1b[31m")],
        "Inne uwagi": [("remark", "Lokal przy Rynku jest za mały")],
    })
    make_meeting(engine, title="Konsultacje WPW", day=date(2023, 3, 1), series="Seria B", venue="Podgórze", items={
        "Komunikacja i wsparcie NGO": [("weakness", "Organizacje pozarządowe nie wiedzą o konkursach")],
    })
    engine.dispose()
    return db_url


def lines(result) -> list[list[str]]:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_one_tab_separated_line_per_statement_in_search_order(engine, library):
    rows = lines(cli("search", "organizacje pozarządowe", "--db", str(library)))
    assert sorted(rows) == [
        ["2023-03-01", "Konsultacje WPW", "Komunikacja i wsparcie NGO", "weakness",
         "Organizacje pozarządowe nie wiedzą o konkursach"],
        ["2024-05-06", "Spotkanie w Nowej Hucie", "Polityka lokalowa", "weakness",
         "Brak lokali dla organizacji pozarządowych"],
    ]
    expected = [h.text for h in search(engine, "organizacje pozarządowe", limit=None)]
    assert [r[4] for r in rows] == expected  # the core's ranking (the GUI's too: tests/ui/test_search_tagging.py)


def test_control_characters_are_escaped_so_fields_and_lines_stay_apart(library):
    rows = lines(cli("search", "tańsze", "--db", str(library)))
    assert rows == [["2024-05-06", "Spotkanie w Nowej Hucie", "Polityka lokalowa", "proposal",
                     "Tańsze lokale\\tdla\\nNGO\\x1b[31m"]]


def test_filters_narrow_like_the_gui(engine, library):
    every = lines(cli("search", "lokal", "--db", str(library)))
    assert len(every) == 3
    assert [r[4] for r in every] == [printable(h.text) for h in search(engine, "lokal", limit=None)]
    kinds = lines(cli("search", "lokal", "--kind", "weakness", "--kind", "remark", "--db", str(library)))
    assert {r[3] for r in kinds} == {"weakness", "remark"} and len(kinds) == 2
    dated = lines(cli("search", "organizacje", "--from", "2024-01-01", "--to", "2024-12-31", "--db", str(library)))
    assert [r[0] for r in dated] == ["2024-05-06"]
    series = lines(cli("search", "organizacje", "--series", "seria b", "--db", str(library)))
    assert [r[1] for r in series] == ["Konsultacje WPW"]
    tagged = lines(cli("search", "", "--tag", "Obszar 3", "--db", str(library)))  # a parent tag takes its children
    assert [r[4] for r in tagged] == ["Brak lokali dla organizacji pozarządowych"]
    assert [r[4] for r in tagged] == [h.text for h in search(engine, "", filters=Filters(tag="Obszar 3"),
                                                               limit=None)]


def test_meetings_are_found_by_venue(library):
    rows = lines(cli("search", "podgorze", "--db", str(library)))
    assert [r[1] for r in rows] == ["Konsultacje WPW"]


def test_nothing_found_is_silent_success(library):
    result = cli("search", "nieistniejące", "--db", str(library))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2024-13-01"], "error: bad date '2024-13-01', expected YYYY-MM-DD"),
    (["--to", "wczoraj"], "error: bad date 'wczoraj', expected YYYY-MM-DD"),
    (["--limit", "0"], "error: --limit must be at least 1, not 0"),
])
def test_bad_arguments_are_one_line_exit_2(library, args, message):
    result = cli("search", "lokal", *args, "--db", str(library))
    assert (result.returncode, result.stdout, result.stderr.splitlines()) == (2, "", [message])


def test_reindex_rebuilds_the_index(library):
    result = cli("reindex", "--db", str(library))
    assert (result.returncode, result.stdout.strip()) == (0, "indexed 4 statements")
    assert len(lines(cli("search", "lokal", "--db", str(library)))) == 3
