"""Meetings, agenda, participants and sections: happy paths, refusals, Changes, undo and redo."""

from __future__ import annotations

from datetime import date

import pytest
from test_operations_support import dump, ordered, undense

from facilitator import operations as op
from facilitator.operations import OperationError

AREA_GROUP = "Opinie i postulaty w trzech obszarach Modelu współpracy"  # no organiser: the neutral heading


def sections_of(engine, meeting_id):
    return ordered(engine, "section", "title", "meeting_id = :m", m=meeting_id)


def test_create_meeting_with_template(engine):
    changes = op.create_meeting(engine, date=date(2018, 6, 15), template=True, venue="Kraków", start="9:30")
    meeting = changes[0]
    assert meeting.entity == "meeting" and meeting.before is None
    assert meeting.after["date"] == "2018-06-15" and meeting.after["start"] == "09:30"
    assert meeting.after["title"] == "Podsumowanie spotkania konsultacyjnego" and meeting.after["language"] == "pl"
    sections = [c.after for c in changes[1:]]
    assert [(s["title"], s["kind"], s["group"], s["position"]) for s in sections] == [
        ("Tworzenie polityk publicznych", "area", AREA_GROUP, 0),
        ("Komunikacja i wsparcie NGO", "area", AREA_GROUP, 1),
        ("Polityka lokalowa", "area", AREA_GROUP, 2),
        ("Inne uwagi", "other", None, 3),
    ]
    assert all(c.entity == "section" and c.after["meeting_id"] == meeting.id for c in changes[1:])
    assert sections_of(engine, meeting.id) == [s["title"] for s in sections]
    plain = op.create_meeting(engine, date="2019-02-01", title="Spotkanie")
    assert len(plain) == 1 and sections_of(engine, plain[0].id) == []


def test_create_meeting_revert_and_reapply(engine):
    start = dump(engine)
    changes = op.create_meeting(engine, date="2018-06-15", template=True)
    after = dump(engine)
    op.revert(engine, changes)
    assert dump(engine) == start
    op.reapply(engine, changes)
    assert dump(engine) == after


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": "15.06.2018"}, "date must be a date"),
        ({"date": "2018-06-15", "start": "25:00"}, "start must be a time"),
        ({"date": "2018-06-15", "end": "10.30"}, "end must be a time"),
        ({"date": "2018-06-15", "language": "de"}, "language 'de' is not one of: pl, en"),
        ({"date": "2018-06-15", "attendance_count": -1}, "attendance count must be a whole number"),
        ({"date": "2018-06-15", "attendance_count": True}, "attendance count must be a whole number"),
        ({"date": "2018-06-15", "title": " "}, "title cannot be empty"),
        ({"date": "2018-06-15", "colour": "red"}, "'colour' is not a field of a meeting"),
    ],
)
def test_create_meeting_refuses_bad_header(engine, fields, message):
    with pytest.raises(OperationError, match=message):
        op.create_meeting(engine, **fields)
    assert dump(engine)["meeting"] == []


def test_update_meeting(engine):
    mid = op.create_meeting(engine, date="2018-06-15")[0].id
    before = dump(engine)
    assert op.update_meeting(engine, meeting_id=mid, date=date(2018, 6, 15), language="pl") == ()
    assert dump(engine) == before
    changes = op.update_meeting(
        engine, meeting_id=mid, date="2019-01-02", attendance_count=9, series="WPW", venue="  ", end="13:00"
    )
    (change,) = changes
    assert change.after["date"] == "2019-01-02" and change.after["attendance_count"] == 9
    assert change.after["series"] == "WPW" and change.after["venue"] is None and change.after["end"] == "13:00"
    after = dump(engine)
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after
    op.update_meeting(engine, meeting_id=mid, attendance_count=None)
    with pytest.raises(OperationError, match="language"):
        op.update_meeting(engine, meeting_id=mid, language="xx")
    with pytest.raises(OperationError, match="does not exist"):
        op.update_meeting(engine, meeting_id="ghost", title="x")


def full_meeting(engine):
    """A meeting holding a bit of everything; returns its id."""
    changes = op.create_meeting(engine, date="2018-06-15", template=True, venue="BIS")
    mid, s = changes[0].id, changes[1].id
    op.add_agenda_item(engine, meeting_id=mid, text="Powitanie")
    op.add_agenda_item(engine, meeting_id=mid, text="Dyskusja")
    anna = op.add_participant(engine, meeting_id=mid, name="Anna", gender="female")[0].id
    op.add_participant(engine, meeting_id=mid, name="Jan", organisation="Fundacja <X> & Y")
    parent = op.add_item(engine, section_id=s, kind="weakness", text="brak", speaker_id=anna, tags=["BIP"])[0].id
    op.add_item(engine, section_id=s, kind="proposal", text="propozycja", parent_id=parent, tags=["BIP", "NGO"])
    op.add_item(engine, section_id=changes[4].id, kind="remark", text="inne")
    return mid


def test_delete_meeting_and_exact_restore(engine):
    other = op.create_meeting(engine, date="2017-01-01", template=True)[0].id
    mid = full_meeting(engine)
    before = dump(engine)
    changes = op.delete_meeting(engine, meeting_id=mid)
    (change,) = changes
    tree = change.before
    assert [a["text"] for a in tree["agenda"]] == ["Powitanie", "Dyskusja"]
    assert [p["name"] for p in tree["participants"]] == ["Anna", "Jan"]
    assert len(tree["sections"]) == 4
    first = tree["sections"][0]["items"][0]
    assert first["tags"] == ["BIP"] and first["children"][0]["tags"] == ["BIP", "NGO"]
    after = dump(engine)
    assert after["item"] == [] and after["participant"] == [] and after["agenda_item"] == []
    assert sections_of(engine, other) != []
    op.revert(engine, changes)
    assert dump(engine) == before
    op.reapply(engine, changes)
    assert dump(engine) == after
    with pytest.raises(OperationError, match="does not exist"):
        op.delete_meeting(engine, meeting_id=mid)


def test_duplicate_meeting(engine):
    mid = full_meeting(engine)
    op.update_meeting(engine, meeting_id=mid, series="WPW", purpose="cel", attendance_count=9)
    changes = op.duplicate_meeting(engine, meeting_id=mid)
    copy = changes[0]
    assert copy.entity == "meeting" and copy.id != mid
    assert copy.after["date"] == date.today().isoformat()
    assert copy.after["title"] == "Podsumowanie spotkania konsultacyjnego" and copy.after["series"] == "WPW"
    assert copy.after["purpose"] == "cel" and copy.after["venue"] == "BIS" and copy.after["attendance_count"] is None
    assert ordered(engine, "agenda_item", "text", "meeting_id = :m", m=copy.id) == ["Powitanie", "Dyskusja"]
    assert sections_of(engine, copy.id) == sections_of(engine, mid)
    assert ordered(engine, "participant", "name", "meeting_id = :m", m=copy.id) == []
    new_sections = [c.id for c in changes if c.entity == "section"]
    old_sections = ordered(engine, "section", "id", "meeting_id = :m", m=mid)
    assert not set(new_sections) & set(old_sections)
    data = dump(engine)
    assert not [row for row in data["item"] if row[1] in new_sections]
    op.revert(engine, changes)
    assert [row[0] for row in dump(engine)["meeting"]] == [mid]
    op.reapply(engine, changes)
    assert dump(engine) == data


def test_agenda_operations(engine):
    mid = op.create_meeting(engine, date="2018-06-15")[0].id
    a = op.add_agenda_item(engine, meeting_id=mid, text="A")[0]
    assert a.entity == "agenda_item" and a.after["position"] == 0
    c = op.add_agenda_item(engine, meeting_id=mid, text="C")[0].id
    b = op.add_agenda_item(engine, meeting_id=mid, text="B", position=1)[0].id

    def agenda():
        return ordered(engine, "agenda_item", "text", "meeting_id = :m", m=mid)

    assert agenda() == ["A", "B", "C"]
    start = dump(engine)
    (change,) = op.update_agenda_item(engine, agenda_item_id=b, text="B2")
    assert change.before["text"] == "B" and change.after["text"] == "B2"
    assert op.update_agenda_item(engine, agenda_item_id=b, text="B2") == ()
    moved = op.move_agenda_item(engine, agenda_item_id=c, position=0)
    assert agenda() == ["C", "A", "B2"] and {m.id for m in moved} == {a.id, b, c}
    deleted = op.delete_agenda_item(engine, agenda_item_id=a.id)
    assert agenda() == ["C", "B2"] and deleted[0].before["text"] == "A"
    assert undense(engine) == []
    with pytest.raises(OperationError, match="cannot be empty"):
        op.add_agenda_item(engine, meeting_id=mid, text="")
    with pytest.raises(OperationError, match="does not exist"):
        op.add_agenda_item(engine, meeting_id="ghost", text="x")
    op.revert(engine, deleted)
    op.revert(engine, moved)
    op.revert(engine, (change,))
    assert dump(engine) == start


def test_participant_operations(engine):
    mid = op.create_meeting(engine, date="2018-06-15", template=True)[0].id
    (anna,) = op.add_participant(
        engine, meeting_id=mid, name="Anna", organisation="Stowarzyszenie", email="a@x.pl", gender="female"
    )
    assert anna.after["present"] is True and anna.after["consent"] is False and anna.after["gender"] == "female"
    bulk = op.add_participants(
        engine, meeting_id=mid, rows=[{"name": "Jan", "gender": "male"}, {"name": "Ola", "present": False}]
    )
    assert [c.after["position"] for c in bulk] == [1, 2]
    assert ordered(engine, "participant", "name", "meeting_id = :m", m=mid) == ["Anna", "Jan", "Ola"]
    with pytest.raises(OperationError, match="participant 2: gender 'x' is not one of"):
        op.add_participants(engine, meeting_id=mid, rows=[{"name": "Ewa"}, {"name": "Iza", "gender": "x"}])
    with pytest.raises(OperationError, match="participant 1: name cannot be empty"):
        op.add_participants(engine, meeting_id=mid, rows=[{"name": ""}])
    with pytest.raises(OperationError, match="participant 2: expected the participant's fields"):
        op.add_participants(engine, meeting_id=mid, rows=[{"name": "Ewa"}, "Iza"])
    with pytest.raises(OperationError, match="'age' is not a field"):
        op.add_participants(engine, meeting_id=mid, rows=[{"name": "Ewa", "age": 3}])
    assert len(dump(engine)["participant"]) == 3
    (change,) = op.update_participant(engine, participant_id=anna.id, consent=True, present=False)
    assert change.after["consent"] is True and change.after["present"] is False
    assert op.update_participant(engine, participant_id=anna.id, consent=True) == ()
    with pytest.raises(OperationError, match="present must be true or false"):
        op.update_participant(engine, participant_id=anna.id, present="yes")
    moved = op.move_participant(engine, participant_id=bulk[1].id, position=0)
    assert ordered(engine, "participant", "name", "meeting_id = :m", m=mid) == ["Ola", "Anna", "Jan"]
    assert len(moved) == 3
    op.revert(engine, moved)
    assert ordered(engine, "participant", "name", "meeting_id = :m", m=mid) == ["Anna", "Jan", "Ola"]


def test_delete_participant_restores_speaker_links(engine):
    changes = op.create_meeting(engine, date="2018-06-15", template=True)
    mid, s = changes[0].id, changes[1].id
    anna = op.add_participant(engine, meeting_id=mid, name="Anna")[0].id
    jan = op.add_participant(engine, meeting_id=mid, name="Jan")[0].id
    spoken = [op.add_item(engine, section_id=s, kind="remark", text=t, speaker_id=anna)[0].id for t in "ab"]
    op.add_item(engine, section_id=s, kind="remark", text="c", speaker_id=jan)
    before = dump(engine)
    deleted = op.delete_participant(engine, participant_id=anna)
    assert sorted(deleted[0].before["spoken"]) == sorted(spoken)
    after = dump(engine)
    assert [row[6] for row in after["item"]].count(None) == 2
    assert ordered(engine, "participant", "position", "meeting_id = :m", m=mid) == [0]
    op.revert(engine, deleted)
    assert dump(engine) == before
    op.reapply(engine, deleted)
    assert dump(engine) == after


def test_section_operations(engine):
    changes = op.create_meeting(engine, date="2018-06-15", template=True)
    mid, first = changes[0].id, changes[1].id
    (theme,) = op.add_section(engine, meeting_id=mid, title="Polityka antydyskryminacyjna", kind="theme", position=1)
    assert theme.after["position"] == 1 and theme.after["kind"] == "theme" and theme.after["group"] is None
    assert sections_of(engine, mid)[:3] == [
        "Tworzenie polityk publicznych",
        "Polityka antydyskryminacyjna",
        "Komunikacja i wsparcie NGO",
    ]
    with pytest.raises(OperationError, match="kind 'block' is not one of"):
        op.add_section(engine, meeting_id=mid, title="x", kind="block")
    with pytest.raises(OperationError, match="title cannot be empty"):
        op.update_section(engine, section_id=theme.id, title="")
    (renamed,) = op.update_section(engine, section_id=theme.id, title="Blok", group="Bloki")
    assert renamed.after["title"] == "Blok" and renamed.after["group"] == "Bloki"
    assert op.update_section(engine, section_id=theme.id, title="Blok") == ()
    moved = op.move_section(engine, section_id=theme.id, position=4)
    assert sections_of(engine, mid)[-1] == "Blok" and moved[0].after["position"] == 4
    parent = op.add_item(engine, section_id=first, kind="remark", text="p", tags=["T"])[0].id
    op.add_item(engine, section_id=first, kind="remark", text="child", parent_id=parent)
    op.add_item(engine, section_id=first, kind="remark", text="q")
    before = dump(engine)
    deleted = op.delete_section(engine, section_id=first)
    tree = deleted[0].before
    assert [i["text"] for i in tree["items"]] == ["p", "q"] and tree["items"][0]["children"][0]["text"] == "child"
    assert dump(engine)["item"] == [] and undense(engine) == []
    op.revert(engine, deleted)
    assert dump(engine) == before
