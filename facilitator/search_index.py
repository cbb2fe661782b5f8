"""Keeping the full-text search index (SQLite FTS5 / PostgreSQL search_entry, schema in
facilitator.store.search_ddl) up to date.

SQL triggers queue every changed item in `search_queue` whatever code wrote it (operations, import, a raw
session); `sync()` folds and stems the queued items in Python and updates the index, and search calls it first,
so results are never stale. Triggers cannot fold ł or stem words themselves without a custom SQL function on
every connection, which would make any write from a plain connection fail; the queue keeps writes independent
of this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, bindparam, text

from facilitator.store import search_ddl
from facilitator.textfold import fold

WORD = re.compile(r"[^\W_]+")
_CHUNK = 500
_INDEXED = ("sqlite", "postgresql")
_SYNC_LOCK = 0x46414332  # PostgreSQL advisory lock key held while the queue is emptied ("FAC2")
_LEXEME = 255  # PostgreSQL keeps a token this long at most (its limit is 2 kB); a prefix query still finds it


def stems_of(words: Iterable[str], lang: str) -> str:
    """The distinct folded Snowball stems of lower-case words, space-separated (the index's stem columns)."""
    from facilitator import similarity

    return " ".join(dict.fromkeys(similarity.stem(w, lang) for w in words))


def _words(*values: str | None) -> list[str]:
    return [w.lower() for value in values for w in WORD.findall(value or "")]


def has_index(conn: Connection) -> bool:
    """Whether this database carries the search index (the search migrations applied)."""
    if conn.dialect.name == "postgresql":
        return conn.exec_driver_sql("SELECT to_regclass('search_entry') IS NOT NULL").scalar_one()
    if conn.dialect.name != "sqlite":
        return False
    row = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'").first()
    return row is not None


def _trigger_count(conn: Connection) -> int:
    return conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\'"
    ).scalar_one()


def _ensure_triggers(conn: Connection) -> bool:
    """Recreate the queue triggers if a later table rebuild (batch migration) dropped them; True if it did."""
    if _trigger_count(conn) >= len(search_ddl.TRIGGERS):
        return False
    for statement in search_ddl.trigger_statements():
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(search_ddl.QUEUE_ALL)
    return True


def _index_chunk(conn: Connection, ids: list[str]) -> None:
    if conn.dialect.name == "postgresql":
        _pg_index_chunk(conn, ids)
        return
    marks = ", ".join("?" * len(ids))
    params = tuple(ids)
    conn.exec_driver_sql(
        f"DELETE FROM search_fts WHERE rowid IN (SELECT docid FROM search_doc WHERE item_id IN ({marks}))", params
    )
    conn.exec_driver_sql(f"DELETE FROM search_doc WHERE item_id IN ({marks})", params)
    rows = conn.exec_driver_sql(
        "SELECT item.id, item.text, section.title, "
        "(SELECT group_concat(tag.name, ' ') FROM item_tag JOIN tag ON tag.id = item_tag.tag_id "
        " WHERE item_tag.item_id = item.id), "
        "coalesce(meeting.title, '') || ' ' || coalesce(meeting.venue, ''), "
        "coalesce(item_response.justification, '') || ' ' || coalesce(item_response.paragraph, '') "
        "FROM item JOIN section ON section.id = item.section_id JOIN meeting ON meeting.id = section.meeting_id "
        "LEFT JOIN item_response ON item_response.item_id = item.id "
        f"WHERE item.id IN ({marks})",
        params,
    ).all()
    if not rows:
        return
    conn.exec_driver_sql("INSERT INTO search_doc(item_id) VALUES (?)", [(r[0],) for r in rows])
    docids = dict(
        conn.exec_driver_sql(f"SELECT item_id, docid FROM search_doc WHERE item_id IN ({marks})", params).all()
    )
    columns = ", ".join(search_ddl.FTS_COLUMNS)
    conn.exec_driver_sql(
        f"INSERT INTO search_fts(rowid, {columns}) VALUES ({', '.join('?' * (len(search_ddl.FTS_COLUMNS) + 1))})",
        [_entry(docids[r[0]], *r[1:]) for r in rows],
    )


def _entry(docid: int, body: str, section: str, tags: str | None, meeting: str, answer: str) -> tuple:
    """One row of the index: folded columns, the statement's stems (its language told from it) and the context's
    (with the office's answer)."""
    from facilitator import similarity

    words = _words(body)
    lang = similarity.language(words)
    answer = answer.strip()
    return (docid, fold(body), fold(section), fold(tags), fold(meeting), stems_of(words, lang),
            stems_of(_words(section, tags, meeting, answer), lang), fold(answer))


_PG_ROWS = text(
    "SELECT item.id, item.text, section.title, "
    "(SELECT string_agg(tag.name, ' ') FROM item_tag JOIN tag ON tag.id = item_tag.tag_id "
    " WHERE item_tag.item_id = item.id), "
    "coalesce(meeting.title, '') || ' ' || coalesce(meeting.venue, ''), "
    "coalesce(item_response.justification, '') || ' ' || coalesce(item_response.paragraph, '') "
    "FROM item JOIN section ON section.id = item.section_id JOIN meeting ON meeting.id = section.meeting_id "
    "LEFT JOIN item_response ON item_response.item_id = item.id "
    "WHERE item.id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_PG_DOCIDS = text("SELECT nextval('search_docid') FROM generate_series(1, :n)")
_PG_ENTRY = text("INSERT INTO search_entry(item_id, docid, tokens) VALUES (:item_id, :docid, :tokens)")


def _pg_index_chunk(conn: Connection, ids: list[str]) -> None:
    """PostgreSQL: the same folded columns and stems as the FTS5 row, kept as postings (search_ddl.PG_TERMS)."""
    conn.execute(text("DELETE FROM search_entry WHERE item_id IN :ids").bindparams(bindparam("ids", expanding=True)),
                 {"ids": ids})  # its trigger deletes the entries' postings
    rows = conn.execute(_PG_ROWS, {"ids": ids}).all()
    if not rows:
        return
    docids = conn.execute(_PG_DOCIDS, {"n": len(rows)}).scalars().all()
    entries, postings = [], []
    for docid, row in zip(docids, rows, strict=True):
        fields = _entry(0, *row[1:])[1:]
        tokens, terms = postings_of(fields)
        entries.append({"item_id": row[0], "docid": docid, "tokens": tokens})
        postings.extend((docid, token, *counts, tokens) for token, counts in terms.items())
    conn.execute(_PG_ENTRY, entries)
    cursor = conn.connection.driver_connection.cursor()
    with cursor, cursor.copy("COPY search_term (docid, token, lead, tail1, tail2, length) FROM STDIN") as copy:
        for posting in postings:
            copy.write_row(posting)


def postings_of(fields: tuple[str, ...]) -> tuple[int, dict[str, list[int]]]:
    """An entry's length in tokens and its postings: for each distinct token (at most _LEXEME characters; a token of
    the stem columns after search_ddl.STEM_MARK), [lead, tail1, tail2] as search_ddl.PG_TERMS describes."""
    weights = dict(zip(search_ddl.FTS_COLUMNS, search_ddl.FTS_WEIGHTS, strict=True))
    length = 0
    terms: dict[str, list[int]] = {}
    for name, value in zip(search_ddl.FTS_COLUMNS, fields, strict=True):
        found = WORD.findall(value or "")
        length += len(found)
        stem = name in search_ddl.STEM_COLUMNS
        lead, tails = (search_ddl.STEM_LEAD, search_ddl.STEM_TAILS) if stem else \
            (search_ddl.TEXT_LEAD, search_ddl.TEXT_TAILS)
        for token in found:
            counts = terms.setdefault((search_ddl.STEM_MARK if stem else "") + token[:_LEXEME], [0, 0, 0])
            if name in lead:
                counts[0] += int(weights[name])
            else:
                counts[1 + tails.index(name)] += 1
    return length, terms


def _take_queue(conn: Connection) -> list[str]:
    """Lock out other syncs (SQLite: the write lock; PostgreSQL: an advisory lock), then read the queue."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SYNC_LOCK})
    else:
        conn.exec_driver_sql("DELETE FROM search_queue WHERE 0")  # take the write lock before reading the queue
        _ensure_triggers(conn)
    return [r[0] for r in conn.exec_driver_sql("SELECT item_id FROM search_queue").all()]


def sync_connection(conn: Connection) -> int:
    """Bring the index up to date inside the caller's transaction; returns the number of items refreshed."""
    if not has_index(conn):
        return 0
    ids = _take_queue(conn)
    done = text("DELETE FROM search_queue WHERE item_id IN :ids").bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        _index_chunk(conn, chunk)
        conn.execute(done, {"ids": chunk})
    return len(ids)


def _pending(conn: Connection) -> bool:
    """Whether sync has work: queued items or lost triggers (a read; no write lock taken)."""
    if conn.exec_driver_sql("SELECT 1 FROM search_queue LIMIT 1").first() is not None:
        return True
    return conn.dialect.name == "sqlite" and _trigger_count(conn) < len(search_ddl.TRIGGERS)


def sync(engine: Engine) -> int:
    """Index the items changed since the last sync (a cheap read when nothing changed); write paths may call it."""
    if engine.dialect.name not in _INDEXED:
        return 0
    with engine.connect() as conn:
        if not has_index(conn) or not _pending(conn):
            return 0
    with engine.begin() as conn:
        return sync_connection(conn)


def reindex(engine: Engine) -> int:
    """Rebuild the whole index from the items (repair tool, `facilitator reindex`); returns the items indexed."""
    if engine.dialect.name not in _INDEXED:
        return 0
    with engine.begin() as conn:
        if not has_index(conn):
            return 0
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SYNC_LOCK})
            conn.exec_driver_sql("DELETE FROM search_term")  # at once, not entry by entry (its trigger)
            conn.exec_driver_sql("DELETE FROM search_entry")
            conn.exec_driver_sql("DELETE FROM search_queue")
            conn.exec_driver_sql(search_ddl.PG_QUEUE_ALL)
        else:
            conn.exec_driver_sql("DELETE FROM search_fts")
            conn.exec_driver_sql("DELETE FROM search_doc")
            conn.exec_driver_sql("DELETE FROM search_queue")
            conn.exec_driver_sql(search_ddl.QUEUE_ALL)
        return sync_connection(conn)
