"""Search on PostgreSQL, answering as SQLite's FTS5 does: the same matches, ranked by the same bm25.

`search_entry` (facilitator.store.search_ddl) holds each item's folded columns and stems, filled by the same Python
code as the FTS5 table. A query word's phrases (search.Term.phrases: a prefix of a word in the text columns, or a
stem among the stem columns) become tsquery lexemes matched against two GIN-indexed tsvectors; the matching rows
are then scored in Python with FTS5's bm25 formula (k1 = 1.2, b = 0.75, the same column weights, a phrase's
instances summed weight by weight in column order, IDF floored at 1e-6), so ties and order come out identical.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from sqlalchemy import Connection, Select, cast, column, func, literal, or_, select, table
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.sql.elements import ColumnElement

from facilitator.model import Item, Section
from facilitator.search_index import _LEXEME, WORD
from facilitator.store import search_ddl

_ENTRY = table("search_entry", column("item_id"), column("fields"), column("words"), column("stems"),
               column("tokens"))
_K1 = 1.2
_B = 0.75
_WEIGHTS = dict(zip(search_ddl.FTS_COLUMNS, search_ddl.FTS_WEIGHTS, strict=True))
Phrase = tuple[bool, str]  # (prefix of a word in the text columns, or exactly a word of the stem columns; token)


def _lexeme(token: str, prefix: bool) -> str:
    quoted = "'" + token[:_LEXEME].replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + ":*" if prefix else quoted


def _matches(phrases: Sequence[Phrase], prefix: bool) -> ColumnElement | None:
    """The tsvector test for the phrases of one kind (text prefixes or stems), None if there are none."""
    lexemes = [_lexeme(token, prefix) for is_prefix, token in phrases if is_prefix == prefix]
    if not lexemes:
        return None
    vector = _ENTRY.c.words if prefix else _ENTRY.c.stems
    return vector.op("@@")(cast(literal(" | ".join(lexemes)), TSQUERY))


def _term_clause(phrases: Sequence[Phrase]) -> ColumnElement:
    return or_(*(test for test in (_matches(phrases, True), _matches(phrases, False)) if test is not None))


def _idf(conn: Connection, phrases: Sequence[Phrase]) -> tuple[list[float], float]:
    """Each phrase's IDF over the whole index, and the average entry length (FTS5's avgdl)."""
    counts = [func.count().filter(_matches([phrase], phrase[0])) for phrase in phrases]
    row = conn.execute(select(func.count(), func.coalesce(func.sum(_ENTRY.c.tokens), 0), *counts)
                       .select_from(_ENTRY)).one()
    rows, total = row[0], row[1]
    idf = []
    for hits in row[2:]:
        value = math.log((rows - hits + 0.5) / (hits + 0.5))
        idf.append(value if value > 0.0 else 1e-6)
    return idf, (float(total) / float(rows) if rows else 1.0)


def bm25(fields: Sequence[str], length: int, phrases: Sequence[Phrase], idf: Sequence[float], avgdl: float) -> float:
    """FTS5's bm25() of one entry for these phrases (negative: lower is better), operation for operation."""
    tokens = {name: WORD.findall(value or "") for name, value in zip(search_ddl.FTS_COLUMNS, fields, strict=True)}
    score = 0.0
    for (prefix, token), weight in zip(phrases, idf, strict=True):
        freq = 0.0
        for name in search_ddl.FTS_COLUMNS:
            if name in (search_ddl.TEXT_COLUMNS if prefix else search_ddl.STEM_COLUMNS):
                for found in tokens[name]:
                    if (found.startswith(token) if prefix else found == token):
                        freq += _WEIGHTS[name]
        score += weight * ((freq * (_K1 + 1.0)) / (freq + _K1 * (1 - _B + _B * length / avgdl)))
    return -1.0 * score


def ranked_rows(conn: Connection, base: Select, found: Sequence, clauses: Sequence[ColumnElement],
                limit: int | None) -> list[tuple]:
    """The rows of `base` (search._COLUMNS) whose items match every term, best first, ties in captured order."""
    per_term = [term.phrases() for term in found]
    phrases = [phrase for term in per_term for phrase in term]
    stmt = (base.add_columns(_ENTRY.c.fields, _ENTRY.c.tokens, Section.position, Item.position)
            .join(_ENTRY, _ENTRY.c.item_id == Item.id)
            .where(*(_term_clause(term) for term in per_term), *clauses))
    rows = conn.execute(stmt).all()
    if not rows:
        return []
    idf, avgdl = _idf(conn, phrases)
    width = len(rows[0]) - 4

    def order(row) -> tuple:
        score = bm25(row[width], row[width + 1], phrases, idf, avgdl)
        return (score, -row[5].toordinal(), row[3], row[width + 2], row[width + 3], row[0])

    ranked = sorted(rows, key=order)
    return [tuple(row[:width]) for row in (ranked if limit is None else ranked[:limit])]


__all__ = ["bm25", "ranked_rows"]

