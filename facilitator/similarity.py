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
PREFIX = 5  # a bare stem is compared by its first 5 letters
PHRASE_PREFIX = 6  # the synonym list's words by their first 6 ("szkolenie" is not "szkolne", "transfer" not "transparent")
LOOSE = 4  # two different stems that begin with the same 4 letters ("czyns"/"czyn", "dzial"/"dzia") count in part
LOOSE_CREDIT = 0.6
SMOOTHING = 50  # a few statements compared alone still weigh shared words as words, not as noise
SUBSTITUTION = 0.1  # share of the weight each side must say alone
SUBSTITUTION_FACTOR = 0.7
CONTAINMENT = 0.3  # how far a contained short wording's score is drawn from Dice towards containment
CONCEPT_WEIGHT = 0.75  # the concept overlap carries the score; the character score corrects it

STOP_PL = frozenset("""
a aby ale albo ani bardzo bez bo by być byłby było co czy dla do go i ich im innych inne jak jako je jego jej jest
jeszcze już każda każdy kilka ku lub ma mają mi może można mu na nad nam nas naszych nawet nich nie niech niż o od
oraz po pod ponieważ poza przez przy raz sam się są ta tak takie także tam te tego tej ten też to tu tym u w we
więc wszystkie z za ze że żeby choć chociaż np itp itd m.in który która które których którzy jeśli gdzie kiedy
bardziej często czasem
powinien powinna powinno powinny powinni należy trzeba mogłoby mógłby mogłaby być będzie są jest był była byli
potrzeba potrzebne potrzebny potrzebna potrzebują potrzebuje przydałby przydałaby przydałoby wprowadzić więcej
zbyt zwiększyć zwiększenie zwiększenia liczbę liczba liczby stworzyć stworzenie utworzyć utworzenie przeprowadzić
zapewnić zapewnienie wymagany wymagane wymagana wymaganego mieć swój swojego swoją każda każdej stosować stosowanie
działa działać działają funkcjonuje
""".split())  # noqa: SIM905
STOP_EN = frozenset("""
a an and are as at be been by can could do does for from has have in into is it its more much of on or our should
so than that the their there they this those to too very was we were will with would not no nowhere about need
needs more introduce increase number create provide ensure required works work
""".split())  # noqa: SIM905
# Concepts that say little on their own ("Brak X" and "Potrzebne X" ask for the same X): their weight is cut.
WEAK = {"miasto": 0.5}
# Words that only an English sentence has, to tell its language (Polish is the default).
_EN_MARKERS = STOP_EN - {"a", "to", "no", "do"}
_PL_MARKERS = STOP_PL - STOP_EN - {"i"}

DEFAULT_SYNONYMS = """\
# One concept per line: "name: wording, wording, …". Words are compared stemmed, so one form of each is enough.
ngo: NGO, NGOs, organizacja pozarządowa, organizacje pozarządowe, organizacja, organizacje, stowarzyszenie, fundacja,
  non-governmental organisation,
  non-governmental organization, organisation, organization, association, foundation
lokal: lokal, lokali, lokale, pomieszczenie, miejsce spotkań, pustostan, puste lokale, premises, venue, room
wpw: WPW, program współpracy, cooperation programme, cooperation program
rdpp: RDPP, Rada Działalności Pożytku Publicznego, Rady Działalności Pożytku Publicznego, public benefit council
brak: brak, brakuje, za mało, zbyt mało, niewystarczająco, niedobór, nie ma, nie mają, lack, too little, not enough,
  shortage, there are no, there is no, nowhere
dużo: za dużo, zbyt dużo, nadmierny, nadmierna, too much, too many, excessive
mało: mały, małe, drobny, small, little
dotacja: dotacja, dotacje, grant, granty, dofinansowanie, umowa dotacyjna, subsidy, grant agreement
małe granty: tryb małych grantów, małe granty, mały grant, małych grantów, art. 19a, 19a, tryb pozakonkursowy,
  pozakonkursowy, small grants, small grant
krótki: krótki, krótkie, krótko, wydłużyć, wydłużenie, dłuższy, dłuższe, short, shorter, extend, longer
kryteria: kryteria, kryterium, zasady, criteria, rules
ocena: ocena, oceniać, ocenianie, assessment, scoring
udostępnić: udostępnić, udostępniać, udostępniane, udostępnianie, przekazać, przekazywać, użyczyć, użyczenie,
  make available, hand over, lend
udział: udział, uczestnictwo, uczestniczyć, uczestniczy, zasiadać, frekwencja, participation, take part, attendance,
  turnout
remont: zły stan techniczny, stan techniczny, remont, remontu, wyremontować, poor condition, repair, renovation
zły: zły, zła, złe, złym, złej, poor, bad
miasto: miasto, miejski, miejskie, miejskich, gmina, gminny, komunalny, city, municipal, town
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
strona: strona internetowa, strona www, serwis internetowy, strona, stronie, serwis, website
spotkanie: spotkanie, spotykać, spotykać się, zebranie, meet, meeting
częściej: częściej, rzadko, zbyt rzadko, za rzadko, more often, rarely
przejrzystość: przejrzystość, przejrzysty, nieprzejrzysty, przejrzyste, nieprzejrzyste, jasny, niejasny, niejasne,
  transparent, transparency, unclear
zaliczka: zaliczka, zaliczkowo, zaliczkowy, advance, advance payment
opiekun: opiekun, koordynator, osoba kontaktowa, contact person, liaison
niepełnosprawność: niepełnosprawność, niepełnosprawnościami, osoby z niepełnosprawnościami,
  osób z niepełnosprawnościami, osoby niepełnosprawne, disability, disabilities, people with disabilities
dostępność: dostępność, dostępny, niedostępny, dostosowany, accessibility, accessible
ewaluacja: ewaluacja, ewaluować, ocena skutków, evaluation, evaluate
konsultacje: konsultacje, konsultować, konsultowany, consultation, consult
wsparcie: wsparcie, wspierać, pomoc, support
środki: środki, pieniądze, finansowanie, fundusze, funds, money, funding
dobry: dobry, dobra, dobrze, good, well
"""


@dataclass(frozen=True)
class Text:
    """A statement ready to compare: its sorted folded words, its concepts, and which concepts are bare stems."""

    chars: str
    concepts: frozenset[str]
    stems: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return snowballstemmer.stemmer("polish" if language == "pl" else "english")


def language(words: Sequence[str]) -> str:
    """'en' when the English function words outnumber the Polish ones, else 'pl'."""
    en = sum(w in _EN_MARKERS for w in words)
    pl = sum(w in _PL_MARKERS for w in words)
    return "en" if en > pl else "pl"


@lru_cache(maxsize=262144)
def _stem(word: str, lang: str) -> str:
    """The folded Snowball stem cut to PHRASE_PREFIX letters (Polish stems of one word vary in their last letters).

    The Polish stemmer cuts some short words down to one syllable ("stały" → "st", "działa" → "dz"); then the
    word's first LOOSE letters stand for it ("stal", "dzia"), which the other forms of the word also begin with.
    """
    stem = fold(_stemmer(lang).stemWord(word))
    if len(stem) < 3 and len(word) >= LOOSE:
        return fold(word)[:LOOSE]
    return stem[:PHRASE_PREFIX]


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
        self.names = frozenset(phrases.values())

    def concepts(self, tokens: list[tuple[str, bool]]) -> tuple[frozenset[str], frozenset[str]]:
        """Replace the list's phrases by their concept and drop stop words; other stems stay as they are.

        Returns (all concepts, the ones that are bare stems).
        """
        out: list[str] = []
        stems: list[str] = []
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
                    out.append(tokens[i][0][:PREFIX])
                    stems.append(tokens[i][0][:PREFIX])
                i += 1
        return frozenset(out), frozenset(stems) - self.names


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
    return Text(" ".join(folded), *concepts.concepts(_tokens(words, lang)))


def weights(texts: Iterable[Text]) -> dict[str, float]:
    """Inverse document frequency of each concept among the statements compared."""
    counts: Counter[str] = Counter()
    n = 0
    for text in texts:
        counts.update(text.concepts)
        n += 1
    return {c: math.log((n + SMOOTHING) / (df + 0.5)) for c, df in counts.items()}


def _weight(concept: str, idf: dict[str, float]) -> float:
    return idf.get(concept, 1.0) * WEAK.get(concept, 1.0)


def _loose(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Partial credit for stems of one side that begin like a stem of the other ("szerzej"/"szersze")."""
    only_a = a.stems - b.concepts
    only_b = b.stems - a.concepts
    if not only_a or not only_b:
        return 0.0
    starts: dict[str, float] = {}
    for c in only_a:
        starts[c[:LOOSE]] = max(starts.get(c[:LOOSE], 0.0), _weight(c, idf))
    credit = 0.0
    for c in only_b:
        if (w := starts.pop(c[:LOOSE], None)) is not None:
            credit += LOOSE_CREDIT * min(w, _weight(c, idf))
    return credit


def concept_score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Weighted overlap of the two concept sets, 0–100: Dice, drawn towards containment when only one side adds."""
    if not a.concepts or not b.concepts:
        return 0.0
    shared = sum(_weight(c, idf) for c in a.concepts & b.concepts) + _loose(a, b, idf)
    own_a, own_b = (sum(_weight(c, idf) for c in x.concepts) for x in (a, b))
    if not own_a + own_b:
        return 0.0
    dice = 200.0 * shared / (own_a + own_b)
    # Each side says something weighty the other does not ("… o konkursach" / "… o lokalach"): another statement.
    if min(own_a, own_b) - shared >= SUBSTITUTION * max(own_a, own_b):
        return dice * SUBSTITUTION_FACTOR
    # A short wording the longer one contains ("Za dużo biurokracji" / "… w kontaktach z urzędem") is the same.
    contained = 100.0 * min(1.0, shared / min(own_a, own_b))
    return dice + CONTAINMENT * (contained - dice)


def score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Similarity 0–100: concept overlap blended with the character score of the sorted words."""
    chars = fuzz.ratio(a.chars, b.chars)
    return CONCEPT_WEIGHT * concept_score(a, b, idf) + (1 - CONCEPT_WEIGHT) * chars
