"""`facilitator search` prints the same lines on SQLite and PostgreSQL for the same corpus (issue 11 §1).

The corpus goes in through `facilitator import` on both databases; each query of the parity corpus
(tests/test_office_database.py) then prints, line for line, what it prints on the other database, and what the
core's search finds there. Needs the PostgreSQL test server (FACILITATOR_TEST_PG); skips, saying why, without it.
"""

from __future__ import annotations

import json

import pytest

from facilitator.cli import main, printable
from facilitator.cli_search import search_row
from facilitator.search import search
from facilitator.store import open_database
from tests import pgserver
from tests.test_office_database import QUERIES, _corpus

pytestmark = pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)

NARROWED = ("--kind", "proposal", "--kind", "weakness", "--from", "2026-03-09", "--to", "2026-03-30")


@pytest.fixture(scope="module")
def databases(tmp_path_factory) -> tuple[str, str]:
    """`--db` of a SQLite file and of a PostgreSQL database, both filled by `facilitator import` from one corpus."""
    folder = tmp_path_factory.mktemp("parity-cli")
    files = []
    for number, meeting in enumerate(_corpus()):
        path = folder / f"spotkanie-{number}.json"
        path.write_text(json.dumps(meeting, ensure_ascii=False), encoding="utf-8")
        files.append(str(path))
    url = pgserver.fresh_database()
    dbs = (str(folder / "parity.sqlite"), url)
    for db in dbs:
        assert main(["import", "--db", db, *files]) == 0
    yield dbs
    pgserver.drop_database(url)


def _lines(capsys, db: str, *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["search", *args, "--db", db]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    return out.out.splitlines()


def _core(db: str, query: str) -> list[str]:
    engine = open_database(db)
    try:
        return ["\t".join(printable(v) for v in search_row(hit)) for hit in search(engine, query, limit=None)]
    finally:
        engine.dispose()


@pytest.mark.parametrize("query", QUERIES)
def test_facilitator_search_prints_the_same_lines_on_both_databases(databases, capsys, query):
    lite, pg = databases
    lines = _lines(capsys, lite, query)
    assert _lines(capsys, pg, query) == lines
    assert _lines(capsys, pg, query, "--limit", "3") == lines[:3]
    assert _lines(capsys, pg, query, *NARROWED) == _lines(capsys, lite, query, *NARROWED)
    assert lines == _core(pg, query)  # the command prints the core's answer, in its order


def test_the_command_parity_is_not_vacuous(databases, capsys):
    """The corpus makes the comparison above bite: many lines, inflected and unaccented forms, several dates."""
    lite, pg = databases
    found = _lines(capsys, pg, "lokali")
    assert len(found) >= 5 and len({line.split("\t")[0] for line in found}) > 1
    assert any(line.endswith("\tBrak lokali dla organizacji pozarządowych")
               for line in _lines(capsys, pg, "organizacje pozarzadowe"))
    assert len(_lines(capsys, lite, "wspar")) > len(_lines(capsys, lite, "wspar", *NARROWED)) > 0
    assert {line.split("\t")[1][-11:] for line in _lines(capsys, pg, "piotrkowska")} == {"spotkanie 3", "spotkanie 7"}


# --- thousands of hits: the paths a limit and the filters take on PostgreSQL (facilitator/search_pg.py) -------------

MANY = ("lok", "spotkanie", "k", "organizacje pozarządowe", "wsparcie dla", "sala")  # prefixes with many postings
FEW = ("--kind", "good_practice", "--from", "2018-05-01", "--to", "2018-06-30")  # keeps a small part of what matches


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[str, str]:
    """40 generated meetings × 60 statements (benchmarks/datagen), imported by `facilitator import` into both."""
    from benchmarks.datagen import generate_meeting
    from facilitator.meetingfile import write

    folder = tmp_path_factory.mktemp("parity-many")
    files = []
    for number in range(40):
        path = folder / f"spotkanie-{number:02d}.json"
        write(path, generate_meeting(number, items=60))
        files.append(str(path))
    url = pgserver.fresh_database()
    dbs = (str(folder / "many.sqlite"), url)
    for db in dbs:
        assert main(["import", "--db", db, *files]) == 0
    yield dbs
    pgserver.drop_database(url)


@pytest.mark.parametrize("query", MANY)
def test_thousands_of_hits_print_alike_with_a_limit_and_narrow_filters(generated, capsys, query):
    lite, pg = generated
    lines = _lines(capsys, lite, query)
    assert _lines(capsys, pg, query) == lines
    for limit in ("1", "25", "200"):
        assert _lines(capsys, pg, query, "--limit", limit) == lines[: int(limit)]
    narrowed = _lines(capsys, lite, query, *FEW)
    assert _lines(capsys, pg, query, *FEW) == narrowed
    assert _lines(capsys, pg, query, *FEW, "--limit", "5") == narrowed[:5]


def test_the_generated_corpus_has_thousands_of_hits_and_filters_that_keep_few(generated, capsys):
    lite, _ = generated
    assert len(_lines(capsys, lite, "k")) > 1000
    assert 0 < len(_lines(capsys, lite, "k", *FEW)) < len(_lines(capsys, lite, "k")) / 10
