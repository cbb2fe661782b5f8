"""Search on PostgreSQL, answering as SQLite's FTS5 does: the same matches, ranked by the same bm25.

The index (facilitator.store.search_ddl) holds postings: for each item (`search_entry`: its docid and its length in
tokens) one `search_term` row per distinct token of its folded columns and stems, filled by the same Python code as
the FTS5 table, with the token's occurrences as FTS5 weighs them. A query word's phrases (search.Term.phrases: a
prefix of a word in the text columns, or a stem among the stem columns) are read from the token index (a range of
the "C"-collated B-tree for a prefix, one key for a stem); one statement sums each item's postings per phrase,
counts each phrase's documents (bm25's IDF) and keeps the items that match every word and the filters.

Ranking must come out exactly as FTS5's, ties included, and FTS5 sums a phrase's weights one occurrence at a time
(0.2 + 0.2 + … is not 0.2 × n in floating point). So the server orders by bm25 computed from the summed weights
(exact up to a few units in the last place) and returns only the rows that can be among the `limit` best: those
within a relative 1e-9 of the limit-th (far more than that rounding can move a score). Python then scores those
few with FTS5's arithmetic operation for operation (k1 = 1.2, b = 0.75, the column weights added occurrence by
occurrence in column order, IDF floored at 1e-6; `bm25`), and sorts them with SQLite's tie order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    Select,
    case,
    cast,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from facilitator.model import Item, Section
from facilitator.search_index import _LEXEME
from facilitator.store import search_ddl

_ENTRY = table("search_entry", column("item_id"), column("docid"), column("tokens"))
_TERM = table("search_term", column("docid"), column("token"), column("lead"), column("tail1"), column("tail2"),
               column("length"))
_K1 = 1.2
_B = 0.75
_WEIGHTS = dict(zip(search_ddl.FTS_COLUMNS, search_ddl.FTS_WEIGHTS, strict=True))
_TAIL_WEIGHTS = {True: tuple(_WEIGHTS[c] for c in search_ddl.TEXT_TAILS),
                 False: tuple(_WEIGHTS[c] for c in search_ddl.STEM_TAILS)}
_MARGIN = 1e-9  # relative: rows this close to the limit-th are scored exactly too (rounding moves < 1e-10)
Phrase = tuple[bool, str]  # (prefix of a word in the text columns, or exactly a word of the stem columns; token)


def _holds(phrase: Phrase) -> ColumnElement:
    """Whether a posting's token is one of the phrase's: a key range for a prefix, one key for a stem."""
    prefix, token = phrase
    token = token[:_LEXEME]
    if prefix:  # words never hold \\ % _ ; escaped all the same. The "C" collation makes LIKE 'x%' a key range.
        return _TERM.c.token.like(token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    return _TERM.c.token == search_ddl.STEM_MARK + token


def _postings(number: int, phrase: Phrase, bit: int) -> Select:
    """The postings of one phrase, tagged with its number, its word's bit and its tail columns' weights."""
    tails = (*_TAIL_WEIGHTS[phrase[0]], 0.0, 0.0)
    return select(_TERM.c.docid, literal_column(str(number)).label("phrase"), literal(bit, Integer).label("bit"),
                  _f8(tails[0]).label("w1"), _f8(tails[1]).label("w2"), _TERM.c.lead, _TERM.c.tail1, _TERM.c.tail2,
                  _TERM.c.length).where(_holds(phrase))


def phrase_freq(prefix: bool, lead: int, tail1: int, tail2: int) -> float:
    """FTS5's weighted frequency of one phrase in one entry: its occurrences' column weights added one by one in
    column order (the whole-number weights first, exactly: `lead`; then each tail column's occurrences)."""
    freq = float(lead)
    for weight, count in zip(_TAIL_WEIGHTS[prefix], (tail1, tail2), strict=False):
        for _ in range(count):
            freq += weight
    return freq


def idf(rows: int, hits: Sequence[int]) -> list[float]:
    """FTS5's IDF of each phrase from the number of entries and the entries holding it (floored at 1e-6)."""
    values = []
    for count in hits:
        value = math.log((rows - count + 0.5) / (count + 0.5))
        values.append(value if value > 0.0 else 1e-6)
    return values


def bm25(freqs: Sequence[float], length: int, weights: Sequence[float], avgdl: float) -> float:
    """FTS5's bm25() of one entry from its phrases' frequencies and IDFs (negative: lower is better), operation for
    operation as fts5_bm25_function in SQLite's fts5_aux.c."""
    score = 0.0
    for freq, weight in zip(freqs, weights, strict=True):
        score += weight * ((freq * (_K1 + 1.0)) / (freq + _K1 * (1 - _B + _B * length / avgdl)))
    return -1.0 * score


def document_frequencies(conn: Connection, phrases: Sequence[Phrase]) -> tuple[int, int, list[int]]:
    """The number of entries, their tokens in all, and how many entries hold each phrase (for tests and tools)."""
    counted = union_all(*(_postings(n, p, 0) for n, p in enumerate(phrases))).subquery("hit")
    hits = [func.count(func.distinct(counted.c.docid)).filter(counted.c.phrase == n) for n in range(len(phrases))]
    per_phrase = conn.execute(select(*hits)).one() if phrases else ()
    rows, total = conn.execute(select(func.count(), func.coalesce(func.sum(_ENTRY.c.tokens), 0))
                               .select_from(_ENTRY)).one()
    return rows, total, list(per_phrase)


def _f8(value: float) -> ColumnElement:
    return literal(value, Float)


def _float(value: ColumnElement) -> ColumnElement:
    return cast(value, Float)


def ranked_rows(conn: Connection, base: Select, found: Sequence, clauses: Sequence[ColumnElement],
                limit: int | None) -> list[tuple]:
    """The rows of `base` (search._COLUMNS) whose items match every term, best first, ties in captured order.

    One statement: each phrase's postings summed per entry (`per`), its documents counted (`df`, IDF), each entry
    scored approximately and kept if it matches every word (`doc`); then, with no filters, the entries that may be
    among the `limit` best before the join to their statements (as SQLite ranks in FTS5 first), or, with filters,
    the join and then the cut. A row per (kept statement, phrase it holds) comes back with the counts."""
    if limit is not None and limit < 1:
        return []
    numbered, bits = [], []  # FTS5 numbers the phrases word by word; a word's bit marks the entries it matches
    for bit, term in enumerate(found):
        for phrase in term.phrases():
            bits.append(1 << bit)
            numbered.append(phrase)
    count = len(numbered)
    hit = union_all(*(_postings(n, p, bit) for n, (p, bit) in enumerate(zip(numbered, bits, strict=True)))).cte("hit")
    key = (hit.c.docid, hit.c.phrase, hit.c.bit, hit.c.w1, hit.c.w2)
    per = (select(*key, func.sum(hit.c.lead).label("lead"), func.sum(hit.c.tail1).label("tail1"),
                  func.sum(hit.c.tail2).label("tail2"), func.max(hit.c.length).label("length"))
           .group_by(*key).cte("per"))
    df = (select(per.c.phrase, per.c.bit, per.c.w1, per.c.w2, func.count().label("df"))
          .group_by(per.c.phrase, per.c.bit, per.c.w1, per.c.w2).cte("df"))
    stats = select(func.count().label("n"), func.coalesce(func.sum(_ENTRY.c.tokens), 0).label("total")
                   ).select_from(_ENTRY).cte("stats")
    raw = func.ln((_float(stats.c.n) - _float(df.c.df) + _f8(0.5)) / (_float(df.c.df) + _f8(0.5)))
    weight = (select(df.c.phrase, df.c.df, case((raw > 0, raw), else_=_f8(1e-6)).label("idf"),
                     df.c.bit, df.c.w1, df.c.w2, stats.c.n, stats.c.total)
              .join(stats, literal(True)).cte("weight"))
    freq = (_float(per.c.lead) + weight.c.w1 * _float(per.c.tail1) + weight.c.w2 * _float(per.c.tail2))
    norm = _f8(_K1) * (_f8(1 - _B) + _f8(_B) * _float(per.c.length) / (_float(weight.c.total) / _float(weight.c.n)))
    part = weight.c.idf * ((freq * _f8(_K1 + 1.0)) / (freq + norm))
    doc = (select(per.c.docid, (-func.sum(part)).label("approx"))
           .join(weight, weight.c.phrase == per.c.phrase)
           .group_by(per.c.docid)
           .having(func.bit_or(weight.c.bit) == (1 << len(found)) - 1)  # every word matches
           .cte("doc"))
    width = len(base.selected_columns)
    # What Python needs besides the counts: the entry's length, each phrase's documents, the entries and tokens.
    known = (Section.position, Item.position, _ENTRY.c.tokens, _ENTRY.c.docid)
    facts = (select(stats.c.n).scalar_subquery(), select(stats.c.total).scalar_subquery(),
             *(select(weight.c.df).where(weight.c.phrase == n).scalar_subquery() for n in range(count)))
    if clauses or limit is None:  # the filters first, then the cut among what they keep
        kept = (base.add_columns(*known, doc.c.approx).join(_ENTRY, _ENTRY.c.item_id == Item.id)
                .join(doc, doc.c.docid == _ENTRY.c.docid).where(*clauses).cte("kept"))
        if limit is not None:
            kept = select(kept).where(kept.c.approx <= _cut(select(kept.c.approx), kept.c.approx, limit)).cte("cut")
    else:  # the cut first, in the postings alone; only the few kept are joined to their statements
        best = select(doc).where(doc.c.approx <= _cut(select(doc.c.approx), doc.c.approx, limit)).cte("best")
        kept = (base.add_columns(*known, best.c.approx).join(_ENTRY, _ENTRY.c.item_id == Item.id)
                .join(best, best.c.docid == _ENTRY.c.docid).cte("kept"))
    # Each kept entry's counts per phrase, from its own postings (the docid index): three sums a phrase.
    sums = [func.sum(part).filter(_holds(phrase)) for phrase in numbered
            for part in (_TERM.c.lead, _TERM.c.tail1, _TERM.c.tail2)]
    counts = select(*sums).where(_TERM.c.docid == kept.c.docid).lateral("counts")
    # The postings of a common word (100,000 for one in every meeting's title) are summed in memory, not on disk:
    # for this statement's transaction only.
    conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
    rows = conn.execute(select(kept, counts, *facts).join_from(kept, counts, literal(True))).all()
    if not rows:
        return []
    entries, total = rows[0][-2 - count], rows[0][-1 - count]
    avgdl = float(total) / float(entries)
    weights = idf(entries, [hits or 0 for hits in rows[0][len(rows[0]) - count:]])

    def order(row) -> tuple:
        sums = row[width + 5: width + 5 + 3 * count]
        freqs = [phrase_freq(prefix, *(value or 0 for value in sums[3 * n: 3 * n + 3]))
                 for n, (prefix, _) in enumerate(numbered)]
        score = bm25(freqs, row[width + 2], weights, avgdl)
        return (score, -row[5].toordinal(), row[3], row[width], row[width + 1], row[0])

    ranked = sorted(rows, key=order)
    return [tuple(row[:width]) for row in (ranked if limit is None else ranked[:limit])]


def _cut(scores: Select, score: ColumnElement, limit: int) -> ColumnElement:
    """The highest score that can still be among the `limit` best: the limit-th's, widened by _MARGIN (scores are
    negative; both signs are allowed for all the same). Infinity when fewer rows match."""
    limit_th = scores.order_by(score).offset(limit - 1).limit(1).subquery("limit_th")
    value = limit_th.c[0]
    widest = select(func.greatest(value * _f8(1 - _MARGIN), value * _f8(1 + _MARGIN))).scalar_subquery()
    return func.coalesce(widest, literal("Infinity", Float))


__all__ = ["bm25", "document_frequencies", "idf", "phrase_freq", "ranked_rows"]
