"""Parsed TrueType fonts kept in the user's cache folder: parsing a DejaVu face costs ~30 ms per export.

The cache holds reportlab's own parse of a font (metrics, glyph tables), never the font file itself,
which is re-read on load so the PDF still embeds a subset of the shipped file. An entry is keyed by
the font file's size and modification time and by the reportlab and Python versions; anything
unexpected (missing folder, damaged or foreign entry, no permission) falls back to parsing the file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

FORMAT = 1
_NOT_STORED = ("_ttf_data", "_pdfScale")  # the file's bytes (re-read) and a lambda (rebuilt)


class _Scale:
    """Font units → PDF's 1000-unit em, as reportlab's parser defines it (picklable)."""

    def __init__(self, units_per_em: int) -> None:
        self.factor = 1000 / units_per_em

    def __call__(self, value: float) -> float:
        return value * self.factor


def cache_folder() -> Path:
    """The per-user cache folder of parsed fonts."""
    from platformdirs import user_cache_path

    return user_cache_path("facilitator", appauthor=False) / "fonts"


def load_font(name: str, path: Path) -> TTFont:
    """The font `path` registered as `name`: from the cache when it is current, else parsed (and cached)."""
    try:
        stat = path.stat()
    except OSError:
        return TTFont(name, str(path))  # reportlab words the error; the caller turns it into an ExportError
    entry = cache_folder() / _entry_name(name, path, stat)
    font = _read(entry, path)
    if font is None:
        font = TTFont(name, str(path))
        _write(entry, font)
    return font


def _entry_name(name: str, path: Path, stat: os.stat_result) -> str:
    """A file name that changes whenever the font file, reportlab or Python changes."""
    key = f"{FORMAT}|{name}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{REPORTLAB_VERSION}|{sys.version}"
    return f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.pickle"


def _read(entry: Path, path: Path) -> TTFont | None:
    """The cached font, or None when there is no usable entry."""
    try:
        with entry.open("rb") as handle:
            state = pickle.load(handle)
        font_state, face_state = state["font"], state["face"]
        face = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(face_state)
        face._ttf_data = path.read_bytes()
        face._pdfScale = _Scale(face.unitsPerEm)
        font = TTFont.__new__(TTFont)
        font.__dict__.update(font_state)
        font.face, font.state = face, WeakKeyDictionary()
        return font if font.face.numGlyphs and font.face.charWidths else None
    except Exception:  # noqa: BLE001 - any damaged, foreign or stale entry just means "parse the file"
        return None


def _write(entry: Path, font: TTFont) -> None:
    """Store a parsed font atomically; a cache that cannot be written is simply not used."""
    face_state = {k: v for k, v in font.face.__dict__.items() if k not in _NOT_STORED}
    font_state = {k: v for k, v in font.__dict__.items() if k not in ("face", "state")}
    tmp_name = None
    try:
        data = pickle.dumps({"font": font_state, "face": face_state}, protocol=pickle.HIGHEST_PROTOCOL)
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{entry.name}.", suffix=".tmp", dir=entry.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp_name, entry)
        tmp_name = None
    except Exception:  # noqa: BLE001 - read-only home, full disk, an unpicklable attribute: no cache
        return
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass

