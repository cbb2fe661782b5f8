"""Meeting series as officials see them: listed with their meeting counts, renamed, merged (one undoable step).

A series is matched as search and reports match it (facilitator.search.series_key: case, diacritics' spelling and
spaces do not count), so renaming "wpw 2019 " renames every spelling of that series; renaming it to the name of
another series merges the two.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select

from facilitator.i18n import tr
from facilitator.model import Meeting
from facilitator.operations.core import TABLES, Changes, OperationError, fetch, modify, transaction
from facilitator.operations.validate import series_name
from facilitator.textfold import fold


@dataclass(frozen=True)
class SeriesRow:
    """One series: its name (the spelling most of its meetings use), how many meetings, every stored spelling."""

    name: str
    meetings: int
    spellings: tuple[str, ...]


def series_key(name: str) -> str:
    """facilitator.search.series_key, imported when used: the start window lists meetings without loading search."""
    from facilitator.search import series_key as key

    return key(name)


def _series(stored: list[str]) -> list[SeriesRow]:
    """Series from the series of each meeting; a series is named by its commonest spelling, tidied."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for name in stored:
        if name and name.strip():
            by_key[series_key(name)][name] += 1
    rows = []
    for spellings in by_key.values():
        best = min(spellings, key=lambda s: (-spellings[s], " ".join(s.split()) != s, s))
        rows.append(SeriesRow(" ".join(best.split()), sum(spellings.values()), tuple(sorted(spellings))))
    return sorted(rows, key=lambda r: (fold(r.name), r.name))


def _stored(conn: Connection) -> list[str]:
    return list(conn.execute(select(Meeting.series).where(Meeting.series.is_not(None))).scalars())


def list_series(engine: Engine) -> list[SeriesRow]:
    """Every series with its meeting count, by name ignoring case, diacritics' spelling and spaces."""
    with engine.connect() as conn:
        return _series(_stored(conn))


def rename_series(engine: Engine, *, old: str, new: str) -> Changes:
    """Give every meeting of series `old` the name `new`; the name of another series merges the two (its spelling
    kept). One step for undo; nothing changes when the name is the same."""
    name = series_name("series", new)
    if not name:
        raise OperationError(tr("a series name cannot be empty"), field="series")
    key = series_key(old or "")
    table = TABLES["meeting"]
    with transaction(engine) as conn:
        series = _series(_stored(conn))
        source = next((row for row in series if key and series_key(row.name) == key), None)
        if source is None:
            raise OperationError(tr("there is no series {name!r}; the series are: {names}", name=old,
                                    names=", ".join(row.name for row in series) or "—"), field="series")
        target = next((row for row in series if row is not source and series_key(row.name) == series_key(name)),
                      None)
        name = target.name if target is not None else name
        rows = fetch(conn, "meeting", table.c.series.in_(source.spellings))
        changes = [modify(conn, "meeting", row, {"series": name}) for row in rows]
    return tuple(c for c in changes if c is not None)
