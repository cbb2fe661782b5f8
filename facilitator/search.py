"""Full-text search over captured statements, for officials browsing many meetings.

Design: on SQLite an FTS5 table (facilitator.store.search_ddl, kept up to date by facilitator.search_index)
holds a *folded* copy (lower-case, no diacritics, ł -> l) of each item's text, section title, tags, meeting title
and venue, the office's justification and programme paragraph, and their Snowball stems. Every word of a query must
match, as a prefix of a word or by its stem
(Polish and English), so "organizacje pozarządowe" finds "organizacji pozarządowych" and "policy" finds
"policies". A meeting found by its title or venue shows as its statements, the meeting's name highlighted.
On PostgreSQL the same folded columns and stems are matched through tsvectors and ranked with FTS5's bm25
(facilitator.search_pg), so both databases answer alike. Other databases use a LIKE over a folded SQL expression.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import Connection, Engine, and_, column, func, or_, select, table, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.elements import ColumnElement

from facilitator import tagtree
from facilitator.model import Item, Meeting, Section, Tag, item_response, item_tag
from facilitator.search_index import WORD as _WORD
from facilitator.search_index import has_index, reindex, sync, sync_connection
from facilitator.store import search_ddl
from facilitator.textfold import COMBINING as _COMBINING
from facilitator.textfold import fold

_DOC = table("search_doc", column("docid"), column("item_id"))
_CHUNK = 500
_TEXT_COLUMNS = "{" + " ".join(search_ddl.TEXT_COLUMNS) + "}"
_STEM_COLUMNS = "{" + " ".join(search_ddl.STEM_COLUMNS) + "}"
_STEM_PREFIX = 5  # a stem this long also matches as a word prefix ("organizacj" finds "organizacjami")
__all__ = ["has_index", "reindex", "sync", "sync_connection"]  # the index's tools, re-exported
_POLISH = (("Ą", "a"), ("Ć", "c"), ("Ę", "e"), ("Ł", "l"), ("Ń", "n"), ("Ó", "o"), ("Ś", "s"), ("Ź", "z"),
           ("Ż", "z"), ("ą", "a"), ("ć", "c"), ("ę", "e"), ("ł", "l"), ("ń", "n"), ("ó", "o"), ("ś", "s"),
           ("ź", "z"), ("ż", "z"))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char < "\u0080":
        return char.lower()
    char = char.replace("ł", "l").replace("Ł", "L").casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def fold_mapped(value: str) -> tuple[str, list[int] | range]:
    """Fold and remember, for each folded character, the index of the original character it came from."""
    folded = fold(value)
    if len(folded) == len(value) and not _COMBINING.search(value):
        return folded, range(len(value))  # every character folded to exactly one: positions are unchanged
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(value):
        folded = _fold_char(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


@dataclass(frozen=True)
class Term:
    """One word of a query: folded as typed, and its folded Polish and English stems."""

    word: str
    stems: tuple[str, ...]

    def phrases(self) -> list[tuple[bool, str]]:
        """What this word matches, in order: (True, a prefix of a word in the text columns) or (False, a word of the
        stem columns). FTS5 numbers a query's phrases in this order, and PostgreSQL's ranking follows it."""
        alternatives = [(True, self.word)]
        for stem in self.stems:
            alternatives.append((False, stem))
            if len(stem) >= _STEM_PREFIX and not stem.startswith(self.word):
                alternatives.append((True, stem))
        return alternatives

    def fts(self) -> str:
        """This word as an FTS5 expression: a prefix of any word, or the same stem."""
        return "(" + " OR ".join(f'{_TEXT_COLUMNS} : "{token}"*' if prefix else f'{_STEM_COLUMNS} : "{token}"'
                                 for prefix, token in self.phrases()) + ")"

    def prefixes(self) -> tuple[str, ...]:
        """What a matching word starts with (for highlights and the LIKE fallback)."""
        longer = (s for s in self.stems if len(s) >= _STEM_PREFIX and not s.startswith(self.word))
        return (self.word, *dict.fromkeys(longer))


def query_terms(query: str | None) -> list[Term]:
    """The words of a user's query with their stems; everything else (quotes, *, -, parentheses) is dropped."""
    from facilitator import similarity

    seen: dict[str, Term] = {}
    for raw in _WORD.findall(unicodedata.normalize("NFC", (query or "").lower())):
        stems = tuple(dict.fromkeys(s for s in (similarity.stem(raw, "pl"), similarity.stem(raw, "en")) if s))
        for word in _WORD.findall(fold(raw)):
            seen.setdefault(word, Term(word, tuple(s for s in stems if _WORD.fullmatch(s))))
    return list(seen.values())


def terms(query: str | None) -> list[str]:
    """The words of a user's query, folded."""
    return [term.word for term in query_terms(query)]


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression: every word must match (user text cannot inject syntax: words are quoted)."""
    return " AND ".join(term.fts() for term in query_terms(query))


def _highlight_words(found: Sequence[Term]) -> list[str]:
    return list(dict.fromkeys(p for term in found for p in term.prefixes()))


def meeting_label(title: str, venue: str | None) -> str:
    """A meeting's title and venue on one line."""
    return f"{title} · {venue}" if venue else title


@dataclass(frozen=True)
class SearchHit:
    """One matching statement with where it was said; `highlights` are (start, end) spans in `snippet`."""

    item_id: str
    text: str
    kind: str
    meeting_id: str
    meeting_title: str
    meeting_date: date
    series: str | None
    section_title: str
    section_kind: str
    tags: tuple[str, ...]
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    venue: str | None = None
    meeting_highlights: tuple[tuple[int, int], ...] = ()  # spans in meeting_label: the query found the meeting
    position: str | None = None  # the office's position (facilitator.kinds.RESPONSE_POSITIONS); None: not answered
    answer: str = ""  # the office's justification (and programme paragraph), shortened around the words found
    answer_highlights: tuple[tuple[int, int], ...] = ()

    @property
    def meeting_label(self) -> str:
        """The meeting's title and venue, as found by a search."""
        return meeting_label(self.meeting_title, self.venue)

    def snippet_html(self, tag: str = "b") -> str:
        """The snippet as escaped HTML with the matches wrapped in <b> (for the UI's result list)."""
        return _marked(self.snippet, self.highlights, tag)

    def meeting_html(self, tag: str = "b") -> str:
        """The meeting label as escaped HTML, the words the query found in it wrapped in <b>."""
        return _marked(self.meeting_label, self.meeting_highlights, tag)

    def answer_html(self, tag: str = "b") -> str:
        """The office's answer as escaped HTML, the words the query found in it wrapped in <b>."""
        return _marked(self.answer, self.answer_highlights, tag)


def _marked(value: str, spans: Sequence[tuple[int, int]], tag: str) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(value[last:start]))
        out.append(f"<{tag}>{html.escape(value[start:end])}</{tag}>")
        last = end
    out.append(html.escape(value[last:]))
    return "".join(out)


def make_snippet(value: str, words: Sequence[str], width: int = 160,
                 stems: frozenset[str] = frozenset()) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of the original text around the first match, with the spans of every word that starts with one of
    `words` or has one of `stems` as its stem."""
    if not words:
        cut = value[:width]
        return (cut + "…" if len(value) > width else cut), ()
    folded, origin = fold_mapped(value)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in words) + r")[^\W_]*")
    spans = [(origin[m.start()], origin[m.end() - 1] + 1) for m in pattern.finditer(folded)]
    if stems:
        spans = sorted(set(spans) | set(_stem_spans(value, folded, origin, stems)))
    if not spans:
        return make_snippet(value, (), width)
    start = max(0, min(spans[0][0] - width // 4, len(value) - width))
    end = min(len(value), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(value) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, min(e, end) + shift) for s, e in spans if s >= start and s < end)
    return prefix + value[start:end] + suffix, inside


def _stem_spans(value: str, folded: str, origin, stems: frozenset[str]):
    """Spans of the words whose stem is one of `stems` (only words that begin like a stem are stemmed)."""
    from facilitator import similarity

    starts = {stem[:2] for stem in stems}
    for m in _WORD.finditer(folded):
        if m.group()[:2] in starts:
            start, end = origin[m.start()], origin[m.end() - 1] + 1
            word = value[start:end].lower()
            if similarity.stem(word, "pl") in stems or similarity.stem(word, "en") in stems:
                yield start, end


# --- querying -----------------------------------------------------------------------------------


def folded_sql(column: ColumnElement) -> ColumnElement:
    """A portable SQL approximation of fold() for databases without the index (Polish letters + lower)."""
    expr = column
    for source, target in _POLISH:
        expr = func.replace(expr, source, target)
    return func.lower(expr)


def _as_tuple(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@dataclass(frozen=True)
class Filters:
    """What narrows a search or a report; every field is optional and they combine with AND."""

    series: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    section: str | Iterable[str] | None = None  # section/area title(s), compared folded
    section_kind: str | Iterable[str] | None = None
    kind: str | Iterable[str] | None = None  # item kind(s)
    tag: str | Iterable[str] | None = None  # any of these tags or tags under them, compared folded
    meeting_ids: Iterable[str] | None = None
    response: str | None = None  # the office's position (facilitator.kinds.RESPONSE_POSITIONS) or NO_RESPONSE


NO_RESPONSE = "none"  # Filters.response: statements the office has not answered yet ("bez stanowiska")


def series_key(name: str) -> str:
    """What makes two series names one series: case, diacritics' spelling and spaces do not count."""
    return " ".join(fold(name).split())


def matching_series(conn: Connection, name: str) -> list[str]:
    """The stored spellings of the series `name` ("wpw 2019 " finds "WPW 2019"); few rows, compared in Python."""
    key = series_key(name)
    stored = conn.execute(select(Meeting.series).where(Meeting.series.is_not(None)).distinct()).scalars()
    return [s for s in stored if series_key(s) == key]


def filter_clauses(conn: Connection, filters: Filters) -> list[ColumnElement]:
    """WHERE clauses over Item/Section/Meeting for the given filters (shared with recurring and report)."""
    clauses: list[ColumnElement] = []
    if filters.series:
        clauses.append(Meeting.series.in_(matching_series(conn, filters.series)))
    if filters.date_from:
        clauses.append(Meeting.date >= filters.date_from)
    if filters.date_to:
        clauses.append(Meeting.date <= filters.date_to)
    if filters.meeting_ids is not None:
        clauses.append(Meeting.id.in_(tuple(filters.meeting_ids)))
    if section := _as_tuple(filters.section):
        wanted = {fold(s).strip() for s in section}
        titles = [t for (t,) in conn.execute(select(Section.title).distinct()) if fold(t).strip() in wanted]
        clauses.append(Section.title.in_(titles))
    if section_kind := _as_tuple(filters.section_kind):
        clauses.append(Section.kind.in_(section_kind))
    if kind := _as_tuple(filters.kind):
        clauses.append(Item.kind.in_(kind))
    if tag := _as_tuple(filters.tag):  # a tag takes the tags nested under it ("Obszar 1" takes "Obszar 1/BIP")
        tag_ids = [i for i, name in conn.execute(select(Tag.id, Tag.name)) if tagtree.is_under(name, tag)]
        clauses.append(Item.id.in_(select(item_tag.c.item_id).where(item_tag.c.tag_id.in_(tag_ids))))
    if filters.response:
        answered = select(item_response.c.item_id)
        if filters.response == NO_RESPONSE:
            clauses.append(Item.id.not_in(answered))
        else:
            clauses.append(Item.id.in_(answered.where(item_response.c.position == filters.response)))
    return clauses


_COLUMNS = (Item.id, Item.text, Item.kind, Meeting.id, Meeting.title, Meeting.date, Meeting.series,
            Section.title, Section.kind, Meeting.venue)
_ORDER = (Meeting.date.desc(), Meeting.id, Section.position, Item.position, Item.id)  # ties: captured order


def _base_select():
    return select(*_COLUMNS).select_from(Item).join(Section, Section.id == Item.section_id).join(
        Meeting, Meeting.id == Section.meeting_id
    )


def _fts_select(found: list[Term], top: int | None):
    """Rank in FTS5 first (cheap); with no filters only the `top` best are joined to their meetings, with every
    statement tied with the top-th: FTS5 alone would cut a tie anywhere, while the date and captured order decide
    it (so a limited search is the start of the full one, as on PostgreSQL)."""
    weights = ", ".join(str(w) for w in search_ddl.FTS_WEIGHTS)
    ranked = f"SELECT rowid AS docid, bm25(search_fts, {weights}) AS score FROM search_fts WHERE search_fts MATCH :match"
    params: dict = {"match": " AND ".join(term.fts() for term in found)}
    if top is not None:
        ranked = (f"WITH ranked AS ({ranked}) SELECT docid, score FROM ranked WHERE score <= coalesce("
                  "(SELECT score FROM ranked ORDER BY score LIMIT 1 OFFSET :skip), 1e308)")
        params["skip"] = max(top - 1, 0)
    hits = text(ranked).bindparams(**params).columns(column("docid"), column("score")).subquery("hits")
    return (
        select(*_COLUMNS)
        .select_from(hits)
        .join(_DOC, _DOC.c.docid == hits.c.docid)
        .join(Item, Item.id == _DOC.c.item_id)
        .join(Section, Section.id == Item.section_id)
        .join(Meeting, Meeting.id == Section.meeting_id)
        .order_by(hits.c.score, *_ORDER)
    )


def _like_select(found: list[Term]):
    tags = select(item_tag.c.item_id).join(Tag, Tag.id == item_tag.c.tag_id)
    answers = select(item_response.c.item_id)
    columns = (Item.text, Section.title, Meeting.title, Meeting.venue)
    clauses = [
        or_(*(
            alternative
            for word in term.prefixes()
            for alternative in (
                *(folded_sql(c).contains(word, autoescape=True) for c in columns),
                Item.id.in_(tags.where(folded_sql(Tag.name).contains(word, autoescape=True))),
                Item.id.in_(answers.where(or_(*(folded_sql(c).contains(word, autoescape=True) for c in (
                    item_response.c.justification, item_response.c.paragraph))))),
            )
        ))
        for term in found
    ]
    return _base_select().where(and_(*clauses)).order_by(*_ORDER)


def _answers_of(conn: Connection, ids: list[str]) -> dict[str, tuple[str, str]]:
    """The office's position and answer text (justification, then "§ paragraph") of each answered statement."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), _CHUNK):
        stmt = select(item_response.c.item_id, item_response.c.position, item_response.c.justification,
                      item_response.c.paragraph).where(item_response.c.item_id.in_(ids[start : start + _CHUNK]))
        for item_id, position, justification, paragraph in conn.execute(stmt):
            parts = [p for p in ((justification or "").strip(), f"§ {paragraph}" if paragraph else "") if p]
            found[item_id] = (position, " · ".join(parts))
    return found


def _tags_of(conn: Connection, ids: list[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for start in range(0, len(ids), _CHUNK):
        stmt = (
            select(item_tag.c.item_id, Tag.name)
            .join(Tag, Tag.id == item_tag.c.tag_id)
            .where(item_tag.c.item_id.in_(ids[start : start + _CHUNK]))
            .order_by(Tag.name)
        )
        for item_id, name in conn.execute(stmt):
            found.setdefault(item_id, []).append(name)
    return {k: tuple(v) for k, v in found.items()}


def _sync_for_search(engine: Engine) -> None:
    """Sync before a query; a database opened read-only or busy is searched as last indexed."""
    try:
        sync(engine)
    except OperationalError as exc:
        if "readonly" not in str(exc) and "locked" not in str(exc):
            raise


def _rows(conn: Connection, found: list[Term], clauses: list[ColumnElement], limit: int | None,
          indexed: bool) -> list:
    if indexed and found:
        stmt = _fts_select(found, None if clauses else limit)
    elif found:
        stmt = _like_select(found)
    else:
        stmt = _base_select().order_by(*_ORDER)
    stmt = stmt.where(*clauses)
    if limit is not None:
        stmt = stmt.limit(limit)
    return conn.execute(stmt).all()


def search(
    engine: Engine, query: str | None = None, *, filters: Filters | None = None, limit: int | None = 200,
    use_index: bool = True,
) -> list[SearchHit]:
    """Statements matching every word of `query` (prefix or stem; any case, with or without diacritics), best first.

    The one search of the app: the search window, `facilitator search` and the XLSX export of results call it."""
    filters = filters or Filters()
    found = query_terms(query)
    if use_index and found:
        _sync_for_search(engine)
    with engine.connect() as conn:
        indexed = use_index and has_index(conn)
        clauses = filter_clauses(conn, filters)
        if indexed and found and conn.dialect.name == "postgresql":
            from facilitator import search_pg

            rows = search_pg.ranked_rows(conn, _base_select(), found, clauses, limit)
        else:
            rows = _rows(conn, found, clauses, limit, indexed)
        tags = _tags_of(conn, [r[0] for r in rows])
        answers = _answers_of(conn, [r[0] for r in rows])
    words = _highlight_words(found)
    stems = frozenset(s for term in found for s in term.stems)
    hits = []
    for row in rows:
        snippet, spans = make_snippet(row[1], words, stems=stems)
        label = meeting_label(row[4], row[9])
        meeting_spans = make_snippet(label, words, len(label) + 1, stems)[1] if words else ()
        position, answer = answers.get(row[0], (None, ""))
        answer, answer_spans = make_snippet(answer, words, stems=stems) if answer else ("", ())
        hits.append(SearchHit(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                              tags.get(row[0], ()), snippet, spans, row[9], meeting_spans, position, answer,
                              answer_spans))
    return hits
