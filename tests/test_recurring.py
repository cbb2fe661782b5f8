"""Recurring statements: groups across meetings, threshold, counts, and the user's confirm/split decisions."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from facilitator.model import Item, recurring_decision
from facilitator.operations import OperationError, reapply, revert
from facilitator.operations import confirm_group as confirm
from facilitator.operations import forget_group as forget
from facilitator.operations import split_group as split
from facilitator.recurring import RecurringError, find_groups
from facilitator.search import Filters
from facilitator.store import session_scope
from tests.test_search import make_meeting

PEOPLE = [("Anna Nowak", "Fundacja Alfa", "anna@example.org"), ("Jan Kowalski", "Stowarzyszenie Beta", None),
          ("Ewa Zielińska", "fundacja alfa ", None)]


@pytest.fixture
def meetings(engine):
    a = make_meeting(engine, title="Spotkanie A", day=date(2018, 6, 1), participants=PEOPLE, items={
        "Polityka lokalowa": [("weakness", "Brak lokali dla organizacji pozarządowych", (), 0),
                              ("weakness", "Za wysokie czynsze w lokalach miejskich", (), 1)],
        "Komunikacja i wsparcie NGO": [("proposal", "Więcej szkoleń z pisania wniosków", (), 1)],
    })
    b = make_meeting(engine, title="Spotkanie B", day=date(2018, 6, 8), participants=PEOPLE, items={
        "Polityka lokalowa": [("weakness", "brak lokali dla organizacji pozarzadowych!", (), 2),
                              ("weakness", "Za wysokie czynsze za lokale miejskie", (), 1),
                              ("strength", "Brak lokali dla organizacji pozarządowych", (), 0)],
        "Komunikacja i wsparcie NGO": [("recommendation", "Więcej szkoleń z pisania wniosków o dotacje", (), 0)],
    })
    c = make_meeting(engine, title="Spotkanie C", day=date(2018, 6, 15), series="Inna", participants=PEOPLE, items={
        "Polityka lokalowa": [("weakness", "Brak lokali dla wielu organizacji pozarządowych w centrum", (), 1)],
        "Tworzenie polityk publicznych": [("weakness", "Brak lokali dla organizacji pozarządowych", (), 1)],
    })
    return a, b, c


def by_text(groups, fragment):
    return next(g for g in groups if fragment.lower() in g.representative.text.lower())


def test_groups_across_meetings_with_counts(engine, meetings):
    groups = find_groups(engine)
    lokale = by_text(groups, "brak lokali")
    assert lokale.area == "Polityka lokalowa" and lokale.kind == "weakness"
    assert sorted(m.meeting_title for m in lokale.members) == ["Spotkanie A", "Spotkanie B", "Spotkanie C"]
    assert lokale.meetings == 3
    assert lokale.organisations == 2  # "Fundacja Alfa" and "fundacja alfa " are one organisation
    szkolenia = by_text(groups, "szkoleń")
    assert {m.kind for m in szkolenia.members} == {"proposal", "recommendation"}
    assert (szkolenia.meetings, szkolenia.organisations) == (2, 2)
    # the strength and the other area's identical text are not in the weakness group
    assert all(m.kind == "weakness" and m.section_title == "Polityka lokalowa" for m in lokale.members)
    czynsze = by_text(groups, "czynsze")
    assert (len(czynsze.members), czynsze.meetings, czynsze.organisations) == (2, 2, 1)
    assert len(groups) == 3


def test_threshold_changes_grouping(engine, meetings):
    strict = find_groups(engine, threshold=95)
    assert by_text(strict, "brak lokali").meetings == 2  # punctuation and case never matter; "w centrum" does
    assert by_text(find_groups(engine, threshold=95, scorer="set"), "brak lokali").meetings == 3
    # the same words in other inflections are the same concepts: one statement even at 95 …
    assert by_text(strict, "czynsze").meetings == 2
    with pytest.raises(StopIteration):  # … while the character score alone tells them apart
        by_text(find_groups(engine, threshold=95, scorer="sort"), "czynsze")
    assert len(find_groups(engine, threshold=0, same_area=False, same_kind=False)) == 1
    with pytest.raises(RecurringError):
        find_groups(engine, threshold=120)


def test_across_areas_and_kinds_on_request(engine, meetings):
    groups = find_groups(engine, same_area=False, same_kind=False, threshold=95)
    lokale = by_text(groups, "brak lokali")
    assert len(lokale.members) == 4 and lokale.meetings == 3  # the same words as weakness, strength, other area
    assert {m.section_title for m in lokale.members} == {"Polityka lokalowa", "Tworzenie polityk publicznych"}


def test_filters_restrict_meetings(engine, meetings):
    a, _b, _ = meetings
    lokale = by_text(find_groups(engine, filters=Filters(series="WPW 2019–2022")), "brak lokali")
    assert lokale.meetings == 2
    assert find_groups(engine, filters=Filters(meeting_ids=[a])) == []


def test_confirm_and_split_are_persisted(engine, meetings):
    lokale = by_text(find_groups(engine), "brak lokali")
    outlier = next(m for m in lokale.members if "centrum" in m.text)
    split(engine, item_ids=[outlier.item_id], from_ids=[m.item_id for m in lokale.members])
    after = by_text(find_groups(engine), "brak lokali")
    assert outlier.item_id not in {m.item_id for m in after.members}
    assert after.meetings == 2 and not after.confirmed

    with session_scope(engine) as s:
        czynsze = s.scalars(select(Item.id).where(Item.text == "Za wysokie czynsze w lokalach miejskich")).one()
    confirm(engine, item_ids=[after.key, czynsze])
    groups = find_groups(engine, threshold=95)
    joined = by_text(groups, "brak lokali")
    assert czynsze in {m.item_id for m in joined.members} and joined.confirmed

    with engine.connect() as conn:
        decisions = {row.decision for row in conn.execute(select(recurring_decision))}
    assert decisions == {"same", "distinct"}
    assert len(forget(engine, item_ids=[czynsze, outlier.item_id])) == 3
    assert by_text(find_groups(engine), "brak lokali").meetings == 3


def test_decisions_disappear_with_the_items(engine, meetings):
    lokale = by_text(find_groups(engine), "brak lokali")
    confirm(engine, item_ids=[m.item_id for m in lokale.members])
    with session_scope(engine) as s:
        s.delete(s.get(Item, lokale.members[1].item_id))
    with engine.connect() as conn:
        assert len(conn.execute(select(recurring_decision)).all()) == 1


def test_bad_decisions_are_refused(engine, meetings):
    with pytest.raises(OperationError, match="unknown"):
        confirm(engine, item_ids=["nope", "other"])
    with pytest.raises(OperationError, match="two"):
        confirm(engine, item_ids=["only-one"])


def test_shared_clause_with_different_subjects_is_not_one_statement(engine):
    clause = "mógłby korzystać z doświadczeń innych miast, np. Gdańska i Łodzi"
    for n, subject in enumerate(("Mała dotacja", "Strona internetowa NGO", "Mała dotacja")):
        make_meeting(engine, title=f"S{n}", day=date(2019, 1, 1 + n), items={
            "Komunikacja i wsparcie NGO": [("proposal", f"{subject} {clause}.")]})
    (group,) = find_groups(engine)
    assert {m.text for m in group.members} == {f"Mała dotacja {clause}."} and group.meetings == 2
    assert len(find_groups(engine, scorer="set")[0].members) == 3
    with pytest.raises(RecurringError, match="similarity measure"):
        find_groups(engine, scorer="jaccard")


def _grouping(engine) -> set[frozenset[str]]:
    return {frozenset(m.item_id for m in g.members) for g in find_groups(engine)}


def test_every_correction_is_undone_and_redone(engine, meetings):
    automatic = _grouping(engine)
    lokale = by_text(find_groups(engine), "brak lokali")
    outlier = next(m for m in lokale.members if "centrum" in m.text)
    with session_scope(engine) as s:
        czynsze = s.scalars(select(Item.id).where(Item.text == "Za wysokie czynsze w lokalach miejskich")).one()
    steps = [
        split(engine, item_ids=[outlier.item_id], from_ids=[m.item_id for m in lokale.members]),  # remove one
        confirm(engine, item_ids=[lokale.key, czynsze]),  # add a statement to the group (merge its group)
        confirm(engine, item_ids=[lokale.key, outlier.item_id]),  # change of mind: 'distinct' becomes 'same'
    ]
    steps.append(forget(engine, item_ids=[m.item_id for m in lokale.members] + [czynsze]))
    states = [automatic]
    for changes in steps:  # replay to record each state
        assert changes
    for changes in reversed(steps):
        revert(engine, changes)
    assert _grouping(engine) == automatic
    for changes in steps:
        reapply(engine, changes)
        states.append(_grouping(engine))
    assert states[-1] == automatic  # forgotten: automatic again
    for changes, before in zip(reversed(steps), reversed(states[:-1])):
        revert(engine, changes)
        assert _grouping(engine) == before
    assert states[1] != automatic and states[2] != states[1]
