"""Suggestions: the statements in no group, closest to a chosen group first (recurring.Suggestions)."""

from __future__ import annotations

from datetime import date

from facilitator.recurring import DEFAULT_THRESHOLD, Member, Suggestions, group_members

OTHERS = ["Więcej szkoleń z rozliczania dotacji", "Konkursy ogłaszane są zbyt późno", "Strona urzędu jest nieczytelna",
          "Za mało środków na wkład własny", "Radni nie odpowiadają na pisma", "Brak programu dla seniorów",
          "Rada Działalności Pożytku Publicznego działa dobrze", "Zbyt skomplikowane wnioski dotacyjne",
          "Urząd powinien publikować harmonogram konkursów", "Potrzebne dyżury urzędników w dzielnicach"]


def _members(texts: list[str], start: int = 0) -> list[Member]:
    return [Member(f"i{start + n}", text, "weakness", "Polityka lokalowa", f"m{start + n}", f"Spotkanie {start + n}",
                   date(2026, 3, 1), None) for n, text in enumerate(texts)]


def test_a_paraphrase_the_threshold_missed_is_suggested_before_unrelated_statements():
    group = _members(["Brak lokali dla organizacji pozarządowych", "Organizacje nie mają gdzie się spotykać"])
    paraphrase = _members(["NGO potrzebują pomieszczeń na swoje spotkania"], 10)[0]
    singles = [*_members(OTHERS[:5], 20), paraphrase, *_members(OTHERS[5:], 40)]
    found = group_members([*group, paraphrase], set(), set(), threshold=DEFAULT_THRESHOLD, min_meetings=1)
    assert not any(paraphrase in g.members for g in found)  # what the grouping's threshold does not join
    ranked = Suggestions([*group, *singles], singles).closest(group)
    assert ranked[0][1] == paraphrase
    assert len(ranked) == len(singles) and not {m.item_id for m in group} & {s.item_id for _, s in ranked}
    scores = [score for score, _ in ranked]
    assert scores == sorted(scores, reverse=True) and 0 <= scores[-1] <= scores[0] <= 100


def test_ties_keep_the_listed_order_and_the_limit_holds():
    singles = _members(["Brak sal na spotkania"] * 4, 5)  # one wording four times: four equal scores
    group = _members(["Brak lokali na spotkania"])
    ranked = Suggestions([*group, *singles], singles).closest(group, limit=3)
    assert [s.item_id for _, s in ranked] == ["i5", "i6", "i7"]
    assert len({score for score, _ in ranked}) == 1
    assert Suggestions(singles, singles).closest([]) == []
