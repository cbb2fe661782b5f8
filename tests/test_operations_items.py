"""Items: add/update/delete/move/indent/outdent, their Changes, undo and redo."""

from __future__ import annotations

import pytest
from test_operations_support import dump, ordered, undense

from facilitator import operations as op
from facilitator.operations import OperationError


@pytest.fixture
def meeting(engine):
    """A templated meeting: (meeting id, [section ids])."""
    changes = op.create_meeting(engine, date="2018-06-15", template=True)
    return changes[0].id, [c.id for c in changes[1:]]


def add(engine, section_id, text, **kw):
    """Add a remark and return its id."""
    return op.add_item(engine, section_id=section_id, kind=kw.pop("kind", "remark"), text=text, **kw)[0].id


def texts(engine, section_id, parent_id=None):
    if parent_id:
        return ordered(engine, "item", "text", "parent_id = :p", p=parent_id)
    return ordered(engine, "item", "text", "section_id = :s AND parent_id IS NULL", s=section_id)


def test_add_item_appends_and_inserts(engine, meeting):
    _, (s, *_) = meeting
    add(engine, s, "a")
    add(engine, s, "c")
    changes = op.add_item(engine, section_id=s, kind="proposal", text="b", position=1)
    assert texts(engine, s) == ["a", "b", "c"]
    assert len(changes) == 1
    change = changes[0]
    assert change.entity == "item" and change.before is None
    assert change.after["position"] == 1 and change.after["kind"] == "proposal" and change.after["tags"] == []
    add(engine, s, "first", position=0)
    assert texts(engine, s) == ["first", "a", "b", "c"]
    assert undense(engine) == []


def test_add_item_revert_and_reapply_keep_positions(engine, meeting):
    _, (s, *_) = meeting
    add(engine, s, "a")
    add(engine, s, "c")
    start = dump(engine)
    changes = op.add_item(engine, section_id=s, kind="remark", text="b", position=1, tags=["BIP"])
    after = dump(engine)
    op.revert(engine, changes)
    assert dump(engine) == start
    op.reapply(engine, changes)
    assert dump(engine) == after
    assert texts(engine, s) == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": "opinion", "text": "x"}, "kind 'opinion' is not one of"),
        ({"kind": "remark", "text": "  \n"}, "text cannot be empty"),
        ({"kind": "remark", "text": 5}, "text must be text"),
    ],
)
def test_add_item_refuses_bad_values(engine, meeting, fields, message):
    _, (s, *_) = meeting
    before = dump(engine)
    with pytest.raises(OperationError, match=message):
        op.add_item(engine, section_id=s, **fields)
    assert dump(engine) == before


def test_add_item_refuses_unknown_ids_and_foreign_speaker(engine, meeting):
    _mid, (s, s2, *_) = meeting
    other = op.create_meeting(engine, date="2019-01-01")[0].id
    stranger = op.add_participant(engine, meeting_id=other, name="Obcy")[0].id
    parent = add(engine, s2, "parent in another section")
    with pytest.raises(OperationError, match="does not exist"):
        op.add_item(engine, section_id="nope", kind="remark", text="x")
    with pytest.raises(OperationError, match="same meeting"):
        op.add_item(engine, section_id=s, kind="remark", text="x", speaker_id=stranger)
    with pytest.raises(OperationError, match="same section"):
        op.add_item(engine, section_id=s, kind="remark", text="x", parent_id=parent)
    with pytest.raises(OperationError, match="does not exist"):
        op.add_item(engine, section_id=s, kind="remark", text="x", parent_id="ghost")


def test_text_survives_except_control_characters(engine, meeting):
    _, (s, *_) = meeting
    raw = 'Zażółć <b> & "gęślą" 👩‍👩‍👧\tjaźń\nkoniec\x00\x07\x0b\x1b\r\x7f' + "długi " * 5000
    item = op.add_item(engine, section_id=s, kind="remark", text=raw)[0]
    expected = 'Zażółć <b> & "gęślą" 👩‍👩‍👧\tjaźń\nkoniec' + "długi " * 5000
    assert item.after["text"] == expected
    assert texts(engine, s) == [expected]


def test_update_item_fields_and_noop(engine, meeting):
    mid, (s, *_) = meeting
    speaker = op.add_participant(engine, meeting_id=mid, name="Anna")[0].id
    item = add(engine, s, "old")
    before = dump(engine)
    assert op.update_item(engine, item_id=item, text="old", kind="remark") == ()
    assert dump(engine) == before
    changes = op.update_item(engine, item_id=item, text="new", kind="weakness", speaker_id=speaker)
    (change,) = changes
    assert change.before["text"] == "old" and change.after["text"] == "new"
    assert change.after["kind"] == "weakness" and change.after["speaker_id"] == speaker
    assert change.after["updated_at"] > change.before["updated_at"]
    assert change.after["created_at"] == change.before["created_at"]
    after = dump(engine)
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after


def test_update_item_refuses(engine, meeting):
    _mid, (s, *_) = meeting
    item = add(engine, s, "x")
    other = op.create_meeting(engine, date="2019-01-01")[0].id
    stranger = op.add_participant(engine, meeting_id=other, name="Obcy")[0].id
    with pytest.raises(OperationError, match="'position' is not a field"):
        op.update_item(engine, item_id=item, position=3)
    with pytest.raises(OperationError, match="cannot be empty"):
        op.update_item(engine, item_id=item, text="")
    with pytest.raises(OperationError, match="is not one of"):
        op.update_item(engine, item_id=item, kind="area")
    with pytest.raises(OperationError, match="same meeting"):
        op.update_item(engine, item_id=item, speaker_id=stranger)
    with pytest.raises(OperationError, match="does not exist"):
        op.update_item(engine, item_id="ghost", text="y")


def build_tree(engine, s):
    """a(a1(a1x), a2), b, c: returns the ids by name."""
    ids = {}
    for name in ("a", "b", "c"):
        ids[name] = add(engine, s, name)
    ids["a1"] = add(engine, s, "a1", parent_id=ids["a"])
    ids["a2"] = add(engine, s, "a2", parent_id=ids["a"])
    ids["a1x"] = add(engine, s, "a1x", parent_id=ids["a1"], tags=["BIP", "lokale"])
    return ids


def test_delete_item_takes_subtree_and_revert_restores_it_exactly(engine, meeting):
    mid, (s, *_) = meeting
    speaker = op.add_participant(engine, meeting_id=mid, name="Anna")[0].id
    ids = build_tree(engine, s)
    op.update_item(engine, item_id=ids["a1"], speaker_id=speaker, tags=["NGO"])
    before = dump(engine)
    changes = op.delete_item(engine, item_id=ids["a"])
    (change,) = changes
    assert change.after is None
    tree = change.before
    assert tree["text"] == "a" and [c["text"] for c in tree["children"]] == ["a1", "a2"]
    a1 = tree["children"][0]
    assert a1["speaker_id"] == speaker and a1["tags"] == ["NGO"]
    assert a1["children"][0]["tags"] == ["BIP", "lokale"]
    assert texts(engine, s) == ["b", "c"]
    assert undense(engine) == []
    after = dump(engine)
    assert after["item_tag"] == []
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after


def test_move_item_within_siblings(engine, meeting):
    _, (s, *_) = meeting
    ids = {name: add(engine, s, name) for name in "abcde"}
    before = dump(engine)
    changes = op.move_item(engine, item_id=ids["a"], position=3)
    assert texts(engine, s) == ["b", "c", "d", "a", "e"]
    assert {c.id for c in changes} == {ids[n] for n in "abcd"}
    assert changes[0].id == ids["a"] and changes[0].after["position"] == 3
    assert all(c.before["position"] != c.after["position"] for c in changes)
    second = op.move_item(engine, item_id=ids["e"], position=0)
    assert texts(engine, s) == ["e", "b", "c", "d", "a"]
    assert op.move_item(engine, item_id=ids["e"], position=0) == ()
    third = op.move_item(engine, item_id=ids["c"], position=99)
    assert texts(engine, s) == ["e", "b", "d", "a", "c"]
    assert undense(engine) == []
    after = dump(engine)
    for done in (third, second, changes):
        op.revert(engine, done)
    assert dump(engine) == before
    for done in (changes, second, third):
        op.reapply(engine, done)
    assert dump(engine) == after


def test_move_item_to_other_parent_and_section_carries_subtree(engine, meeting):
    _, (s, s2, *_) = meeting
    ids = build_tree(engine, s)
    target = add(engine, s2, "target")
    add(engine, s2, "after target")
    before = dump(engine)
    changes = op.move_item(engine, item_id=ids["a1"], position=0, parent_id=target)
    assert texts(engine, s2, target) == ["a1"]
    assert texts(engine, s, ids["a"]) == ["a2"]
    by_id = {c.id: c for c in changes}
    assert by_id[ids["a1"]].after["section_id"] == s2 and by_id[ids["a1"]].after["parent_id"] == target
    assert by_id[ids["a1x"]].after["section_id"] == s2 and by_id[ids["a1x"]].after["parent_id"] == ids["a1"]
    assert by_id[ids["a2"]].after["position"] == 0
    assert set(by_id) == {ids["a1"], ids["a1x"], ids["a2"]}
    assert undense(engine) == []
    after = dump(engine)
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after
    moved = op.move_item(engine, item_id=ids["b"], position=1, section_id=s2)
    assert texts(engine, s2) == ["target", "b", "after target"]
    assert texts(engine, s) == ["a", "c"]
    assert {c.id for c in moved} >= {ids["b"], ids["c"]}
    op.move_item(engine, item_id=ids["a1"], position=None, parent_id=None)
    assert texts(engine, s2) == ["target", "b", "after target", "a1"]
    assert undense(engine) == []


def test_move_item_refuses_impossible_moves(engine, meeting):
    _, (s, s2, *_) = meeting
    ids = build_tree(engine, s)
    other_section = op.create_meeting(engine, date="2020-01-01", template=True)[1].id
    with pytest.raises(OperationError, match="under itself"):
        op.move_item(engine, item_id=ids["a"], position=0, parent_id=ids["a1x"])
    with pytest.raises(OperationError, match="under itself"):
        op.move_item(engine, item_id=ids["a"], position=0, parent_id=ids["a"])
    with pytest.raises(OperationError, match="within its meeting"):
        op.move_item(engine, item_id=ids["a"], position=0, section_id=other_section)
    with pytest.raises(OperationError, match="same section"):
        op.move_item(engine, item_id=ids["b"], position=0, parent_id=ids["a"], section_id=s2)


def test_indent_and_outdent(engine, meeting):
    _, (s, *_) = meeting
    ids = build_tree(engine, s)
    assert op.indent_item(engine, item_id=ids["a"]) == ()
    assert op.indent_item(engine, item_id=ids["a1"]) == ()
    assert op.outdent_item(engine, item_id=ids["b"]) == ()
    before = dump(engine)
    changes = op.indent_item(engine, item_id=ids["b"])
    assert texts(engine, s) == ["a", "c"]
    assert texts(engine, s, ids["a"]) == ["a1", "a2", "b"]
    assert changes[0].id == ids["b"] and changes[0].after["parent_id"] == ids["a"]
    assert changes[0].after["position"] == 2
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    out = op.outdent_item(engine, item_id=ids["a1"])
    assert texts(engine, s) == ["a", "a1", "c"]
    assert texts(engine, s, ids["a"]) == ["a2", "b"]
    assert texts(engine, s, ids["a1"]) == ["a1x"]
    assert out[0].after["parent_id"] is None and out[0].after["position"] == 1
    assert undense(engine) == []
    op.revert(engine, out)
    op.revert(engine, changes)
    assert dump(engine) == before


def test_add_item_into_a_large_section_does_not_renumber_by_hand(engine, meeting):
    _, (s, *_) = meeting
    for n in range(50):
        add(engine, s, f"item {n}")
    op.add_item(engine, section_id=s, kind="remark", text="middle", position=25)
    got = texts(engine, s)
    assert got[25] == "middle" and got[26] == "item 25" and len(got) == 51
    assert undense(engine) == []
