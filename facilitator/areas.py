"""Which area of the Model of Cooperation a section belongs to, so reports merge variant titles and keep the model's order.

Facilitators title their sections as they like ("Komunikacja i wsparcie dla NGO", "Obszar 2: Komunikacja…",
"Communication and support for NGOs"); reports print one area per model area, in the model's order, then the
thematic blocks, then "Inne uwagi". The mapping is a text file the office can extend, like the synonym list:
the defaults ship in `facilitator/data/areas.txt`, the office's additions are `areas.txt` in the user's data folder
(or the file named by FACILITATOR_AREAS). A file and not the database: it is configuration an office sets once,
read without a migration, and an office sharing one PostgreSQL database points FACILITATOR_AREAS at one shared file.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from facilitator.resources import office_file, parse_list
from facilitator.textfold import fold

T = TypeVar("T")
MODEL_KEYS = ("policy", "communication", "premises")  # the model's three areas, in its order
OTHER = "other"  # "Inne uwagi": printed last
# A leading "Obszar 2:", "Area II –", "2." or "II)": with the word, any separator; without it, a dot, colon or bracket.
_NUMBER = re.compile(r"^(?:(?:obszar|area|czesc|part|blok|block)\s*(?:nr\.?\s*)?(?P<named>\d{1,2}|[ivx]{1,4})\b"
                     r"|(?P<bare>\d{1,2}|[ivx]{1,4})\s*[.:)])\s*[.:)\-\u2013\u2014]?\s*")
_WORD_ONLY = re.compile(r"^(?:obszar|area)\s*[.:\-\u2013\u2014]\s*")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_NON_WORD = re.compile(r"[^\w]+")
# Rank of a report block: model areas, the office's own areas, other area sections, themes, other sections, "Inne uwagi".
_RANK = {"model": 0, "office": 1, "area": 2, "theme": 3, "other_kind": 4, OTHER: 5}


@dataclass(frozen=True)
class Area:
    """One area of the mapping: its key, place in the order, Polish and English headings."""

    key: str
    position: int
    pl: str
    en: str

    def title(self, lang: str | None) -> str:
        """The heading in the report's language."""
        return self.en if lang == "en" else self.pl


@dataclass(frozen=True)
class Place:
    """Where a section goes in a report: `key` merges sections, `order` sorts them, `area` is None when unmapped."""

    key: str
    order: tuple[int, int]
    area: Area | None


def words(title: str | None) -> str:
    """A title as compared: folded, punctuation as spaces, single spaces ('Komunikacja – wsparcie' ~ '… wsparcie')."""
    return " ".join(_NON_WORD.sub(" ", fold(title).replace("_", " ")).split())


def numbered(title: str | None) -> tuple[int | None, str]:
    """A leading 'Obszar 2:', '2.', 'II.' taken off the folded title: (its number or None, the rest, as words)."""
    folded = fold(title).strip()
    match = _NUMBER.match(folded)
    if match is None:
        return None, words(_WORD_ONLY.sub("", folded))
    raw = match.group("named") or match.group("bare")
    return (int(raw) if raw.isdigit() else _ROMAN.get(raw)), words(folded[match.end():])


class Mapping:
    """Areas and the folded titles that belong to them."""

    def __init__(self, text: str) -> None:
        self.areas: dict[str, Area] = {}
        self.exact: dict[str, str] = {}
        self.prefixes: list[tuple[str, str]] = []  # (title words, key), longest first
        titles: dict[str, list[str]] = defaultdict(list)
        for key, wordings in parse(text):
            titles[key].extend(wordings)
        order = [*MODEL_KEYS, *(k for k in titles if k not in (*MODEL_KEYS, OTHER)), OTHER]
        for position, key in enumerate(order):
            wordings = titles.get(key) or [key]
            self.areas[key] = Area(key, position, wordings[0], wordings[1] if len(wordings) > 1 else wordings[0])
            for wording in wordings:
                folded = words(wording)
                if folded:
                    self.exact.setdefault(folded, key)
                    if " " in folded:
                        self.prefixes.append((folded, key))
        self.prefixes.sort(key=lambda p: -len(p[0]))

    def area_of(self, title: str | None) -> Area | None:
        """The area a section title belongs to, or None (the section keeps its own title)."""
        number, rest = numbered(title)
        for candidate in dict.fromkeys((words(title), rest)):
            if not candidate:
                continue
            if key := self.exact.get(candidate):
                return self.areas[key]
            for prefix, key in self.prefixes:
                if candidate.startswith(prefix + " "):
                    return self.areas[key]
        if number is not None and not rest and 1 <= number <= len(MODEL_KEYS):  # "Obszar 2" alone
            return self.areas[MODEL_KEYS[number - 1]]
        return None


def parse(text: str) -> list[tuple[str, list[str]]]:
    """'key: title, title' lines (resources.parse_list); a key with no words is dropped."""
    return [(words(key), titles) for key, titles in parse_list(text) if words(key)]


def areas_file() -> Path:
    """The office's additions: FACILITATOR_AREAS, else areas.txt in the user's data folder."""
    return office_file("areas.txt", "FACILITATOR_AREAS")


@lru_cache(maxsize=1)
def default_text() -> str:
    """The shipped mapping."""
    from facilitator.resources import resource_path

    return resource_path("areas.txt").read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def _mapping_for(extra: str) -> Mapping:
    return Mapping(default_text() + "\n" + extra)


def mapping() -> Mapping:
    """The shipped mapping plus the office's file (read each time: the office may have just edited it)."""
    try:
        extra = areas_file().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        extra = ""
    return _mapping_for(extra)


def place(title: str | None, section_kind: str | None = "area", areas: Mapping | None = None) -> Place:
    """Where a section of this title and kind goes: its area, else its own title among its kind."""
    found = (areas or mapping()).area_of(title)
    if found is not None:
        rank = _RANK[OTHER] if found.key == OTHER else _RANK["model"] if found.key in MODEL_KEYS else _RANK["office"]
        return Place(f"area:{found.key}", (rank, found.position), found)
    rank = {"area": _RANK["area"], "theme": _RANK["theme"]}.get(section_kind or "area", _RANK["other_kind"])
    return Place(f"section:{words(title)}", (rank, 0), None)


def choices(titles: Iterable[str], areas: Mapping | None = None) -> list[str]:
    """What a group can be moved to: the model's (and the office's) areas in order, then the other titles seen once."""
    areas = areas or mapping()
    found = [a.pl for a in sorted(areas.areas.values(), key=lambda a: a.position)]
    seen = {fold(t).strip() for t in found}
    for title in titles:
        if areas.area_of(title) is None and fold(title).strip() not in seen:
            seen.add(fold(title).strip())
            found.append(" ".join(title.split()))
    return found


def block_keys() -> Callable[[str | None], str]:
    """What statements must share to be compared for recurrence: the area, else the section's folded title.

    One mapping read for a whole grouping run, each title looked up once."""
    areas = mapping()

    @cache
    def key(title: str | None) -> str:
        return place(title, "area", areas).key

    return key


def arrange(rows: Iterable[T], title_of: Callable[[T], str], kind_of: Callable[[T], str | None], lang: str | None
            ) -> list[tuple[str, list[T]]]:
    """Rows under their report headings: the model's areas in its order, the office's own areas, other area
    sections in first-seen order, thematic blocks by title, other sections, then "Inne uwagi".

    Sections mapped to one area merge under the area's heading in the report's language; an unmapped section keeps
    its title (its most common spelling) and merges only with sections of the same title.
    """
    areas = mapping()
    groups: dict[str, list[T]] = {}
    places: dict[str, Place] = {}
    cache: dict[tuple[str, str | None], Place] = {}
    for row in rows:
        title, kind = title_of(row), kind_of(row)
        where = cache.get((title, kind))
        if where is None:
            where = cache[(title, kind)] = place(title, kind, areas)
        groups.setdefault(where.key, []).append(row)
        places.setdefault(where.key, where)
    arranged = []
    for seen, (key, members) in enumerate(groups.items()):
        where = places[key]
        if where.area is not None:
            heading = where.area.title(lang)
        else:
            heading = Counter(" ".join(title_of(r).split()) for r in members).most_common(1)[0][0]
        rank, position = where.order
        tiebreak: tuple = (position,) if where.area else (seen,) if rank == _RANK["area"] else (fold(heading), seen)
        arranged.append(((rank, *tiebreak), heading, members))
    arranged.sort(key=lambda a: a[0])
    return [(heading, members) for _, heading, members in arranged]
