"""Meeting templates: a meeting's frame saved under a name, new meetings from it, undo of each step."""

from __future__ import annotations

from datetime import date

import pytest
from test_operations_support import dump

from facilitator import operations as op
from facilitator.area_group import area_group
from facilitator.operations import OperationError

ORGANISER = "Urząd Gminy Michałowice"


@pytest.fixture
def source(engine) -> str:
    """A captured meeting: header, agenda, custom sections, participants and items."""
    meeting_id = op.create_meeting(engine, date=date(2026, 3, 5), template=True, organiser=ORGANISER,
                                   series="Program współpracy 2027", venue="GOK", facilitator="Anna Prowadząca")[0].id
    for text in ("Powitanie", "Praca w grupach"):
        op.add_agenda_item(engine, meeting_id=meeting_id, text=text)
    theme = op.add_section(engine, meeting_id=meeting_id, title="Sport", kind="theme")[0].id
    person = op.add_participant(engine, meeting_id=meeting_id, name="Jan Tajny", consent=True)[0].id
    op.add_item(engine, section_id=theme, kind="weakness", text="Za mało boisk.", speaker_id=person)
    op.update_meeting(engine, meeting_id=meeting_id, group_heading="Wnioski z trzech obszarów")
    return meeting_id


def test_a_template_keeps_the_frame_and_nothing_said(engine, source) -> None:
    saved = op.save_template(engine, meeting_id=source, name="  Gmina   Michałowice ")
    assert [c.entity for c in saved] == ["template"] and saved[0].after["name"] == "Gmina Michałowice"
    assert "Jan Tajny" not in saved[0].after["content"] and "boisk" not in saved[0].after["content"]
    [row] = op.list_templates(engine)
    assert row.name == "Gmina Michałowice" and row.sections[-1] == "Sport"
    changes = op.create_meeting_from_template(engine, template_id=row.id, date=date(2026, 4, 1))
    meeting = op.get_meeting(engine, changes[0].id)
    assert (meeting.date, meeting.organiser, meeting.series, meeting.venue, meeting.facilitator) == (
        date(2026, 4, 1), ORGANISER, "Program współpracy 2027", "GOK", "Anna Prowadząca")
    assert [a.text for a in meeting.agenda] == ["Powitanie", "Praca w grupach"]
    assert [(s.title, s.kind) for s in meeting.sections] == [
        ("Tworzenie polityk publicznych", "area"), ("Komunikacja i wsparcie NGO", "area"), ("Polityka lokalowa", "area"),
        ("Inne uwagi", "other"), ("Sport", "theme")]
    assert meeting.group_heading == "Wnioski z trzech obszarów"
    assert meeting.participants == [] and all(s.all_items == [] for s in meeting.sections)
    before = dump(engine)
    op.revert(engine, changes)
    assert op.get_meeting(engine, source).title  # the source is untouched
    op.reapply(engine, changes)
    assert dump(engine) == before


def test_same_name_replaces_and_delete_is_undoable(engine, source) -> None:
    first = op.save_template(engine, meeting_id=source, name="Seria")
    op.update_meeting(engine, meeting_id=source, organiser="Starostwo Powiatowe w Wołominie")
    again = op.save_template(engine, meeting_id=source, name="Seria")
    assert again[0].id == first[0].id and again[0].before is not None
    assert op.save_template(engine, meeting_id=source, name="Seria") == ()  # nothing changed
    [row] = op.list_templates(engine)
    made = op.create_meeting_from_template(engine, template_id=row.id, date=date(2026, 5, 1))
    assert op.get_meeting(engine, made[0].id).organiser == "Starostwo Powiatowe w Wołominie"
    gone = op.delete_template(engine, template_id=row.id)
    assert op.list_templates(engine) == []
    op.revert(engine, gone)
    assert [t.name for t in op.list_templates(engine)] == ["Seria"]


def test_refusals(engine, source) -> None:
    with pytest.raises(OperationError, match="name"):
        op.save_template(engine, meeting_id=source, name="   ")
    with pytest.raises(OperationError, match="does not exist"):
        op.create_meeting_from_template(engine, template_id="nope", date=date(2026, 1, 1))
    with pytest.raises(OperationError, match="does not exist"):
        op.save_template(engine, meeting_id="nope", name="X")


def test_the_area_heading_of_a_template_meeting_still_follows_its_organiser(engine) -> None:
    plain = op.create_meeting(engine, date=date(2026, 3, 5), template=True)[0].id
    saved = op.save_template(engine, meeting_id=plain, name="Standard")
    made = op.create_meeting_from_template(engine, template_id=saved[0].id, date=date(2026, 3, 6))[0].id
    op.update_meeting(engine, meeting_id=made, organiser="Urząd Miasta Zielonka")
    assert op.get_meeting(engine, made).group_heading == area_group("Urząd Miasta Zielonka")
