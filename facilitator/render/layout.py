"""Table column widths shared by the PDF and DOCX renderers (no renderer library imported here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

CELL_SIZES = (9.0, 8.0, 7.5)  # a wide table steps down until its longest words fit their columns


def fit_widths(widths: list[float], minimum: list[float]) -> list[float]:
    """Give each column at least its longest word where the page allows, taking the room from the others."""
    total = sum(widths)
    if sum(minimum) > total:  # no room for every word: share the page in proportion to what each column needs
        return [m * total / sum(minimum) for m in minimum]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(widths)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(widths[i] for i in free) or 1.0
        result = {i: room * widths[i] / weight for i in free}
        short = [i for i in free if result[i] < minimum[i]]
        if not short:
            return [fixed.get(i, result.get(i, 0.0)) for i in range(len(widths))]
        fixed.update({i: minimum[i] for i in short})


def longest_words(header: Sequence[str], rows: Sequence[Sequence[str]], columns: int,
                  measure: Callable[[str, bool], float]) -> list[float]:
    """Per column, the width of its longest word as `measure(word, bold)` gives it (the header is bold)."""
    widest = [0.0] * columns
    for bold, row_list in ((True, [header]), (False, rows)):
        for row in row_list:
            for c, cell in enumerate(row[:columns]):
                for word in str(cell).split():
                    widest[c] = max(widest[c], measure(word, bold))
    return widest


def _at(measure: Callable[[str, bool, float], float], size: float, word: str, bold: bool) -> float:
    return measure(word, bold, size)


def table_layout(header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float], padding: float,
                 measure: Callable[[str, bool, float], float]) -> tuple[float, list[float]]:
    """The largest cell font size (from CELL_SIZES) at which every column holds its longest word, and the widths."""
    columns = len(widths)
    for size in CELL_SIZES:
        minimum = [w + padding for w in longest_words(header, rows, columns, partial(_at, measure, size))]
        if sum(minimum) <= sum(widths):
            break
    return size, fit_widths(widths, minimum)
