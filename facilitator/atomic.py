"""The one way the app writes a file: whole or not at all, synced to disk, with the user's usual permissions.

Exports, reports, sign-in sheets and meeting files all go through :func:`atomic_path`. The temporary file
is created beside the target with mode 0666 so the user's umask applies (0644 under umask 022, 0640 under
027), as for any new file, instead of ``mkstemp``'s owner-only 0600.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_TEMP = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}(?P<suffix>(?:\.[A-Za-z0-9]+)+)")
STALE_AFTER = 24 * 3600  # seconds: a temp file this old is left over, whoever made it
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


@contextmanager
def atomic_path(target: str | os.PathLike[str], *, suffix: str = ".tmp", mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block ends normally it replaces `target`.

    Whatever the block writes to the path is fsynced and renamed over `target` in one step, so readers
    see the old file or the new one, never half of one. On any exception the temporary file is removed
    and `target` is left as it was. OSError (missing folder, no permission, full disk) propagates.
    `mode` None gives the umask's permissions; a number sets exactly those (0o600 for a database backup).
    """
    final = Path(target)
    temp = _reserve(final, suffix)
    try:
        if mode is not None:
            os.chmod(temp, mode)
        yield temp
        _fsync(temp)
        os.replace(temp, final)
    except BaseException as exc:
        _discard(temp)
        _name_the_target(exc, temp, final)
        raise
    _fsync_folder(final.parent)


def _name_the_target(exc: BaseException, temp: Path, final: Path) -> None:
    """An OSError about the hidden temporary file names the user's file instead: that is the one they chose."""
    for error in (exc, exc.__cause__, exc.__context__):
        if isinstance(error, OSError) and error.filename is not None and os.fspath(error.filename) == str(temp):
            error.filename = str(final)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `target` atomically (see :func:`atomic_path`)."""
    with atomic_path(target) as temp:
        temp.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> Path:
    """Write `text` to `target` atomically with Unix line ends, the same file on every system."""
    with atomic_path(target) as temp, open(temp, "w", encoding=encoding, newline="\n") as handle:
        handle.write(text)
    return Path(target)


def _reserve(target: Path, suffix: str) -> Path:
    """Create an empty, unused hidden file beside `target` (O_EXCL, mode 0666 minus the umask)."""
    folder = target.parent
    remove_stale(folder)
    for _attempt in range(100):
        temp = folder / f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}{suffix}"
        try:
            os.close(os.open(temp, _CREATE, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {target}")


def remove_stale(folder: Path) -> list[Path]:
    """Remove the hidden temporary files a killed export left in `folder`; return what was removed.

    A temp file names the process that writes it (`.NAME.PID-` and 8 hex digits, then the suffix); it is stale when that process
    is gone, or, where that cannot be told, when it is older than a day. A running export's file is kept.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        match = _TEMP.fullmatch(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):  # gone already, or not ours to remove: the export goes on
            if _alive(int(match["pid"])) and now - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER:
                continue
            os.remove(entry.path)
            removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    """Whether process `pid` still runs (on Windows, where signal 0 does not probe, assume it does)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # another user's process, or a number no process can have: keep it until it is old
    return True


def _fsync(path: Path) -> None:
    """Force the written bytes to disk before the rename makes them the file (else a crash can leave it empty)."""
    fd = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows syncing a folder (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # the file is in place; some file systems cannot sync a folder
            os.fsync(fd)
    finally:
        os.close(fd)


def _discard(temp: Path) -> None:
    """Remove a half-written temporary file without masking the error that got us here."""
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass
