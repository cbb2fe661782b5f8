"""Grouping that finds paraphrases: the labelled corpora, look-alikes, inflections, synonyms and the office's list.

The corpus thresholds are quality measures at the default settings (the numbers are in benchmarks/README.md), not
timings. paraphrases.txt is what the similarity was tuned on; paraphrases_heldout.txt was written before the first
round of tuning (and developed on in the second); paraphrases_heldout2.txt before the second, never tuned on.
"""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.bench_grouping import HELD_OUT, HELD_OUT_2, corpora, evaluate, read_corpus
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
    for path in (HELD_OUT, HELD_OUT_2):
        held = read_corpus(path)
        assert sum("lookalike" not in n for n, _ in held) >= 14 and sum("lookalike" in n for n, _ in held) >= 5
        assert any(n.startswith("en-") for n, _ in held)
    names = [name for name, _ in every["full"]]
    assert len(names) == len(set(names))  # a held-out group is not a tuning group under the same name


def test_precision_and_recall_at_the_default_settings():
    every = corpora()
    precision, recall = evaluate(every["tuning"])
    assert precision >= 0.95 and recall >= 0.78  # measured 0.972 / 0.806
    precision, recall = evaluate(every["held-out 1 (dev)"])
    assert precision >= 0.95 and recall >= 0.5  # measured 1.000 / 0.556 (0.056 before it was developed on)
    precision, recall = evaluate(every["full"])
    assert precision >= 0.93 and recall >= 0.58  # measured 0.951 / 0.604: the 0.7 target is not met (README)
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
