"""Files survive the database unchanged; transient graphs for exporters; atomic writes."""

from __future__ import annotations

import json
import os
import uuid
from datetime import date
from pathlib import Path

import pytest

from facilitator.meetingfile import (
    NAMESPACE,
    MeetingFileError,
    dump,
    import_data,
    load,
    meeting_from_dict,
    meeting_to_dict,
    validate,
    write,
)

DATA = Path(__file__).parent / "data" / "meetingfiles"
SAMPLE = DATA / "consultation-2018-06-15.json"
NASTY = "Tekst <b>&amp; \"cudzysłów\" ' \u0007 \u200b 🙂 zażółć gęślą jaźń " + "długi akapit " * 2000


def _canonical_file() -> dict:
    data = load(SAMPLE)
    data["meeting"]["sections"][0]["items"][0]["text"] = NASTY
    return data


def test_file_db_file_is_identical(engine, tmp_path):
    data = _canonical_file()
    path = tmp_path / "in.json"
    write(path, data)
    import_data(engine, [load(path)])
    out = dump(engine, data["meeting"]["id"])
    assert out == data
    write(tmp_path / "out.json", out)
    assert (tmp_path / "out.json").read_bytes() == path.read_bytes()


def test_db_file_db_file_is_identical(engine, tmp_path):
    from facilitator.store import open_database

    import_data(engine, [_canonical_file()])
    first = dump(engine, _canonical_file()["meeting"]["id"])
    other = open_database(tmp_path / "other.sqlite")
    import_data(other, [first])
    assert dump(other, first["meeting"]["id"]) == first
    other.dispose()


def test_written_file_format(tmp_path):
    data = _canonical_file()
    path = tmp_path / "m.json"
    write(path, data)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and "zażółć" in text and '\n  "meeting": {' in text
    assert json.loads(text) == data


def test_optional_header_fields_are_omitted(engine):
    data = {"format": "facilitator-meeting", "version": 1,
            "meeting": {"title": "Spotkanie", "date": "2019-01-07", "sections": []}}
    canonical = validate(data)
    import_data(engine, [data])
    out = dump(engine, canonical["meeting"]["id"])
    assert set(out["meeting"]) == {"id", "title", "date", "language", "agenda", "participants", "sections"}
    assert out == canonical


def test_meeting_from_dict_is_a_usable_graph():
    meeting = meeting_from_dict(json.loads(SAMPLE.read_text(encoding="utf-8")))
    assert meeting.date == date(2018, 6, 15) and meeting.attendance == 9
    first, second = meeting.sections[0].items
    assert first.speaker.name == "Żaneta Łęcka" and [t.name for t in first.tags] == ["Otwarty Kraków"]
    assert [t.name for t in second.tags] == ["BIP", "komunikacja"]
    assert second.children[0].children[0].text == "Co najmniej dwa tygodnie."
    assert [i.text[:4] for i in meeting.sections[0].all_items] == ["Przy", "Brak", "Publ", "Co n"]
    assert [s.kind for s in meeting.sections] == ["area", "area", "theme", "other"]
    assert [a.text[:11] for a in meeting.agenda] == ["Informacja ", "Wprowadzeni"]
    assert meeting.participants[1].present is False and meeting.participants[1].gender == "unspecified"
    assert meeting_to_dict(meeting) == load(SAMPLE)


def test_attendance_falls_back_to_participants_present():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    del data["meeting"]["attendance_count"]
    meeting = meeting_from_dict(data)
    assert meeting.attendance == 1
    assert "attendance_count" not in meeting_to_dict(meeting)["meeting"]


def test_non_uuid_ids_map_deterministically(engine):
    data = load(SAMPLE)
    meeting_id = str(uuid.uuid5(NAMESPACE, "meeting:m-2018-06-15"))
    assert data["meeting"]["id"] == meeting_id
    scope = uuid.UUID(meeting_id)
    assert data["meeting"]["participants"][0]["id"] == str(uuid.uuid5(scope, "participant:p1"))
    assert data["meeting"]["sections"][0]["id"] == str(uuid.uuid5(scope, "section:s1"))
    assert data["meeting"]["sections"][0]["items"][0]["id"] == str(uuid.uuid5(scope, "item:i1"))
    assert data["meeting"]["sections"][0]["items"][0]["speaker"] == str(uuid.uuid5(scope, "participant:p1"))


def test_uuid_ids_are_kept_in_canonical_form():
    raw = json.loads(SAMPLE.read_text(encoding="utf-8"))
    raw["meeting"]["id"] = "7D3F0C2E-2B7A-4F6E-9D8A-0F3C1E5B9A11"
    raw["meeting"]["participants"][0]["id"] = "A0000000-0000-4000-8000-000000000001"
    raw["meeting"]["sections"][0]["items"][0]["speaker"] = "a0000000-0000-4000-8000-000000000001"
    meeting = validate(raw)["meeting"]
    assert meeting["id"] == "7d3f0c2e-2b7a-4f6e-9d8a-0f3c1e5b9a11"
    assert meeting["sections"][0]["items"][0]["speaker"] == "a0000000-0000-4000-8000-000000000001"


def test_same_short_ids_in_two_files_never_collide(engine):
    one = json.loads(SAMPLE.read_text(encoding="utf-8"))
    two = json.loads(SAMPLE.read_text(encoding="utf-8"))
    two["meeting"]["id"] = "m-2018-06-22"
    two["meeting"]["date"] = "2018-06-22"
    result = import_data(engine, [one, two])
    assert [m.status for m in result.meetings] == ["new", "new"]
    a, b = (validate(d)["meeting"] for d in (one, two))
    assert a["sections"][0]["id"] != b["sections"][0]["id"]
    assert dump(engine, b["id"]) == validate(two)


def _strip_ids(node):
    if isinstance(node, dict):
        return {k: _strip_ids(v) for k, v in node.items() if k not in ("id", "speaker")}
    if isinstance(node, list):
        return [_strip_ids(v) for v in node]
    return node


def test_absent_ids_are_assigned_deterministically(engine):
    data = _strip_ids(json.loads(SAMPLE.read_text(encoding="utf-8")))
    first, again = validate(data), validate(json.loads(json.dumps(data)))
    assert first == again
    m = first["meeting"]
    expected = uuid.uuid5(NAMESPACE, "meeting-header:Podsumowanie spotkania konsultacyjnego|2018-06-15|"
                                     "Biuro Inicjatyw Społecznych|10:00")
    assert m["id"] == str(expected)
    assert m["sections"][1]["id"] == str(uuid.uuid5(expected, "section-position:1"))
    child = m["sections"][0]["items"][1]["children"][0]
    assert child["id"] == str(uuid.uuid5(uuid.UUID(m["sections"][0]["items"][1]["id"]), "item-position:0"))
    assert import_data(engine, [data]).meetings[0].status == "new"
    assert import_data(engine, [data]).meetings[0].status == "unchanged"


def test_write_replaces_atomically_and_keeps_old_file_on_bad_data(tmp_path):
    path = tmp_path / "m.json"
    write(path, {"a": 1})
    before = path.read_bytes()
    with pytest.raises(MeetingFileError, match="m.json: cannot be written: Object of type set"):
        write(path, {"a": {1, 2}})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_write_keeps_old_file_when_folder_is_unwritable(tmp_path):
    path = tmp_path / "m.json"
    write(path, {"a": 1})
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(MeetingFileError, match="m.json: cannot be written: Permission denied"):
            write(path, {"a": 2})
    finally:
        tmp_path.chmod(0o700)
    assert json.loads(path.read_text()) == {"a": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


def test_write_failure_midway_leaves_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    write(path, {"a": 1})

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(MeetingFileError, match="cannot be written: Permission denied"):
        write(path, {"a": 2})
    assert json.loads(path.read_text()) == {"a": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


def test_write_into_missing_folder_names_the_file(tmp_path):
    with pytest.raises(MeetingFileError, match="cannot be written: No such file or directory"):
        write(tmp_path / "nope" / "m.json", {"a": 1})


def test_write_keeps_old_file_when_temp_file_cannot_be_created(tmp_path, monkeypatch):
    """As root a chmod does not stop writes, so the OS refusal is simulated where the temporary file is created."""
    path = tmp_path / "m.json"
    write(path, {"a": 1})
    real_open = os.open

    def refuse(file, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(MeetingFileError, match="m.json: cannot be written: Permission denied"):
        write(path, {"a": 2})
    assert json.loads(path.read_text()) == {"a": 1}
