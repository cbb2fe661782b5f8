"""Grouping that finds paraphrases: the labelled corpora, look-alikes, inflections, synonyms and the office's list.

The corpus thresholds are quality measures at the default settings (the numbers are in benchmarks/README.md), not
timings. paraphrases.txt is what the similarity was tuned on; paraphrases_heldout.txt was written before the first
round of tuning (and developed on in the second); paraphrases_heldout2.txt before the second, never tuned on;
paraphrases_heldout3.txt before the third (the thesaurus), never tuned on; paraphrases_dev3.txt during the third.
"""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.bench_grouping import DATA, HELD_OUT, HELD_OUT_2, HELD_OUT_3, corpora, evaluate, read_corpus
from facilitator import cli_report, similarity
from facilitator.recurring import DEFAULT_THRESHOLD, Member, group_members


def _groups(texts: list[str], **kwargs) -> list[set[str]]:
    members = [Member(f"i{n}", t, "weakness", "Polityka lokalowa", f"m{n}", f"S{n}", date(2020, 1, 1 + n), None)
               for n, t in enumerate(texts)]
    return [{m.text for m in g.members} for g in group_members(members, set(), set(), **kwargs)]


def _score(a: str, b: str) -> float:
    concepts = similarity.synonyms()
    texts = [similarity.prepare(a, concepts), similarity.prepare(b, concepts)]
    return similarity.score(*texts, similarity.weights(texts))


def test_the_corpora_have_fifty_five_groups_in_two_languages_and_held_out_parts():
    every = corpora()
    real = [name for name, _ in every["full"] if "lookalike" not in name]
    assert len(real) >= 55 and any(n.startswith("en-") for n in real)
    for path in (HELD_OUT, HELD_OUT_2, HELD_OUT_3):
        held = read_corpus(path)
        assert sum("lookalike" not in n for n, _ in held) >= 14 and sum("lookalike" in n for n, _ in held) >= 5
        assert any(n.startswith("en-") for n, _ in held)
    names = [name for name, _ in every["full"]]
    assert len(names) == len(set(names))  # a held-out group is not a tuning group under the same name


def test_precision_and_recall_at_the_default_settings():
    every = corpora()
    precision, recall = evaluate(every["tuning"])
    assert precision >= 0.95 and recall >= 0.82  # measured 0.973 / 0.837
    precision, recall = evaluate(every["held-out 1 (dev)"])
    assert precision >= 0.95 and recall >= 0.5  # measured 1.000 / 0.537 (0.056 before it was developed on)
    precision, recall = evaluate(every["held-out 2"])
    assert recall >= 0.09  # measured 0.667 / 0.095 (0.333 / 0.024 before the thesaurus)
    precision, recall = evaluate(every["full"])
    assert precision >= 0.83 and recall >= 0.45  # measured 0.852 / 0.462: the 0.9 / 0.7 target is not met (README)
    _, old_recall = evaluate(every["tuning"], 80, "sort")
    assert evaluate(every["tuning"])[1] > 5 * old_recall


def test_issue_cases_group_and_look_alikes_do_not():
    found = _groups(["Brak lokali dla organizacji pozarządowych", "Brak lokali dla organizacji",
                     "Brak informacji o konkursach", "Brak informacji o lokalach",
                     "Za mało informacji o ogłaszanych konkursach"])
    assert {"Brak lokali dla organizacji pozarządowych", "Brak lokali dla organizacji"} in found
    assert {"Brak informacji o konkursach", "Za mało informacji o ogłaszanych konkursach"} in found
    assert not any("Brak informacji o lokalach" in g for g in found)


@pytest.mark.parametrize(("a", "b"), [
    # inflection, including words the Polish stemmer cuts to one syllable ("stały" -> "st")
    ("Za wysoki czynsz za lokale miejskie", "Czynsze w lokalach miejskich są zbyt wysokie"),
    ("Brak stałego opiekuna organizacji w urzędzie", "Potrzebny stały opiekun NGO w urzędzie"),
    ("Program współpracy powinien być szerzej konsultowany", "Szersze konsultacje programu współpracy"),
    # synonyms, abbreviations, derived words and antonym requests of the list
    ("Brakuje pomieszczeń dla NGO", "Brak lokali dla organizacji pozarządowych"),
    ("Wnioski o dotacje są zbyt skomplikowane", "Zbyt skomplikowane wnioski dotacyjne"),
    ("Czynsze w lokalach miejskich są zbyt wysokie", "Obniżyć stawki czynszu dla organizacji w lokalach miejskich"),
    ("Za krótkie terminy rozliczenia dotacji", "Wydłużyć terminy na rozliczenie dotacji"),
    # a short wording contained in a longer one
    ("Za dużo biurokracji", "Zbyt dużo biurokracji w kontaktach z urzędem"),
    # English
    ("Lack of premises for NGOs", "Not enough premises for non-governmental organisations"),
    ("Small organisations need more support", "More support for small organisations"),
    ("Allow applications to be submitted online", "Introduce online submission of applications"),
])
def test_paraphrases_score_at_least_the_default_threshold(a, b):
    assert _score(a, b) >= DEFAULT_THRESHOLD
    assert _groups([a, b]) == [{a, b}]


@pytest.mark.parametrize(("a", "b"), [
    ("Brak informacji o konkursach", "Brak informacji o lokalach"),
    ("Promote volunteering among young people", "Promote volunteering among seniors"),
    ("Promować wolontariat wśród młodzieży", "Promować wolontariat wśród seniorów"),
    ("Więcej szkoleń dla organizacji", "Więcej szkoleń dla urzędników"),
    ("Lokale niedostępne dla osób z niepełnosprawnościami",
     "Strona urzędu niedostępna dla osób z niepełnosprawnościami"),
])
def test_look_alikes_stay_below_the_default_threshold(a, b):
    assert _score(a, b) < DEFAULT_THRESHOLD
    assert _groups([a, b]) == []


@pytest.mark.parametrize("trio", [
    ("Brak informacji", "Brak informacji o konkursach", "Brak informacji o lokalach"),
    ("Więcej szkoleń", "Więcej szkoleń dla organizacji", "Więcej szkoleń dla urzędników"),
    ("Promować wolontariat", "Promować wolontariat wśród młodzieży", "Promować wolontariat wśród seniorów"),
])
def test_look_alikes_do_not_chain_through_a_vaguer_statement(trio):
    vague, one, other = trio
    assert _score(vague, one) >= DEFAULT_THRESHOLD and _score(vague, other) >= DEFAULT_THRESHOLD
    for order in ([vague, one, other], [one, vague, other], [other, one, vague]):
        found = _groups(order)
        assert not any(one in g and other in g for g in found)
        assert any(vague in g for g in found)  # the vague statement still joins one of them


def test_inflected_forms_and_synonyms_are_one_concept():
    concepts = similarity.synonyms()
    a = similarity.prepare("Brakuje pomieszczeń dla NGO", concepts)
    b = similarity.prepare("Brak lokali dla organizacji pozarządowych", concepts)
    assert a.concepts == b.concepts == {"brak", "lokal", "ngo"}
    english = similarity.prepare("Not enough premises for non-governmental organisations", concepts)
    assert english.concepts == a.concepts
    # the list's words are matched on 6 letters of their stem: a school room is not a training
    assert "szkolenie" not in similarity.prepare("Sale szkolne po lekcjach", concepts).concepts
    assert "szkolenie" in similarity.prepare("Więcej szkoleń", concepts).concepts


def test_the_language_is_told_by_words_only_one_language_has():
    assert similarity.language(["allow", "applications", "to", "be", "submitted", "online"]) == "en"
    assert similarity.language(["to", "jest", "za", "mało"]) == "pl"
    assert similarity.language(["brak", "lokali"]) == "pl"


def test_the_shipped_list_is_a_data_file_with_the_issue_examples():
    entries = dict(similarity.parse_synonyms(similarity.default_synonyms()))
    assert "organizacja pozarządowa" in entries["ngo"] and "NGO" in entries["ngo"]
    assert {"pomieszczenie", "miejsce spotkań"} <= set(entries["lokal"])
    assert "program współpracy" in entries["wpw"]


def test_the_offices_own_list_is_read(tmp_path, monkeypatch):
    office = tmp_path / "synonyms.txt"
    monkeypatch.setenv("FACILITATOR_SYNONYMS", str(office))
    texts = ["Więcej pieniędzy na Budżet Obywatelski", "Więcej pieniędzy na BO"]
    assert _groups(texts, min_meetings=2, threshold=90) == []
    office.write_text("bo: BO, budżet obywatelski\n", encoding="utf-8")
    assert _groups(texts, min_meetings=2, threshold=90) == [set(texts)]


def test_the_cli_report_and_the_gui_start_from_the_same_default_threshold():
    from ui.settings import Settings

    assert cli_report.DEFAULT_THRESHOLD == DEFAULT_THRESHOLD == Settings.recurring_threshold.default


def _without_thesaurus_score(a: str, b: str) -> float:
    concepts = similarity.Synonyms(similarity.default_synonyms())
    texts = [similarity.prepare(a, concepts), similarity.prepare(b, concepts)]
    return similarity.score(*texts, similarity.weights(texts))


@pytest.mark.parametrize(("a", "b"), [
    # words of one thesaurus class: the office and its departments, fees and rent, NGOs and the third sector
    ("Urzędnicy nie odpowiadają na maile organizacji", "Wydział nie odpowiada na maile organizacji"),
    ("Za wysokie opłaty za lokale dla organizacji", "Za wysoki czynsz za lokale dla organizacji"),
    ("Trzeci sektor potrzebuje stabilnego finansowania", "Organizacje pozarządowe potrzebują stabilnych dotacji"),
])
def test_words_of_one_thesaurus_class_make_paraphrases(a, b):
    assert _without_thesaurus_score(a, b) < DEFAULT_THRESHOLD  # the synonym list alone does not join them
    assert _score(a, b) >= DEFAULT_THRESHOLD
    assert _groups([a, b]) == [{a, b}]


@pytest.mark.parametrize(("a", "b"), [
    # one referent each ("whom for"), however alike the rest
    ("Więcej zajęć sportowych dla seniorów", "Więcej zajęć sportowych dla dzieci"),
    ("Więcej szkoleń dla organizacji z ekologii", "Więcej szkoleń dla organizacji ze zdrowia"),
    ("Za wysoki czynsz za lokale dla organizacji", "Za wysoki czynsz za mieszkania komunalne dla seniorów"),
])
def test_words_of_different_classes_keep_look_alikes_apart(a, b):
    assert _score(a, b) < DEFAULT_THRESHOLD
    assert _groups([a, b]) == []


def test_vowel_alternation_is_one_word():
    # "pieniądze" / "pieniędzy": the synonym list has one form, the other is read as it
    assert _score("Brak pieniędzy na wkład własny", "Brak środków na wkład własny") >= DEFAULT_THRESHOLD


def test_no_thesaurus_class_was_copied_from_a_corpus_group():
    """A class written for one labelled group (its words all taken from that group's statements) would fit the
    corpus, not the domain: every class of two or more concepts reaches beyond any one group's words."""
    concepts = similarity.synonyms()
    members: dict[str, set[str]] = {}
    for concept, names in concepts.classes.items():
        for name in names:
            members.setdefault(name, set()).add(concept)
    assert len(members) >= 30
    groups = [(path.name, name, set().union(*(similarity.prepare(t, concepts).concepts for t in texts)))
              for path in sorted(DATA.glob("paraphrases*.txt")) for name, texts in read_corpus(path)]
    assert len(groups) > 150
    for name, wordings in members.items():
        if len(wordings) >= 2:
            copied = [(corpus, group) for corpus, group, words in groups if wordings <= words]
            assert not copied, f"class {name!r} is made of the words of {copied}"
        # and each class has words no corpus statement uses: it was written from the domain's vocabulary
    unused = {name: w - set().union(*(words for _, _, words in groups)) for name, w in members.items()}
    assert sum(bool(u) for u in unused.values()) >= 0.8 * len(members)


def test_the_offices_own_thesaurus_is_read(tmp_path, monkeypatch):
    office = tmp_path / "thesaurus.txt"
    monkeypatch.setenv("FACILITATOR_THESAURUS", str(office))
    texts = ["Dotacje dla chórów amatorskich", "Dotacje dla orkiestr amatorskich"]
    assert _score(*texts) < DEFAULT_THRESHOLD
    office.write_text("muzyka: chór, orkiestra\n", encoding="utf-8")
    assert _score(*texts) >= DEFAULT_THRESHOLD
    concepts = similarity.synonyms()
    assert {concepts.classes.get(c) for c in similarity.prepare(texts[0], concepts).concepts} >= {
        frozenset({"muzyka"})}


_SCORES_BY_SEED = """
import hashlib, sys
from itertools import combinations
from benchmarks.bench_grouping import corpora
from facilitator import similarity
texts = [t for _, ts in corpora()["full"] for t in ts]
concepts = similarity.synonyms()
prepared = [similarity.prepare(t, concepts) for t in texts]
idf = similarity.weights(prepared)
print(hashlib.sha256(repr([similarity.score(a, b, idf) for a, b in combinations(prepared, 2)]).encode()).hexdigest())
"""


def test_scores_do_not_depend_on_the_processs_hash_seed():
    """Sets are read in an order that changes with PYTHONHASHSEED; a score summed in that order differed in its last
    bits between processes, so the CLI's report could group a tie otherwise than the window."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    digests = {subprocess.run([sys.executable, "-c", _SCORES_BY_SEED], cwd=root, capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("0", "1", "2")}
    assert len(digests) == 1


def _every_leader(texts: list[str], threshold: float) -> list[set[str]]:
    """Leader clustering scoring every leader that shares a topic (what Leaders.scored prunes), as a reference."""
    concepts = similarity.synonyms()
    prepared = [similarity.prepare(t, concepts) for t in texts]
    idf = similarity.weights(prepared)
    leaders: list[int] = []
    groups: list[list[int]] = []
    joined: list[list[int]] = []
    everyone = threshold <= (1 - similarity.CONCEPT_WEIGHT) * 100
    for n, text in enumerate(prepared):
        candidates = [g for g, lead in enumerate(leaders) if everyone or text.topics & prepared[lead].topics]
        scored = sorted(((similarity.score(text, prepared[leaders[g]], idf), g) for g in candidates), reverse=True)
        target = next((g for value, g in scored if value >= threshold
                       and not any(similarity.apart(text, prepared[o], idf, threshold) for o in joined[g])), None)
        if target is None:
            leaders.append(n)
            groups.append([n])
            joined.append([])
        else:
            groups[target].append(n)
            joined[target].append(n)
    return sorted(({texts[n] for n in g} for g in groups if len(g) > 1), key=lambda s: sorted(s))


@pytest.mark.parametrize("threshold", [20, 45, DEFAULT_THRESHOLD, 75])
def test_pruned_leaders_group_as_scoring_every_leader(threshold):
    """Leaders.scored scores only the leaders whose upper bound reaches the threshold: the groups must be those of
    scoring every leader that shares a topic, at thresholds where the character score alone may suffice too."""
    texts = list(dict.fromkeys(t for _, ts in corpora()["full"] for t in ts if not _.startswith("en-")))
    members = [Member(f"i{n}", t, "weakness", "Polityka lokalowa", f"m{n}", f"S{n}", date(2020, 1, 1), None)
               for n, t in enumerate(texts)]
    found = [{m.text for m in g.members} for g in group_members(members, set(), set(), threshold=threshold,
                                                                 min_meetings=1)]
    assert _every_leader(texts, threshold) == sorted(found, key=lambda s: sorted(s))
