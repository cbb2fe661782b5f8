"""The Summary tree: wording, plurals, dates, structure of both layouts, anonymisation."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest
from test_summary_factory import GROUP, SECRET_EMAILS, SECRET_NAMES, SECRET_ORGS, add_item, make_meeting

from facilitator.model import Meeting, Section
from facilitator.summary import (
    BulletList,
    Field,
    Heading,
    NumberedList,
    PageBreak,
    Subtitle,
    SummaryOptions,
    Table,
    Title,
    build,
)
from facilitator.summary.lang import label, long_date, persons

PLURALS = {
    0: "0 osób", 1: "1 osoba", 2: "2 osoby", 3: "3 osoby", 4: "4 osoby", 5: "5 osób", 11: "11 osób",
    12: "12 osób", 13: "13 osób", 14: "14 osób", 21: "21 osób", 22: "22 osoby", 23: "23 osoby",
    24: "24 osoby", 25: "25 osób", 31: "31 osób", 32: "32 osoby", 102: "102 osoby", 104: "104 osoby",
    105: "105 osób", 112: "112 osób", 113: "113 osób", 114: "114 osób", 122: "122 osoby",
}  # fmt: skip


@pytest.mark.parametrize(("n", "expected"), sorted(PLURALS.items()))
def test_polish_plurals(n: int, expected: str) -> None:
    assert persons(n, "pl") == expected


def test_english_plurals() -> None:
    assert [persons(n, "en") for n in (0, 1, 2, 9, 21)] == ["0 people", "1 person", "2 people", "9 people", "21 people"]


def test_long_dates_in_both_languages() -> None:
    assert long_date(date(2018, 6, 15), "pl") == "15 czerwca 2018 r."
    assert long_date(date(2019, 9, 1), "pl") == "1 września 2019 r."
    assert long_date(date(2020, 10, 31), "pl") == "31 października 2020 r."
    assert long_date(date(2018, 6, 15), "en") == "15 June 2018"


def test_labels_in_both_languages() -> None:
    assert label("purpose", "pl") == "Cel spotkania"
    assert label("purpose", "en") == "Purpose of the meeting"
    assert label("weakness", "pl") == "Słabe strony"
    assert label("attendance_list", "en") == "Attendance list"
    with pytest.raises(KeyError):
        label("no-such-label", "pl")


def test_nodes_are_frozen() -> None:
    with pytest.raises(FrozenInstanceError):
        Title("x").text = "y"  # type: ignore[misc]


def test_header_in_seed_order() -> None:
    blocks = build(make_meeting()).blocks
    assert blocks[0] == Title("Podsumowanie spotkania konsultacyjnego")
    assert blocks[1] == Subtitle("dla organizacji pozarządowych działających w obszarze praw człowieka")
    assert blocks[2] == Subtitle("Biuro Inicjatyw Społecznych, 15 czerwca 2018 r.")
    fields = [(b.label, b.value) for b in blocks if isinstance(b, Field)]
    assert fields == [
        ("Organizator", "Urząd Miasta Krakowa"),
        ("Godziny", "10:00–13:00"),
        ("Cel spotkania", "zebranie doświadczeń w zakresie współpracy z UMK"),
        ("Liczba uczestników", "9 osób"),
        ("Prowadzenie", "Ewa Prowadząca"),
        ("Przebieg spotkania", ""),
        ("Opracowanie", "Ewa Autorka"),
    ]
    agenda = blocks[blocks.index(Field("Przebieg spotkania")) + 1]
    assert isinstance(agenda, NumberedList) and len(agenda.items) == 3
    assert blocks[-1] == Field("Opracowanie", "Ewa Autorka")


def test_absent_fields_print_no_label() -> None:
    meeting = make_meeting(audience=None, venue=None, start=None, end=None, organiser=None, purpose=None,
                           facilitator=None, author=None, attendance_count=None)  # fmt: skip
    meeting.participants = []
    meeting.agenda = []
    text = build(meeting).plain_text()
    for word in ("Organizator", "Godziny", "Cel spotkania", "Liczba uczestników", "Prowadzenie", "Przebieg",
                 "Opracowanie"):  # fmt: skip
        assert word not in text
    assert "15 czerwca 2018 r." in text


def test_attendance_falls_back_to_present_participants() -> None:
    meeting = make_meeting(attendance_count=None)
    assert Field("Liczba uczestników", "2 osoby") in build(meeting).blocks


def test_english_summary() -> None:
    blocks = build(make_meeting(), SummaryOptions(language="en")).blocks
    assert Subtitle("Biuro Inicjatyw Społecznych, 15 June 2018") in blocks
    assert Field("Number of participants", "9 people") in blocks
    assert Field("Prepared by", "Ewa Autorka") in blocks
    assert Heading("Weaknesses", 3) in blocks


def test_grouped_layout() -> None:
    blocks = build(make_meeting()).blocks
    headings = [(b.level, b.text) for b in blocks if isinstance(b, Heading)]
    assert headings == [
        (1, GROUP.upper()),
        (2, "TWORZENIE POLITYK PUBLICZNYCH"),
        (3, "Mocne strony"),
        (3, "Słabe strony"),
        (3, "Postulaty"),
        (2, "KOMUNIKACJA I WSPARCIE NGO"),
        (3, "Słabe strony"),
        (2, "POLITYKA ANTYDYSKRYMINACYJNA"),
        (3, "Rekomendacje"),
        (3, "Dobre praktyki"),
        (2, "INNE UWAGI"),
    ]
    recommendations = blocks[blocks.index(Heading("Rekomendacje", 3)) + 1]
    assert isinstance(recommendations, BulletList)
    # "Rekomendacje:" only introduced its points and would repeat the sub-heading: its points stand alone.
    assert [i.text for i in recommendations.items] == [
        "powołanie pełnomocnika ds. przeciwdziałania dyskryminacji,",
        "cykliczne działania edukacyjne adresowane do urzędników,",
    ]
    assert recommendations.items[1].children[0].text == "szkolenia także dla kadry kierowniczej"
    assert "Rekomendacje:" not in build(make_meeting()).plain_text()


def test_captured_layout_keeps_the_introducing_item() -> None:
    blocks = build(make_meeting(), SummaryOptions(layout="captured")).blocks
    theme = blocks[blocks.index(Heading("POLITYKA ANTYDYSKRYMINACYJNA", 2)) + 1]
    assert theme.items[0].text == "Rekomendacje:"
    assert theme.items[0].children[0].text == "powołanie pełnomocnika ds. przeciwdziałania dyskryminacji,"


def test_an_introducing_item_in_other_words_is_kept() -> None:
    meeting = make_meeting()
    meeting.sections[3].all_items[0].text = "Rekomendacje dla urzędu:"
    blocks = build(meeting).blocks
    recommendations = blocks[blocks.index(Heading("Rekomendacje", 3)) + 1]
    assert [i.text for i in recommendations.items] == ["Rekomendacje dla urzędu:"]
    assert len(recommendations.items[0].children) == 2


def test_an_attributed_introducing_item_is_kept_in_a_named_export() -> None:
    meeting = make_meeting()
    meeting.sections[3].all_items[0].speaker = meeting.participants[0]
    blocks = build(meeting, SummaryOptions(named=True)).blocks
    recommendations = blocks[blocks.index(Heading("Rekomendacje", 3)) + 1]
    assert [i.text for i in recommendations.items] == [f"Rekomendacje: ({SECRET_NAMES[0]}, {SECRET_ORGS[0]})"]


def test_other_remarks_stay_one_list_in_capture_order() -> None:
    meeting = make_meeting()
    other = meeting.sections[4]
    add_item(other, "proposal", "Pomysły na współpracę:")
    add_item(other, "weakness", "Trudności z ankietą.")
    blocks = build(meeting).blocks
    start = blocks.index(Heading("INNE UWAGI", 2))
    assert not any(isinstance(b, Heading) for b in blocks[start + 1 :])
    assert [i.text for i in blocks[start + 1].items] == [
        "Ankieta badająca jakość współpracy jest zbyt długa.",
        "Pomysły na współpracę:",
        "Trudności z ankietą.",
    ]


def test_captured_layout_keeps_capture_order() -> None:
    blocks = build(make_meeting(), SummaryOptions(layout="captured")).blocks
    assert not any(isinstance(b, Heading) and b.level == 3 for b in blocks)
    section = blocks.index(Heading("TWORZENIE POLITYK PUBLICZNYCH", 2))
    items = blocks[section + 1]
    assert [i.text for i in items.items] == [
        "W mieście nie ma polityki migracji.",
        "Program Otwarty Kraków powstał z inicjatywy organizacji.",
        "Potrzebne są bardziej elastyczne formy konsultacji.",
    ]


def test_group_heading_printed_once_and_empty_sections_skipped() -> None:
    text = build(make_meeting()).plain_text()
    assert text.count(GROUP.upper()) == 1
    assert "POLITYKA LOKALOWA" not in text


def test_group_heading_repeats_after_an_interruption() -> None:
    meeting = make_meeting()
    theme = meeting.sections[3]
    theme.position, meeting.sections[1].position = 1, 3
    text = build(meeting).plain_text()
    assert text.count(GROUP.upper()) == 2


def test_anonymised_by_default() -> None:
    summary = build(make_meeting(), SummaryOptions(attendance_annex=False))
    everything = summary.plain_text() + repr(summary.metadata)
    for secret in (*SECRET_NAMES, *SECRET_EMAILS, *SECRET_ORGS):
        assert secret not in everything
    assert summary.metadata.author == "Ewa Autorka"


def test_named_attribution() -> None:
    text = build(make_meeting(), SummaryOptions(named=True)).plain_text()
    assert f"W mieście nie ma polityki migracji. ({SECRET_NAMES[0]}, {SECRET_ORGS[0]})" in text
    # No consent recorded: the organisation stands in for the name.
    assert f"Program Otwarty Kraków powstał z inicjatywy organizacji. ({SECRET_ORGS[1]})" in text
    assert SECRET_NAMES[1] not in text
    assert all(email not in text for email in SECRET_EMAILS)


def test_attribution_keeps_a_list_point_trailing_comma_last() -> None:
    meeting = make_meeting()
    recommendation = meeting.sections[3].all_items[1]
    recommendation.speaker = meeting.participants[0]
    text = build(meeting, SummaryOptions(named=True)).plain_text()
    assert (
        f"powołanie pełnomocnika ds. przeciwdziałania dyskryminacji ({SECRET_NAMES[0]}, {SECRET_ORGS[0]}),"
        in text.splitlines()
    )


def test_attendance_annex_lists_consenting_participants_only() -> None:
    blocks = build(make_meeting(), SummaryOptions(attendance_annex=True)).blocks
    assert isinstance(blocks[-3], PageBreak) and blocks[-2] == Heading("Lista obecności", 1)
    table = blocks[-1]
    assert isinstance(table, Table)
    assert table.header == ("Lp.", "Imię i nazwisko", "Organizacja")
    assert table.rows == (("1.", SECRET_NAMES[0], SECRET_ORGS[0]),)


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="layout"):
        SummaryOptions(layout="fancy")


def test_minimal_transient_meeting() -> None:
    meeting = Meeting(title="Spotkanie", date=date(2024, 1, 2), language="en")
    section = Section(title="Ideas", kind="theme")
    meeting.sections = [section]
    add_item(section, "proposal", "More benches")
    summary = build(meeting)
    assert summary.plain_text().splitlines() == ["Spotkanie", "2 January 2024", "IDEAS", "Proposals", "More benches"]
    assert summary.metadata.language == "en" and summary.metadata.author == ""
