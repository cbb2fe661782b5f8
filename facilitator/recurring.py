"""Recurring statements: what several meetings said in the same or other words, for the cooperation programme.

By default ("meaning") items are compared by facilitator.similarity: stemmed concepts with the office's synonym
list, weighted by rarity, blended with the character score, so paraphrases group and look-alikes ("Brak informacji
o konkursach" / "… o lokalach") do not. The character-only measures stay available: rapidfuzz's token_sort_ratio
("sort") on folded words, and token_set_ratio ("set"), which scores "X mógłby korzystać z doświadczeń innych miast" and
"Y mógłby korzystać z doświadczeń innych miast" ~90 (the shared clause dominates) and any statement
contained in a longer one 100, which merges different statements; it stays available as SCORERS["set"].
Comparison happens only within one block (same area, where variant titles of a model area are one, see
facilitator.areas; and same kind family, unless asked otherwise). Exact duplicates are collapsed first and each block is clustered around leaders with `process.extract`, so the cost grows
with the number of distinct statements, not with all pairs of items. Officials' corrections are kept
as pairwise decisions in `recurring_decision` (written by facilitator.operations.grouping, undoable): "same"
joins two items whatever the threshold (and whatever their area or kind: the statements so joined are compared in
the block most of them belong to), "distinct" keeps them apart.

Group identity. A group has no stored id: any threshold, filter or decision may regroup. An official's heading and
area for a group are therefore stored per statement (`recurring_label`, one row for each member the group had when
the official set them), and a group shows the heading (and area) carried by most of its labelled members, ties to
the first member. So a renamed group keeps its heading at another threshold or series filter as long as it keeps
any statement it was renamed with; a statement taken out of the group loses the label; a statement added to it
gets the group's area (not its heading: the heading already comes from the others). A member's stored area puts it
in that area's block, so a moved group is compared with, shown with and reported in the area it was moved to.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Engine, select

from facilitator import areas, kinds, similarity
from facilitator.i18n import tr
from facilitator.model import Item, Meeting, Participant, Section, recurring_decision, recurring_label
from facilitator.search import Filters, filter_clauses, fold

_WORD = re.compile(r"[^\W_]+")
DEFAULT_THRESHOLD = kinds.DEFAULT_THRESHOLD  # the "meaning" score
SCORERS = {"meaning": similarity.score, "sort": fuzz.token_sort_ratio, "set": fuzz.token_set_ratio}
# Kinds that say the same sort of thing are compared together ("postulate" = proposal or recommendation).
KIND_FAMILY = kinds.KIND_FAMILY


class RecurringError(ValueError):
    """A request the user can get wrong (unknown items, nothing to split); the message is for the user."""


@dataclass(frozen=True)
class Member:
    """One statement in a group and where it came from (organisation is for counting, not for printing)."""

    item_id: str
    text: str
    kind: str
    section_title: str
    meeting_id: str
    meeting_title: str
    meeting_date: date
    organisation: str | None


@dataclass(frozen=True)
class Group:
    """Statements that say nearly the same thing; `key` is the representative item's id."""

    key: str
    representative: Member
    members: tuple[Member, ...]
    meetings: int
    organisations: int
    confirmed: bool
    heading_override: str | None = None  # the official's heading (recurring_label), else the representative's words
    area_override: str | None = None  # the area an official moved the group to

    @property
    def heading(self) -> str:
        """What the dialog and the reports print as the group's heading."""
        return self.heading_override or self.representative.text

    @property
    def area(self) -> str:
        """The area the group is shown and reported in: the official's choice, else most members' section title."""
        if self.area_override:
            return self.area_override
        titles = Counter(m.section_title for m in self.members)
        best = max(titles.values())
        return self.representative.section_title if titles[self.representative.section_title] == best \
            else titles.most_common(1)[0][0]

    @property
    def kind(self) -> str:
        """The kind most members carry (ties: the representative's)."""
        counts = Counter(m.kind for m in self.members)
        best = max(counts.values())
        return self.representative.kind if counts[self.representative.kind] == best else counts.most_common(1)[0][0]


def load_members(conn: Connection, filters: Filters | None = None) -> list[Member]:
    """Every statement of the chosen meetings, in meeting-date and document order (one Core query)."""
    stmt = (
        select(Item.id, Item.text, Item.kind, Section.title, Meeting.id, Meeting.title, Meeting.date,
               Participant.organisation)
        .select_from(Item)
        .join(Section, Section.id == Item.section_id)
        .join(Meeting, Meeting.id == Section.meeting_id)
        .outerjoin(Participant, Participant.id == Item.speaker_id)
        .where(*filter_clauses(conn, filters or Filters()))
        .order_by(Meeting.date, Meeting.id, Section.position, Item.position)
    )
    return [Member(*row) for row in conn.execute(stmt)]


def load_decisions(conn: Connection) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """The user's 'same' and 'distinct' pairs."""
    same: set[frozenset[str]] = set()
    distinct: set[frozenset[str]] = set()
    for a, b, decision in conn.execute(select(recurring_decision.c.item_a, recurring_decision.c.item_b,
                                              recurring_decision.c.decision)):
        (same if decision == "same" else distinct).add(frozenset((a, b)))
    return same, distinct


Labels = dict[str, tuple[str | None, str | None]]  # item id -> (heading, area) an official gave its group


def load_labels(conn: Connection) -> Labels:
    """The officials' headings and areas, per statement."""
    rows = conn.execute(select(recurring_label.c.item_id, recurring_label.c.heading, recurring_label.c.area))
    return {item_id: (heading, area) for item_id, heading, area in rows}


class _Units:
    """Union-find over item ids, for the user's 'same' decisions."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = self.parent.setdefault(x, x)
        while root != self.parent[root]:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


@lru_cache(maxsize=65536)
def normalised(value: str) -> str:
    """Folded words only (no punctuation, no case, no diacritics): what the similarity is computed on."""
    return " ".join(_WORD.findall(fold(value)))


def _block_key(member: Member, same_area: bool, same_kind: bool, labels: Labels, area_key) -> tuple[str, str]:
    area = (labels.get(member.item_id) or (None, None))[1] or member.section_title
    return (area_key(area) if same_area else "", KIND_FAMILY.get(member.kind, member.kind) if same_kind else "")


def _blocks(members: Sequence[Member], same: set[frozenset[str]], same_area: bool, same_kind: bool,
            labels: Labels) -> list[list[Member]]:
    """Statements that may group, by area and kind family; statements an official joined go where most of them are."""
    units = _Units()
    present = {m.item_id for m in members}
    for pair in same:
        if pair <= present:
            a, b = tuple(pair)
            units.union(a, b)
    area_key = areas.block_keys()  # variant titles of one model area are one block ("… dla NGO" = "… NGO")
    keys = {m.item_id: _block_key(m, same_area, same_kind, labels, area_key) for m in members}
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in members:
        votes[units.find(m.item_id)][keys[m.item_id]] += 1
    chosen = {root: max(counter.items(), key=lambda kv: kv[1])[0] for root, counter in votes.items()}
    blocks: dict[tuple[str, str], list[Member]] = defaultdict(list)
    for m in members:
        blocks[chosen[units.find(m.item_id)]].append(m)
    return list(blocks.values())


def _units_of(block: list[Member], same: set[frozenset[str]], decided: set[str]) -> list[list[Member]]:
    """Exact duplicates (folded) and user-confirmed items as one unit each; biggest units first."""
    units = _Units()
    for pair in same:
        a, b = tuple(pair)
        units.union(a, b)
    by_text: dict[str, str] = {}
    for m in block:
        if m.item_id in decided:
            continue
        first = by_text.setdefault(normalised(m.text), m.item_id)
        units.union(m.item_id, first)
    grouped: dict[str, list[Member]] = defaultdict(list)
    for m in block:
        grouped[units.find(m.item_id)].append(m)
    return sorted(grouped.values(), key=len, reverse=True)


def _sorted_words(value: str) -> str:
    return " ".join(sorted(value.split()))


def _candidates(query: str, leaders: list[str], threshold: float, scorer, exhaustive: bool) -> list[int]:
    """Indices of leaders scoring >= threshold, best first (only the best one unless `exhaustive`)."""
    if not exhaustive:
        best = process.extractOne(query, leaders, scorer=scorer, score_cutoff=threshold)
        return [best[2]] if best else []
    return [index for _, _, index in process.extract(query, leaders, scorer=scorer, score_cutoff=threshold,
                                                     limit=None)]


def _cluster(units: list[list[Member]], threshold: float, distinct: set[frozenset[str]], scorer: str
             ) -> list[list[Member]]:
    """Leader clustering: each unit joins the most similar compatible leader scoring >= threshold."""
    if scorer == "meaning":
        return _cluster_meaning(units, threshold, distinct)
    # token_sort_ratio is ratio() of the sorted words: sort each text once instead of at every comparison.
    prepare, score = (_sorted_words, fuzz.ratio) if scorer == "sort" else (str, SCORERS[scorer])
    leaders: list[str] = []
    clusters: list[list[Member]] = []
    for unit in units:
        query = prepare(normalised(unit[0].text))
        target = None
        if query:
            for index in _candidates(query, leaders, threshold, score, bool(distinct)):
                if not _conflicts(unit, clusters[index], distinct):
                    target = index
                    break
        if target is None:
            leaders.append(query)
            clusters.append(list(unit))
        else:
            clusters[target].extend(unit)
    return clusters


def _cluster_meaning(units: list[list[Member]], threshold: float, distinct: set[frozenset[str]]
                     ) -> list[list[Member]]:
    """Leader clustering on meaning; only leaders sharing a concept (or close in characters) are scored."""
    concepts = similarity.synonyms()
    texts = [similarity.prepare(unit[0].text, concepts) for unit in units]
    idf = similarity.weights(texts)
    leaders = similarity.Leaders(idf)
    clusters: list[list[Member]] = []
    joined: list[list[similarity.Text]] = []  # the texts that joined each leader (no chaining of look-alikes)
    everyone = threshold <= (1 - similarity.CONCEPT_WEIGHT) * 100  # low enough for the character score alone
    for unit, text in zip(units, texts):
        scored = leaders.scored(text, threshold, everyone)
        target = next((i for _, i in scored if not _conflicts(unit, clusters[i], distinct)
                       and not any(similarity.apart(text, other, idf, threshold) for other in joined[i])), None)
        if target is None:
            target = leaders.add(text)
            clusters.append([])
            joined.append([])
        else:
            joined[target].append(text)
        clusters[target].extend(unit)
    return clusters


def _conflicts(unit: list[Member], cluster: list[Member], distinct: set[frozenset[str]]) -> bool:
    if not distinct:
        return False
    return any(frozenset((a.item_id, b.item_id)) in distinct for a in unit for b in cluster)


def _most_labelled(members: list[Member], labels: Labels, index: int) -> str | None:
    """The heading (index 0) or area (1) most labelled members carry; ties: the earliest member's."""
    values = [value for m in members if (value := (labels.get(m.item_id) or (None, None))[index])]
    return Counter(values).most_common(1)[0][0] if values else None


def _group(members: list[Member], same: set[frozenset[str]], labels: Labels) -> Group:
    ids = {m.item_id for m in members}
    confirmed = any(pair <= ids for pair in same)
    organisations = {fold(m.organisation).strip() for m in members if m.organisation and m.organisation.strip()}
    return Group(key=members[0].item_id, representative=members[0], members=tuple(members),
                 meetings=len({m.meeting_id for m in members}), organisations=len(organisations), confirmed=confirmed,
                 heading_override=_most_labelled(members, labels, 0) if labels else None,
                 area_override=_most_labelled(members, labels, 1) if labels else None)


def group_members(members: Sequence[Member], same: set[frozenset[str]], distinct: set[frozenset[str]], *,
                  threshold: float = DEFAULT_THRESHOLD, same_area: bool = True, same_kind: bool = True,
                  min_meetings: int = 2, scorer: str = "meaning", labels: Labels | None = None) -> list[Group]:
    """Cluster already loaded statements (the report reuses its own query); most widespread groups first."""
    labels = labels or {}
    decided = {item for pair in (same | distinct) for item in pair}
    groups = []
    for block in _blocks(members, same, same_area, same_kind, labels):
        for cluster in _cluster(_units_of(block, same, decided), threshold, distinct, scorer):
            group = _group(cluster, same, labels)
            if len(cluster) > 1 and (group.meetings >= min_meetings or group.confirmed):
                groups.append(group)
    groups.sort(key=lambda g: (-g.meetings, -len(g.members), g.representative.meeting_date, g.key))
    return groups


class Suggestions:
    """Statements in no group, ranked by how close each comes to a chosen group: where an official looks for what
    the threshold missed.

    Ranking finds what a threshold cannot: officials' paraphrases often share one content word or none, so a
    threshold that keeps look-alikes apart misses them, yet among a statement's five closest others a paraphrase
    of it is found for nine statements in ten of the held-out corpora (benchmarks/bench_grouping.py). Texts are
    prepared once, for every statement in scope; a group is compared through at most `SAMPLE` of its members."""

    SAMPLE = 12

    def __init__(self, members: Sequence[Member], singles: Sequence[Member]) -> None:
        concepts = similarity.synonyms()
        self.singles = list(singles)
        self.texts = {m.item_id: similarity.prepare(m.text, concepts) for m in (*members, *singles)}
        self.idf = similarity.weights(self.texts.values())

    def closest(self, group: Sequence[Member], limit: int | None = None) -> list[tuple[float, Member]]:
        """(score 0–100, statement) of the statements in no group, closest to `group` first (ties: listed order)."""
        ids = {m.item_id for m in group}
        query = [self.texts[m.item_id] for m in group[: self.SAMPLE] if m.item_id in self.texts]
        if not query:
            return []
        scored = [(max(similarity.score(q, self.texts[s.item_id], self.idf) for q in query), n, s)
                  for n, s in enumerate(self.singles) if s.item_id not in ids]
        scored.sort(key=lambda row: (-row[0], row[1]))
        return [(score, single) for score, _, single in scored[:limit]]


def find_groups(engine: Engine, *, filters: Filters | None = None, threshold: float = DEFAULT_THRESHOLD,
                same_area: bool = True, same_kind: bool = True, min_meetings: int = 2,
                scorer: str = "meaning") -> list[Group]:
    """Groups of nearly identical statements across the chosen meetings."""
    return find_overview(engine, filters=filters, threshold=threshold, same_area=same_area, same_kind=same_kind,
                         min_meetings=min_meetings, scorer=scorer)[0]


def find_overview(engine: Engine, *, filters: Filters | None = None, threshold: float = DEFAULT_THRESHOLD,
                  same_area: bool = True, same_kind: bool = True, min_meetings: int = 2,
                  scorer: str = "meaning") -> tuple[list[Group], list[Member]]:
    """The groups and the statements in none of them (which an official may add to a group), in one pass."""
    if not 0 <= threshold <= 100:
        raise RecurringError(tr("the similarity threshold must be between 0 and 100, not {threshold}",
                                threshold=threshold))
    if scorer not in SCORERS:
        raise RecurringError(tr("unknown similarity measure {scorer!r}; expected one of: {choices}", scorer=scorer,
                                choices=', '.join(SCORERS)))
    with engine.connect() as conn:
        members = load_members(conn, filters)
        same, distinct = load_decisions(conn)
        labels = load_labels(conn)
    groups = group_members(members, same, distinct, threshold=threshold, same_area=same_area, same_kind=same_kind,
                           min_meetings=min_meetings, scorer=scorer, labels=labels)
    grouped = {m.item_id for g in groups for m in g.members}
    return groups, [m for m in members if m.item_id not in grouped]
