"""The files facilitators send, for tools/afternoon.py: meeting files of three series (one spelled with a trailing
space, one the same programme under another name), variant area titles, statements from the labelled paraphrase
corpus (tests/data/paraphrases.txt) so that real recurring groups form."""

from __future__ import annotations

import json
import random
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARAPHRASES = ROOT / "tests" / "data" / "paraphrases.txt"
# Three series as facilitators typed them: one with a trailing space (the same series once tidied), one that is
# the same programme under another name (merged by hand in the series dialog), one other consultation.
SERIES = ("Program współpracy 2027", "Program współpracy 2027 ", "WPW 2027 – dzielnice", "Budżet obywatelski 2027")
AREA_TITLES = (
    ("Tworzenie polityk publicznych", "Tworzenie polityk publicznych (obszar 1)"),
    ("Komunikacja i wsparcie NGO", "Komunikacja i wsparcie dla NGO", "Komunikacja i wsparcie organizacji"),
    ("Polityka lokalowa", "Polityka lokalowa miasta"),
)
VENUES = ("Centrum Obywatelskie", "Ratusz, sala 12", "Biblioteka Główna", "Dom Kultury Podgórze")
ORGANISATIONS = ("Fundacja Wspólna Droga", "Stowarzyszenie Sąsiedzi", "Klub Sportowy Orzeł", None,
                 "Fundacja Łódź Otwarta", "Stowarzyszenie Interkulturalni")


def paraphrase_groups() -> list[list[str]]:
    """The labelled corpus: one list of sentences per block (look-alikes included)."""
    from benchmarks.bench_grouping import read_corpus

    return [texts for _, texts in read_corpus(PARAPHRASES) if texts]


def meeting_files(folder: Path, count: int = 24) -> list[Path]:
    """`count` meeting files: series in turn, variant area titles, statements from the paraphrase corpus."""
    rnd = random.Random(2027)
    groups = paraphrase_groups()[:30]
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        series = SERIES[n % len(SERIES)]
        people = [{"id": str(uuid.UUID(int=rnd.getrandbits(128))), "name": f"Osoba {n}-{p}",
                   "organisation": org, "present": True}
                  for p, org in enumerate(rnd.sample(ORGANISATIONS, 3)) if org or p]
        people = [{k: v for k, v in p.items() if v is not None} for p in people]
        sections = []
        for titles in AREA_TITLES:
            items = [{"id": str(uuid.UUID(int=rnd.getrandbits(128))),
                      "kind": rnd.choice(("weakness", "proposal", "recommendation")),
                      "text": rnd.choice(rnd.choice(groups)), "speaker": rnd.choice(people)["id"]}
                     for _ in range(3)]
            sections.append({"id": str(uuid.UUID(int=rnd.getrandbits(128))), "title": rnd.choice(titles),
                             "kind": "area", "items": items})
        data = {"format": "facilitator-meeting", "version": 1, "meeting": {
            "id": str(uuid.UUID(int=rnd.getrandbits(128))), "title": f"Spotkanie konsultacyjne nr {n + 1}",
            "series": series, "venue": VENUES[n % len(VENUES)], "date": f"2026-{9 + n // 12:02d}-{n % 12 * 2 + 3:02d}",
            "organiser": "Urząd Miasta", "facilitator": "Ewa Chromniak", "language": "pl",
            "participants": people, "sections": sections}}
        path = folder / f"spotkanie-{n + 1:02d}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
