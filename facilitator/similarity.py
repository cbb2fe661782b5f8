"""How alike two statements are in meaning, for grouping paraphrases across meetings (Polish and English).

Each statement becomes a set of concepts: words are lower-cased, stop words dropped, the rest stemmed with the
Snowball stemmers (`snowballstemmer`: pure Python, Polish and English algorithms in the wheel, nothing loaded at
run time; simplemma's Polish dictionary costs 4 s and 400 MB per process, pystempel's 5 s and 170 MB), then
phrases of the office's synonym list become one concept ("organizacje pozarządowe" = "NGO"). Concepts are weighted
by how rare they are among the statements compared (inverse document frequency), so "Brak informacji o konkursach"
and "Brak informacji o lokalach" differ where it matters, and the weighted overlap is blended with rapidfuzz's
character score of the folded words (typos, word order, words the stemmer misses).
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from rapidfuzz import fuzz

from facilitator.search import fold

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
PREFIX = 5
SMOOTHING = 50  # a few statements compared alone still weigh shared words as words, not as noise
SUBSTITUTION = 0.2  # share of the weight each side must say alone
SUBSTITUTION_FACTOR = 0.7
CONCEPT_WEIGHT = 0.75  # the concept overlap carries the score; the character score corrects it

STOP_PL = frozenset("""
a aby ale albo ani bardzo bez bo by być byłby było co czy dla do go i ich im innych inne jak jako je jego jej jest
jeszcze już każda każdy kilka ku lub ma mają mi może można mu na nad nam nas naszych nawet nich nie niech niż o od
oraz po pod ponieważ poza przez przy raz sam się są ta tak takie także tam te tego tej ten też to tu tym u w we
więc wszystkie z za ze że żeby choć chociaż np itp itd m.in który która które których którzy jeśli gdzie kiedy
bardziej często czasem
powinien powinna powinno powinny powinni należy trzeba mogłoby mógłby mogłaby być będzie są jest był była byli
potrzeba potrzebne potrzebny potrzebna potrzebują potrzebuje przydałby przydałaby przydałoby wprowadzić więcej
""".split())  # noqa: SIM905
STOP_EN = frozenset("""
a an and are as at be been by can could do does for from has have in into is it its more much of on or our should
so than that the their there they this those to too very was we were will with would not no nowhere about need
needs more
""".split())  # noqa: SIM905
# Words that only an English sentence has, to tell its language (Polish is the default).
_EN_MARKERS = STOP_EN - {"a", "to", "no", "do"}

DEFAULT_SYNONYMS = """\
# One concept per line: "name: wording, wording, …". Words are compared stemmed, so one form of each is enough.
ngo: NGO, NGOs, organizacja pozarządowa, organizacje pozarządowe, organizacja, organizacje, stowarzyszenie, fundacja,
  non-governmental organisation,
  non-governmental organization, organisation, organization, association, foundation
lokal: lokal, lokali, lokale, pomieszczenie, miejsce spotkań, pustostan, puste lokale, premises, venue, room
wpw: WPW, program współpracy, cooperation programme, cooperation program
rdpp: RDPP, Rada Działalności Pożytku Publicznego, public benefit council
brak: brak, brakuje, za mało, zbyt mało, niewystarczająco, niedobór, lack, too little, not enough, shortage
dużo: za dużo, zbyt dużo, nadmierny, nadmierna, too much, too many, excessive
mało: mały, małe, drobny, small, little
dotacja: dotacja, dotacje, grant, granty, dofinansowanie, subsidy
konkurs: konkurs, konkursy, nabór, competition, call for proposals
wniosek: wniosek, wnioski, oferta, formularz, application, form
uprościć: uprościć, uproszczenie, prostszy, prostsze, skomplikowany, skomplikowane, simplify, simpler, complicated
wysoki: wysoki, wysokie, za wysoki, obniżyć, high, lower
wieloletni: wieloletni, wieloletnie, kilkuletni, multi-year, multiannual, several years
szkolenie: szkolenie, szkolenia, warsztaty, training, training sessions, workshop
współpraca: współpraca, współpracować, współdziałanie, cooperation, cooperate
wydział: wydział, wydziały, departament, department
urząd: urząd, magistrat, city hall, town hall, office
młodzież: młodzież, młodzi, młodych ludzi, młodzi ludzie, youth, young people
senior: senior, seniorzy, osoby starsze, seniors, older people
wolontariat: wolontariat, wolontariusze, volunteering, volunteers
informacja: informacja, informacje, wiedza, information
strona: strona internetowa, strona www, serwis internetowy, website
spotkanie: spotkanie, spotykać, spotykać się, zebranie, meet, meeting
częściej: częściej, rzadko, zbyt rzadko, za rzadko, more often, rarely
przejrzystość: przejrzystość, przejrzysty, nieprzejrzysty, przejrzyste, nieprzejrzyste, jasny, niejasny, niejasne,
  transparent, transparency, unclear
zaliczka: zaliczka, zaliczkowo, zaliczkowy, advance, advance payment
opiekun: opiekun, koordynator, osoba kontaktowa, contact person, liaison
niepełnosprawność: niepełnosprawność, niepełnosprawnościami, disability, disabilities
dostępność: dostępność, dostępny, niedostępny, dostosowany, accessibility, accessible
ewaluacja: ewaluacja, ewaluować, ocena skutków, evaluation, evaluate
konsultacje: konsultacje, konsultować, konsultowany, consultation, consult
wsparcie: wsparcie, wspierać, pomoc, support
dobry: dobry, dobra, dobrze, good, well
"""


@dataclass(frozen=True)
class Text:
    """A statement ready to compare: its sorted folded words and its concepts."""

    chars: str
    concepts: frozenset[str]


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return snowballstemmer.stemmer("polish" if language == "pl" else "english")


def language(words: Sequence[str]) -> str:
    """'en' when the English function words outnumber the Polish ones, else 'pl'."""
    en = sum(w in _EN_MARKERS for w in words)
    pl = sum(w in STOP_PL for w in words)
    return "en" if en > pl else "pl"


@lru_cache(maxsize=262144)
def _stem(word: str, lang: str) -> str:
    """The folded Snowball stem cut to PREFIX letters (Polish stems of one word vary in their last letters)."""
    return fold(_stemmer(lang).stemWord(word))[:PREFIX]


def _tokens(words: Sequence[str], lang: str) -> list[tuple[str, bool]]:
    """(stem, is a stop word) for each word: stop words still count inside the synonym list's phrases."""
    stop = STOP_EN if lang == "en" else STOP_PL
    return [(_stem(w, lang), w in stop or w.isdigit()) for w in words]


class Synonyms:
    """The office's concept list: stemmed phrases (longest first) that stand for one concept."""

    def __init__(self, text: str) -> None:
        phrases: dict[tuple[str, ...], str] = {}
        for name, wordings in parse_synonyms(text):
            for wording in wordings:
                words = [w.lower() for w in _WORD.findall(wording)]
                for lang in ("pl", "en"):
                    stems = tuple(stem for stem, _ in _tokens(words, lang))
                    if stems:
                        phrases.setdefault(stems, name)
        self.longest = max((len(p) for p in phrases), default=0)
        self.phrases = phrases

    def concepts(self, tokens: list[tuple[str, bool]]) -> frozenset[str]:
        """Replace the list's phrases by their concept and drop stop words; other stems stay as they are."""
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                name = self.phrases.get(tuple(stem for stem, _ in tokens[i:i + size]))
                if name is not None:
                    out.append(name)
                    i += size
                    break
            else:
                if not tokens[i][1]:
                    out.append(tokens[i][0])
                i += 1
        return frozenset(out)


def parse_synonyms(text: str) -> list[tuple[str, list[str]]]:
    """'name: a, b, c' lines (an indented line continues the one above; '#' starts a comment)."""
    entries: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1].isspace() and entries:
            entries[-1][1].extend(w.strip() for w in line.split(",") if w.strip())
        elif ":" in line:
            name, rest = line.split(":", 1)
            entries.append((fold(name.strip()), [w.strip() for w in rest.split(",") if w.strip()]))
    return entries


def synonyms_file() -> Path:
    """Where the office keeps its own additions: FACILITATOR_SYNONYMS, else synonyms.txt in the user's data folder."""
    if path := os.environ.get("FACILITATOR_SYNONYMS"):
        return Path(path).expanduser()
    from platformdirs import user_data_path

    from facilitator import APP_ID

    return user_data_path(APP_ID, appauthor=False) / "synonyms.txt"


@lru_cache(maxsize=8)
def _synonyms_for(extra: str) -> Synonyms:
    return Synonyms(DEFAULT_SYNONYMS + "\n" + extra)


def synonyms() -> Synonyms:
    """The default list plus the office's file (read each time: the office may have just edited it)."""
    path = synonyms_file()
    try:
        extra = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        extra = ""
    return _synonyms_for(extra)


def prepare(value: str, concepts: Synonyms) -> Text:
    """The comparable form of one statement."""
    words = [w.lower() for w in _WORD.findall(value)]
    lang = language(words)
    folded = sorted(fold(w) for w in words)
    return Text(" ".join(folded), concepts.concepts(_tokens(words, lang)))


def weights(texts: Iterable[Text]) -> dict[str, float]:
    """Inverse document frequency of each concept among the statements compared."""
    counts: Counter[str] = Counter()
    n = 0
    for text in texts:
        counts.update(text.concepts)
        n += 1
    return {c: math.log((n + SMOOTHING) / (df + 0.5)) for c, df in counts.items()}


def concept_score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Weighted Dice overlap of the two concept sets, 0–100."""
    if not a.concepts or not b.concepts:
        return 0.0
    shared = sum(idf.get(c, 1.0) for c in a.concepts & b.concepts)
    own_a, own_b = (sum(idf.get(c, 1.0) for c in x.concepts) for x in (a, b))
    dice = 200.0 * shared / (own_a + own_b) if own_a + own_b else 0.0
    # Each side says something weighty the other does not ("… o konkursach" / "… o lokalach"): another statement.
    if min(own_a, own_b) - shared >= SUBSTITUTION * max(own_a, own_b):
        return dice * SUBSTITUTION_FACTOR
    return dice


def score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Similarity 0–100: concept overlap blended with the character score of the sorted words."""
    chars = fuzz.ratio(a.chars, b.chars)
    return CONCEPT_WEIGHT * concept_score(a, b, idf) + (1 - CONCEPT_WEIGHT) * chars
