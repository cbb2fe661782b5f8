"""Grouping quality: pairwise precision and recall on the labelled paraphrases of tests/data/.

paraphrases.txt is the corpus the similarity was tuned on from the start. paraphrases_heldout.txt was written before
the first round of tuning and held out from it; the second round (a broader synonym list) was developed on it, so it
is now a development set. paraphrases_heldout2.txt was written before the second round and never tuned on.
paraphrases_heldout3.txt was written and committed before the third round (thesaurus classes, topic overlap) and
never tuned on; paraphrases_dev3.txt was written during the third round to compare its variants on. The held-out
numbers say how the method does on wordings nobody fitted it to. "all" groups every corpus at once, as an official
groups every statement at once: a statement of one corpus that says what a group of another says counts as a
false pair there.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations
from pathlib import Path

from facilitator.recurring import DEFAULT_THRESHOLD, Member, Suggestions, group_members


def read_corpus(path: Path) -> list[tuple[str, list[str]]]:
    """Blocks of '[name]' + one statement per line, separated by blank lines; '#' lines are comments."""
    groups = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line.strip() for line in block.splitlines() if line.strip() and not line.startswith("#")]
        if lines and lines[0].startswith("["):
            groups.append((lines[0].strip("[]"), lines[1:]))
    return groups


def evaluate(groups: list[tuple[str, list[str]]], threshold: float = DEFAULT_THRESHOLD,
             scorer: str = "meaning") -> tuple[float, float]:
    """(precision, recall) over pairs; Polish and English are grouped separately (a meeting has one language)."""
    tp = fp = positives = 0
    for english in (False, True):
        labelled = [(name, text) for name, texts in groups if name.startswith("en-") == english for text in texts]
        members = [Member(f"i{n}", text, "weakness", "Obszar", f"m{n}", f"Spotkanie {n}", date(2020, 1, 1), None)
                   for n, (_, text) in enumerate(labelled)]
        found = group_members(members, set(), set(), threshold=threshold, min_meetings=1, scorer=scorer)
        of = {m.item_id: g.key for g in found for m in g.members}
        for (i, (a, _)), (j, (b, _)) in combinations(enumerate(labelled), 2):
            same = a == b
            grouped = f"i{i}" in of and of.get(f"i{i}") == of.get(f"i{j}")
            positives += same
            tp += same and grouped
            fp += grouped and not same
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / positives if positives else 1.0)


DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = DATA / "paraphrases.txt"
HELD_OUT = DATA / "paraphrases_heldout.txt"
HELD_OUT_2 = DATA / "paraphrases_heldout2.txt"
HELD_OUT_3 = DATA / "paraphrases_heldout3.txt"
DEV_3 = DATA / "paraphrases_dev3.txt"
FILES = {"tuning": CORPUS, "held-out 1 (dev)": HELD_OUT, "dev 3": DEV_3, "held-out 2": HELD_OUT_2,
         "held-out 3": HELD_OUT_3}


def suggested(groups: list[tuple[str, list[str]]], k: int = 5) -> float:
    """The share of statements with a paraphrase among the `k` that the recurring dialog suggests first for it
    (recurring.Suggestions: every other statement of the same language, closest first)."""
    found = asked = 0
    for english in (False, True):
        labelled = [(name, text) for name, texts in groups if name.startswith("en-") == english for text in texts]
        members = [Member(f"i{n}", text, "weakness", "Obszar", f"m{n}", f"Spotkanie {n}", date(2020, 1, 1), None)
                   for n, (_, text) in enumerate(labelled)]
        suggestions = Suggestions(members, members)
        for (name, _), member in zip(labelled, members):
            partners = {m.item_id for (other, _), m in zip(labelled, members) if other == name} - {member.item_id}
            if partners:
                asked += 1
                found += any(s.item_id in partners for _, s in suggestions.closest([member], limit=k))
    return found / asked if asked else 1.0


def corpora() -> dict[str, list[tuple[str, list[str]]]]:
    """Each corpus by its role, and all of them together ("full")."""
    every = {name: read_corpus(path) for name, path in FILES.items()}
    every["full"] = [group for groups in list(every.values()) for group in groups]
    return every


def counts(groups: list[tuple[str, list[str]]]) -> str:
    real = sum("lookalike" not in name for name, _ in groups)
    return f"{real} paraphrase groups + {len(groups) - real} look-alikes"


def run() -> list[dict]:
    """Precision and recall at the default settings on each corpus, and the old character-only measure."""
    rows = []
    for corpus, groups in corpora().items():
        for scorer, threshold in (("meaning", DEFAULT_THRESHOLD), ("sort", 80)):
            precision, recall = evaluate(groups, threshold, scorer)
            note = f"{scorer} at {threshold:g}; {corpus}: {counts(groups)}"
            target = scorer == "meaning" and corpus == "full"
            rows.append({"name": f"grouping precision ({scorer}, {corpus})", "value": round(precision, 3),
                         "unit": "", "target": "≥ 0.9" if target else "", "note": note})
            rows.append({"name": f"grouping recall ({scorer}, {corpus})", "value": round(recall, 3), "unit": "",
                         "target": "≥ 0.7" if target else "", "note": note})
    for corpus, groups in corpora().items():
        share = suggested(groups)
        rows.append({"name": f"suggestions: a paraphrase among the 5 closest ({corpus})", "value": round(share, 3),
                     "unit": "", "target": "", "note": f"recurring dialog's suggestions; {corpus}: {counts(groups)}"})
    return rows
