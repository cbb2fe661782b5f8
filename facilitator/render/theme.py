"""The one look of every document (PDF, DOCX, HTML preview): colours and type sizes, no renderer imports.

Change a heading's colour or size here and all three renderings follow. Sizes are in points for the
PDF's DejaVu Sans; Word documents are set in Calibri, whose letters are smaller at the same size, so
the DOCX renderer scales every size by WORD_SCALE (see `word_size`) to print as large.
"""

from __future__ import annotations

INK = "#1a1a1a"  # body text
ACCENT = "#1f3a5f"  # title and headings
MUTED = "#666666"  # 'venue, date', captions, footer
RULE = "#9aa7b8"  # table grid and the running title's rule
TABLE_HEAD = "#e8edf3"  # background of a table's header row

# Roles → point size. Headings: level 1 = group of sections, 2 = section, 3 = kind sub-heading.
SIZES: dict[str, float] = {
    "title": 17,
    "subtitle": 11,
    "place": 10.5,
    "h1": 12.5,
    "h2": 11,
    "h3": 10,
    "body": 10,
    "caption": 9,
    "cell": 9,
    "footer": 8,
}
LEADING = 1.4  # line height as a multiple of the size, body text
WORD_SCALE = 1.1  # Calibri 11 reads like DejaVu Sans 10


def word_size(role: str) -> float:
    """A role's size for Word's Calibri, to the half point Word stores."""
    return round(SIZES[role] * WORD_SCALE * 2) / 2


def rgb(colour: str) -> tuple[int, int, int]:
    """'#1f3a5f' → (31, 58, 95), for renderers that take channels."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
