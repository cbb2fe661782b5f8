"""Import merged by ids: idempotent, updates in place, keeps local work, and handles conflicts by policy."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.meetingfile import (
    ImportConflictError,
    MeetingFileError,
    Source,
    apply_import,
    dump,
    import_data,
    plan_import,
    validate,
)
from facilitator.model import AgendaItem, Item, Meeting, Participant, Section, Tag, item_tag

SAMPLE = Path(__file__).parent / "data" / "meetingfiles" / "consultation-2018-06-15.json"
TABLES = (Meeting, Participant, Section, Item, AgendaItem, Tag)


def _raw() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _ids(raw: dict) -> dict[str, str]:
    """Short file ids → stored ids."""
    canonical = validate(raw)["meeting"]
    out = {}

    def walk(a, b):
        if isinstance(a, dict):
            if "id" in a:
                out[a["id"]] = b["id"]
            for key in a:
                if key in b and isinstance(a[key], (dict, list)):
                    walk(a[key], b[key])
        elif isinstance(a, list):
            for x, y in zip(a, b):
                walk(x, y)

    walk(raw["meeting"], canonical)
    return out


def _snapshot(engine) -> dict:
    with engine.connect() as conn:
        counts = {m.__tablename__: conn.scalar(select(func.count()).select_from(m)) for m in TABLES}
        counts["item_tag"] = conn.scalar(select(func.count()).select_from(item_tag))
        stamps = {m.__tablename__: sorted(conn.execute(select(m.id, m.updated_at, m.base_hash)).all())
                  for m in (Meeting, Participant, Section, Item)}
    return {"counts": counts, "stamps": stamps}


def _edit(engine, model, row_id: str, **fields) -> None:
    with Session(engine) as session:
        row = session.get(model, row_id)
        for key, value in fields.items():
            setattr(row, key, value)
        session.commit()


def _item_text(engine, item_id: str) -> str | None:
    with engine.connect() as conn:
        return conn.scalar(select(Item.text).where(Item.id == item_id))


def test_reimport_changes_nothing(engine):
    first = import_data(engine, [_raw()])
    assert first.meetings[0].status == "new" and first.meetings[0].added == 6
    before = _snapshot(engine)
    again = import_data(engine, [_raw()])
    assert again.meetings[0].status == "unchanged"
    assert (again.meetings[0].added, again.meetings[0].updated, again.meetings[0].deleted) == (0, 0, 0)
    assert _snapshot(engine) == before
    assert before["counts"] == {"meeting": 1, "participant": 2, "section": 4, "item": 6, "agenda_item": 2, "tag": 3,
                                "item_tag": 3}


def test_plan_writes_nothing_and_lists_meetings(engine):
    plan = plan_import(engine, [_raw()])
    assert [(m.status, m.title, m.date, m.added) for m in plan.meetings] == [
        ("new", "Podsumowanie spotkania konsultacyjnego", "2018-06-15", 6)]
    assert _snapshot(engine)["counts"]["meeting"] == 0
    result = apply_import(engine, plan)
    assert result.count("new") == 1
    assert dump(engine, plan.meetings[0].meeting_id) == validate(_raw())


def test_update_by_ids(engine):
    import_data(engine, [_raw()])
    raw = _raw()
    m = raw["meeting"]
    m["title"] = "Podsumowanie spotkania (poprawione)"
    m["agenda"].append("Rekomendacje — podsumowanie")
    s1, s2, s3 = m["sections"][:3]
    s2["items"][0]["text"] = "Spotkania w Centrum Obywatelskim są potrzebne."
    s1["items"].insert(0, s3["items"].pop())                          # move i6 to the top of s1
    s1["items"][1]["children"] = [{"id": "i7", "kind": "proposal", "text": "Nowy podpunkt"}]
    del s1["items"][2]["children"][0]["children"]                   # delete i4
    s1["items"][2]["tags"] = ["BIP"]
    m["participants"].pop()                                          # delete p2
    m["sections"].reverse()
    result = import_data(engine, [raw])
    report = result.meetings[0]
    assert report.status == "updated"
    assert (report.added, report.deleted) == (1, 1)
    assert report.updated >= 3
    assert dump(engine, report.meeting_id) == validate(raw)
    assert import_data(engine, [raw]).meetings[0].status == "unchanged"


def test_rows_created_locally_are_kept(engine):
    import_data(engine, [_raw()])
    ids = _ids(_raw())
    with Session(engine) as session:
        session.add(Item(id="00000000-0000-4000-8000-0000000000aa", section_id=ids["s2"], position=1,
                         kind="remark", text="Dopisane przez urzędnika"))
        session.commit()
    raw = _raw()
    raw["meeting"]["sections"][1]["items"].insert(0, {"id": "i8", "kind": "strength", "text": "Nowe z pliku"})
    raw["meeting"]["sections"][2]["items"] = []                      # i6 was imported and is unchanged: deleted
    import_data(engine, [raw])
    section = dump(engine, ids["m-2018-06-15"])["meeting"]["sections"][1]
    assert [i["text"] for i in section["items"]] == [
        "Nowe z pliku", "Spotkania w Centrum Obywatelskim.", "Dopisane przez urzędnika"]
    assert _item_text(engine, ids["i6"]) is None


def _conflicted(engine) -> tuple[dict, dict]:
    import_data(engine, [_raw()])
    ids = _ids(_raw())
    _edit(engine, Item, ids["i5"], text="Tekst poprawiony w urzędzie")
    raw = _raw()
    raw["meeting"]["sections"][1]["items"][0]["text"] = "Tekst poprawiony przez moderatorkę"
    raw["meeting"]["sections"][3]["items"].append({"kind": "remark", "text": "Nowa uwaga"})
    return raw, ids


def test_conflict_is_refused_by_default_and_nothing_stored(engine):
    raw, ids = _conflicted(engine)
    before = _snapshot(engine)
    plan = plan_import(engine, [raw])
    [conflict] = plan.conflicts
    assert (conflict.entity, conflict.id, conflict.fields) == ("item", ids["i5"], ("text",))
    assert conflict.local["text"] == "Tekst poprawiony w urzędzie"
    assert conflict.theirs["text"] == "Tekst poprawiony przez moderatorkę"
    assert conflict.local_updated is not None and conflict.resolution is None
    with pytest.raises(ImportConflictError) as caught:
        apply_import(engine, plan)
    assert str(caught.value).startswith("1 conflict (changed here and in the file): item 'Tekst poprawiony w urzę")
    assert "nothing was imported" in str(caught.value) and caught.value.plan.conflicts
    with pytest.raises(ImportConflictError):
        import_data(engine, [raw])
    assert _snapshot(engine) == before


def test_conflict_keep_local(engine):
    raw, ids = _conflicted(engine)
    result = import_data(engine, [raw], on_conflict="keep")
    assert result.conflicts[0].resolution == "local"
    assert _item_text(engine, ids["i5"]) == "Tekst poprawiony w urzędzie"
    assert result.meetings[0].added == 1
    again = import_data(engine, [raw])                                # the file has been seen: no new conflict
    assert again.meetings[0].status == "unchanged" and not again.conflicts


def test_conflict_theirs(engine):
    raw, ids = _conflicted(engine)
    result = import_data(engine, [raw], on_conflict="theirs")
    assert result.conflicts[0].resolution == "file"
    assert _item_text(engine, ids["i5"]) == "Tekst poprawiony przez moderatorkę"
    assert dump(engine, ids["m-2018-06-15"]) == validate(raw)


@pytest.mark.parametrize(("shift", "expected"), [
    (timedelta(days=-1), "Tekst poprawiony w urzędzie"),
    (timedelta(days=1), "Tekst poprawiony przez moderatorkę"),
    (None, "Tekst poprawiony przez moderatorkę"),
])
def test_conflict_newer(engine, shift, expected):
    raw, ids = _conflicted(engine)
    modified = None if shift is None else datetime.now(UTC) + shift
    import_data(engine, [Source(data=raw, name="m.json", modified=modified)], on_conflict="newer")
    assert _item_text(engine, ids["i5"]) == expected


def test_one_sided_changes_merge_without_conflict(engine):
    import_data(engine, [_raw()])
    ids = _ids(_raw())
    _edit(engine, Item, ids["i1"], text="Zmienione lokalnie")
    _edit(engine, Participant, ids["p2"], organisation="Stowarzyszenie „Razem”")
    raw = _raw()
    raw["meeting"]["sections"][1]["items"][0]["text"] = "Zmienione w pliku"
    result = import_data(engine, [raw])
    assert not result.conflicts
    assert _item_text(engine, ids["i1"]) == "Zmienione lokalnie"
    assert _item_text(engine, ids["i5"]) == "Zmienione w pliku"


def test_deleted_in_file_but_changed_here_is_a_conflict(engine):
    import_data(engine, [_raw()])
    ids = _ids(_raw())
    _edit(engine, Item, ids["i6"], text="Rozbudowana rekomendacja")
    raw = _raw()
    raw["meeting"]["sections"][2]["items"] = []
    [conflict] = plan_import(engine, [raw]).conflicts
    assert conflict.theirs is None and conflict.local["text"] == "Rozbudowana rekomendacja"
    import_data(engine, [raw], on_conflict="keep")
    assert _item_text(engine, ids["i6"]) == "Rozbudowana rekomendacja"
    import_data(engine, [raw])                                       # now a local row: kept, no conflict
    assert _item_text(engine, ids["i6"]) == "Rozbudowana rekomendacja"


def test_header_conflict_and_theirs(engine):
    import_data(engine, [_raw()])
    ids = _ids(_raw())
    _edit(engine, Meeting, ids["m-2018-06-15"], venue="Sala obrad")
    raw = _raw()
    raw["meeting"]["venue"] = "Centrum Obywatelskie"
    [conflict] = plan_import(engine, [raw]).conflicts
    assert (conflict.entity, conflict.fields) == ("meeting", ("venue",))
    import_data(engine, [raw], on_conflict="theirs")
    assert dump(engine, ids["m-2018-06-15"])["meeting"]["venue"] == "Centrum Obywatelskie"


def test_batch_with_one_bad_file_stores_nothing(engine):
    bad = _raw()
    bad["meeting"]["sections"][0]["items"][0]["kind"] = "opinion"
    other = copy.deepcopy(_raw())
    other["meeting"]["id"] = "another"
    with pytest.raises(MeetingFileError) as caught:
        import_data(engine, [other, Source(data=bad, name="zly.json")])
    assert str(caught.value).startswith("zly.json: meeting.sections[0].items[0].kind: 'opinion' is not one of")
    assert _snapshot(engine)["counts"]["meeting"] == 0


def test_same_meeting_twice_in_a_batch_is_refused(engine):
    with pytest.raises(MeetingFileError, match="meeting file #2: meeting id .* is also used in meeting file #1"):
        import_data(engine, [_raw(), _raw()])
    assert _snapshot(engine)["counts"]["meeting"] == 0


def test_row_belonging_to_another_meeting_is_refused(engine):
    stored = validate(_raw())
    import_data(engine, [stored])
    copied = copy.deepcopy(stored)
    copied["meeting"]["id"] = "00000000-0000-4000-8000-000000000001"
    with pytest.raises(MeetingFileError, match="already belongs to another meeting in the database"):
        import_data(engine, [copied])
    assert _snapshot(engine)["counts"]["meeting"] == 1


def test_unknown_policy_is_refused(engine):
    with pytest.raises(MeetingFileError, match="unknown conflict policy 'mine'"):
        import_data(engine, [_raw()], on_conflict="mine")


def test_exported_file_edited_elsewhere_comes_back_without_conflict(engine):
    """Laptop: a meeting made here, exported with mark_exported, edited by an official, imported back."""
    import_data(engine, [_raw()])
    ids = _ids(_raw())
    _edit(engine, Item, ids["i5"], text="Poprawka na laptopie przed wysłaniem")
    before = {row.id: row.updated_at for row in _snapshot(engine)["stamps"]["item"]}
    sent = dump(engine, ids["m-2018-06-15"], mark_exported=True)
    assert {row.id: row.updated_at for row in _snapshot(engine)["stamps"]["item"]} == before
    back = copy.deepcopy(sent)
    back["meeting"]["sections"][1]["items"][0]["text"] = "Poprawka urzędnika"
    result = import_data(engine, [back])
    assert not result.conflicts and result.meetings[0].updated == 1
    assert _item_text(engine, ids["i5"]) == "Poprawka urzędnika"


def test_generated_benchmark_meetings_are_valid_and_import(engine):
    from benchmarks.datagen import generate_meeting

    data = generate_meeting(3, items=60)
    assert data == generate_meeting(3, items=60)
    canonical = validate(data)
    meeting = canonical["meeting"]
    count = 0

    def walk(items):
        nonlocal count
        for item in items:
            count += 1
            walk(item.get("children", []))

    for section in meeting["sections"]:
        walk(section["items"])
    assert count == 60 and {s["kind"] for s in meeting["sections"]} == {"area", "theme", "other"}
    assert any("children" in i for s in meeting["sections"] for i in s["items"])
    import_data(engine, [data])
    assert dump(engine, meeting["id"]) == canonical
