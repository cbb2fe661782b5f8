"""Small text helpers of the officials' screens: Polish plurals and meeting-file paths from drops and folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def plural_form(n: int) -> int:
    """Polish plural form: 0 = one (1 osoba), 1 = few (2 osoby, 22 osoby), 2 = many (5 osób, 12 osób)."""
    if n == 1:
        return 0
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return 1
    return 2


def count(n: int, one: str, few: str, many: str) -> str:
    """'1 spotkanie', '3 spotkania', '5 spotkań' (the three forms already translated)."""
    return f"{n} {(one, few, many)[plural_form(n)]}"


def meeting_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given and every *.json directly inside given folders, each once, in a stable order."""
    seen: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted((p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".json"),
                           key=lambda p: p.name.lower())
            for p in found:
                seen.setdefault(p, None)
        else:
            seen.setdefault(path, None)
    return list(seen)
