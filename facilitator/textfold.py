"""Folding text for matching typed words: one light module, so the start window folds without loading search."""

from __future__ import annotations

import re
import unicodedata

COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# ł, ø and đ have no decomposition (NFKD leaves them whole): mapped by hand, like the Polish letters for speed
_FAST = str.maketrans({"ł": "l", "ą": "a", "ć": "c", "ę": "e", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
                       "ø": "o", "đ": "d"})


def fold(value: str | None) -> str:
    """Lower-case, strip diacritics and map ł to l, so 'Łódź', 'lodz' and 'ŁÓDŹ' compare equal."""
    if not value:
        return ""
    if value.isascii():
        return value.lower()
    value = value.casefold().translate(_FAST)
    if value.isascii() or (unicodedata.is_normalized("NFKD", value) and not COMBINING.search(value)):
        return value  # nothing left to decompose („quotes”, dashes, emoji)
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))
