"""Transient test meetings (no database) and readers for exported files, shared by the summary/render tests."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

from facilitator.model import AgendaItem, Item, Meeting, Participant, Section

ROOT = Path(__file__).resolve().parent.parent
GROUP = "Opinie i postulaty dotyczące współpracy z UMK w trzech płaszczyznach współpracy"
# Distinctive personal data that must never reach an anonymised export.
SECRET_NAMES = ("Zdzisława Kwiatkowska-Pietrzyk", "Bogumił Ostrowidzki")
SECRET_EMAILS = ("zdzislawa.kp@przyklad-tajny.pl", "b.ostro@example-secret.org")
SECRET_ORGS = ("Fundacja Zielonych Jabłoni", "Stowarzyszenie Szeroka Dolina")


def add_item(
    section: Section, kind: str, text: str, parent: Item | None = None, speaker=None, position: int | None = None
) -> Item:
    """Attach an item (and optionally its parent) the way a transient meeting-file graph does."""
    if position is None:
        siblings = parent.children if parent is not None else [i for i in section.all_items if i.parent is None]
        position = len(siblings)
    item = Item(kind=kind, text=text, position=position, speaker=speaker)
    item.section = section
    if parent is not None:
        item.parent = parent
    return item


def make_meeting(**header) -> Meeting:
    """A realistic Polish meeting: full header, agenda, two grouped areas, a theme and 'Inne uwagi'."""
    fields = {
        "title": "Podsumowanie spotkania konsultacyjnego",
        "audience": "dla organizacji pozarządowych działających w obszarze praw człowieka",
        "venue": "Biuro Inicjatyw Społecznych",
        "date": date(2018, 6, 15),
        "start": "10:00",
        "end": "13:00",
        "organiser": "Urząd Miasta Krakowa",
        "purpose": "zebranie doświadczeń w zakresie współpracy z UMK",
        "facilitator": "Ewa Prowadząca",
        "author": "Ewa Autorka",
        "language": "pl",
        "attendance_count": 9,
        "series": "WPW 2019–2022",
    }
    fields.update(header)
    meeting = Meeting(**fields)
    people = [
        Participant(id=f"p{n}", name=name, email=mail, organisation=org, consent=(n == 0), present=True, position=n)
        for n, (name, mail, org) in enumerate(zip(SECRET_NAMES, SECRET_EMAILS, SECRET_ORGS))
    ]
    meeting.participants = people
    meeting.agenda = [
        AgendaItem(text="Informacja o działaniach związanych z opracowaniem WPW.", position=0),
        AgendaItem(text="Wprowadzenie teoretyczne do Modelu Współpracy.", position=1),
        AgendaItem(text="Zbieranie opinii dotyczących współpracy z UMK.", position=2),
    ]
    policies = Section(title="Tworzenie polityk publicznych", kind="area", group=GROUP, position=0)
    communication = Section(title="Komunikacja i wsparcie NGO", kind="area", group=GROUP, position=1)
    empty = Section(title="Polityka lokalowa", kind="area", group=GROUP, position=2)
    theme = Section(title="Polityka antydyskryminacyjna", kind="theme", position=3)
    other = Section(title="Inne uwagi", kind="other", position=4)
    meeting.sections = [policies, communication, empty, theme, other]
    add_item(policies, "weakness", "W mieście nie ma polityki migracji.", speaker=people[0])
    add_item(policies, "strength", "Program Otwarty Kraków powstał z inicjatywy organizacji.", speaker=people[1])
    add_item(policies, "proposal", "Potrzebne są bardziej elastyczne formy konsultacji.")
    add_item(communication, "weakness", "BIP jest bardzo mało przejrzystym narzędziem.")
    recommendations = add_item(theme, "recommendation", "Rekomendacje:")
    add_item(theme, "recommendation", "powołanie pełnomocnika ds. przeciwdziałania dyskryminacji,", recommendations)
    child = add_item(theme, "remark", "cykliczne działania edukacyjne adresowane do urzędników,", recommendations)
    add_item(theme, "remark", "szkolenia także dla kadry kierowniczej", child)
    add_item(theme, "good_practice", "Wrocław: Ambasadorzy Wielokulturowi w placówkach oświatowych.")
    add_item(other, "remark", "Ankieta badająca jakość współpracy jest zbyt długa.")
    return meeting


def docx_parts(path: Path) -> dict[str, bytes]:
    """Every part of a DOCX package (document, styles, docProps …) as raw bytes."""
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph."""
    import docx

    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def docx_text(path: Path) -> str:
    """All body, table and footer text of a DOCX, one paragraph per line."""
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def pdf_text(path: Path) -> str:
    """Text of a PDF as pdfminer.six extracts it."""
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pdf_text_fast(path: Path) -> str:
    """Text of a (large) PDF via pypdf, page by page."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def squash(text: str) -> str:
    """Whitespace collapsed, so wrapped lines compare equal to the source text."""
    return re.sub(r"\s+", " ", text).strip()
