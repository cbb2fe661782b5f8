"""Undo/redo of long sequences of mixed operations, and tags (rename, merge, creation by name)."""

from __future__ import annotations

import json

import pytest
from test_operations_support import dump, ordered, undense

from facilitator import operations as op
from facilitator.operations import Change, OperationError


def test_mixed_sequence_undoes_to_the_exact_start_and_redoes_to_the_end(engine):
    keep = op.create_meeting(engine, date="2017-05-05", template=True, venue="Stary")
    op.add_item(engine, section_id=keep[1].id, kind="remark", text="inna", tags=["BIP"])
    stack: list[tuple] = []
    states = [dump(engine)]

    def do(changes):
        stack.append(changes)
        states.append(dump(engine))
        return changes

    created = do(op.create_meeting(engine, date="2018-06-15", template=True, venue="Kraków"))
    mid, s1, s2, s4 = created[0].id, created[1].id, created[2].id, created[4].id
    do(op.update_meeting(engine, meeting_id=mid, attendance_count=9, start="10:00", series="WPW"))
    do(op.add_agenda_item(engine, meeting_id=mid, text="Powitanie"))
    agenda = do(op.add_agenda_item(engine, meeting_id=mid, text="Praca w grupach", position=0))[0].id
    anna = do(op.add_participant(engine, meeting_id=mid, name="Anna Nowak", gender="female"))[0].id
    do(op.add_participants(engine, meeting_id=mid, rows=[{"name": "Jan"}, {"name": "Ewa", "consent": True}]))
    a = do(op.add_item(engine, section_id=s1, kind="weakness", text="brak BIP", speaker_id=anna, tags=["BIP"]))[0].id
    b = do(op.add_item(engine, section_id=s1, kind="proposal", text="propozycja", tags=["nowy", "bip"]))[0].id
    c = do(op.add_item(engine, section_id=s1, kind="remark", text="uwaga <&>", position=0))[0].id
    do(op.add_item(engine, section_id=s1, kind="remark", text="pod-uwaga", parent_id=c))
    do(op.indent_item(engine, item_id=a))
    do(op.update_item(engine, item_id=b, text="propozycja 2", tags=["świeży"]))
    do(op.move_item(engine, item_id=c, position=0, section_id=s2))
    do(op.move_agenda_item(engine, agenda_item_id=agenda, position=1))
    do(op.outdent_item(engine, item_id=a))
    do(op.delete_participant(engine, participant_id=anna))
    tag_id = next(ch.id for ch in stack[11] if ch.entity == "tag")
    do(op.rename_tag(engine, tag_id=tag_id, name="bip"))
    do(op.add_section(engine, meeting_id=mid, title="Blok", kind="theme", position=0))
    do(op.delete_section(engine, section_id=s2))
    do(op.update_section(engine, section_id=s4, title="Pozostałe"))
    do(op.duplicate_meeting(engine, meeting_id=mid))
    do(op.delete_item(engine, item_id=b))
    do(op.delete_meeting(engine, meeting_id=mid))
    assert len(stack) >= 20 and all(stack)
    for number, changes in enumerate(stack):
        json.dumps([(ch.entity, ch.id, ch.before, ch.after) for ch in changes])
        assert all(isinstance(ch, Change) for ch in changes), number
    for number in range(len(stack), 0, -1):
        op.revert(engine, stack[number - 1])
        assert dump(engine) == states[number - 1], f"undo of step {number}"
        assert undense(engine) == []
    for number, changes in enumerate(stack, start=1):
        op.reapply(engine, changes)
        assert dump(engine) == states[number], f"redo of step {number}"


def test_undo_then_new_work_then_undo_again(engine):
    created = op.create_meeting(engine, date="2018-06-15", template=True)
    s = created[1].id
    start = dump(engine)
    first = op.add_item(engine, section_id=s, kind="remark", text="a")
    op.revert(engine, first)
    second = op.add_item(engine, section_id=s, kind="remark", text="b", position=0)
    third = op.add_item(engine, section_id=s, kind="remark", text="c", position=0)
    assert ordered(engine, "item", "text", "section_id = :s", s=s) == ["c", "b"]
    op.revert(engine, third)
    op.revert(engine, second)
    assert dump(engine) == start


def test_revert_of_a_row_deleted_elsewhere_is_refused_whole(engine):
    created = op.create_meeting(engine, date="2018-06-15", template=True)
    item = op.add_item(engine, section_id=created[1].id, kind="remark", text="a")[0].id
    edit = op.update_item(engine, item_id=item, text="b")
    op.delete_item(engine, item_id=item)
    state = dump(engine)
    with pytest.raises(OperationError, match="does not exist"):
        op.revert(engine, edit)
    assert dump(engine) == state


def test_bulk_revert_of_rows_deleted_elsewhere_is_refused_whole(engine):
    section = op.create_meeting(engine, date="2018-06-15", template=True)[1].id
    items = [op.add_item(engine, section_id=section, kind="remark", text=t)[0].id for t in "abcd"]
    moved = op.move_item(engine, item_id=items[0], position=3)
    assert len(moved) == 4
    op.delete_item(engine, item_id=items[2])
    state = dump(engine)
    with pytest.raises(OperationError, match="no longer exist"):
        op.revert(engine, moved)
    assert dump(engine) == state


@pytest.fixture
def section(engine):
    return op.create_meeting(engine, date="2018-06-15", template=True)[1].id


def tags_of(engine, item_id):
    """The names of an item's tags, read straight from the tables."""
    data = dump(engine)
    names = dict(data["tag"])
    return sorted(names[tag_id] for (owner, tag_id) in data["item_tag"] if owner == item_id)


def test_tags_created_by_name_trimmed_and_reused_ignoring_case(engine, section):
    changes = op.add_item(engine, section_id=section, kind="remark", text="a", tags=[" Łódź ", "BIP", "", "bip"])
    item = changes[0]
    assert item.after["tags"] == ["BIP", "Łódź"]
    created = changes[1:]
    assert {c.after["name"] for c in created} == {"BIP", "Łódź"} and all(c.entity == "tag" for c in created)
    again = op.add_item(engine, section_id=section, kind="remark", text="b", tags=["ŁÓDŹ", "bip"])
    assert len(again) == 1 and again[0].after["tags"] == ["BIP", "Łódź"]
    assert sorted(row[1] for row in dump(engine)["tag"]) == ["BIP", "Łódź"]
    assert op.update_item(engine, item_id=item.id, tags=["bip", "łódź"]) == ()
    (change, new_tag) = op.update_item(engine, item_id=item.id, tags=["Nowy"])
    assert change.before["tags"] == ["BIP", "Łódź"] and change.after["tags"] == ["Nowy"]
    assert new_tag.entity == "tag" and new_tag.after["name"] == "Nowy"
    assert tags_of(engine, item.id) == ["Nowy"]
    with pytest.raises(OperationError, match="tags must be a list"):
        op.update_item(engine, item_id=item.id, tags="BIP")


def test_rename_tag_and_rename_onto_existing_merges(engine, section):
    a = op.add_item(engine, section_id=section, kind="remark", text="a", tags=["BIP", "lokale"])[0].id
    b = op.add_item(engine, section_id=section, kind="remark", text="b", tags=["B.I.P."])[0].id
    tags = {name: tag_id for tag_id, name in dump(engine)["tag"]}
    (renamed,) = op.rename_tag(engine, tag_id=tags["lokale"], name=" Lokale ")
    assert renamed.before["name"] == "lokale" and renamed.after["name"] == "Lokale"
    assert op.rename_tag(engine, tag_id=tags["lokale"], name="Lokale") == ()
    with pytest.raises(OperationError, match="cannot be empty"):
        op.rename_tag(engine, tag_id=tags["BIP"], name="  ")
    before = dump(engine)
    merged = op.rename_tag(engine, tag_id=tags["B.I.P."], name="bip")
    assert tags_of(engine, b) == ["BIP"] and tags_of(engine, a) == ["BIP", "Lokale"]
    assert sorted(row[1] for row in dump(engine)["tag"]) == ["BIP", "Lokale"]
    assert [c.entity for c in merged] == ["item", "tag"]
    assert merged[0].after["tags"] == ["BIP"] and merged[1].after is None
    after = dump(engine)
    op.revert(engine, merged)
    assert dump(engine) == before
    op.reapply(engine, merged)
    assert dump(engine) == after


def test_merge_tags(engine, section):
    a = op.add_item(engine, section_id=section, kind="remark", text="a", tags=["x", "y"])[0].id
    b = op.add_item(engine, section_id=section, kind="remark", text="b", tags=["z"])[0].id
    c = op.add_item(engine, section_id=section, kind="remark", text="c", tags=["y"])[0].id
    tags = {name: tag_id for tag_id, name in dump(engine)["tag"]}
    before = dump(engine)
    changes = op.merge_tags(engine, source_ids=[tags["x"], tags["z"], tags["y"]], target_id=tags["y"])
    assert tags_of(engine, a) == ["y"] and tags_of(engine, b) == ["y"] and tags_of(engine, c) == ["y"]
    assert sorted(row[1] for row in dump(engine)["tag"]) == ["y"]
    assert {ch.id for ch in changes if ch.entity == "item"} == {a, b}
    assert {ch.id for ch in changes if ch.entity == "tag" and ch.after is None} == {tags["x"], tags["z"]}
    after = dump(engine)
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after
    assert op.merge_tags(engine, source_ids=[tags["y"]], target_id=tags["y"]) == ()
    with pytest.raises(OperationError, match="does not exist"):
        op.merge_tags(engine, source_ids=["ghost"], target_id=tags["y"])


def decide(engine, a, b, decision):
    """Record an officials' recurring-statement decision the way facilitator.recurring stores it."""
    from facilitator.model import recurring_decision, utcnow

    with engine.begin() as conn:
        conn.execute(
            recurring_decision.insert().values(
                item_a=min(a, b), item_b=max(a, b), decision=decision, created_at=utcnow()
            )
        )


def test_undoing_deletions_restores_recurring_decisions(engine):
    first = op.create_meeting(engine, date="2018-06-15", template=True)
    second = op.create_meeting(engine, date="2019-06-15", template=True)
    s1, s2, other = first[1].id, first[2].id, second[1].id
    a = op.add_item(engine, section_id=s1, kind="remark", text="a")[0].id
    child = op.add_item(engine, section_id=s1, kind="remark", text="a.1", parent_id=a)[0].id
    b = op.add_item(engine, section_id=s2, kind="remark", text="b")[0].id
    c = op.add_item(engine, section_id=other, kind="remark", text="c")[0].id
    decide(engine, child, c, "same")
    decide(engine, a, b, "distinct")
    decide(engine, b, c, "same")
    start = dump(engine)
    for delete in (
        lambda: op.delete_item(engine, item_id=a),
        lambda: op.delete_section(engine, section_id=s1),
        lambda: op.delete_meeting(engine, meeting_id=first[0].id),
        lambda: op.delete_meeting(engine, meeting_id=second[0].id),
    ):
        changes = delete()
        assert len(dump(engine)["recurring_decision"]) < 3
        gone = dump(engine)
        op.revert(engine, changes)
        assert dump(engine) == start
        op.reapply(engine, changes)
        assert dump(engine) == gone
        op.revert(engine, changes)


@pytest.fixture
def world(engine):
    """A meeting with a bit of everything, as a dict of ids."""
    created = op.create_meeting(engine, date="2018-06-15", template=True, venue="Kraków")
    ids = {"meeting": created[0].id, "s1": created[1].id, "s2": created[2].id, "s4": created[4].id}
    ids["agenda"] = [op.add_agenda_item(engine, meeting_id=ids["meeting"], text=t)[0].id for t in ("A", "B", "C")]
    people = op.add_participants(engine, meeting_id=ids["meeting"], rows=[{"name": n} for n in ("Anna", "Jan", "Ewa")])
    ids["people"] = [c.id for c in people]
    ids["items"] = [
        op.add_item(engine, section_id=ids["s1"], kind="remark", text=t, speaker_id=ids["people"][0], tags=["BIP"])[
            0
        ].id
        for t in ("a", "b", "c")
    ]
    ids["child"] = op.add_item(engine, section_id=ids["s1"], kind="proposal", text="b.1", parent_id=ids["items"][1])[
        0
    ].id
    return ids


OPERATIONS = {
    "create_meeting": lambda e, w: op.create_meeting(e, date="2020-02-02", template=True, series="WPW"),
    "update_meeting": lambda e, w: op.update_meeting(e, meeting_id=w["meeting"], purpose="cel", language="en"),
    "delete_meeting": lambda e, w: op.delete_meeting(e, meeting_id=w["meeting"]),
    "duplicate_meeting": lambda e, w: op.duplicate_meeting(e, meeting_id=w["meeting"]),
    "add_agenda_item": lambda e, w: op.add_agenda_item(e, meeting_id=w["meeting"], text="X", position=1),
    "update_agenda_item": lambda e, w: op.update_agenda_item(e, agenda_item_id=w["agenda"][1], text="B2"),
    "delete_agenda_item": lambda e, w: op.delete_agenda_item(e, agenda_item_id=w["agenda"][0]),
    "move_agenda_item": lambda e, w: op.move_agenda_item(e, agenda_item_id=w["agenda"][2], position=0),
    "add_participant": lambda e, w: op.add_participant(e, meeting_id=w["meeting"], name="Iza", position=0),
    "add_participants": lambda e, w: op.add_participants(
        e, meeting_id=w["meeting"], rows=[{"name": "K"}, {"name": "L"}]
    ),
    "update_participant": lambda e, w: op.update_participant(e, participant_id=w["people"][1], email="j@x.pl"),
    "delete_participant": lambda e, w: op.delete_participant(e, participant_id=w["people"][0]),
    "move_participant": lambda e, w: op.move_participant(e, participant_id=w["people"][0], position=2),
    "add_section": lambda e, w: op.add_section(e, meeting_id=w["meeting"], title="Blok", kind="theme", position=2),
    "update_section": lambda e, w: op.update_section(e, section_id=w["s2"], group=None, kind="theme"),
    "delete_section": lambda e, w: op.delete_section(e, section_id=w["s1"]),
    "move_section": lambda e, w: op.move_section(e, section_id=w["s4"], position=0),
    "add_item": lambda e, w: op.add_item(e, section_id=w["s1"], kind="remark", text="n", position=1, tags=["Nowy"]),
    "update_item": lambda e, w: op.update_item(e, item_id=w["items"][0], text="a2", tags=["BIP", "inny"]),
    "delete_item": lambda e, w: op.delete_item(e, item_id=w["items"][1]),
    "move_item": lambda e, w: op.move_item(e, item_id=w["items"][1], position=0, section_id=w["s2"]),
    "indent_item": lambda e, w: op.indent_item(e, item_id=w["items"][2]),
    "outdent_item": lambda e, w: op.outdent_item(e, item_id=w["child"]),
    "rename_tag": lambda e, w: op.rename_tag(e, tag_id=dump(e)["tag"][0][0], name="B.I.P."),
    "merge_tags": lambda e, w: op.merge_tags(e, source_ids=[tag_ids(e)["Nowy"]], target_id=tag_ids(e)["BIP"]),
}


def tag_ids(engine) -> dict[str, str]:
    """Tag ids by name."""
    return {name: tag_id for tag_id, name in dump(engine)["tag"]}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_operation_reverts_and_reapplies_exactly(engine, world, name):
    if name == "merge_tags":
        op.add_item(engine, section_id=world["s2"], kind="remark", text="z", tags=["Nowy"])
    before = dump(engine)
    changes = OPERATIONS[name](engine, world)
    assert changes and all(isinstance(c, Change) for c in changes)
    json.dumps([c.before for c in changes] + [c.after for c in changes])
    after = dump(engine)
    assert after != before
    assert undense(engine) == []
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after


@pytest.mark.parametrize(
    "call",
    [
        lambda e: op.update_agenda_item(e, agenda_item_id="ghost", text="x"),
        lambda e: op.delete_agenda_item(e, agenda_item_id="ghost"),
        lambda e: op.move_agenda_item(e, agenda_item_id="ghost", position=0),
        lambda e: op.add_participant(e, meeting_id="ghost", name="x"),
        lambda e: op.update_participant(e, participant_id="ghost", name="x"),
        lambda e: op.delete_participant(e, participant_id="ghost"),
        lambda e: op.move_participant(e, participant_id="ghost", position=0),
        lambda e: op.add_section(e, meeting_id="ghost", title="x"),
        lambda e: op.update_section(e, section_id="ghost", title="x"),
        lambda e: op.delete_section(e, section_id="ghost"),
        lambda e: op.move_section(e, section_id="ghost", position=0),
        lambda e: op.delete_item(e, item_id="ghost"),
        lambda e: op.move_item(e, item_id="ghost", position=0),
        lambda e: op.indent_item(e, item_id="ghost"),
        lambda e: op.outdent_item(e, item_id="ghost"),
        lambda e: op.rename_tag(e, tag_id="ghost", name="x"),
        lambda e: op.merge_tags(e, source_ids=[], target_id="ghost"),
        lambda e: op.duplicate_meeting(e, meeting_id=None),
    ],
)
def test_unknown_ids_are_refused_with_a_message(engine, world, call):
    before = dump(engine)
    with pytest.raises(OperationError, match="does not exist"):
        call(engine)
    assert dump(engine) == before


def test_positions_must_be_whole_numbers(engine, world):
    with pytest.raises(OperationError, match="whole number"):
        op.move_item(engine, item_id=world["items"][0], position="1")
    with pytest.raises(OperationError, match="whole number"):
        op.add_agenda_item(engine, meeting_id=world["meeting"], text="x", position=1.5)
