"""Table column widths shared by the PDF and DOCX renderers (no renderer library imported here).

Columns are sized to their content, as a browser lays out an automatic table: a column never gets less than its
longest unbreakable piece (a word, or the part of a hyphenated word up to its hyphen: lines break only at spaces and
hyphens), and the room left goes where it makes the rows shortest (a row is as tall as its tallest cell: a column
of meeting names on five lines beside remarks on two is width wasted), then where it spares the most lines in any
cell. So a date or a header such as "Uczestnicy" is never cut mid-word, and a narrow "Nr" column leaves the room to
the titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from facilitator.render.text import words, wrap_lines

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
                for word in words(str(cell)):
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
                widest[c] = max(widest[c], measure(" ".join(words(line)), bold))
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
    least = [f * total for f in floors]
    widths = floored(content_widths(total, minimum, natural), minimum, least)
    if sum(natural) > total:  # something wraps: make the rows as short as the words allow
        lower = [max(m, f) for m, f in zip(minimum, (least + [0.0] * columns)[:columns])]
        widths = balanced(widths, lower, rows, lambda text: at_size(text, False), padding, total)
    return size, widths


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


SAMPLE_ROWS = 60  # rows whose wrapping is tried when balancing a long table (evenly spread: a fair picture of it)


def balanced(widths: list[float], lower: list[float], rows: Sequence[Sequence[str]], measure: Callable[[str], float],
             padding: float, total: float) -> list[float]:
    """Widths that give the rows the fewest lines: from each column's least width (`lower`: its longest word, its
    floor), the room goes step by step (1 % of the table) where it takes most lines off per step, then width is
    moved between columns while that still takes lines off.

    Sharing the room in proportion to what would still wrap let one column of long remarks starve a column of short
    titles ("Spotkanie konsultacyjne nr 7, 15 września 2026 r." on five lines beside a remark on two). A row is as
    tall as its tallest cell, so the rows' lines count first, then every cell's (a date keeps its one line).
    `widths` (the proportional shares) are kept when they are as good."""
    sample = list(rows[:: max(len(rows) // SAMPLE_ROWS, 1)])[:SAMPLE_ROWS]
    for c in range(len(widths)):  # and each column's longest cell, which an even spread can miss (one long answer)
        longest = max(rows, key=lambda row: len(str(row[c])) if c < len(row) else 0, default=None)
        if longest is not None and all(longest is not row for row in sample):
            sample.append(longest)
    if not sample or sum(lower) > total:
        return widths
    step = total / 100
    cache: dict[tuple[int, int], tuple[int, ...]] = {}
    columns = range(len(widths))

    def lines(c: int, steps: int) -> tuple[int, ...]:
        if (c, steps) not in cache:
            room = max((lower[c] + steps * step - padding) / SLACK, 1.0)
            cache[c, steps] = tuple(len(wrap_lines(str(row[c]) if c < len(row) else "", room, measure, hyphens=True))
                                    for row in sample)
        return cache[c, steps]

    given = [max(int((w - lower[c]) / step), 0) for c, w in zip(columns, widths)]
    steps = [0] * len(widths)
    spare = int((total - sum(lower)) / step)
    current = [lines(c, 0) for c in columns]
    while spare > 0:  # greedy: the most lines off per step of width
        best = None
        for c in columns:
            for k in (1, 2, 3, 5, 8, 13, 21, 34):
                if k > spare:
                    break
                trial = list(current)
                trial[c] = lines(c, steps[c] + k)
                gain = _cost(current) - _cost(trial)
                if gain > 0 and (best is None or gain / k > best[0]):
                    best = (gain / k, c, k, trial)
        if best is None:
            break
        _, c, k, current = best
        steps[c] += k
        spare -= k
    steps = _polish(steps, current, lines, list(columns))
    if _cost([lines(c, n) for c, n in zip(columns, given)]) <= _cost([lines(c, n) for c, n in zip(columns, steps)]):
        return widths
    left = total - sum(lower) - sum(steps) * step  # what no line needed: to the columns that still wrap most
    wants = [max(lines(c, steps[c])) - 1 for c in columns]
    return [lower[c] + steps[c] * step + left * (wants[c] / sum(wants) if sum(wants) else 1 / len(widths))
            for c in columns]


def _polish(steps: list[int], current: list[tuple[int, ...]], lines: Callable[[int, int], tuple[int, ...]],
            columns: list[int]) -> list[int]:
    """Width moved from one column to another while that takes lines off (the greedy pass can stop short)."""
    steps = list(steps)
    best = _cost(current)
    for _round in range(200):
        move = None
        for i in columns:
            for j in columns:
                for k in (1, 3, 9):
                    if i == j or steps[j] < k:
                        continue
                    trial = list(current)
                    trial[i], trial[j] = lines(i, steps[i] + k), lines(j, steps[j] - k)
                    if (cost := _cost(trial)) < best:
                        best, move = cost, (i, j, k, trial)
        if move is None:
            return steps
        i, j, k, current = move
        steps[i] += k
        steps[j] -= k
    return steps


def _cost(lines: list[tuple[int, ...]]) -> int:
    """The rows' lines (each row as tall as its tallest cell), each worth a line in every column, plus the cells'."""
    return sum(map(max, zip(*lines))) * len(lines) + sum(map(sum, lines))


def _at_size(measure: Measure, size: float) -> Callable[[str, bool], float]:
    cache: dict[tuple[str, bool], float] = {}

    def measured(text: str, bold: bool) -> float:
        key = (text, bold)
        if key not in cache:
            cache[key] = measure(text, bold, size)
        return cache[key]

    return measured
