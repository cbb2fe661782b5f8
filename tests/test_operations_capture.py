"""Drafts and capture state: kept in the database across a reopen, never in a meeting file, gone with the meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from facilitator import meetingfile, operations
from facilitator.operations import CAPTURE_SLOT, item_slot
from facilitator.store import open_database


@pytest.fixture
def meeting_id(engine) -> str:
    return operations.create_meeting(engine, date=date(2026, 3, 12), template=True)[0].id


def test_a_draft_is_kept_replaced_and_cleared(engine, meeting_id):
    section = operations.get_meeting(engine, meeting_id).sections[1].id
    changes = operations.save_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT, text="Brakuje lokali dla NG",
                                    section_id=section, kind="weakness", level=1, speaker="Jan")
    assert changes[0].entity == "draft" and changes[0].before is None
    operations.save_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT, text="Brakuje lokali dla NGO 😀",
                          section_id=section, kind="weakness", level=1, speaker="Jan")
    assert operations.save_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT, text="Brakuje lokali dla NGO 😀",
                                 section_id=section, kind="weakness", level=1, speaker="Jan") == ()
    (kept,) = operations.get_drafts(engine, meeting_id)
    assert (kept.text, kept.section_id, kept.kind, kept.level, kept.speaker) == (
        "Brakuje lokali dla NGO 😀", section, "weakness", 1, "Jan")
    assert kept.item_id is None
    assert operations.save_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT, text="  ")[0].after is None
    assert operations.get_drafts(engine, meeting_id) == []
    assert operations.clear_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT) == ()


def test_drafts_survive_reopening_and_list_the_capture_line_first(db_path, engine, meeting_id):
    item = operations.add_item(engine, section_id=operations.get_meeting(engine, meeting_id).sections[0].id,
                               kind="remark", text="Stara treść")[0].id
    operations.save_draft(engine, meeting_id=meeting_id, slot=item_slot(item), text="Poprawiona treść")
    operations.save_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT, text="W trakcie pisania")
    engine.dispose()
    reopened = open_database(db_path)
    try:
        drafts = operations.get_drafts(reopened, meeting_id)
    finally:
        reopened.dispose()
    assert [(d.slot, d.text, d.item_id) for d in drafts] == [
        (CAPTURE_SLOT, "W trakcie pisania", None), (f"item:{item}", "Poprawiona treść", item)]


def test_capture_state_keeps_only_the_fields_given(engine, meeting_id):
    assert operations.get_capture_state(engine, meeting_id).clock_started_at is None
    point = operations.add_agenda_item(engine, meeting_id=meeting_id, text="Dyskusja")[0].id
    started = datetime(2026, 3, 12, 9, 5, tzinfo=UTC)
    operations.save_capture_state(engine, meeting_id=meeting_id, window_open=True, clock_started_at=started)
    operations.save_capture_state(engine, meeting_id=meeting_id, page="notes", agenda_item_id=point,
                                  agenda_started_at=started)
    state = operations.get_capture_state(engine, meeting_id)
    assert (state.page, state.window_open, state.clock_started_at, state.agenda_item_id) == (
        "notes", True, started, point)
    assert operations.interrupted_meetings(engine) == [meeting_id]
    operations.save_capture_state(engine, meeting_id=meeting_id, window_open=False)
    assert operations.interrupted_meetings(engine) == []
    operations.delete_agenda_item(engine, agenda_item_id=point)
    assert operations.get_capture_state(engine, meeting_id).agenda_item_id is None


def test_drafts_and_state_never_reach_a_meeting_file_and_go_with_the_meeting(engine, meeting_id, tmp_path):
    operations.save_draft(engine, meeting_id=meeting_id, slot=CAPTURE_SLOT, text="Tajny szkic")
    operations.save_capture_state(engine, meeting_id=meeting_id, page="notes", window_open=True)
    path = tmp_path / "spotkanie.json"
    meetingfile.write(path, meetingfile.dump(engine, meeting_id))
    written = path.read_text(encoding="utf-8")
    assert "Tajny szkic" not in written and "window_open" not in written and "clock" not in written
    operations.delete_meeting(engine, meeting_id=meeting_id)
    assert operations.get_drafts(engine, meeting_id) == []
    assert operations.interrupted_meetings(engine) == []


def test_a_draft_for_a_meeting_that_is_gone_is_refused(engine):
    with pytest.raises(operations.OperationError):
        operations.save_draft(engine, meeting_id="no-such-meeting", slot=CAPTURE_SLOT, text="x")
