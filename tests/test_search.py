"""Full-text search: folding, prefixes, filters, hostile input, index kept in sync with every write."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text as sql

from facilitator.model import Item, Meeting, Participant, Section, Tag
from facilitator.search import Filters, fold, fts_query, make_snippet, reindex, search, sync, terms
from facilitator.store import search_ddl, session_scope

AREAS = ("Tworzenie polityk publicznych", "Komunikacja i wsparcie NGO", "Polityka lokalowa")


def make_meeting(engine, *, title: str, day: date, series: str | None = "WPW 2019–2022", venue: str = "Sala",
                 items: dict[str, list[tuple]] | None = None, participants: list[tuple] = ()) -> str:
    """Store one meeting: items maps section title -> [(kind, text, tags, speaker_index, children)]."""
    with session_scope(engine) as s, s.no_autoflush:
        meeting = Meeting(title=title, date=day, series=series, venue=venue)
        s.add(meeting)
        people = [Participant(name=n, organisation=o, email=e, position=i) for i, (n, o, e) in enumerate(participants)]
        meeting.participants = people
        for pos, (section_title, rows) in enumerate((items or {}).items()):
            kind = "area" if section_title in AREAS else "other"
            section = Section(title=section_title, kind=kind, position=pos)
            meeting.sections.append(section)
            for ipos, row in enumerate(rows):
                kind_, body, tags, speaker, children = tuple(row) + ((), None, ())[len(row) - 2:]
                item = Item(kind=kind_, text=body, position=ipos, speaker=people[speaker] if speaker is not None
                            else None)
                item.tags = [_tag(s, t) for t in tags]
                section.all_items.append(item)
                for cpos, (ckind, ctext) in enumerate(children):
                    section.all_items.append(Item(kind=ckind, text=ctext, position=cpos, parent=item))
        s.flush()
        return meeting.id


def _tag(session, name: str) -> Tag:
    found = session.query(Tag).filter_by(name=name).one_or_none()
    if found is None:
        found = Tag(name=name)
        session.add(found)
        session.flush()
    return found


@pytest.fixture
def data(engine):
    first = make_meeting(engine, title="Spotkanie pierwsze", day=date(2018, 6, 15), items={
        "Polityka lokalowa": [("weakness", "Brak źródła finansowania bazy lokalowej", ["lokale"]),
                              ("strength", "Dobra współpraca z Łódź Kaliską")],
        "Komunikacja i wsparcie NGO": [("proposal", "Więcej WSPARCIA dla małych organizacji", ["wsparcie"])],
    })
    second = make_meeting(engine, title="Spotkanie drugie", day=date(2019, 3, 1), series="Inna seria", items={
        "Komunikacja i wsparcie NGO": [("weakness", "Strona www jest nieczytelna <b>&amp;</b> \"stara\""),
                                       ("recommendation", "wsparcie merytoryczne (szkolenia) - OR * NEAR")],
        "Inne uwagi": [("remark", "Lodz jako przykład 😀")],
    })
    return first, second


def texts(hits) -> set[str]:
    return {h.text for h in hits}


def test_fold_maps_polish_letters_and_case():
    assert fold("Łódź ŹRÓDŁA Żółć") == "lodz zrodla zolc"
    assert fold(None) == ""
    assert terms('"zrodla" OR (lok* -x') == ["zrodla", "or", "lok", "x"]
    assert fts_query("lok*") == '({body section tags meeting answer} : "lok"* OR {stems context} : "lok")'


@pytest.mark.parametrize("query", ["zrodla", "ŹRÓDŁA", "źródł", "finans bazy", "lokal zrodl"])
def test_diacritics_case_and_prefix(engine, data, query):
    assert texts(search(engine, query)) == {"Brak źródła finansowania bazy lokalowej"}


def test_upper_case_query_finds_lower_text(engine, data):
    found = texts(search(engine, "WSPARCIE"))
    assert "Więcej WSPARCIA dla małych organizacji" in found
    assert "wsparcie merytoryczne (szkolenia) - OR * NEAR" in found


@pytest.mark.parametrize("query", ["łódź", "lodz", "LODZ", "Łódź"])
def test_l_stroke_folds_both_ways(engine, data, query):
    assert texts(search(engine, query)) == {"Dobra współpraca z Łódź Kaliską", "Lodz jako przykład 😀"}


def test_section_titles_and_tags_are_searchable(engine, data):
    assert len(search(engine, "lokalowa")) == 2  # section title "Polityka lokalowa"
    hits = search(engine, "lokale")  # the tag "lokale", and by its stem "lokal" the section "Polityka lokalowa"
    assert hits[0].text == "Brak źródła finansowania bazy lokalowej"
    assert texts(hits) == {"Brak źródła finansowania bazy lokalowej", "Dobra współpraca z Łódź Kaliską"}


@pytest.mark.parametrize("query", ['"', "*", "-", "OR", "AND NOT", "(", ")", 'a" OR "b', "NEAR(x y)", "^", ":",
                                   "body:x", "{a b}", "'", "\x00\x1f", "😀", "a" * 5000, "%", "_"])
def test_hostile_queries_never_break(engine, data, query):
    hits = search(engine, query)
    assert isinstance(hits, list)


def test_operators_in_query_are_plain_words(engine, data):
    assert texts(search(engine, "OR NEAR")) == {"wsparcie merytoryczne (szkolenia) - OR * NEAR"}
    assert texts(search(engine, "(szkolenia)")) == {"wsparcie merytoryczne (szkolenia) - OR * NEAR"}


def test_filters(engine, data):
    first, _second = data
    assert texts(search(engine, "wsparc", filters=Filters(series="Inna seria", kind="recommendation"))) == {
        "wsparcie merytoryczne (szkolenia) - OR * NEAR"}
    assert len(search(engine, "", filters=Filters(date_from=date(2019, 1, 1)))) == 3
    assert len(search(engine, None, filters=Filters(date_to=date(2018, 12, 31)))) == 3
    assert len(search(engine, "", filters=Filters(meeting_ids=[first]))) == 3
    assert texts(search(engine, "", filters=Filters(section="polityka LOKALOWA", kind="strength"))) == {
        "Dobra współpraca z Łódź Kaliską"}
    assert texts(search(engine, "", filters=Filters(section_kind="other"))) == {"Lodz jako przykład 😀"}
    assert texts(search(engine, "", filters=Filters(kind=("proposal", "recommendation")))) == {
        "Więcej WSPARCIA dla małych organizacji", "wsparcie merytoryczne (szkolenia) - OR * NEAR"}
    assert texts(search(engine, "", filters=Filters(tag="WSPARCIE"))) == {"Więcej WSPARCIA dla małych organizacji"}
    assert search(engine, "", filters=Filters(tag="nieistniejący")) == []
    assert search(engine, "wsparcie", filters=Filters(meeting_ids=[])) == []


def test_hit_carries_context_and_highlighted_snippet(engine, data):
    (hit,) = search(engine, "zrodla lokal")
    assert (hit.kind, hit.meeting_title, hit.meeting_date) == ("weakness", "Spotkanie pierwsze", date(2018, 6, 15))
    assert (hit.section_title, hit.series, hit.tags) == ("Polityka lokalowa", "WPW 2019–2022", ("lokale",))
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked == ["źródła", "lokalowej"]
    (html_hit,) = search(engine, "nieczytelna")
    assert "&lt;b&gt;&amp;amp;&lt;/b&gt;" in html_hit.snippet_html()
    assert "<b>nieczytelna</b>" in html_hit.snippet_html()


def test_snippet_window_of_long_text():
    long = "słowo " * 200 + "Źródło " + "koniec " * 200
    snippet, spans = make_snippet(long, ["zrodl"], width=80)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[s:e] for s, e in spans] == ["Źródło"]


def test_index_follows_orm_writes(engine, data):
    first, _ = data
    with session_scope(engine) as s:
        item = s.query(Item).filter_by(text="Brak źródła finansowania bazy lokalowej").one()
        item.text = "Brak sal na spotkania"
        item.tags = []
        s.get(Section, item.section_id).title = "Baza lokalowa i sale"
        _tag(s, "lokale").name = "pomieszczenia"
    assert search(engine, "zrodla") == []
    assert texts(search(engine, "brak sal spotkania")) == {"Brak sal na spotkania"}
    assert {h.section_title for h in search(engine, "lokale")} == {"Baza lokalowa i sale"}  # the tag is gone
    assert len(search(engine, "baza sale")) == 2
    with session_scope(engine) as s:
        s.delete(s.query(Item).filter_by(text="Brak sal na spotkania").one())
    assert search(engine, "brak sal") == []
    with session_scope(engine) as s:
        target = s.get(Meeting, first).sections[1].all_items[0]
        target.tags.append(_tag(s, "Pomieszczenia"))
    assert texts(search(engine, "pomieszcz")) == {"Więcej WSPARCIA dla małych organizacji"}


def test_index_follows_raw_sql_and_cascade_deletes(engine, data):
    first, _second = data
    with engine.begin() as conn:
        conn.execute(sql("UPDATE item SET text = 'zmienione hasło' WHERE text LIKE 'Strona%'"))
        conn.execute(sql("DELETE FROM meeting WHERE id = :id"), {"id": first})
    assert texts(search(engine, "haslo")) == {"zmienione hasło"}
    assert search(engine, "wiecej") == []
    with engine.connect() as conn:
        stale = conn.execute(sql("SELECT count(*) FROM search_doc WHERE item_id NOT IN (SELECT id FROM item)"))
        assert stale.scalar_one() == 0


@pytest.mark.sqlite_only
def test_reindex_and_dropped_triggers_are_repaired(engine, data):
    assert reindex(engine) == 6
    with engine.begin() as conn:
        conn.execute(sql("DROP TRIGGER search_item_ai"))
        conn.execute(sql("DELETE FROM search_fts"))
    sync(engine)
    with engine.begin() as conn:
        triggers = conn.execute(sql("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'search%'"))
        assert triggers.scalar_one() == len(search_ddl.TRIGGERS)
    assert texts(search(engine, "zrodla")) == {"Brak źródła finansowania bazy lokalowej"}


def test_like_fallback_matches_polish_text(engine, data):
    assert texts(search(engine, "ZRODLA", use_index=False)) == {"Brak źródła finansowania bazy lokalowej"}
    assert texts(search(engine, "lodz", use_index=False)) == {"Dobra współpraca z Łódź Kaliską",
                                                              "Lodz jako przykład 😀"}
    assert len(search(engine, "lokalowa", use_index=False, filters=Filters(kind="weakness"))) == 1
    assert texts(search(engine, "lokale", use_index=False)) == {"Brak źródła finansowania bazy lokalowej",
                                                                "Dobra współpraca z Łódź Kaliską"}


def test_migration_backfills_existing_items(db_path):
    from facilitator.store import make_engine
    from facilitator.store.migrate import upgrade

    engine = make_engine(f"sqlite:///{db_path}")
    upgrade(engine, "0001")
    make_meeting(engine, title="Stare", day=date(2017, 1, 1), items={"Polityka lokalowa": [
        ("weakness", "Źródła wody")]})
    upgrade(engine)
    assert texts(search(engine, "zrodla")) == {"Źródła wody"}
    engine.dispose()


@pytest.mark.parametrize("value", ["Łódź", "Straße ﬁlm źródło", "Zdecomposed: z\u0301rodlo", "ǅ x 😀 ł"])
def test_fold_mapped_positions_point_back_to_the_original(value):
    from facilitator.search import fold_mapped

    folded, origin = fold_mapped(value)
    assert folded == fold(value) and len(origin) == len(folded)
    assert all(fold(value[origin[i]]).startswith(folded[i]) or folded[i] in fold(value[origin[i]])
               for i in range(len(folded)))


def test_index_follows_operations_and_undo(engine):
    from facilitator import operations as ops

    meeting = ops.create_meeting(engine, date=date(2018, 6, 15), template=True)[0].id
    section = ops.add_section(engine, meeting_id=meeting, title="Źródła finansowania")[0].id
    added = ops.add_item(engine, section_id=section, kind="weakness", text="Brak dotacji na wkład własny",
                         tags=("Dotacje",))
    item = added[0].id
    assert [h.item_id for h in search(engine, "wklad wlasny")] == [item]
    assert [h.item_id for h in search(engine, "zrodla dotac")] == [item]  # section title + tag
    updated = ops.update_item(engine, item_id=item, text="Żółta kartka dla urzędu")
    assert search(engine, "wklad") == [] and [h.item_id for h in search(engine, "zolta")] == [item]
    ops.revert(engine, updated)
    assert [h.item_id for h in search(engine, "wklad")] == [item]
    deleted = ops.delete_item(engine, item_id=item)
    assert search(engine, "wklad") == []
    ops.revert(engine, deleted)
    assert [h.item_id for h in search(engine, "wklad")] == [item]
    ops.delete_meeting(engine, meeting_id=meeting)
    assert search(engine, "wklad") == []


def test_read_only_database_is_searched_as_last_indexed(engine, data, db_path):
    from sqlalchemy import create_engine

    assert texts(search(engine, "zrodla")) == {"Brak źródła finansowania bazy lokalowej"}
    with engine.begin() as conn:
        conn.execute(sql("UPDATE item SET text = 'Nowe źródła' WHERE text LIKE 'Brak%'"))
    read_only = create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        assert texts(search(read_only, "zrodla")) == {"Nowe źródła"}  # stale index row, current text
    finally:
        read_only.dispose()
    assert texts(search(engine, "nowe")) == {"Nowe źródła"}


def test_a_limit_cuts_a_tie_where_the_full_list_does(engine):
    """Statements scored alike come newest meeting first, then in captured order; a limit (the search window's 200,
    `--limit`) keeps the start of that order, on SQLite as on the office database (FTS5 alone cuts a tie anywhere)."""
    for day in range(1, 13):  # the oldest stored first
        make_meeting(engine, title="Spotkanie", day=date(2019, 1, day), venue="Sala",
                     items={"Inne": [("weakness", "Brak lokali"), ("remark", "Brak lokali")]})
    full = [hit.item_id for hit in search(engine, "lokali", limit=None)]
    assert len(full) == 24
    assert [hit.meeting_date for hit in search(engine, "lokali", limit=2)] == [date(2019, 1, 12)] * 2
    for limit in (1, 2, 5, 13, 23, 24, 30):
        assert [hit.item_id for hit in search(engine, "lokali", limit=limit)] == full[:limit]
