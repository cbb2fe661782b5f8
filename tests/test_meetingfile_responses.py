"""The office's answers travel between officials' databases as the item's optional "response" key.

Round trip, idempotent re-import, the merge rules of any item field (changed on one side wins, changed on both is a
conflict naming "response"), files without answers keep their fingerprint, and the validation of the key.
"""

from __future__ import annotations

import copy

import pytest

from facilitator import meetingfile, operations
from facilitator.meetingfile import MeetingFileError
from facilitator.store import open_database
from tests.ui.officials_data import import_all, meeting_a, meeting_b, uid


@pytest.fixture
def other(tmp_path):
    """A second official's database."""
    eng = open_database(tmp_path / "other.sqlite")
    yield eng
    eng.dispose()


def _answers(engine) -> dict:
    return {k: (v.position, v.justification, v.paragraph) for k, v in operations.get_responses(engine).items()}


def _items(data: dict) -> dict[str, dict]:
    out: dict[str, dict] = {}
    stack = [i for s in data["meeting"]["sections"] for i in s["items"]]
    while stack:
        node = stack.pop()
        out[node["id"]] = node
        stack.extend(node.get("children", ()))
    return out


def test_answers_round_trip_through_a_meeting_file_and_reimport_changes_nothing(engine, other, tmp_path):
    import_all(engine, [meeting_a()])
    operations.set_response(engine, item_ids=[uid("a-i1")], position="partly_accepted",
                            justification="Zespół ds. migrantów powstanie w 2027 r.\nSzczegóły w § 3.",
                            paragraph="§ 3 ust. 1")
    operations.set_response(engine, item_ids=[uid("a-i2")], position="not_accepted", justification="")
    data = meetingfile.dump(engine, uid("m-a"))
    items = _items(data)
    assert items[uid("a-i1")]["response"] == {"position": "partly_accepted", "paragraph": "§ 3 ust. 1",
                                              "justification": "Zespół ds. migrantów powstanie w 2027 r.\nSzczegóły w § 3."}
    assert items[uid("a-i2")]["response"] == {"position": "not_accepted", "justification": ""}
    assert "response" not in items[uid("a-i3")]
    path = tmp_path / "a.json"
    meetingfile.write(path, data)
    assert meetingfile.load(path) == data  # the canonical form is what validation returns
    meetingfile.import_files(other, [path])
    assert _answers(other) == _answers(engine)
    again = meetingfile.import_files(other, [path])
    assert [m.status for m in again.meetings] == ["unchanged"]
    assert meetingfile.dump(other, uid("m-a")) == data


def test_files_without_answers_keep_their_fingerprint_and_keep_local_answers(engine):
    import_all(engine, [meeting_a(), meeting_b()])
    again = meetingfile.import_data(engine, [meeting_a(), meeting_b()])
    assert [m.status for m in again.meetings] == ["unchanged", "unchanged"]
    operations.set_response(engine, item_ids=[uid("a-i3")], position="accepted", justification="Lokal od maja")
    # the facilitator sends the same meeting again (no answers in it): the official's answer stays, no conflict
    result = meetingfile.import_data(engine, [meeting_a()])
    assert result.meetings[0].conflicts == []
    assert _answers(engine) == {uid("a-i3"): ("accepted", "Lokal od maja", None)}


def test_an_answer_changed_on_one_side_wins_and_on_both_sides_is_a_conflict(engine, other):
    import_all(engine, [meeting_a()])
    meetingfile.import_data(other, [meetingfile.dump(engine, uid("m-a"), mark_exported=True)])
    # only here: the other database takes it
    operations.set_response(engine, item_ids=[uid("a-i1")], position="accepted", justification="Tak")
    meetingfile.import_data(other, [meetingfile.dump(engine, uid("m-a"), mark_exported=True)])
    assert _answers(other) == {uid("a-i1"): ("accepted", "Tak", None)}
    # the answer taken back there travels back as well
    operations.clear_response(other, item_ids=[uid("a-i1")])
    meetingfile.import_data(engine, [meetingfile.dump(other, uid("m-a"))])
    assert _answers(engine) == {}
    # both sides answer the same statement differently: refused with the field named, then resolved by policy
    base = meetingfile.dump(engine, uid("m-a"), mark_exported=True)
    meetingfile.import_data(other, [base])
    operations.set_response(engine, item_ids=[uid("a-i2")], position="not_accepted", justification="Nie")
    operations.set_response(other, item_ids=[uid("a-i2")], position="partly_accepted", justification="Częściowo")
    theirs = meetingfile.dump(engine, uid("m-a"))
    plan = meetingfile.plan_import(other, [theirs])
    conflicts = plan.meetings[0].conflicts
    assert [(c.entity, c.id, c.fields) for c in conflicts] == [("item", uid("a-i2"), ("response",))]
    with pytest.raises(MeetingFileError, match="conflict"):
        meetingfile.import_data(other, [theirs])
    assert _answers(other)[uid("a-i2")][0] == "partly_accepted"
    meetingfile.import_data(other, [theirs], on_conflict="theirs")
    assert _answers(other)[uid("a-i2")] == ("not_accepted", "Nie", None)


@pytest.mark.parametrize("response, where, message", [
    ({"position": "maybe"}, "response.position", "is not one of"),
    ({"justification": "brak stanowiska"}, "response.position", "required"),
    ("accepted", "response", "must be an object"),
    ({"position": "accepted", "justification": 5}, "response.justification", "must be a string"),
    ({"position": "accepted", "justification": "x" * 100_001}, "response.justification", "too long"),
])
def test_a_bad_answer_refuses_the_file_saying_where(engine, response, where, message):
    data = copy.deepcopy(meeting_a())
    data["meeting"]["sections"][0]["items"][0]["response"] = response
    with pytest.raises(MeetingFileError) as caught:
        meetingfile.validate(data)
    assert caught.value.where == f"meeting.sections[0].items[0].{where}"
    assert message in str(caught.value)


def test_unknown_keys_inside_an_answer_are_ignored_and_null_means_none(engine):
    data = copy.deepcopy(meeting_a())
    first, second = data["meeting"]["sections"][0]["items"][:2]
    first["response"] = {"position": "accepted", "justification": None, "paragraph": "", "signed_by": "WPW"}
    second["response"] = None
    import_all(engine, [data])
    assert _answers(engine) == {uid("a-i1"): ("accepted", "", None)}
