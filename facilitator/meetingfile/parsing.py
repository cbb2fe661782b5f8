"""Bytes → JSON object, with precise messages for the ways a file can be unreadable."""

from __future__ import annotations

import json
import os
from pathlib import Path

from facilitator.i18n import reason, term, tr
from facilitator.meetingfile.errors import MeetingFileError

MAX_BYTES = 10 * 1024 * 1024  # documented limits (docs/meeting-file.md): every command stays fast and small
BOM = b"\xef\xbb\xbf"
_JSON_TYPES = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def _line_col(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset, for messages a person can follow."""
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return line, column


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    """Refuse duplicate keys: JSON parsers disagree on which one wins."""
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise MeetingFileError(tr("invalid JSON: the key {key!r} appears twice in one object", key=key))
        result[key] = value
    return result


def _no_constant(name: str) -> float:
    raise MeetingFileError(tr("invalid JSON: {name} is not a valid JSON value", name=name))


_TOO_LARGE = 2**64  # stands in for an integer of more digits than any database stores; refused with its path


def _integer(digits: str) -> int:
    """Whole numbers as Python ints, but one of thousands of digits is not converted (that is slow, then fails)."""
    if len(digits) > 25:
        return -_TOO_LARGE if digits.startswith("-") else _TOO_LARGE
    return int(digits)


def parse_bytes(raw: bytes) -> dict:
    """Decode and parse a meeting file's bytes; raise MeetingFileError saying exactly what is wrong."""
    if len(raw) > MAX_BYTES:
        raise MeetingFileError(too_large_message(len(raw)))
    raw = raw.removeprefix(BOM)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_col(raw, exc.start)
        byte = raw[exc.start]
        raise MeetingFileError(tr("not UTF-8 text: invalid byte 0x{byte:02x} at line {line}, column {column}",
                                  byte=byte, line=line, column=column)) from None
    if not text.strip():
        raise MeetingFileError(tr("the file is empty"))
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise MeetingFileError(tr("invalid JSON at line {line}, column {column}: {reason}", line=exc.lineno,
                                  column=exc.colno, reason=exc.msg)) from None
    except RecursionError:
        raise MeetingFileError(tr("invalid JSON: nested too deeply")) from None
    if not isinstance(data, dict):
        kind = "null" if data is None else _JSON_TYPES.get(type(data), type(data).__name__)
        raise MeetingFileError(tr("the top level must be a JSON object, not {kind}", kind=term(kind)))
    return data


def too_large_message(size: int) -> str:
    """One wording for the size limit, whether noticed from stat() or from the bytes."""
    return tr("the file is too large ({size:.1f} MB; the limit is {limit} MB)", size=size / 1024 / 1024,
              limit=MAX_BYTES // 1024 // 1024)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """Read a meeting file, refusing folders, missing files and files over the size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise MeetingFileError(tr("is a folder, not a meeting file"), file=str(p))
        if size > MAX_BYTES:
            raise MeetingFileError(too_large_message(size), file=str(p))
        return p.read_bytes()
    except FileNotFoundError:
        raise MeetingFileError(tr("no such file"), file=str(p)) from None
    except OSError as exc:
        raise MeetingFileError(tr("cannot be read: {reason}", reason=reason(exc)), file=str(p)) from None
