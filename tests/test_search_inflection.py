"""Search understands inflection (Polish and English) and finds meetings by their title and venue."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text as sql

from facilitator.model import Meeting
from facilitator.search import search, sync
from facilitator.store import session_scope
from facilitator.store.connection import database_url, make_engine
from facilitator.store.migrate import upgrade
from tests.test_search import make_meeting, texts

STATEMENTS = ["Brak lokali dla organizacji pozarządowych", "Puste lokale należy udostępniać", "Lokal przy Rynku",
              "Konkursy dla organizacji", "Nowa polityka lokalowa", "Lokomotywa nie ma tu nic do rzeczy",
              "Organizacjom brakuje pieniędzy"]
ENGLISH = ["New policies for premises", "One policy for the whole city", "Cities need rooms",
           "Organisations lack rooms"]


@pytest.fixture
def corpus(engine):
    make_meeting(engine, title="Spotkanie w Nowej Hucie", day=date(2024, 5, 6), venue="Centrum Kultury Nowa Huta",
                 items={"Inne uwagi": [("weakness", t) for t in STATEMENTS]})
    make_meeting(engine, title="Meeting on premises", day=date(2024, 6, 1), venue="Town Hall", series=None,
                 items={"Other remarks": [("remark", t) for t in ENGLISH]})
    make_meeting(engine, title="Konsultacje programu", day=date(2024, 7, 1), venue="Dom Kultury Podgórze",
                 items={"Inne uwagi": [("remark", "Więcej szkoleń")]})


@pytest.mark.parametrize(("query", "expected"), [
    ("lokal", {"Brak lokali dla organizacji pozarządowych", "Puste lokale należy udostępniać", "Lokal przy Rynku",
               "Nowa polityka lokalowa"}),
    ("lokale", {"Brak lokali dla organizacji pozarządowych", "Puste lokale należy udostępniać", "Lokal przy Rynku",
                "Nowa polityka lokalowa"}),
    ("organizacje pozarządowe", {"Brak lokali dla organizacji pozarządowych"}),
    ("organizacje pozarzadowe", {"Brak lokali dla organizacji pozarządowych"}),
    ("ORGANIZACJA", {"Brak lokali dla organizacji pozarządowych", "Konkursy dla organizacji",
                     "Organizacjom brakuje pieniędzy"}),
    ("konkursów", {"Konkursy dla organizacji"}),
    ("policies", {"New policies for premises", "One policy for the whole city"}),
    ("policy", {"New policies for premises", "One policy for the whole city"}),
    ("city", {"One policy for the whole city", "Cities need rooms"}),
    ("organisation", {"Organisations lack rooms"}),
])
def test_inflected_forms_find_each_other(engine, corpus, query, expected):
    assert texts(search(engine, query)) == expected


@pytest.mark.parametrize("use_index", [True, False])
def test_the_like_fallback_knows_stems_that_are_prefixes(engine, corpus, use_index):
    """PostgreSQL has no index: the stem still widens the match where it is a prefix of the other forms."""
    assert texts(search(engine, "organizacje pozarządowe", use_index=use_index)) == {
        "Brak lokali dla organizacji pozarządowych"}


def test_highlights_cover_the_inflected_forms(engine, corpus):
    (hit,) = search(engine, "organizacje pozarządowe")
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["organizacji", "pozarządowych"]
    assert hit.meeting_highlights == ()


def test_meetings_are_found_by_title_and_venue_and_show_as_their_statements(engine, corpus):
    by_venue = search(engine, "podgorze")
    assert texts(by_venue) == {"Więcej szkoleń"}
    assert by_venue[0].meeting_html() == "Konsultacje programu · Dom Kultury <b>Podgórze</b>"
    by_title = search(engine, "Nowej Hucie")
    assert texts(by_title) == set(STATEMENTS)
    assert {h.meeting_html() for h in by_title} == {
        "Spotkanie w <b>Nowej</b> <b>Hucie</b> · Centrum Kultury <b>Nowa</b> Huta"}  # "Huta": stem "hut", not "hu"
    assert texts(search(engine, "Town Hall rooms")) == {"Cities need rooms", "Organisations lack rooms"}


def test_a_statement_that_says_it_ranks_before_one_whose_meeting_is_named_so(engine, corpus):
    make_meeting(engine, title="Szkolenia", day=date(2023, 1, 1), items={"Inne uwagi": [("remark", "Cokolwiek")]})
    hits = search(engine, "szkolenia")
    assert [h.text for h in hits] == ["Więcej szkoleń", "Cokolwiek"]
    assert hits[0].meeting_highlights == () and hits[1].meeting_highlights == ((0, 9),)


def test_renaming_a_meeting_or_its_venue_reindexes_its_statements(engine, corpus):
    assert search(engine, "Kazimierz") == []
    with session_scope(engine) as s:
        meeting = s.query(Meeting).filter_by(title="Konsultacje programu").one()
        meeting.venue = "Kazimierz"
    assert texts(search(engine, "Kazimierz")) == {"Więcej szkoleń"}
    assert search(engine, "Podgórze") == []


def test_a_database_from_before_the_stems_is_rebuilt_and_reindexed(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    upgrade(engine, "0008")  # the revision before the stems
    make_meeting(engine, title="Stare", day=date(2020, 1, 1), items={"Inne uwagi": [("remark", "Brak lokali")]})
    with engine.connect() as conn:
        columns = [r[1] for r in conn.execute(sql("PRAGMA table_info(search_fts)"))]
    assert columns == ["body", "section", "tags"]
    upgrade(engine)
    with engine.connect() as conn:
        columns = [r[1] for r in conn.execute(sql("PRAGMA table_info(search_fts)"))]
        queued = conn.execute(sql("SELECT count(*) FROM search_queue")).scalar_one()
    assert columns == ["body", "section", "tags", "meeting", "stems", "context", "answer"] and queued == 1
    assert sync(engine) == 1
    assert texts(search(engine, "lokal")) == {"Brak lokali"}
