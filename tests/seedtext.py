"""The real 2018 summary (shared/seeds) as clean sentences, so exports can be checked against the original text."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from rapidfuzz import fuzz

SEED_NAME = "consultation-summary-2018-06-15.txt"
REPO = Path(__file__).resolve().parent.parent

# Block kinds, in the order they appear in the seed.
TITLE, HEADER, AGENDA, HEADING, ITEM, SUBITEM = "title", "header", "agenda", "heading", "item", "subitem"
BODY_KINDS = (ITEM, SUBITEM)

_BULLET = "\uf0a7"  # the Wingdings bullet of the PDF extraction
_HEADER_LABEL = re.compile(r"^(Cel spotkania|Liczba uczestników|Prowadzenie|Opracowanie)\s*:")
_HEADING_LABEL = re.compile(r"^(Inne uwagi|Przebieg spotkania)\s*:?\s*$")
_AGENDA_NUMBER = re.compile(r"^\d+\.\s+")
_DATE = re.compile(r"\d{1,2}\s+\w+\s+\d{4}\s*r\.")
_TITLE = "Podsumowanie spotkania konsultacyjnego"
_ABBREVIATIONS = frozenset({"np", "dot", "nt", "ds", "tj", "tzw", "m.in", "in", "ul", "wg", "ok", "nr", "pkt", "godz"})
_QUOTES = str.maketrans({c: '"' for c in "„”“‟«»″〞〟＂"} | {c: "'" for c in "‚‘’‛′"})


@dataclass(frozen=True)
class SeedBlock:
    """One bullet, sub-bullet, heading or header line of the seed, its broken lines joined."""

    kind: str
    text: str


def seed_path() -> Path:
    """Where the seed lives: ``<repo>/../shared/seeds`` (CI has shared/ beside the clone)."""
    base = os.environ.get("FACILITATOR_SHARED_DIR")
    shared = Path(base) if base else REPO.parent / "shared"
    return shared / "seeds" / SEED_NAME


def in_ci() -> bool:
    """CI sets CI=true (GitHub Actions, .ci/run): there a missing shared/ is a broken setup, not a reason to skip."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _require_seed() -> Path:
    """The one place tests ask for ../shared: skipped on a bare clone, failed under CI (which has shared/)."""
    path = seed_path()
    if not path.is_file():
        reason = f"seed summary not found at {path} (needs shared/ beside the repository)"
        if in_ci():
            pytest.fail(f"{reason}; CI must provide it (FACILITATOR_SHARED_DIR)", pytrace=False)
        pytest.skip(reason, allow_module_level=True)
    return path


def tidy(text: str) -> str:
    """Undo the extraction's spacing: collapse whitespace, no space before punctuation or inside brackets/quotes."""
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    text = re.sub(r"\s+([,.;:!?)\]”])", r"\1", text)
    text = re.sub(r"([(\[])\s+", r"\1", text)
    text = re.sub(r"(^|[\s(\[])„\s+", r"\1„", text)
    text = re.sub(r"(\w)\(", r"\1 (", text)
    text = re.sub(r"(\d)r\.", r"\1 r.", text)
    return text


def normalise(text: str) -> str:
    """Comparable form: NFKC, one space, straight quotes, bare hyphens for every dash, no stray spacing."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    text = tidy(text)
    text = re.sub(r"\s+”", "”", text)
    text = text.translate(_QUOTES)
    text = re.sub(r"\s*[-‐‑‒–—―−]\s*", "-", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return text


def _classify(line: str, seen_heading: bool) -> tuple[str | None, str]:
    """Kind of block a seed line starts (None = it continues the previous block) and its text."""
    if line.startswith(_BULLET):
        return ITEM, line[1:]
    if line.startswith("o "):
        return SUBITEM, line[2:]
    if _HEADER_LABEL.match(line):
        return HEADER, line
    if _HEADING_LABEL.match(line) or line.isupper():
        return HEADING, line.rstrip().rstrip(":")
    if not seen_heading and _AGENDA_NUMBER.match(line):
        return AGENDA, _AGENDA_NUMBER.sub("", line)
    if not seen_heading and _DATE.search(line):
        return HEADER, line
    return None, line


@lru_cache(maxsize=1)
def _blocks_of(text: str) -> tuple[SeedBlock, ...]:
    """Group the extraction's lines into blocks; blank (page-break junk) lines carry no meaning."""
    blocks: list[list[str]] = []
    seen_heading = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        kind, body = _classify(line, seen_heading)
        if kind == HEADING and not line.startswith("Przebieg"):
            seen_heading = True
        if kind is None and not blocks:
            kind = TITLE
        if kind is None:
            blocks[-1][1] += " " + body
        else:
            blocks.append([kind, body])
    out: list[SeedBlock] = []
    for kind, body in blocks:
        body = tidy(body)
        if kind == TITLE and body.startswith(_TITLE) and body != _TITLE:
            out += [SeedBlock(TITLE, _TITLE), SeedBlock(HEADER, body[len(_TITLE):].strip())]
        else:
            out.append(SeedBlock(kind, body))
    return tuple(out)


def seed_text() -> str:
    """The raw extraction (skips the test when the seed is absent)."""
    return _require_seed().read_text(encoding="utf-8")


def seed_blocks() -> tuple[SeedBlock, ...]:
    """The seed as blocks in document order: title, header lines, agenda, headings, items, sub-items."""
    return _blocks_of(seed_text())


def _is_abbreviation(before: str) -> bool:
    """Whether the word ending right before a full stop is an abbreviation (``np.``, ``dot.``, ``m in.``)."""
    match = re.search(r"(\S+)$", before)
    return bool(match) and match.group(1).lstrip("(„\"").lower() in _ABBREVIATIONS


def split_sentences(text: str, min_words: int = 3) -> list[str]:
    """Sentences of one block; a fragment under ``min_words`` words sticks to its neighbour, so no word is lost."""
    pieces: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?;][\"”’)\]]*(?=\s)", text):
        if text[match.start()] == "." and _is_abbreviation(text[start:match.start()]):
            continue
        pieces.append(text[start:match.end()].strip())
        start = match.end()
    if text[start:].strip():
        pieces.append(text[start:].strip())
    merged: list[str] = []
    for piece in pieces:
        if merged and (len(piece.split()) < min_words or len(merged[-1].split()) < min_words):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return merged


def seed_sentences(kinds: tuple[str, ...] | None = None) -> list[str]:
    """Every sentence of the seed (or of the given block kinds), tidied, in document order."""
    return [s for b in seed_blocks() if kinds is None or b.kind in kinds for s in split_sentences(b.text)]


def body_sentences() -> list[str]:
    """Sentences of the points and sub-points (what the meeting's items hold)."""
    return seed_sentences(BODY_KINDS)


def header_sentences() -> list[str]:
    """Title, audience, venue and date, purpose, attendance, facilitator and author lines."""
    return seed_sentences((TITLE, HEADER))


def agenda_sentences() -> list[str]:
    """The four agenda points, without their numbers."""
    return seed_sentences((AGENDA,))


def heading_sentences() -> list[str]:
    """Section and group headings ("Przebieg spotkania", the three areas, "Inne uwagi" …)."""
    return seed_sentences((HEADING,))


_PAGE_NUMBER = re.compile(r"^\s*(strona|page|str\.)?\s*\d+\s*((z|of|/)\s*\d+)?\s*$", re.IGNORECASE)


def _neighbour(lines: list[str], index: int, step: int) -> int | None:
    """Index of the nearest non-blank line before (step -1) or after (step 1) the given one."""
    index += step
    while 0 <= index < len(lines):
        if lines[index].strip().strip("\f"):
            return index
        index += step
    return None


def strip_page_furniture(text: str) -> str:
    """Drop what a page break inserts mid-sentence in extracted PDF text: page numbers and running headers/footers."""
    lines = text.replace("\f", "\n\f\n").split("\n")
    numbers = [i for i, line in enumerate(lines) if line.strip() and _PAGE_NUMBER.match(line)]
    page_starts = [n for n in (_neighbour(lines, i, 1) for i, line in enumerate(lines) if line == "\f") if n is not None]
    if not numbers and not page_starts:
        return text
    drop = set(numbers)
    around = [n for i in numbers for n in (_neighbour(lines, i, -1), _neighbour(lines, i, 1)) if n is not None]
    first = _neighbour(lines, -1, 1)
    for candidates in (around, page_starts):
        counts: dict[str, int] = {}
        for n in candidates + ([first] if first is not None else []):
            counts[lines[n].strip()] = counts.get(lines[n].strip(), 0) + 1
        drop |= {n for n in candidates if n != first and counts[lines[n].strip()] >= 2}
    return "\n".join(line for i, line in enumerate(lines) if i not in drop and line != "\f")


@lru_cache(maxsize=8)
def _comparable(text: str) -> str:
    """Normalised and case-folded (exports may print headings in capitals)."""
    return normalise(text).casefold()


@lru_cache(maxsize=8)
def _comparable_haystack(text: str) -> str:
    """A document's text made comparable, page furniture removed."""
    return _comparable(strip_page_furniture(text))


def _window_ratio(needle: str, hay: str) -> float:
    """Best plain ratio of the needle against any same-length window of the haystack (coarse scan, then refine)."""
    n = len(needle)
    if n >= len(hay):
        return fuzz.ratio(needle, hay)
    step = max(1, n // 8)
    last = len(hay) - n
    starts = list(range(0, last + 1, step)) + [last]
    best, where = max((fuzz.ratio(needle, hay[s:s + n]), s) for s in starts)
    for s in range(max(0, where - step), min(last, where + step) + 1):
        best = max(best, fuzz.ratio(needle, hay[s:s + n]))
    return best


def similarity(haystack: str, sentence: str) -> float:
    """How well the sentence occurs in the haystack, 0–100 (100 = exact after normalisation)."""
    needle, hay = _comparable(sentence), _comparable_haystack(haystack)
    if not needle or needle in hay:
        return 100.0
    return max(fuzz.partial_ratio(needle, hay), _window_ratio(needle, hay))


def contains_sentence(haystack: str, sentence: str, min_ratio: float = 0.9) -> bool:
    """True when the sentence is in the text: exact after normalisation, else a window at least min_ratio alike."""
    needle, hay = _comparable(sentence), _comparable_haystack(haystack)
    cutoff = min_ratio * 100
    if not needle or needle in hay or fuzz.partial_ratio(needle, hay) >= cutoff:
        return True
    return _window_ratio(needle, hay) >= cutoff


def missing_sentences(haystack: str, sentences: list[str] | None = None, min_ratio: float = 0.9) -> list[str]:
    """The sentences (default: all of the seed) not found in the text, for a readable assertion message."""
    wanted = seed_sentences() if sentences is None else sentences
    return [s for s in wanted if not contains_sentence(haystack, s, min_ratio)]
