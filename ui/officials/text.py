"""Meeting-file paths from drops and folders (plurals are Qt `%n` translations: `self.tr("%n spotkań", "", n)`)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


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
