"""Meeting files that break the contract are refused with a precise one-line message, and nothing is stored."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator.meetingfile import MAX_BYTES, MeetingFileError, import_files, load, parse_bytes, validate
from facilitator.model import Item, Meeting

DATA = Path(__file__).parent / "data" / "meetingfiles"
SAMPLE = DATA / "consultation-2018-06-15.json"

KINDS = "'strength', 'weakness', 'proposal', 'recommendation', 'good_practice', 'remark'"
INVALID = {
    "kind-opinion.json": f"meeting.sections[2].items[5].kind: 'opinion' is not one of {KINDS}",
    "version-3.json": "meeting file version 3 is newer than this Facilitator supports (1)",
    "version-0.json": "version: 0 is not a supported version (expected 1)",
    "version-text.json": "version: must be an integer, not '1'",
    "format-wrong.json": "format: 'facilitator-meetings' is not 'facilitator-meeting'",
    "format-missing.json": "format: is required but missing (this is not a Facilitator meeting file)",
    "date-feb-30.json": "meeting.date: '2018-02-30' is not a valid date",
    "date-format.json": "meeting.date: '15.06.2018' is not a valid date (YYYY-MM-DD)",
    "date-missing.json": "meeting.date: is required but missing",
    "title-missing.json": "meeting.title: is required but missing",
    "sections-missing.json": "meeting.sections: is required but missing",
    "start-25.json": "meeting.start: '25:00' is not a valid time (HH:MM)",
    "end-no-colon.json": "meeting.end: '1300' is not a valid time (HH:MM)",
    "duplicate-id.json": "meeting.sections[1].id: 's1' is already used at meeting.sections[0].id",
    "duplicate-item-participant-id.json":
        "meeting.sections[2].items[5].children[0].id: 'p1' is already used at meeting.participants[0].id",
    "speaker-unknown.json":
        "meeting.sections[0].items[0].speaker: 'p9' is not the id of a participant of this meeting",
    "attendance-negative.json": "meeting.attendance_count: must not be negative, not -1",
    "attendance-text.json": "meeting.attendance_count: must be an integer, not a string",
    "language-de.json": "meeting.language: 'de' is not one of 'pl', 'en'",
    "gender-other.json": "meeting.participants[0].gender: 'other' is not one of 'female', 'male', 'unspecified'",
    "section-kind.json": "meeting.sections[1].kind: 'area51' is not one of 'area', 'theme', 'other'",
    "item-text-missing.json": "meeting.sections[2].items[5].children[0].text: is required but missing",
    "tags-not-list.json": "meeting.sections[0].items[0].tags: must be a list, not a string",
    "tag-empty.json": "meeting.sections[0].items[0].tags[1]: must not be empty",
    "present-text.json": "meeting.participants[0].present: must be true or false, not a string",
    "meeting-not-object.json": "meeting: must be an object, not a list",
    "top-level-list.json": "the top level must be a JSON object, not a list",
    "empty.json": "the file is empty",
    "whitespace.json": "the file is empty",
    "bad-json.json": "invalid JSON at line 4, column 3: Expecting ',' delimiter",
    "not-utf8.json": "not UTF-8 text: invalid byte 0xf3 at line 1, column 49",
    "duplicate-key.json": "invalid JSON: the key 'format' appears twice in one object",
    "nan.json": "invalid JSON: NaN is not a valid JSON value",
}


def _count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def test_every_invalid_file_has_an_expected_message():
    assert sorted(p.name for p in (DATA / "invalid").iterdir()) == sorted(INVALID)


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_file_is_refused_with_its_message(name, engine):
    path = DATA / "invalid" / name
    with pytest.raises(MeetingFileError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: {INVALID[name]}"
    assert caught.value.file == str(path)
    assert "\n" not in str(caught.value)
    with pytest.raises(MeetingFileError):
        import_files(engine, [SAMPLE, path])
    assert _count(engine, Meeting) == 0 and _count(engine, Item) == 0


def test_where_names_the_place():
    with pytest.raises(MeetingFileError) as caught:
        load(DATA / "invalid" / "kind-opinion.json")
    assert caught.value.where == "meeting.sections[2].items[5].kind"


def test_first_error_in_document_order_is_reported():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["meeting"]["sections"][3]["kind"] = "nope"
    data["meeting"]["sections"][1]["items"][0]["kind"] = "nope"
    with pytest.raises(MeetingFileError) as caught:
        validate(data)
    assert caught.value.where == "meeting.sections[1].items[0].kind"


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(MeetingFileError, match=r"huge.json: the file is too large \(10.0 MB; the limit is 10 MB\)"):
        load(path)
    with pytest.raises(MeetingFileError, match="the file is too large"):
        parse_bytes(b" " * (MAX_BYTES + 1))


def test_missing_file_and_folder_are_named(tmp_path):
    with pytest.raises(MeetingFileError, match=r"nothere.json: no such file$"):
        load(tmp_path / "nothere.json")
    with pytest.raises(MeetingFileError, match="is a folder"):
        load(tmp_path)


def test_unknown_keys_are_ignored_and_bom_accepted():
    raw = SAMPLE.read_bytes()
    data = parse_bytes(b"\xef\xbb\xbf" + raw)
    assert "exported_by" in data
    normal = validate(data)
    assert "exported_by" not in normal
    assert validate(normal) == normal


def test_null_optional_fields_are_absent():
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["meeting"].update(series=None, attendance_count=None, participants=None, language=None)
    data["meeting"]["sections"][0]["items"][0]["speaker"] = None
    meeting = validate(data)["meeting"]
    assert "series" not in meeting and "attendance_count" not in meeting
    assert meeting["participants"] == [] and meeting["language"] == "pl"


def test_deep_nesting_gives_a_message_not_a_crash():
    item: dict = {"kind": "remark", "text": "x"}
    root = item
    for _ in range(3000):
        child = {"kind": "remark", "text": "x"}
        item["children"] = [child]
        item = child
    data = {"format": "facilitator-meeting", "version": 1,
            "meeting": {"title": "t", "date": "2018-06-15", "sections": [{"title": "s", "items": [root]}]}}
    with pytest.raises(MeetingFileError, match="nested too deeply"):
        validate(data)
    depth = 3000
    text = ('{"format": "facilitator-meeting", "version": 1, "meeting": {"title": "t", "date": "2018-06-15", '
            '"sections": [{"title": "s", "items": [' + '{"kind": "remark", "text": "x", "children": [' * depth
            + "]}" * depth + "]}]}}")
    with pytest.raises(MeetingFileError, match="nested too deeply"):
        parse_bytes(text.encode())


def _leaves(node, path=()):
    """Every place in a JSON tree, for mutation."""
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))


def test_quick_check_never_accepts_what_the_schema_refuses():
    """The fast path may only skip jsonschema for data the schema accepts."""
    import random

    from facilitator.meetingfile.quickcheck import surely_valid
    from facilitator.meetingfile.validation import _validator

    schema = _validator()
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert surely_valid(base) and schema.is_valid(base)
    for name in INVALID:
        try:
            data = parse_bytes((DATA / "invalid" / name).read_bytes())
        except MeetingFileError:
            continue
        assert not surely_valid(data) or schema.is_valid(data), name
    rnd = random.Random(7)
    replacements = [None, "", "x", "2018-02-30", "25:61", "10:00", 0, -1, 1.5, True, [], {}, ["a"], [""], "remark",
                    "area", "female", "pl", "de", 1]
    places = [p for p in _leaves(base) if p]
    for _ in range(1500):
        data = copy.deepcopy(base)
        for _ in range(rnd.randint(1, 2)):
            *parent, last = rnd.choice(places)
            target = data
            try:
                for key in parent:
                    target = target[key]
                if rnd.random() < 0.2 and isinstance(target, dict):
                    target.pop(last, None)
                else:
                    target[last] = copy.deepcopy(rnd.choice(replacements))
            except (KeyError, IndexError, TypeError):
                continue
        if surely_valid(data):
            assert schema.is_valid(data), data
