"""Full-text search over captured statements, for officials browsing many meetings.

Design: on SQLite an FTS5 table holds a *folded* copy (lower-case, no diacritics, ł -> l) of each
item's text, section title and tags. SQL triggers (migration 0002) queue every changed item in
`search_queue` whatever code wrote it (operations, import, a raw session); `sync()` folds the queued
items in Python and updates the index, and `search()` calls it first, so results are never stale.
Triggers cannot fold ł themselves without a custom SQL function on every connection, which would
make any write from a plain connection fail; the queue keeps writes independent of this module.
Other databases (PostgreSQL) use a LIKE over a folded SQL expression instead.
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

from facilitator.model import Item, Meeting, Section, Tag, item_response, item_tag
from facilitator.textfold import COMBINING as _COMBINING
from facilitator.textfold import fold

_DOC = table("search_doc", column("docid"), column("item_id"))
_WORD = re.compile(r"[^\W_]+")
_CHUNK = 500
_TRIGGERS = 7
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


def terms(query: str | None) -> list[str]:
    """The words of a user's query, folded; everything else (quotes, *, -, parentheses) is dropped."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(fold(query or "")):
        seen.setdefault(word, None)
    return list(seen)


def fts_query(query: str | None) -> str:
    """An FTS5 MATCH expression in which every word is a quoted prefix term (user text cannot inject syntax)."""
    return " ".join(f'"{word}"*' for word in terms(query))


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

    def snippet_html(self, tag: str = "b") -> str:
        """The snippet as escaped HTML with the matches wrapped in <b> (for the UI's result list)."""
        out, last = [], 0
        for start, end in self.highlights:
            out.append(html.escape(self.snippet[last:start]))
            out.append(f"<{tag}>{html.escape(self.snippet[start:end])}</{tag}>")
            last = end
        out.append(html.escape(self.snippet[last:]))
        return "".join(out)


def make_snippet(value: str, words: Sequence[str], width: int = 160) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of the original text around the first match, with the spans of every word-prefix match."""
    if not words:
        cut = value[:width]
        return (cut + "…" if len(value) > width else cut), ()
    folded, origin = fold_mapped(value)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in words) + r")[^\W_]*")
    spans = [(origin[m.start()], origin[m.end() - 1] + 1) for m in pattern.finditer(folded)]
    if not spans:
        return make_snippet(value, (), width)
    start = max(0, min(spans[0][0] - width // 4, len(value) - width))
    end = min(len(value), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(value) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, min(e, end) + shift) for s, e in spans if s >= start and s < end)
    return prefix + value[start:end] + suffix, inside


# --- index maintenance (SQLite) -------------------------------------------------------------------


def has_index(conn: Connection) -> bool:
    """Whether this database carries the FTS index (SQLite with migration 0002 applied)."""
    if conn.dialect.name != "sqlite":
        return False
    row = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'").first()
    return row is not None


def _trigger_ddl() -> tuple[str, ...]:
    """The queue triggers, loaded from migration 0002 so there is one definition of them."""
    import importlib.util

    from facilitator.store.migrate import MIGRATIONS

    path = MIGRATIONS / "versions" / "0002_search.py"
    spec = importlib.util.spec_from_file_location("facilitator_migration_0002", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(s for s in module.SEARCH_DDL if s.startswith("CREATE TRIGGER"))


def _ensure_triggers(conn: Connection) -> bool:
    """Recreate the queue triggers if a later table rebuild (batch migration) dropped them; True if it did."""
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'"
    ).scalar_one()
    if count >= _TRIGGERS:
        return False
    for statement in _trigger_ddl():
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql("INSERT OR IGNORE INTO search_queue(item_id) SELECT id FROM item")
    return True


def _index_chunk(conn: Connection, ids: list[str]) -> None:
    marks = ", ".join("?" * len(ids))
    params = tuple(ids)
    conn.exec_driver_sql(
        f"DELETE FROM search_fts WHERE rowid IN (SELECT docid FROM search_doc WHERE item_id IN ({marks}))", params
    )
    conn.exec_driver_sql(f"DELETE FROM search_doc WHERE item_id IN ({marks})", params)
    rows = conn.exec_driver_sql(
        "SELECT item.id, item.text, section.title, "
        "(SELECT group_concat(tag.name, ' ') FROM item_tag JOIN tag ON tag.id = item_tag.tag_id "
        " WHERE item_tag.item_id = item.id) "
        f"FROM item JOIN section ON section.id = item.section_id WHERE item.id IN ({marks})",
        params,
    ).all()
    if not rows:
        return
    conn.exec_driver_sql("INSERT INTO search_doc(item_id) VALUES (?)", [(r[0],) for r in rows])
    docids = dict(
        conn.exec_driver_sql(f"SELECT item_id, docid FROM search_doc WHERE item_id IN ({marks})", params).all()
    )
    conn.exec_driver_sql(
        "INSERT INTO search_fts(rowid, body, section, tags) VALUES (?, ?, ?, ?)",
        [(docids[r[0]], fold(r[1]), fold(r[2]), fold(r[3])) for r in rows],
    )


def sync_connection(conn: Connection) -> int:
    """Bring the index up to date inside the caller's transaction; returns the number of items refreshed."""
    if not has_index(conn):
        return 0
    conn.exec_driver_sql("DELETE FROM search_queue WHERE 0")  # take the write lock before reading the queue
    _ensure_triggers(conn)
    ids = [r[0] for r in conn.exec_driver_sql("SELECT item_id FROM search_queue").all()]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        _index_chunk(conn, chunk)
        marks = ", ".join("?" * len(chunk))
        conn.exec_driver_sql(f"DELETE FROM search_queue WHERE item_id IN ({marks})", tuple(chunk))
    return len(ids)


def _pending(conn: Connection) -> bool:
    """Whether sync has work: queued items or lost triggers (a read; no write lock taken)."""
    if conn.exec_driver_sql("SELECT 1 FROM search_queue LIMIT 1").first() is not None:
        return True
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'"
    ).scalar_one()
    return count < _TRIGGERS


def sync(engine: Engine) -> int:
    """Index the items changed since the last sync (a cheap read when nothing changed); write paths may call it."""
    if engine.dialect.name != "sqlite":
        return 0
    with engine.connect() as conn:
        if not has_index(conn) or not _pending(conn):
            return 0
    with engine.begin() as conn:
        return sync_connection(conn)


def reindex(engine: Engine) -> int:
    """Rebuild the whole index from the items (repair tool); returns the number of items indexed."""
    if engine.dialect.name != "sqlite":
        return 0
    with engine.begin() as conn:
        if not has_index(conn):
            return 0
        conn.exec_driver_sql("DELETE FROM search_fts")
        conn.exec_driver_sql("DELETE FROM search_doc")
        conn.exec_driver_sql("DELETE FROM search_queue")
        conn.exec_driver_sql("INSERT INTO search_queue(item_id) SELECT id FROM item")
        return sync_connection(conn)


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
    tag: str | Iterable[str] | None = None  # any of these tags, compared folded
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
    if tag := _as_tuple(filters.tag):
        wanted = {fold(t).strip() for t in tag}
        tag_ids = [i for i, name in conn.execute(select(Tag.id, Tag.name)) if fold(name).strip() in wanted]
        clauses.append(Item.id.in_(select(item_tag.c.item_id).where(item_tag.c.tag_id.in_(tag_ids))))
    if filters.response:
        answered = select(item_response.c.item_id)
        if filters.response == NO_RESPONSE:
            clauses.append(Item.id.not_in(answered))
        else:
            clauses.append(Item.id.in_(answered.where(item_response.c.position == filters.response)))
    return clauses


_COLUMNS = (Item.id, Item.text, Item.kind, Meeting.id, Meeting.title, Meeting.date, Meeting.series,
            Section.title, Section.kind)


def _base_select():
    return select(*_COLUMNS).select_from(Item).join(Section, Section.id == Item.section_id).join(
        Meeting, Meeting.id == Section.meeting_id
    )


def _fts_select(words: list[str], top: int | None):
    """Rank in FTS5 first (cheap); with no filters only the `top` best are joined to their meetings."""
    match = " ".join(f'"{w}"*' for w in words)
    ranked = "SELECT rowid AS docid, bm25(search_fts, 10.0, 2.0, 2.0) AS score FROM search_fts " \
             "WHERE search_fts MATCH :match ORDER BY score" + (" LIMIT :top" if top is not None else "")
    params = {"match": match, **({"top": top} if top is not None else {})}
    hits = text(ranked).bindparams(**params).columns(column("docid"), column("score")).subquery("hits")
    return (
        select(*_COLUMNS)
        .select_from(hits)
        .join(_DOC, _DOC.c.docid == hits.c.docid)
        .join(Item, Item.id == _DOC.c.item_id)
        .join(Section, Section.id == Item.section_id)
        .join(Meeting, Meeting.id == Section.meeting_id)
        .order_by(hits.c.score, Meeting.date.desc())
    )


def _like_select(words: list[str]):
    tags = select(item_tag.c.item_id).join(Tag, Tag.id == item_tag.c.tag_id)
    clauses = [
        or_(
            folded_sql(Item.text).contains(w, autoescape=True),
            folded_sql(Section.title).contains(w, autoescape=True),
            Item.id.in_(tags.where(folded_sql(Tag.name).contains(w, autoescape=True))),
        )
        for w in words
    ]
    return _base_select().where(and_(*clauses)).order_by(Meeting.date.desc(), Section.position, Item.position)


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


def search(
    engine: Engine, query: str | None = None, *, filters: Filters | None = None, limit: int | None = 200,
    use_index: bool = True,
) -> list[SearchHit]:
    """Statements matching every word of `query` as a prefix (any case, with or without diacritics)."""
    filters = filters or Filters()
    words = terms(query)
    if use_index and words:
        _sync_for_search(engine)
    with engine.connect() as conn:
        indexed = use_index and has_index(conn)
        clauses = filter_clauses(conn, filters)
        if indexed and words:
            stmt = _fts_select(words, None if clauses else limit)
        elif words:
            stmt = _like_select(words)
        else:
            stmt = _base_select().order_by(Meeting.date.desc(), Section.position, Item.position)
        stmt = stmt.where(*clauses)
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = conn.execute(stmt).all()
        tags = _tags_of(conn, [r[0] for r in rows])
    hits = []
    for row in rows:
        snippet, spans = make_snippet(row[1], words)
        hits.append(SearchHit(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                              tags.get(row[0], ()), snippet, spans))
    return hits
