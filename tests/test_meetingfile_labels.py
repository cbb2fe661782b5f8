"""Officials' recurring-group headings and areas travel between officials' databases as the item's optional
"recurring" key, the way the office's answers ("response") do: round trip, idempotent re-import, the merge rules of an
item field, files without labels keep their fingerprint and leave local labels alone, other tools ignore it."""

from __future__ import annotations

import copy

import pytest

from facilitator import meetingfile, operations
from facilitator.meetingfile import MeetingFileError
from facilitator.operations.grouping import labels_of
from facilitator.store import open_database
from tests.ui.officials_data import import_all, meeting_a, uid

NGO = "Komunikacja i wsparcie NGO"


@pytest.fixture
def other(tmp_path):
    """A second official's database."""
    eng = open_database(tmp_path / "other.sqlite")
    yield eng
    eng.dispose()


def _labels(engine) -> dict[str, tuple]:
    with engine.connect() as conn:
        rows = labels_of(conn, [uid(n) for n in ("a-i1", "a-i2", "a-i3", "a-i4", "a-i5")])
    return {r["item_id"]: (r["heading"], r["area"]) for r in rows}


def _items(data: dict) -> dict[str, dict]:
    return {i["id"]: i for s in data["meeting"]["sections"] for i in s["items"]}


def test_labels_round_trip_and_reimport_changes_nothing(engine, other, tmp_path):
    import_all(engine, [meeting_a()])
    operations.rename_group(engine, item_ids=[uid("a-i1"), uid("a-i2")], heading="  Polityka  migracyjna ")
    operations.move_group(engine, item_ids=[uid("a-i1")], area=NGO)
    data = meetingfile.dump(engine, uid("m-a"))
    items = _items(data)
    assert items[uid("a-i1")]["recurring"] == {"heading": "Polityka migracyjna", "area": NGO}
    assert items[uid("a-i2")]["recurring"] == {"heading": "Polityka migracyjna"}
    assert "recurring" not in items[uid("a-i3")]
    path = tmp_path / "a.json"
    meetingfile.write(path, data)
    assert meetingfile.load(path) == data  # canonical as written
    meetingfile.import_files(other, [path])
    assert _labels(other) == _labels(engine) == {uid("a-i1"): ("Polityka migracyjna", NGO),
                                                 uid("a-i2"): ("Polityka migracyjna", None)}
    again = meetingfile.import_files(other, [path])
    assert [m.status for m in again.meetings] == ["unchanged"]
    assert meetingfile.dump(other, uid("m-a")) == data


def test_a_file_without_labels_keeps_its_fingerprint_and_leaves_local_labels_alone(engine):
    import_all(engine, [meeting_a()])
    operations.rename_group(engine, item_ids=[uid("a-i3")], heading="Lokale")
    result = meetingfile.import_data(engine, [meeting_a()])  # the facilitator's file again: no labels in it
    assert result.meetings[0].status == "unchanged" and result.meetings[0].conflicts == []
    assert _labels(engine) == {uid("a-i3"): ("Lokale", None)}


def test_a_label_changed_on_one_side_wins_and_on_both_sides_is_a_conflict(engine, other):
    import_all(engine, [meeting_a()])
    meetingfile.import_data(other, [meetingfile.dump(engine, uid("m-a"), mark_exported=True)])
    operations.rename_group(engine, item_ids=[uid("a-i1")], heading="Migracje")
    meetingfile.import_data(other, [meetingfile.dump(engine, uid("m-a"), mark_exported=True)])
    assert _labels(other) == {uid("a-i1"): ("Migracje", None)}
    operations.rename_group(engine, item_ids=[uid("a-i1")], heading=None)  # taken back here: taken back there
    meetingfile.import_data(other, [meetingfile.dump(engine, uid("m-a"), mark_exported=True)])
    assert _labels(other) == {}
    operations.rename_group(engine, item_ids=[uid("a-i1")], heading="Tu")
    operations.rename_group(other, item_ids=[uid("a-i1")], heading="Tam")
    plan = meetingfile.plan_import(other, [meetingfile.dump(engine, uid("m-a"))])
    conflicts = plan.meetings[0].conflicts
    assert [(c.entity, c.id, c.fields) for c in conflicts] == [("item", uid("a-i1"), ("recurring",))]
    meetingfile.import_data(other, [meetingfile.dump(engine, uid("m-a"))], on_conflict="theirs")
    assert _labels(other) == {uid("a-i1"): ("Tu", None)}


def test_the_key_is_validated_and_other_tools_may_leave_it_out(engine):
    data = meeting_a()
    bad = copy.deepcopy(data)
    bad["meeting"]["sections"][0]["items"][0]["recurring"] = {"heading": 7}
    with pytest.raises(MeetingFileError) as caught:
        meetingfile.validate(bad)
    assert caught.value.where == "meeting.sections[0].items[0].recurring.heading"
    empty = copy.deepcopy(data)
    empty["meeting"]["sections"][0]["items"][0]["recurring"] = {"heading": "  ", "colour": "red"}
    assert "recurring" not in meetingfile.validate(empty)["meeting"]["sections"][0]["items"][0]
    import_all(engine, [empty])
    assert _labels(engine) == {}
