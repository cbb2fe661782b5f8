"""Why the system refused a write, in the user's language (issue 10 leftovers): one table from errno to a reason in
the core catalogue (facilitator/i18n.py: reason), used by every writer — exports, reports, meeting files, the CLI.

The failures are real: a child process with RLIMIT_FSIZE (a write past the limit fails with EFBIG, as a full disk
does), a name longer than the file system allows, a folder that does not exist, a read-only folder and a file with
no permissions at all (those two skipped as root, who may write anyway). Unknown errno values keep the system's text.
"""

from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys

import pytest

from facilitator.i18n import reason, set_language

AS_ROOT = os.name != "posix" or os.geteuid() == 0
REASONS = {  # errno: (English, Polish); the system's own text is ignored for these
    errno.ENOSPC: ("No space left on device", "brak miejsca na dysku"),
    errno.EDQUOT: ("No space left on device", "brak miejsca na dysku"),
    errno.EFBIG: ("File too large", "plik przekroczył dozwolony rozmiar"),
    errno.EROFS: ("Read-only file system", "system plików tylko do odczytu"),
    errno.EACCES: ("Permission denied", "brak uprawnień"),
    errno.EPERM: ("Permission denied", "brak uprawnień"),
    errno.EBUSY: ("The file is in use by another program", "plik jest używany przez inny program"),
    errno.ETXTBSY: ("The file is in use by another program", "plik jest używany przez inny program"),
    errno.ENAMETOOLONG: ("File name too long", "nazwa lub ścieżka pliku jest za długa"),
    errno.ENOENT: ("No such file or directory", "nie ma takiego pliku ani folderu"),
    errno.ENOTDIR: ("Not a directory", "część ścieżki nie jest folderem"),
    errno.EIO: ("Input/output error", "błąd odczytu lub zapisu dysku"),
}


@pytest.fixture
def polish():
    set_language("pl")
    yield
    set_language("en")


@pytest.mark.parametrize("code", sorted(REASONS))
def test_each_common_errno_has_its_reason_in_both_languages(code, polish):
    strange = OSError(code, "text the system chose, in its own language")  # e.g. Windows' wording
    assert reason(strange) == REASONS[code][1]
    set_language("en")
    assert reason(strange) == REASONS[code][0]


def test_windows_sharing_and_lock_violations_read_as_a_file_in_use(polish):
    held = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                                         "process")
    held.winerror = 32  # what Windows sets on a sharing violation, besides EACCES
    assert reason(held) == "plik jest używany przez inny program"


def test_an_unknown_errno_keeps_the_systems_text(polish):
    assert reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == "Connection reset by peer"
    assert reason(OSError("no free temporary name beside x.pdf")) == "no free temporary name beside x.pdf"


# --- real failures -------------------------------------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from facilitator.i18n import set_language
set_language(sys.argv[1])
from facilitator.export import export_meeting
from facilitator.meetingfile import meeting_view, validate
from facilitator.render import ExportError
from facilitator.sample import load_sample
try:
    export_meeting(meeting_view(validate(load_sample())), "pdf", Path(sys.argv[2]))
except ExportError as exc:
    print(exc)
    sys.exit(2)
"""


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, 8 * 1024))


@pytest.mark.parametrize(("lang", "expected"), [
    ("pl", "Nie można zapisać pliku {path}: plik przekroczył dozwolony rozmiar"),
    ("en", "Cannot write {path}: File too large"),
])
def test_a_file_size_limit_names_the_file_and_why_in_the_users_language(tmp_path, lang, expected):
    out = tmp_path / "podsumowanie.pdf"
    done = subprocess.run([sys.executable, "-c", CHILD, lang, str(out)], capture_output=True, text=True,
                          preexec_fn=_limit_file_size, check=False, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stdout.strip() == expected.format(path=out)
    assert list(tmp_path.iterdir()) == []


def _export_error(target) -> str:
    from facilitator.export import export_meeting
    from facilitator.meetingfile import meeting_view, validate
    from facilitator.render import ExportError
    from facilitator.sample import load_sample

    with pytest.raises(ExportError) as caught:
        export_meeting(meeting_view(validate(load_sample())), "docx", target)
    return str(caught.value)


def _meeting_file_error(target) -> str:
    from facilitator.meetingfile import MeetingFileError, write
    from facilitator.sample import load_sample

    with pytest.raises(MeetingFileError) as caught:
        write(target, load_sample())
    return str(caught.value)


def test_a_name_too_long_in_both_languages(tmp_path, polish):
    target = tmp_path / ("Spotkanie konsultacyjne " * 12 + ".docx")  # 289 bytes: more than a file name may have
    assert _export_error(target) == f"Nie można zapisać pliku {target}: nazwa lub ścieżka pliku jest za długa"
    set_language("en")
    assert _export_error(target) == f"Cannot write {target}: File name too long"


def test_a_missing_folder_in_both_languages(tmp_path, polish):
    target = tmp_path / "nie ma" / "spotkanie.json"
    assert _meeting_file_error(target) == f"{target}: nie można zapisać pliku: nie ma takiego pliku ani folderu"
    set_language("en")
    assert _meeting_file_error(target) == f"{target}: cannot be written: No such file or directory"


@pytest.mark.skipif(AS_ROOT, reason="root ignores folder permissions")
def test_a_read_only_folder_in_both_languages(tmp_path, polish):
    folder = tmp_path / "tylko do odczytu"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        target = folder / "spotkanie.json"
        assert _meeting_file_error(target) == f"{target}: nie można zapisać pliku: brak uprawnień"
        set_language("en")
        assert _meeting_file_error(target) == f"{target}: cannot be written: Permission denied"
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(AS_ROOT, reason="root ignores file permissions")
def test_a_file_nobody_may_read_in_both_languages(tmp_path, polish):
    from facilitator.meetingfile import MeetingFileError, load, write
    from facilitator.sample import load_sample

    source = tmp_path / "spotkanie.json"
    write(source, load_sample())
    source.chmod(0o000)
    try:
        with pytest.raises(MeetingFileError) as caught:
            load(source)
        assert str(caught.value) == f"{source}: nie można odczytać pliku: brak uprawnień"
    finally:
        source.chmod(0o644)


def test_the_cli_says_why_in_english_on_one_line(tmp_path):
    from facilitator.meetingfile import write
    from facilitator.sample import load_sample

    source = tmp_path / "spotkanie.json"
    write(source, load_sample())
    target = tmp_path / ("Spotkanie konsultacyjne " * 12 + ".pdf")
    done = subprocess.run([sys.executable, "-m", "facilitator", "export", str(source), "--format", "pdf",
                           "-o", str(target)], capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr == f"error: Cannot write {target}: File name too long\n"
