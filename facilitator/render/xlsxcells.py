"""Excel holds at most 32,767 characters in a cell: a longer text continues in extra cells, never cut.

A statement may be 100,000 characters long (the meeting file's limit). In every sheet the app writes, a text
column with such a value gets continuation columns at the end of the sheet ("Treść (cd.)", "Treść (cd. 2)" …),
so each statement stays one row (filters, sorting and row counts keep working) and joining the cells of a row
in order gives back the whole text. A sheet without long text has no extra columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

MAX_CELL = 32767  # Excel's limit on characters in one cell, counted in UTF-16 units (an emoji counts two)
_NEAR = 2000  # a piece ends after the last space within this many characters of its limit, if there is one


def _units(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units)."""
    return len(text) if len(text) <= MAX_CELL // 2 else len(text.encode("utf-16-le")) // 2


def _fit(text: str, start: int) -> int:
    """The furthest end such that text[start:end] fits one cell."""
    end = min(len(text), start + MAX_CELL)
    units = end - start + sum(1 for char in text[start:end] if char > "\uffff")
    while units > MAX_CELL:
        end -= 1
        units -= 2 if text[end] > "\uffff" else 1
    return end


def split_cell(text: str) -> list[str]:
    """Pieces of at most MAX_CELL units that join back to exactly `text`; a piece ends after a space when one is near."""
    if _units(text) <= MAX_CELL:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = _fit(text, start)
        if end < len(text):
            space = text.rfind(" ", max(start + 1, end - _NEAR), end)
            end = space + 1 if space > start else end
        pieces.append(text[start:end])
        start = end
    return pieces


def cut(text: str) -> str:
    """The text as one cell holds it, ending in '…' when it is longer (for names and titles shown elsewhere too)."""
    pieces = split_cell(text)
    return text if len(pieces) == 1 else pieces[0][:-1].rstrip() + "…"


Plan = list[tuple[int, int]]


def continuations(rows: Iterable[Sequence[object]]) -> Plan:
    """(column, extra cells) for every column in which some row's text needs more than one cell, in column order."""
    need: dict[int, int] = {}
    for row in rows:
        for index, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL // 2:
                extra = len(split_cell(value)) - 1
                if extra > need.get(index, 0):
                    need[index] = extra
    return sorted(need.items())


def titles(names: Sequence[str], plan: Plan, word: str) -> list[str]:
    """Headers of the continuation columns: 'Treść (cd.)', 'Treść (cd. 2)' … ('cd.' is `word`)."""
    return [f"{names[index]} ({word})" if k == 1 else f"{names[index]} ({word} {k})"
            for index, extra in plan for k in range(1, extra + 1)]


def spread(row: Sequence[object], plan: Plan) -> tuple:
    """The row with each long text's first piece in its own column and the rest in its continuation columns."""
    if not plan:
        return tuple(row)
    out, tail = list(row), []
    for index, extra in plan:
        value = row[index]
        pieces = split_cell(value) if isinstance(value, str) else [value]
        out[index] = pieces[0]
        tail.extend([*pieces[1:], *([None] * (extra + 1 - len(pieces)))])
    return (*out, *tail)
