"""Table column widths shared by the PDF and DOCX renderers (no renderer library imported here).

Columns are sized to their content, as a browser lays out an automatic table: a column never gets less than its
longest unbreakable piece (a word, or the part of a hyphenated word up to its hyphen: lines break only at spaces and
hyphens), and the room left goes to the columns whose text would otherwise wrap most. So a date or a header such as
"Uczestnicy" is never cut mid-word, and a narrow "Nr" column leaves the room to the titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

CELL_SIZES = (9.0, 8.0, 7.5)  # a wide table steps down until its longest words fit their columns
_PIECE = re.compile(r"[^-]+-+|[^-]+|-+")  # a line may break after a hyphen ("wykluczeniu-|społecznemu")

SLACK = 1.02  # a measured width to spare: a word exactly as wide as its column would still be cut (rounding)
Measure = Callable[[str, bool, float], float]


def pieces(word: str) -> list[str]:
    """The parts of a word between which a line may break: after each hyphen."""
    return _PIECE.findall(word) if "-" in word else [word]


def squeeze(minimum: list[float], total: float) -> list[float]:
    """No room for every word: columns whose longest word fits an equal share keep it whole, the rest share what is left.

    One pasted 80-character word then cuts only its own column, never 'Uczestnicy' or a date beside it."""
    fixed: dict[int, float] = {}
    free = list(range(len(minimum)))
    while free:
        room = total - sum(fixed.values())
        small = [i for i in free if minimum[i] <= room / len(free)]
        if not small or len(small) == len(free):
            break
        fixed.update({i: minimum[i] for i in small})
        free = [i for i in free if i not in fixed]
    room = total - sum(fixed.values())
    weight = sum(minimum[i] for i in free) or 1.0
    return [fixed.get(i, room * minimum[i] / weight) for i in range(len(minimum))]


def content_widths(total: float, minimum: list[float], natural: list[float]) -> list[float]:
    """Widths from content (CSS automatic table layout, plus: short content such as a date stays on one line).

    Every line unwrapped if the page allows; else short columns (at most two equal shares) keep their lines whole,
    shortest first, while the others still get their longest piece; the rest of the room goes to the long columns in
    proportion to how much their text would still wrap."""
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [n + spare * n / (sum(natural) or 1.0) for n in natural]
    if sum(minimum) > total:
        return squeeze(minimum, total)
    widths = list(minimum)
    free = set(range(len(natural)))
    for i in sorted(free, key=lambda c: natural[c]):
        others = sum(minimum[c] for c in free if c != i)
        if natural[i] > 2 * total / len(natural) or total - sum(widths[c] for c in range(len(widths)) if c not in free
                                                                 ) - natural[i] < others:
            break
        widths[i] = natural[i]
        free.discard(i)
    room = total - sum(widths)
    wants = {c: max(natural[c] - minimum[c], 0.0) for c in free}
    for c in free:
        widths[c] = minimum[c] + room * wants[c] / (sum(wants.values()) or 1.0)
    return widths


def longest_words(header: Sequence[str], rows: Sequence[Sequence[str]], columns: int,
                  measure: Callable[[str, bool], float]) -> list[float]:
    """Per column, the width of its longest unbreakable piece as `measure(piece, bold)` gives it (the header is bold)."""
    widest = [0.0] * columns
    for bold, row_list in ((True, [header]), (False, rows)):
        for row in row_list:
            for c, cell in enumerate(row[:columns]):
                for word in str(cell).split():
                    for piece in pieces(word):
                        widest[c] = max(widest[c], measure(piece, bold))
    return widest


def longest_lines(rows: Sequence[Sequence[str]], columns: int, measure: Callable[[str, bool], float],
                  bold: bool = False) -> list[float]:
    """Per column, the width of its longest line left unwrapped (the header's are measured apart: it may wrap)."""
    widest = [0.0] * columns
    for row in rows:
        for c, cell in enumerate(row[:columns]):
            for line in str(cell).split("\n"):
                widest[c] = max(widest[c], measure(" ".join(line.split()), bold))
    return widest


def table_layout(header: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float], padding: float,
                 measure: Measure, floors: Sequence[float] = ()) -> tuple[float, list[float]]:
    """The largest cell font size (from CELL_SIZES) at which every column holds its longest word, and widths sized to
    the content within the total of `widths` (the page's text width), each column at least its share in `floors`."""
    columns = len(widths)
    total = sum(widths)
    for size in CELL_SIZES:
        at_size = _at_size(measure, size)
        minimum = [w * SLACK + padding for w in longest_words(header, rows, columns, at_size)]
        if sum(minimum) <= total:
            break
    natural = [max(w * SLACK + padding, m) for w, m in zip(longest_lines(rows, columns, at_size), minimum)]
    headed = [max(w * SLACK + padding, n) for w, n in zip(longest_lines([header], columns, at_size, True), natural)]
    if sum(headed) <= total:  # room for the header on one line too
        natural = headed
    return size, floored(content_widths(total, minimum, natural), minimum, [f * total for f in floors])


def floored(widths: list[float], minimum: list[float], floors: list[float]) -> list[float]:
    """Columns narrower than their floor widened to it, the room taken from the others in proportion to what they have
    above their floor and their longest word (which they keep: no word is cut to meet a floor)."""
    floors = (list(floors) + [0.0] * len(widths))[:len(widths)]
    need = sum(max(f - w, 0.0) for w, f in zip(widths, floors))
    spare = [max(w - max(m, f), 0.0) for w, m, f in zip(widths, minimum, floors)]
    if need <= 0 or sum(spare) <= 0:
        return widths
    take = min(need, sum(spare))
    return [w + max(f - w, 0.0) * take / need - s * take / sum(spare)
            for w, f, s in zip(widths, floors, spare)]


def _at_size(measure: Measure, size: float) -> Callable[[str, bool], float]:
    cache: dict[tuple[str, bool], float] = {}

    def measured(text: str, bold: bool) -> float:
        key = (text, bold)
        if key not in cache:
            cache[key] = measure(text, bold, size)
        return cache[key]

    return measured
