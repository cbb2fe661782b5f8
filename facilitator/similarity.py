"""How alike two statements are in meaning, for grouping paraphrases across meetings (Polish and English).

Each statement becomes a set of concepts: words are lower-cased, stop words dropped (including the request verbs
of consultations: "wprowadzić", "zwiększyć", "introduce"), the rest stemmed with the Snowball stemmers
(`snowballstemmer`: pure Python, Polish and English algorithms in the wheel, nothing loaded at run time; loading
simplemma's Polish dictionary took 3.2 s and 430 MB per process, pystempel's 5 s and 170 MB). Phrases of the
synonym list (facilitator/data/synonyms.txt plus the office's own file) become one concept ("organizacje
pozarządowe" = "NGO", "art. 19a" = "małe granty"); the list's words match on 6 letters of their stem so that
"szkolne" is not "szkolenie". Other words count by 5 letters of their stem, and two stems sharing their first 4
letters ("czynsz"/"czyn", which the stemmer cuts differently) count in part.

Concepts are weighted by how rare they are among the statements compared (inverse document frequency). The score
is the weighted Dice overlap, cut when each side says something weighty of its own ("Brak informacji o
konkursach" / "… o lokalach": a substitution, another statement) and drawn towards containment when only one side
adds words ("Za dużo biurokracji" / "… w kontaktach z urzędem"); it is blended with rapidfuzz's character score
of the folded words (typos, word order, words the stemmer misses). `apart` keeps look-alikes out of one group when
a vaguer statement resembles both ("Brak informacji" / "… o konkursach" / "… o lokalach").

The thesaurus (facilitator/data/thesaurus.txt plus the office's own file) puts the concepts of the domain in
classes: what is spoken of ("dotacje", "środki", "budżet": money; "urzędnik", "wydział": the office) and, one
referent a class, whom for ("młodzież", "seniorzy"). The same overlap computed over classes (a concept no class knows
weighs UNCLASSED: it is how a thing is said, not what) is the topic score; a statement pair scores the better of
the two. Words of different classes still differ, so "… o konkursach" / "… o lokalach" stay apart.

Precision and recall on labelled paraphrases, tuned, development and held-out: benchmarks/bench_grouping.py,
benchmarks/README.md. A paraphrase that shares no concept and no class with another ("Organizacje odsyłane są od
wydziału do wydziału" / "Jedno miejsce w urzędzie…") is still missed: that needs a model of meaning, which this
lexical method is not.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import snowballstemmer
from rapidfuzz import fuzz

from facilitator.resources import office_file, parse_list
from facilitator.textfold import fold

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
PREFIX = 5  # a bare stem is compared by its first 5 letters
PHRASE_PREFIX = 6  # the synonym list's words by their first 6 ("szkolenie" is not "szkolne", "transfer" not "transparent")
LOOSE = 4  # two different stems that begin with the same 4 letters ("czyns"/"czyn", "dzial"/"dzia") count in part
LOOSE_CREDIT = 0.6
SMOOTHING = 50  # a few statements compared alone still weigh shared words as words, not as noise
SUBSTITUTION = 0.1  # share of the weight each side must say alone
SUBSTITUTION_FACTOR = 0.7
CONTAINMENT = 0.3  # how far a contained short wording's score is drawn from Dice towards containment
CHAIN_MARGIN = 5  # a group's members may score this far below the threshold with each other unless look-alikes
TOPIC_FACTOR = 0.8  # the topic score counts this much of an overlap of the words themselves
UNCLASSED = 0.3  # in the topic overlap, a word no thesaurus class knows (how it is said) weighs this much
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
działa działać działają funkcjonuje wśród między przed około obok według dzięki wobec podczas
niski niska niskie nisko gdy odpowiedzialny odpowiedzialna odpowiedzialni odpowiedzialnych odbywać odbywają odbywa
organizować organizowane organizowany organizuje korzystać korzystanie korzysta chcą chce
""".split())  # noqa: SIM905
STOP_EN = frozenset("""
a an and are as at be been by can could do does for from has have in into is it its more much of on or our should
so than that the their there they this those to too very was we were will with would not no nowhere about need
needs more introduce increase number create provide ensure required works work among between before after
during within without through low responsible come comes arrive arrives want wants let use keep held hold
""".split())  # noqa: SIM905
# Concepts that say little on their own (nearly every statement is addressed to the city): their weight is cut.
WEAK = {"miasto": 0.5, "mieszkancy": 0.5}
# Words that only an English sentence has, to tell its language (Polish is the default).
_EN_MARKERS = STOP_EN - {"a", "to", "no", "do"}
_PL_MARKERS = STOP_PL - STOP_EN - {"i"}


def default_synonyms() -> str:
    """The shipped list (facilitator/data/synonyms.txt)."""
    return files("facilitator").joinpath("data", "synonyms.txt").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Text:
    """A statement ready to compare: its sorted folded words, its concepts, and its bare stems' first letters."""

    chars: str
    concepts: frozenset[str]
    loose: tuple[tuple[str, str], ...] = ()  # (concept, its first LOOSE letters) of the words no synonym covers
    topics: frozenset[str] = frozenset()  # the concepts with each one of a class replaced by "#class"


@lru_cache(maxsize=4)
def _stemmer(language: str):
    return snowballstemmer.stemmer("polish" if language == "pl" else "english")


def language(words: Sequence[str]) -> str:
    """'en' when the English function words outnumber the Polish ones, else 'pl'."""
    en = sum(w in _EN_MARKERS for w in words)
    pl = sum(w in _PL_MARKERS for w in words)
    return "en" if en > pl else "pl"


@lru_cache(maxsize=262144)
def stem(word: str, lang: str) -> str:
    """The folded Snowball stem of a lower-case word: the one normaliser grouping and the search index share.

    Grouping compares stems by their first letters (Polish stems of one word vary in their last ones). The Polish
    stemmer cuts some short words down to one syllable ("stały" → "st", "działa" → "dz"); then the word's first
    LOOSE letters stand for it ("stal", "dzia"), which the other forms of the word also begin with.
    """
    found = fold(_stemmer(lang).stemWord(word))
    if len(found) < 3 and len(word) >= LOOSE:
        return fold(word)[:LOOSE]
    return found


_stem = stem


def _tokens(words: Sequence[str], lang: str) -> list[tuple[str, bool]]:
    """(stem, is a stop word) for each word: stop words still count inside the synonym list's phrases."""
    stop = STOP_EN if lang == "en" else STOP_PL
    # "ę" is read as "ą": Polish alternates them within one word ("pieniądze" / "pieniędzy", "ręka" / "rąk").
    return [(_stem(w.replace("ę", "ą"), lang), w in stop or w.isdigit()) for w in words]


class Synonyms:
    """The office's concept list: stemmed phrases (longest first) that stand for one concept."""

    def __init__(self, text: str, thesaurus: str = "") -> None:
        self.phrases: dict[tuple[str, ...], str] = {}
        for name, wordings in parse_synonyms(text):
            for wording in wordings:
                self._add(wording, name)
        self._index()
        # A class holds concepts: each wording of the thesaurus is read as a statement would be; a wording of several
        # words that is not one concept already ("trzeci sektor") becomes a phrase of its own.
        entries = parse_synonyms(thesaurus)
        for _, wordings in entries:
            for wording in wordings:
                if len(self._read(wording)) > 1:
                    self._add(wording, fold(wording.lower()))
        self._index()
        classes: dict[str, set[str]] = {}
        for name, wordings in entries:
            for wording in wordings:
                for concept in self._read(wording):
                    classes.setdefault(concept, set()).add(name)
        self.classes = {concept: frozenset(names) for concept, names in classes.items()}
        self.prepared: dict[str, Text] = {}  # prepare()'s results under these lists: regrouping re-reads no text

    def _add(self, wording: str, name: str) -> None:
        words = [w.lower() for w in _WORD.findall(wording)]
        for lang in ("pl", "en"):
            stems = tuple(stem[:PHRASE_PREFIX] for stem, _ in _tokens(words, lang))
            if stems:
                self.phrases.setdefault(stems, name)

    def _index(self) -> None:
        self.longest = max((len(p) for p in self.phrases), default=0)
        self.names = frozenset(self.phrases.values())

    def _read(self, wording: str) -> frozenset[str]:
        """The concepts of a wording, in either language."""
        words = [w.lower() for w in _WORD.findall(wording)]
        return frozenset().union(*(self.concepts(_tokens(words, lang))[0] for lang in ("pl", "en")))

    def concepts(self, tokens: list[tuple[str, bool]]) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
        """Replace the list's phrases by their concept and drop stop words; other stems stay as they are.

        Returns (all concepts, (concept, first LOOSE letters) of the bare stems).
        """
        out: list[str] = []
        bare: set[str] = set()
        keys = [stem[:PHRASE_PREFIX] for stem, _ in tokens]
        i = 0
        while i < len(tokens):
            for size in range(min(self.longest, len(tokens) - i), 0, -1):
                name = self.phrases.get(tuple(keys[i:i + size]))
                if name is not None:
                    out.append(name)
                    i += size
                    break
            else:
                if not tokens[i][1]:
                    out.append(tokens[i][0][:PREFIX])
                    bare.add(tokens[i][0][:PREFIX])
                i += 1
        bare -= self.names
        return frozenset(out), tuple((c, c[:LOOSE]) for c in sorted(bare))


def parse_synonyms(text: str) -> list[tuple[str, list[str]]]:
    """'name: a, b, c' lines (resources.parse_list), names folded."""
    return [(fold(name), wordings) for name, wordings in parse_list(text)]


def synonyms_file() -> Path:
    """Where the office keeps its own additions: FACILITATOR_SYNONYMS, else synonyms.txt in the user's data folder."""
    return office_file("synonyms.txt", "FACILITATOR_SYNONYMS")


def default_thesaurus() -> str:
    """The shipped concept classes (facilitator/data/thesaurus.txt)."""
    return files("facilitator").joinpath("data", "thesaurus.txt").read_text(encoding="utf-8")


def thesaurus_file() -> Path:
    """The office's own classes: FACILITATOR_THESAURUS, else thesaurus.txt in the user's data folder."""
    return office_file("thesaurus.txt", "FACILITATOR_THESAURUS")


@lru_cache(maxsize=8)
def _synonyms_for(extra: str, extra_classes: str) -> Synonyms:
    return Synonyms(default_synonyms() + "\n" + extra, default_thesaurus() + "\n" + extra_classes)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def synonyms() -> Synonyms:
    """The default lists plus the office's files (read each time: the office may have just edited them)."""
    return _synonyms_for(_read(synonyms_file()), _read(thesaurus_file()))


PREPARED_KEPT = 100_000  # texts whose prepared form is kept per concept list (an office's statements, and more)


def prepare(value: str, concepts: Synonyms) -> Text:
    """The comparable form of one statement, kept with the concept list it was read with (the same lists give the
    same object: synonyms() is cached by the files' text), so a regrouping after a correction prepares no text
    again and the recurring dialog's suggestions reuse the grouping's work."""
    kept = concepts.prepared.get(value)
    if kept is None:
        if len(concepts.prepared) >= PREPARED_KEPT:
            concepts.prepared.clear()
        kept = concepts.prepared[value] = _prepare(value, concepts)
    return kept


def _prepare(value: str, concepts: Synonyms) -> Text:
    words = [w.lower() for w in _WORD.findall(value)]
    lang = language(words)
    folded = sorted(fold(w) for w in words)
    found, loose = concepts.concepts(_tokens(words, lang))
    of = concepts.classes
    topics = frozenset(t for c in found for t in (("#" + k for k in of[c]) if c in of else ("=" + c,)))
    return Text(" ".join(folded), found, loose, topics)


class Weights(dict):
    """Concept -> weight, remembering each statement's total weight (a leader is compared many times)."""

    def __init__(self, values: dict[str, float]) -> None:
        super().__init__(values)
        self.totals: dict[frozenset[str], float] = {}

    def total(self, concepts: frozenset[str]) -> float:
        value = self.totals.get(concepts)
        if value is None:
            weight = self.get
            value = self.totals[concepts] = math.fsum(weight(c, 1.0) for c in concepts)
        return value


def weights(texts: Iterable[Text]) -> Weights:
    """Inverse document frequency of each concept among the statements compared (times its WEAK factor)."""
    counts: Counter[str] = Counter()
    n = 0
    for text in texts:
        counts.update(text.concepts | text.topics)
        n += 1
    return Weights({c: math.log((n + SMOOTHING) / (df + 0.5)) * WEAK.get(c.lstrip("="), 1.0)
                    * (UNCLASSED if c[0] == "=" else 1.0) for c, df in counts.items()})


def _loose(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Partial credit for stems of one side that begin like a stem of the other ("szerzej"/"szersze")."""
    weight = idf.get
    starts = {key: weight(concept, 1.0) for concept, key in a.loose if concept not in b.concepts}
    if not starts:
        return 0.0
    credit = 0.0
    for concept, key in b.loose:
        if concept not in a.concepts and (w := starts.pop(key, None)) is not None:
            credit += LOOSE_CREDIT * min(w, weight(concept, 1.0))
    return credit


def _overlap(a: Text, b: Text, idf: dict[str, float]) -> tuple[float, float, float]:
    """(shared, own weight of a, own weight of b)."""
    weight = idf.get
    shared = math.fsum(weight(c, 1.0) for c in a.concepts & b.concepts)
    if a.loose and b.loose:
        shared += _loose(a, b, idf)
    if isinstance(idf, Weights):
        return shared, idf.total(a.concepts), idf.total(b.concepts)
    return shared, math.fsum(weight(c, 1.0) for c in a.concepts), math.fsum(weight(c, 1.0) for c in b.concepts)


def _substituted(shared: float, own_a: float, own_b: float) -> bool:
    """Each side says something weighty the other does not ("… o konkursach" / "… o lokalach")."""
    return min(own_a, own_b) - shared >= SUBSTITUTION * max(own_a, own_b)


def concept_score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Weighted overlap of the two concept sets, 0–100: Dice, drawn towards containment when only one side adds."""
    if not a.concepts or not b.concepts:
        return 0.0
    shared, own_a, own_b = _overlap(a, b, idf)
    if not own_a + own_b:
        return 0.0
    dice = 200.0 * shared / (own_a + own_b)
    if _substituted(shared, own_a, own_b):  # another statement
        return dice * SUBSTITUTION_FACTOR
    # A short wording the longer one contains ("Za dużo biurokracji" / "… w kontaktach z urzędem") is the same.
    contained = 100.0 * min(1.0, shared / min(own_a, own_b))
    return dice + CONTAINMENT * (contained - dice)


def topic_score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """The same overlap over topics: two statements whose words differ only within thesaurus classes."""
    if not a.topics or not b.topics:
        return 0.0
    weight = idf.get
    shared = math.fsum(weight(c, 1.0) for c in a.topics & b.topics)
    if isinstance(idf, Weights):
        own_a, own_b = idf.total(a.topics), idf.total(b.topics)
    else:
        own_a, own_b = math.fsum(weight(c, 1.0) for c in a.topics), math.fsum(weight(c, 1.0) for c in b.topics)
    if not own_a + own_b:
        return 0.0
    dice = 200.0 * shared / (own_a + own_b)
    if _substituted(shared, own_a, own_b):
        return dice * SUBSTITUTION_FACTOR
    contained = 100.0 * min(1.0, shared / min(own_a, own_b))
    return dice + CONTAINMENT * (contained - dice)


def apart(a: Text, b: Text, idf: dict[str, float], threshold: float) -> bool:
    """Look-alikes that must not meet in one group through a vaguer third statement both resemble ("Brak
    informacji" joins "… o konkursach" or "… o lokalach", not both): each says something of its own and they
    score below threshold - CHAIN_MARGIN."""
    if not a.concepts or not b.concepts:
        return False
    shared, own_a, own_b = _overlap(a, b, idf)
    if not _substituted(shared, own_a, own_b):
        return False
    concept = 200.0 * shared / (own_a + own_b) * SUBSTITUTION_FACTOR
    value = CONCEPT_WEIGHT * concept + (1 - CONCEPT_WEIGHT) * fuzz.ratio(a.chars, b.chars)
    return value < threshold - CHAIN_MARGIN


def score(a: Text, b: Text, idf: dict[str, float]) -> float:
    """Similarity 0–100: concept overlap blended with the character score of the sorted words."""
    chars = fuzz.ratio(a.chars, b.chars)
    meaning = max(concept_score(a, b, idf), TOPIC_FACTOR * topic_score(a, b, idf))
    return CONCEPT_WEIGHT * meaning + (1 - CONCEPT_WEIGHT) * chars


class Leaders:
    """The texts leading the groups so far, indexed by concept and topic.

    `scored` sums a new text's overlap with every leader in one pass over the index (with the most the partial
    credit of bare stems could add), bounds each leader's meaning score from above with it, and computes the exact
    score only for the leaders whose bound, with the character score, reaches the threshold: the same result as
    scoring every leader sharing a topic, in a fraction of the time (most share one common word and nothing else).
    Sums over sets use math.fsum, so that a score never depends on the order a set is read in (which changes with
    the process's hash seed): the CLI's report and the window group alike.
    """

    def __init__(self, idf: Weights) -> None:
        self.idf = idf
        self.texts: list[Text] = []
        self._own: list[tuple[float, float]] = []  # weight of the concepts, of the topics
        self._by_topic: dict[str, list[int]] = {}
        self._by_concept: dict[str, list[int]] = {}
        self._by_key: dict[str, list[int]] = {}  # bare stems' first LOOSE letters
        self._by_bare: dict[str, list[int]] = {}  # bare stems

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index: int) -> Text:
        return self.texts[index]

    def add(self, text: Text) -> int:
        index = len(self.texts)
        self.texts.append(text)
        self._own.append(self._weights(text))
        for c in text.topics:
            self._by_topic.setdefault(c, []).append(index)
        for c in text.concepts:
            self._by_concept.setdefault(c, []).append(index)
        for key in {key for _, key in text.loose}:
            self._by_key.setdefault(key, []).append(index)
        for concept in {concept for concept, _ in text.loose}:
            self._by_bare.setdefault(concept, []).append(index)
        return index

    def _weights(self, text: Text) -> tuple[float, float]:
        return self.idf.total(text.concepts), self.idf.total(text.topics)

    def scored(self, text: Text, threshold: float, everyone: bool = False) -> list[tuple[float, int]]:
        """(score, leader) of the leaders sharing a topic with `text` (every leader if `everyone`) that score at
        least `threshold`, best first (ties: the later leader first)."""
        idf = self.idf
        weight = idf.get
        topics: dict[int, float] = dict.fromkeys(range(len(self.texts)), 0.0) if everyone else {}
        for c in text.topics:
            w = weight(c, 1.0)
            for i in self._by_topic.get(c, ()):
                topics[i] = topics.get(i, 0.0) + w
        concepts: dict[int, float] = {}
        for c in text.concepts:
            w = weight(c, 1.0)
            for i in self._by_concept.get(c, ()):
                concepts[i] = concepts.get(i, 0.0) + w
        # The partial credit of `_loose` at most: each bare stem of `text` whose first letters begin a bare stem of
        # the leader, unless the leader has that very stem (then it is shared, not partly).
        for concept, key in text.loose:
            w = LOOSE_CREDIT * weight(concept, 1.0)
            for i in self._by_key.get(key, ()):
                concepts[i] = concepts.get(i, 0.0) + w
            for i in self._by_bare.get(concept, ()):
                concepts[i] -= w
        own_c, own_t = self._weights(text)
        has_c, has_t, chars_of = bool(text.concepts), bool(text.topics), text.chars
        ratio, texts, owns = fuzz.ratio, self.texts, self._own
        # score = CONCEPT_WEIGHT * meaning + (1 - CONCEPT_WEIGHT) * chars; the bound first takes chars as 100.
        dice, contain = 200.0 * (1 - CONTAINMENT), 100.0 * CONTAINMENT
        need = (threshold - 1e-6 - (1 - CONCEPT_WEIGHT) * 100) / CONCEPT_WEIGHT  # the sums may differ in last bits
        found = []
        for i, shared_t in topics.items():
            leader = texts[i]
            other_c, other_t = owns[i]
            # The most concept_score's formula gives at this overlap: Dice drawn towards containment (a substitution
            # only lowers it); the same for the topics. Inlined: this loop runs for every leader sharing a topic.
            meaning = 0.0
            if has_c and leader.concepts and own_c + other_c:
                shared = concepts.get(i, 0.0)
                least = min(other_c, own_c)
                meaning = dice * shared / (own_c + other_c) + (
                    contain * (shared / least if shared < least else 1.0) if least > 0 else contain)
            if has_t and leader.topics and own_t + other_t:
                least = min(other_t, own_t)
                topic = TOPIC_FACTOR * (dice * shared_t / (own_t + other_t) + (
                    contain * (shared_t / least if shared_t < least else 1.0) if least > 0 else contain))
                meaning = max(meaning, topic)
            if meaning < need:
                continue
            chars = ratio(chars_of, leader.chars)
            if CONCEPT_WEIGHT * meaning + (1 - CONCEPT_WEIGHT) * chars < threshold - 1e-6:
                continue
            value = CONCEPT_WEIGHT * max(concept_score(text, leader, idf), TOPIC_FACTOR * topic_score(text, leader, idf)
                                         ) + (1 - CONCEPT_WEIGHT) * chars  # = score(text, leader, idf)
            if value >= threshold:
                found.append((value, i))
        found.sort(reverse=True)
        return found
