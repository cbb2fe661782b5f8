"""One way to find the files the packages ship, so a checkout, an installed wheel and a frozen bundle all work.

The files live inside the packages: ``facilitator/data/`` (fonts, JSON Schema, sample meeting) and
``ui/data/`` (compiled translations, icons). They are found with :mod:`importlib.resources`, never with a
path computed from a top-level folder; a PyInstaller bundle must collect them under the same package paths.
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

_extracted = ExitStack()  # files copied out of a zip import live until the process ends
atexit.register(_extracted.close)


def resource_path(*parts: str, package: str = "facilitator") -> Path:
    """A real file path of ``<package>/data/<parts...>``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``.

    reportlab, Pillow, jsonschema and Qt all want a file system path, so a resource that is not already a
    file (a zip import) is extracted to a temporary file kept for the life of the process.
    """
    resource = files(package).joinpath("data")
    for part in parts:
        resource = resource.joinpath(part)
    if isinstance(resource, Path):
        return resource
    return _extracted.enter_context(as_file(resource))


def office_file(name: str, env: str) -> Path:
    """The office's own additions to a shipped list (synonyms, areas): the file named by `env`, else `name` in the
    user's data folder. Shipped defaults stay in the package; this file only adds to them."""
    import os

    if path := os.environ.get(env):
        return Path(path).expanduser()
    from platformdirs import user_data_path

    from facilitator import APP_ID

    return user_data_path(APP_ID, appauthor=False) / name


def parse_list(text: str) -> list[tuple[str, list[str]]]:
    """The office list format: 'key: a, b, c' lines; an indented line continues the one above; '#' starts a
    comment. Keys come back as written (stripped); callers normalise them."""
    entries: list[tuple[str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1].isspace() and entries:
            entries[-1][1].extend(w.strip() for w in line.split(",") if w.strip())
        elif ":" in line:
            key, rest = line.split(":", 1)
            entries.append((key.strip(), [w.strip() for w in rest.split(",") if w.strip()]))
    return entries
