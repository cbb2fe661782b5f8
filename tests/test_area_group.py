"""Issue 8 §5: a new meeting carries no text from the Kraków sample; its area heading comes from its organiser."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator import operations as op
from facilitator.area_group import area_group
from facilitator.meetingfile import meeting_from_dict
from facilitator.sample import load_sample
from facilitator.summary import Heading, build

NEUTRAL = "Opinie i postulaty w trzech obszarach Modelu współpracy"
SAMPLE_WORDS = ("UMK", "Kraków", "Krakow", "płaszczyznach")


def with_(instrumental: str) -> str:
    return f"Opinie i postulaty dotyczące współpracy {instrumental} w trzech obszarach Modelu współpracy"


@pytest.mark.parametrize(("organiser", "heading"), [
    ("Urząd Miasta Zielonka", with_("z Urzędem Miasta Zielonka")),
    ("  urząd  miasta   Zielonka ", with_("z Urzędem Miasta Zielonka")),
    ("Urząd Miasta Krakowa", with_("z Urzędem Miasta Krakowa")),
    ("Urząd Miejski w Gdańsku", with_("z Urzędem Miejskim w Gdańsku")),
    ("Urząd Gminy Michałowice", with_("z Urzędem Gminy Michałowice")),
    ("Urząd Miasta i Gminy Serock", with_("z Urzędem Miasta i Gminy Serock")),
    ("Urząd Marszałkowski Województwa Mazowieckiego", with_("z Urzędem Marszałkowskim Województwa Mazowieckiego")),
    ("Starostwo Powiatowe w Wołominie", with_("ze Starostwem Powiatowym w Wołominie")),
    # Forms whose instrumental the app cannot be sure of: the neutral heading, never a wrong ending.
    ("Gmina Miejska Kraków", NEUTRAL),
    ("Biuro Inicjatyw Społecznych", NEUTRAL),
    ("Urząd Miasta", NEUTRAL),
    ("Prezydent Miasta Zielonka", NEUTRAL),
    ("", NEUTRAL),
    (None, NEUTRAL),
])
def test_polish_heading_from_the_organiser(organiser, heading) -> None:
    assert area_group(organiser, "pl") == heading


def test_english_heading() -> None:
    assert area_group(None, "en") == "Opinions and proposals in the three areas of the Model of Cooperation"
    assert area_group("Zielonka City Hall", "en") == (
        "Opinions and proposals on cooperation with Zielonka City Hall in the three areas of the Model of Cooperation")


def test_a_new_meeting_carries_no_text_from_the_sample(engine) -> None:
    changes = op.create_meeting(engine, date=date(2026, 3, 5), template=True)
    everything = repr([c.after for c in changes])
    assert all(word not in everything for word in SAMPLE_WORDS)
    groups = {c.after["group"] for c in changes if c.entity == "section" and c.after["kind"] == "area"}
    assert groups == {NEUTRAL}
    zielonka = op.create_meeting(engine, date=date(2026, 3, 5), template=True, organiser="Urząd Miasta Zielonka")
    assert {c.after["group"] for c in zielonka[1:4]} == {area_group("Urząd Miasta Zielonka")}
    english = op.create_meeting(engine, date=date(2026, 3, 5), template=True, language="en")
    assert [c.after["title"] for c in english[1:]] == [
        "Public policy making", "Communication and support for NGOs", "Premises policy", "Other remarks"]
    assert english[1].after["group"] == area_group(None, "en")


def test_the_heading_follows_the_organiser_and_language_until_edited(engine) -> None:
    meeting_id = op.create_meeting(engine, date=date(2026, 3, 5), template=True)[0].id
    changes = op.update_meeting(engine, meeting_id=meeting_id, organiser="Urząd Gminy Michałowice")
    assert op.get_meeting(engine, meeting_id).group_heading == area_group("Urząd Gminy Michałowice")
    op.revert(engine, changes)  # one step: organiser and heading come back together
    assert op.get_meeting(engine, meeting_id).group_heading == NEUTRAL
    op.reapply(engine, changes)
    op.update_meeting(engine, meeting_id=meeting_id, language="en")
    assert op.get_meeting(engine, meeting_id).group_heading == area_group("Urząd Gminy Michałowice", "en")
    op.update_meeting(engine, meeting_id=meeting_id, language="pl")
    edited = op.update_meeting(engine, meeting_id=meeting_id, group_heading="  Nasze wnioski  ")
    assert [c.entity for c in edited] == ["section"] * 3
    meeting = op.get_meeting(engine, meeting_id)
    assert meeting.group_heading == "Nasze wnioski"
    assert {s.group for s in meeting.sections if s.kind == "area"} == {"Nasze wnioski"}
    op.update_meeting(engine, meeting_id=meeting_id, organiser="Urząd Miasta Zielonka")  # an edited heading stays
    assert op.get_meeting(engine, meeting_id).group_heading == "Nasze wnioski"
    op.revert(engine, edited)
    assert op.get_meeting(engine, meeting_id).group_heading == area_group("Urząd Gminy Michałowice")


def test_the_sample_keeps_its_own_krakow_heading() -> None:
    summary = build(meeting_from_dict(load_sample()))
    assert Heading("OPINIE I POSTULATY DOTYCZĄCE WSPÓŁPRACY Z UMK W TRZECH PŁASZCZYZNACH WSPÓŁPRACY", 1) in summary.blocks
