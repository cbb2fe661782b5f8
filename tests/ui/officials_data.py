"""Meeting files from several facilitators for the officials' screens: overlapping statements, tags, series."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

SERIES_A = "WPW 2019–2022, konsultacje z organizacjami pozarządowymi"
SERIES_B = "Konsultacje budżetu obywatelskiego"
NS = uuid.UUID("0b7e3c1a-7a44-4c55-9f0e-3f2b1c9d8e71")


def uid(name: str) -> str:
    """A stable UUID per readable name, so tests can refer to rows."""
    return str(uuid.uuid5(NS, name))


def item(name: str, kind: str, text: str, tags: tuple[str, ...] = (), speaker: str | None = None) -> dict:
    """An item of a meeting file."""
    out = {"id": uid(name), "kind": kind, "text": text, "tags": list(tags)}
    if speaker:
        out["speaker"] = uid(speaker)
    return out


def meeting(name: str, *, title: str, date: str, facilitator: str, series: str, sections: list[dict],
            participants: list[dict] | None = None) -> dict:
    """A whole meeting file."""
    return {
        "format": "facilitator-meeting", "version": 1,
        "meeting": {
            "id": uid(name), "title": title, "series": series, "date": date, "facilitator": facilitator,
            "organiser": "Urząd Miasta Krakowa", "language": "pl", "agenda": ["Powitanie", "Dyskusja"],
            "participants": participants or [], "sections": sections,
        },
    }


def person(name: str, full: str, organisation: str) -> dict:
    """A participant of a meeting file."""
    return {"id": uid(name), "name": full, "organisation": organisation, "present": True}


def section(name: str, title: str, items: list[dict], kind: str = "area") -> dict:
    """A section of a meeting file."""
    return {"id": uid(name), "title": title, "kind": kind, "items": items}


def meeting_a() -> dict:
    """Kraków, June: anti-discrimination NGOs (Ewa)."""
    return meeting("m-a", title="Spotkanie konsultacyjne – prawa człowieka", date="2018-06-15",
                   facilitator="Ewa Chromniak", series=SERIES_A, participants=[
                       person("pa1", "Anna Kowalska", "Fundacja Łódź Otwarta"),
                       person("pa2", "Jan Nowak", "Stowarzyszenie Interkulturalni"),
                   ], sections=[
        section("a-s1", "Tworzenie polityk publicznych", [
            item("a-i1", "weakness", "W mieście nie ma polityki migracyjnej, a 10% mieszkańców to Ukraińcy.",
                 ("migranci",), "pa1"),
            item("a-i2", "proposal", "Powołać zespół ds. równego traktowania przy Prezydencie Miasta.",
                 ("KDO",), "pa2"),
        ]),
        section("a-s2", "Polityka lokalowa", [
            item("a-i3", "weakness", "Brak lokali dla organizacji w centrum; czynsze są za wysokie & rosną.",
                 ("lokale",), "pa1"),
        ]),
    ])


def meeting_b() -> dict:
    """Kraków, September: sport and culture NGOs (Piotr) — says some of the same things as A."""
    return meeting("m-b", title="Spotkanie konsultacyjne – sport i kultura", date="2018-09-20",
                   facilitator="Piotr Wiśniewski", series=SERIES_A, participants=[
                       person("pb1", "Zofia Żółć", "Klub Sportowy Wisła"),
                   ], sections=[
        section("b-s1", "Tworzenie polityk publicznych", [
            item("b-i1", "weakness", "W mieście nie ma polityki migracyjnej, choć 10% mieszkańców to Ukraińcy.",
                 ("migranci",), "pb1"),
        ]),
        section("b-s2", "Komunikacja i wsparcie NGO", [
            item("b-i2", "good_practice", "Spotkania w dzielnicach ułatwiają kontakt z urzędnikami.", ("dzielnice",)),
            item("b-i3", "recommendation", "Zwiększyć dotacje na żółte boiska szkolne <i> place zabaw.", ("sport",)),
        ]),
    ])


def meeting_c() -> dict:
    """Nowa Huta, 2019, another series (Marta)."""
    return meeting("m-c", title="Budżet obywatelski – Nowa Huta", date="2019-03-05",
                   facilitator="Marta Zięba", series=SERIES_B, sections=[
        section("c-s1", "Inne uwagi", [
            item("c-i1", "remark", "Mieszkańcy chcą więcej zieleni i ławek w parkach 🌳.", ("zieleń",)),
            item("c-i2", "proposal", "Głosowanie także w formie papierowej dla seniorów.", ("seniorzy", "migranci")),
        ], kind="other"),
    ])


def write(folder: Path, name: str, data: dict) -> Path:
    """Write a meeting file as a facilitator's laptop would."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def import_all(engine, datas: list[dict]) -> None:
    """Put meetings into the database through the real import (no conflicts expected)."""
    from facilitator import meetingfile

    meetingfile.apply_import(engine, meetingfile.plan_import(engine, datas))
