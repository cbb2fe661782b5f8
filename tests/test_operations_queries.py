"""Read helpers for the GUI: the meetings list and a fully loaded meeting."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator import operations as op
from facilitator.operations import MeetingRow, OperationError


@pytest.fixture
def meetings(engine):
    """Three meetings with different counts; returns their ids oldest first."""
    ids = []
    for day, venue, series, people, items in (
        ("2018-06-15", "Biuro Inicjatyw Społecznych", "WPW 2019–2022", 3, 4),
        ("2019-03-01", "ŁÓDŹ, ul. Piotrkowska", "WPW 2019–2022", 1, 0),
        ("2020-01-10", None, None, 0, 2),
    ):
        created = op.create_meeting(engine, date=day, template=True, venue=venue, series=series)
        mid, section = created[0].id, created[1].id
        op.add_participants(engine, meeting_id=mid, rows=[{"name": f"P{n}"} for n in range(people)])
        parent = None
        for n in range(items):
            parent = op.add_item(engine, section_id=section, kind="remark", text=f"i{n}", parent_id=parent)[0].id
        ids.append(mid)
    return ids


def test_list_meetings_newest_first_with_counts(engine, meetings):
    rows = op.list_meetings(engine)
    assert [r.id for r in rows] == meetings[::-1]
    assert rows[2] == MeetingRow(
        meetings[0],
        date(2018, 6, 15),
        "Podsumowanie spotkania konsultacyjnego",
        "Biuro Inicjatyw Społecznych",
        "WPW 2019–2022",
        3,
        4,
    )
    assert (rows[0].attendance, rows[0].items) == (None, 2)  # no line in its summary either
    assert (rows[1].attendance, rows[1].items) == (1, 0)


def test_list_meetings_filters(engine, meetings):
    assert [r.id for r in op.list_meetings(engine, text="łódź")] == [meetings[1]]
    assert [r.id for r in op.list_meetings(engine, text="  inicjatyw ")] == [meetings[0]]
    assert [r.id for r in op.list_meetings(engine, text="wpw")] == [meetings[1], meetings[0]]
    assert [r.id for r in op.list_meetings(engine, text="PODSUMOWANIE")] == meetings[::-1]
    assert op.list_meetings(engine, text="nic takiego") == []
    assert [r.id for r in op.list_meetings(engine, series="WPW 2019–2022")] == [meetings[1], meetings[0]]
    assert op.list_meetings(engine, series="WPW 2019–2022", text="biuro")[0].id == meetings[0]
    assert op.list_meetings(engine, text="") == op.list_meetings(engine)


def test_get_meeting_is_usable_after_the_session(engine, meetings):
    mid = meetings[0]
    anna = op.add_participant(engine, meeting_id=mid, name="Anna", position=0)[0].id
    op.add_agenda_item(engine, meeting_id=mid, text="Powitanie")
    section = op.get_meeting(engine, mid).sections[1].id
    top = op.add_item(engine, section_id=section, kind="weakness", text="a", speaker_id=anna, tags=["BIP", "NGO"])
    op.add_item(engine, section_id=section, kind="proposal", text="a.1", parent_id=top[0].id)
    meeting = op.get_meeting(engine, mid)
    assert [a.text for a in meeting.agenda] == ["Powitanie"]
    assert [p.name for p in meeting.participants] == ["Anna", "P0", "P1", "P2"]
    assert meeting.attendance == 4
    first = meeting.sections[0]
    assert [i.text for i in first.items] == ["i0"]
    chain = first.items[0]
    depth = 0
    while chain.children:
        (chain,) = chain.children
        depth += 1
        assert chain.parent.section is first
    assert depth == 3
    item = meeting.sections[1].items[0]
    assert item.speaker.name == "Anna" and [t.name for t in item.tags] == ["BIP", "NGO"]
    assert [c.text for c in item.children] == ["a.1"] and item.children[0].speaker is None
    assert item.section.meeting is meeting
    with pytest.raises(OperationError, match="does not exist"):
        op.get_meeting(engine, "ghost")


def test_attendance_is_what_the_summary_prints_and_one_row_reads_alone(engine, meetings):
    mid = meetings[0]
    people = op.get_meeting(engine, mid).participants
    op.update_participant(engine, participant_id=people[0].id, present=False)
    row = op.meeting_row(engine, mid)
    assert row == next(r for r in op.list_meetings(engine) if r.id == mid)
    assert (row.attendance, row.items) == (2, 4) == (op.get_meeting(engine, mid).attendance, 4)
    op.update_meeting(engine, meeting_id=mid, attendance_count=40)
    assert op.meeting_row(engine, mid).attendance == 40 == op.get_meeting(engine, mid).attendance
    op.delete_meeting(engine, meeting_id=mid)
    assert op.meeting_row(engine, mid) is None
