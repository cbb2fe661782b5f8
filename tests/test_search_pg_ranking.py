"""PostgreSQL ranks as SQLite's FTS5 does, from the postings of revision 0012 (facilitator/search_pg.py).

The corpus makes every part of FTS5's arithmetic count: a word repeated in a meeting's title and venue (weight 0.2,
added occurrence by occurrence), in the office's answer (1.0, added after them), in tags (2) and section titles (1);
exact ties (the same statement in many meetings) and near-ties (the same words in statements of other lengths) at the
limit; prefixes matching thousands of postings. SQLite's own bm25() is the reference, score for score; the search
returns the same statements in the same order on both databases, for every limit and filter.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from facilitator import meetingfile, operations, search_pg
from facilitator.search import Filters, fts_query, query_terms, search
from facilitator.store import open_database, search_ddl
from tests import pgserver

pytestmark = pytest.mark.skipif(not pgserver.server_url(), reason=pgserver.SKIP_REASON)

WORDS = ("lokal", "lokale", "lokali", "lokalowa", "organizacja", "organizacji", "pozarządowych", "wsparcie", "sala",
         "konkurs", "konkursów", "dotacje", "młodzież", "seniorzy", "program", "współpracy", "urząd", "miasta")
QUERIES = ("lokal", "lok", "lokali", "l", "organizacji pozarządowych", "sala lokal", "konkursy", "wsparcie", "dla",
           "spotkanie", "miasta urzędu", "seniorzy program", "xyzzy", "odpowiedź lokal")
LIMITS = (None, 1, 3, 10, 40)
NARROWED = Filters(kind=("weakness",), date_from=date(2026, 2, 10))  # excludes most of what matches


def _meetings() -> list[dict]:
    """24 meetings × 30 statements whose words, lengths, titles, venues and tags vary by a fixed rule."""
    meetings = []
    for m in range(24):
        sections = []
        for s in range(3):
            items = []
            for k in range(10):
                n = m * 30 + s * 10 + k
                length = 2 + (n * 7) % 11
                body = " ".join(WORDS[(n * 5 + j * (3 + n % 4)) % len(WORDS)] for j in range(length))
                if k == 9:
                    body = "Brak lokali dla organizacji"  # the same statement everywhere: exact ties
                items.append({"id": f"i-{m}-{s}-{k}", "kind": ("proposal", "weakness", "remark")[n % 3],
                              "text": body, "tags": ["Lokale", "Lokal/wsparcie"][: n % 3]})
            sections.append({"id": f"s-{m}-{s}", "title": ("Polityka lokalowa", "Lokale i lokal", "Inne")[s],
                             "kind": "theme", "items": items})
        title = "Spotkanie " + " ".join(["lokal"] * (m % 5)) + f" nr {m}"  # 0.2 added 0 to 4 times
        meetings.append({"format": "facilitator-meeting", "version": 1, "meeting": {
            "id": f"m-{m:02d}", "title": title, "series": "WPW", "language": "pl",
            "venue": ("Sala lokalna, lokal 3", "Urząd miasta", None)[m % 3],
            "date": (date(2026, 2, 2) + timedelta(days=3 * (m % 9))).isoformat(), "sections": sections}})
    return meetings


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    """The corpus in a SQLite file and a PostgreSQL database, with the office's answers to some statements."""
    url = pgserver.fresh_database()
    engines = (open_database(tmp_path_factory.mktemp("rank") / "rank.sqlite"), open_database(url))
    for engine in engines:
        meetingfile.apply_import(engine, meetingfile.plan_import(engine, _meetings()))
        for m in range(0, 24, 5):  # the answer column comes after the 0.2-weighted ones in FTS5's sum
            operations.set_response(engine, item_ids=_items(engine, m, 0)[:4], position="accepted",
                                    justification="Odpowiedź: lokal, lokale, lokal" + " lokal" * (m % 4))
    yield engines
    for engine in engines:
        engine.dispose()
    pgserver.drop_database(url)


def _items(engine, meeting: int, section: int) -> list[str]:
    """The stored ids of one section's statements, in captured order (import gives the file's ids new UUIDs)."""
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT item.id FROM item JOIN section ON section.id = item.section_id JOIN meeting ON meeting.id = "
            "section.meeting_id WHERE meeting.title LIKE :title AND section.position = :section ORDER BY "
            "item.position"), {"title": f"% nr {meeting}", "section": section}).scalars().all()


def _meeting(engine, number: int) -> str:
    with engine.connect() as conn:
        return conn.execute(text("SELECT id FROM meeting WHERE title LIKE :t"), {"t": f"% nr {number}"}).scalar_one()


def _ids(engine, query, filters=None, limit=None) -> list[str]:
    return [hit.item_id for hit in search(engine, query, filters=filters, limit=limit)]


@pytest.mark.parametrize("query", QUERIES)
def test_the_same_statements_in_the_same_order_for_every_limit(pair, query):
    lite, pg = pair
    for filters in (None, NARROWED, Filters(meeting_ids=[_meeting(lite, 3)])):
        everything = _ids(lite, query, filters)
        for limit in LIMITS:
            assert _ids(pg, query, filters, limit) == everything[:limit], (query, filters, limit)


def test_the_corpus_has_ties_at_the_limits_and_thousands_of_postings(pair):
    """What makes the comparison above bite: exact ties around each limit, and every tail weight used."""
    lite, pg = pair
    with lite.connect() as conn:
        scores = conn.execute(text("SELECT bm25(search_fts, " + ", ".join(map(str, search_ddl.FTS_WEIGHTS))
                                   + ") FROM search_fts WHERE search_fts MATCH :m ORDER BY 1"),
                              {"m": fts_query("lokali")}).scalars().all()
    assert len(scores) > 100 and any(scores[n - 1] == scores[n] for n in (3, 10, 40))
    with pg.connect() as conn:
        postings = conn.execute(text("SELECT count(*), sum(tail1), sum(tail2) FROM search_term "
                                     "WHERE token LIKE 'l%'")).one()
    assert postings[0] > 1000 and postings[1] > 0 and postings[2] > 0


def _postings_score(conn, item_id: str, phrases, weights, avgdl) -> float:
    """bm25 of one entry from its postings alone, phrase by phrase as search_pg sums them."""
    docid, length = conn.execute(text("SELECT docid, tokens FROM search_entry WHERE item_id = :i"),
                                 {"i": item_id}).one()
    postings = conn.execute(text("SELECT token, lead, tail1, tail2 FROM search_term WHERE docid = :d"),
                            {"d": docid}).all()
    freqs = []
    for prefix, token in phrases:
        found = [p for p in postings if (p.token.startswith(token) if prefix else p.token == " " + token)]
        freqs.append(search_pg.phrase_freq(prefix, *(sum(getattr(p, c) for p in found)
                                                     for c in ("lead", "tail1", "tail2"))))
    return search_pg.bm25(freqs, length, weights, avgdl)


@pytest.mark.parametrize("query", ("lokali", "lok", "sala lokal", "odpowiedź lokal", "organizacji pozarządowych"))
def test_bm25_from_the_postings_is_sqlites_own_score_for_score(pair, query):
    lite, pg = pair
    search(lite, query)  # both indexes up to date
    search(pg, query)
    phrases = [phrase for term in query_terms(query) for phrase in term.phrases()]
    weights = ", ".join(str(w) for w in search_ddl.FTS_WEIGHTS)
    with lite.connect() as conn:
        expected = dict(conn.execute(text(
            f"SELECT d.item_id, bm25(search_fts, {weights}) FROM search_fts JOIN search_doc d "
            "ON d.docid = search_fts.rowid WHERE search_fts MATCH :m"), {"m": fts_query(query)}).all())
    with pg.connect() as conn:
        entries, total, hits = search_pg.document_frequencies(conn, phrases)
        idf = search_pg.idf(entries, hits)
        got = {item: _postings_score(conn, item, phrases, idf, total / entries) for item in expected}
    assert len(expected) >= 20 and got == expected  # equal floats, not merely close


def test_a_phrase_frequency_is_added_one_occurrence_at_a_time():
    """FTS5 adds 0.2 for each occurrence in the meeting column: after 10.0, seven times is not 10.0 + 7 × 0.2."""
    by_one = 10.0
    for _ in range(7):
        by_one += 0.2
    assert by_one != 10.0 + 7 * 0.2
    assert search_pg.phrase_freq(True, 10, 7, 0) == by_one
    then_answer = by_one
    for _ in range(3):
        then_answer += 1.0
    assert search_pg.phrase_freq(True, 10, 7, 3) == then_answer  # the answer column (1.0) after the meeting's
    assert search_pg.phrase_freq(False, 5, 2, 0) == 5.0 + 0.2 + 0.2  # a stem: stems (5), then context (0.2)


def test_a_deleted_statement_leaves_no_postings_and_both_databases_still_agree(tmp_path):
    url = pgserver.fresh_database()
    engines = (open_database(tmp_path / "d.sqlite"), open_database(url))
    try:
        for engine in engines:
            meetingfile.apply_import(engine, meetingfile.plan_import(engine, _meetings()[:4]))
            search(engine, "lokal")
        lite, pg = engines
        gone = [_items(pg, 1, 0)[9], _items(pg, 2, 1)[9]]  # "Brak lokali dla organizacji" twice
        with pg.connect() as conn:
            docid = conn.execute(text("SELECT docid FROM search_entry WHERE item_id = :i"), {"i": gone[0]}).scalar_one()
            assert conn.execute(text("SELECT count(*) FROM search_term WHERE docid = :d"), {"d": docid}).scalar() > 0
        for engine in engines:
            with engine.begin() as conn:
                conn.execute(text("DELETE FROM item WHERE id IN (:a, :b)"), {"a": gone[0], "b": gone[1]})
        with pg.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM search_term WHERE docid = :d"), {"d": docid}).scalar() == 0
        for query in ("lokali", "brak organizacji", "lok"):
            assert _ids(pg, query, limit=5) == _ids(lite, query)[:5]
            assert not set(gone) & set(_ids(pg, query))
    finally:
        for engine in engines:
            engine.dispose()
        pgserver.drop_database(url)
