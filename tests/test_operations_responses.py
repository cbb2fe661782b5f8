"""The office's answers to statements: validation, one undoable step for a group, kept through deletions' undo."""

from __future__ import annotations

import pytest

from facilitator import operations as op
from facilitator import search
from facilitator.operations import OperationError


def _meeting(engine) -> tuple[str, list[str]]:
    created = op.create_meeting(engine, date="2026-05-05", template=True, series="WPW 2026")
    section = created[1].id
    ids = [op.add_item(engine, section_id=section, kind="proposal", text=text)[0].id
           for text in ("Lokale dla organizacji", "Więcej lokali dla NGO", "Konkursy ogłaszać wcześniej")]
    return created[0].id, ids


def _answers(engine) -> dict:
    return {k: (v.position, v.justification, v.paragraph) for k, v in op.get_responses(engine).items()}


def test_a_group_answer_is_one_step_that_undo_takes_back_and_redo_restores(engine):
    _mid, (a, b, c) = _meeting(engine)
    changes = op.set_response(engine, item_ids=[a, b], position="partly_accepted",
                              justification="  Lokale przy ul. Reformackiej od 2027 r.  ", paragraph=" § 5  ust. 2 ")
    assert [ch.entity for ch in changes] == ["item_response", "item_response"]
    after = _answers(engine)
    assert after == {a: ("partly_accepted", "Lokale przy ul. Reformackiej od 2027 r.", "§ 5 ust. 2"),
                     b: ("partly_accepted", "Lokale przy ul. Reformackiej od 2027 r.", "§ 5 ust. 2")}
    op.revert(engine, changes)
    assert _answers(engine) == {}
    op.reapply(engine, changes)
    assert _answers(engine) == after
    # a later change of the position keeps the justification; its undo brings the earlier position back
    second = op.set_response(engine, item_ids=[a], position="accepted")
    assert _answers(engine)[a] == ("accepted", "Lokale przy ul. Reformackiej od 2027 r.", "§ 5 ust. 2")
    op.revert(engine, second)
    assert _answers(engine) == after
    cleared = op.clear_response(engine, item_ids=[a, b, c])
    assert len(cleared) == 2 and _answers(engine) == {}
    op.revert(engine, cleared)
    assert _answers(engine) == after


def test_nothing_changes_when_the_answer_is_the_same(engine):
    _mid, (a, _b, _c) = _meeting(engine)
    op.set_response(engine, item_ids=[a], position="accepted", justification="Tak")
    assert op.set_response(engine, item_ids=[a], position="accepted", justification="Tak") == ()


@pytest.mark.parametrize("kwargs, field", [
    ({"position": "maybe"}, "position"),
    ({"position": None}, "position"),
    ({"justification": "Bez stanowiska"}, "position"),  # not answered yet: a position comes first
    ({"position": "accepted", "justification": 5}, "justification"),
    ({"position": "accepted", "justification": "x" * 100_001}, "justification"),
    ({"position": "accepted", "paragraph": "§" * 100_001}, "paragraph"),
])
def test_bad_answers_are_refused_with_the_field_named(engine, kwargs, field):
    _mid, (a, _b, _c) = _meeting(engine)
    with pytest.raises(OperationError) as caught:
        op.set_response(engine, item_ids=[a], **kwargs)
    assert caught.value.field == field
    assert _answers(engine) == {}


def test_unknown_or_no_statements_are_refused(engine):
    _mid, (a, _b, _c) = _meeting(engine)
    with pytest.raises(OperationError, match="unknown statement id"):
        op.set_response(engine, item_ids=[a, "nope"], position="accepted")
    with pytest.raises(OperationError, match="at least one"):
        op.set_response(engine, item_ids=[], position="accepted")
    assert _answers(engine) == {}


def test_a_justification_of_the_limit_is_kept_whole(engine):
    _mid, (a, _b, _c) = _meeting(engine)
    text = "ą" * 100_000
    op.set_response(engine, item_ids=[a], position="not_accepted", justification=text)
    assert op.get_responses(engine)[a].justification == text


@pytest.mark.parametrize("delete", ["item", "section", "meeting"])
def test_deleting_the_statement_takes_its_answer_and_undo_brings_it_back(engine, delete):
    mid, (a, b, _c) = _meeting(engine)
    op.set_response(engine, item_ids=[a, b], position="not_accepted", justification="Brak środków")
    before = _answers(engine)
    if delete == "item":
        changes = op.delete_item(engine, item_id=a)
        assert set(_answers(engine)) == {b}
    elif delete == "section":
        section = op.get_meeting(engine, mid).sections[0].id
        changes = op.delete_section(engine, section_id=section)
        assert _answers(engine) == {}
    else:
        changes = op.delete_meeting(engine, meeting_id=mid)
        assert _answers(engine) == {}
    op.revert(engine, changes)
    assert _answers(engine) == before
    op.reapply(engine, changes)
    op.revert(engine, changes)
    assert _answers(engine) == before


def test_undo_of_an_answer_whose_statement_was_deleted_meanwhile_is_harmless(engine):
    _mid, (a, b, _c) = _meeting(engine)
    changes = op.set_response(engine, item_ids=[a, b], position="accepted")
    op.delete_item(engine, item_id=a)
    op.revert(engine, changes)
    assert _answers(engine) == {}
    op.reapply(engine, changes)
    assert set(_answers(engine)) == {b}


def test_search_filters_by_the_office_position(engine):
    _mid, (a, b, c) = _meeting(engine)
    op.set_response(engine, item_ids=[a], position="accepted")
    op.set_response(engine, item_ids=[b], position="not_accepted")

    def found(response):
        return {hit.item_id for hit in search.search(engine, "", filters=search.Filters(response=response))}

    assert found(None) == {a, b, c}
    assert found(search.NO_RESPONSE) == {c}
    assert found("accepted") == {a}
    assert found("not_accepted") == {b}
    assert found("partly_accepted") == set()
    hits = search.search(engine, "lokal", filters=search.Filters(response=search.NO_RESPONSE))
    assert hits == []
