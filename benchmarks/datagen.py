"""Realistic meeting files for benchmarks and tests: Polish text, three areas, themes, nesting, tags."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

SERIES = ("WPW 2019–2022, konsultacje z organizacjami pozarządowymi", "Budżet obywatelski 2019: spotkania dzielnicowe")
FACILITATORS = ("Ewa Chromniak", "Łukasz Żółtowski", "Małgorzata Wiśniewska", "Jędrzej Kuźniar")
VENUES = ("Biuro Inicjatyw Społecznych", "Centrum Obywatelskie, ul. Reymonta 20", "Urząd Miasta Krakowa, sala obrad")
AREAS = ("Tworzenie polityk publicznych", "Komunikacja i wsparcie NGO", "Polityka lokalowa")
AREA_GROUP = "Opinie i postulaty dotyczące współpracy z UMK w trzech płaszczyznach współpracy"
THEMES = ("Rekomendacje dot. działań antydyskryminacyjnych", "Ochrona praw mniejszości i migrantów")
KINDS = ("strength", "weakness", "proposal", "recommendation", "good_practice", "remark")
TAGS = ("BIP", "lokale", "dotacje", "komunikacja", "równość", "migranci", "młodzież", "seniorzy", "Otwarty Kraków")
SUBJECTS = ("Udział Miasta w procesie", "Współpraca z wydziałami", "Dostęp do lokali komunalnych",
            "Informacja o konkursach", "Konsultacje społeczne", "Zespoły zadaniowe", "Mała dotacja",
            "Komunikacja z urzędnikami", "Strona internetowa NGO", "Szkolenia dla organizacji")
PREDICATES = ("był wyraźnie zauważalny i doceniony przez organizacje",
              "wymaga przejrzystszych zasad i terminów — zgłaszano to już wielokrotnie",
              "powinien uwzględniać potrzeby osób z niepełnosprawnościami oraz seniorów",
              "działa dobrze, ale informacja dociera zbyt późno (często po terminie)",
              "mógłby korzystać z doświadczeń innych miast, np. Gdańska i Łodzi",
              "jest źródłem frustracji: „procedury są długie, a odpowiedzi ogólnikowe”")
FIRST = ("Anna", "Zofia", "Łucja", "Paweł", "Grzegorz", "Żaneta", "Michał", "Świętosława", "Jan", "Bożena")
LAST = ("Nowak", "Kowalska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska", "Dąbrowski")
ORGS = ("Fundacja Interkulturalni.pl", "Stowarzyszenie „Wspólna Przestrzeń”", "Fundacja Równości",
        "Kongres Kobiet – Kraków", "Stowarzyszenie Willa Decjusza")


def _sentence(rnd: random.Random) -> str:
    text = f"{rnd.choice(SUBJECTS)} {rnd.choice(PREDICATES)}."
    return text if rnd.random() < 0.7 else f"{text} {rnd.choice(SUBJECTS)} {rnd.choice(PREDICATES)}."


def _participants(rnd: random.Random, ns: uuid.UUID) -> list[dict]:
    people = []
    for index in range(rnd.randint(5, 14)):
        first = rnd.choice(FIRST)
        person = {
            "id": str(uuid.uuid5(ns, f"p{index}")), "name": f"{first} {rnd.choice(LAST)}",
            "organisation": rnd.choice(ORGS), "gender": "female" if first.endswith("a") else "male",
            "present": rnd.random() < 0.9, "consent": rnd.random() < 0.5,
        }
        if rnd.random() < 0.6:
            person["email"] = f"{first.lower()}.{index}@example.org"
        people.append(person)
    return people


def _item(rnd: random.Random, ns: uuid.UUID, counter: list[int], people: list[dict], depth: int) -> dict:
    counter[0] += 1
    item = {"id": str(uuid.uuid5(ns, f"i{counter[0]}")), "kind": rnd.choice(KINDS), "text": _sentence(rnd)}
    if rnd.random() < 0.3:
        item["speaker"] = rnd.choice(people)["id"]
    if rnd.random() < 0.4:
        item["tags"] = sorted(set(rnd.sample(TAGS, rnd.randint(1, 3))))
    return item


def generate_meeting(i: int, items: int = 60) -> dict:
    """Meeting file number ``i`` (deterministic) with ``items`` items in total, children included."""
    rnd = random.Random(i)
    ns = uuid.uuid5(uuid.NAMESPACE_URL, f"facilitator-benchmark/{i}")
    people = _participants(rnd, ns)
    sections = [{"id": str(uuid.uuid5(ns, f"s{k}")), "title": title, "kind": "area", "group": AREA_GROUP,
                 "items": []} for k, title in enumerate(AREAS)]
    sections.append({"id": str(uuid.uuid5(ns, "s3")), "title": rnd.choice(THEMES), "kind": "theme", "items": []})
    sections.append({"id": str(uuid.uuid5(ns, "s4")), "title": "Inne uwagi", "kind": "other", "items": []})
    counter = [0]
    while counter[0] < items:
        section = rnd.choice(sections)
        top = section["items"]
        if top and rnd.random() < 0.35:
            parent = rnd.choice(top)
            if parent.get("children") and rnd.random() < 0.3:
                parent = rnd.choice(parent["children"])
            parent.setdefault("children", []).append(_item(rnd, ns, counter, people, 1))
        else:
            top.append(_item(rnd, ns, counter, people, 0))
    day = date(2018, 3, 1) + timedelta(days=(i * 3) % 900)
    return {
        "format": "facilitator-meeting",
        "version": 1,
        "meeting": {
            "id": str(uuid.uuid5(ns, "meeting")),
            "title": "Podsumowanie spotkania konsultacyjnego",
            "series": SERIES[i % len(SERIES)],
            "audience": "dla organizacji pozarządowych działających w obszarze działań antydyskryminacyjnych",
            "organiser": "Urząd Miasta Krakowa",
            "venue": VENUES[i % len(VENUES)],
            "date": day.isoformat(),
            "start": "10:00",
            "end": "13:00",
            "purpose": "zebranie doświadczeń w zakresie współpracy z UMK i pomysłów na współpracę w przyszłości",
            "facilitator": FACILITATORS[i % len(FACILITATORS)],
            "author": FACILITATORS[(i + 1) % len(FACILITATORS)],
            "language": "pl",
            "agenda": ["Informacja o działaniach związanych z opracowaniem WPW na lata 2019–2022",
                       "Wprowadzenie teoretyczne do Modelu Współpracy",
                       "Zbieranie opinii dotyczących współpracy z UMK (mocne i słabe strony)"],
            "participants": people,
            "sections": sections,
        },
    }
