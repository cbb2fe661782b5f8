"""Grouping that finds paraphrases: the labelled corpus, look-alikes, inflections, synonyms and the office's list."""

from __future__ import annotations

from datetime import date

from benchmarks.bench_grouping import CORPUS, evaluate, read_corpus
from facilitator import similarity
from facilitator.recurring import Member, group_members


def _groups(texts: list[str], **kwargs) -> list[set[str]]:
    members = [Member(f"i{n}", t, "weakness", "Polityka lokalowa", f"m{n}", f"S{n}", date(2020, 1, 1 + n), None)
               for n, t in enumerate(texts)]
    return [{m.text for m in g.members} for g in group_members(members, set(), set(), **kwargs)]


def test_the_corpus_has_forty_groups_in_two_languages_and_grouping_beats_characters():
    groups = read_corpus(CORPUS)
    real = [name for name, _ in groups if "lookalike" not in name]
    assert len(real) >= 40 and any(n.startswith("en-") for n in real)
    precision, recall = evaluate(groups)
    assert precision >= 0.95 and recall >= 0.55  # measured 0.987 / 0.589 (benchmarks/README.md)
    _, old_recall = evaluate(groups, 80, "sort")
    assert recall > 4 * old_recall


def test_issue_cases_group_and_look_alikes_do_not():
    found = _groups(["Brak lokali dla organizacji pozarządowych", "Brak lokali dla organizacji",
                     "Brak informacji o konkursach", "Brak informacji o lokalach",
                     "Za mało informacji o ogłaszanych konkursach"])
    assert {"Brak lokali dla organizacji pozarządowych", "Brak lokali dla organizacji"} in found
    assert {"Brak informacji o konkursach", "Za mało informacji o ogłaszanych konkursach"} in found
    assert not any("Brak informacji o lokalach" in g for g in found)


def test_inflected_forms_and_synonyms_are_one_concept():
    concepts = similarity.synonyms()
    a = similarity.prepare("Brakuje pomieszczeń dla NGO", concepts)
    b = similarity.prepare("Brak lokali dla organizacji pozarządowych", concepts)
    assert a.concepts == b.concepts == {"brak", "lokal", "ngo"}
    english = similarity.prepare("Not enough premises for non-governmental organisations", concepts)
    assert english.concepts == a.concepts


def test_the_offices_own_list_is_read(tmp_path, monkeypatch):
    office = tmp_path / "synonyms.txt"
    monkeypatch.setenv("FACILITATOR_SYNONYMS", str(office))
    texts = ["Więcej pieniędzy na Budżet Obywatelski", "Więcej pieniędzy na BO"]
    assert _groups(texts, min_meetings=2, threshold=90) == []
    office.write_text("bo: BO, budżet obywatelski\n", encoding="utf-8")
    assert _groups(texts, min_meetings=2, threshold=90) == [set(texts)]
