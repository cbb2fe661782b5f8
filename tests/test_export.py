"""export_meeting: atomic writes, one-line errors naming the file, only the needed library imported."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from reportlab.platypus.doctemplate import BaseDocTemplate
from test_summary_factory import ROOT, make_meeting, pdf_text, squash

from facilitator import i18n
from facilitator.export import export_meeting
from facilitator.render import ExportError
from facilitator.summary import SummaryOptions


@pytest.fixture
def polish():
    """Messages in Polish (the GUI's default language) for one test, English again afterwards."""
    i18n.set_language("pl")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_writes_only_the_target(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"podsumowanie.{fmt}"
    assert export_meeting(make_meeting(), fmt, out, SummaryOptions()) == out
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    text = docx.Document(str(out)).paragraphs[0].text if fmt == "docx" else squash(pdf_text(out))
    assert "Podsumowanie spotkania konsultacyjnego" in text


def test_export_replaces_a_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    out.write_bytes(b"old")
    export_meeting(make_meeting(), "pdf", out, SummaryOptions(layout="captured"))
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_disk_full_keeps_the_previous_file_and_leaves_no_temp(tmp_path: Path, monkeypatch, fmt: str, polish) -> None:
    """The disk filling up mid-write (simulated in the third-party writer) loses nothing already there."""

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if fmt == "pdf":
        monkeypatch.setattr(BaseDocTemplate, "build", disk_full)
    else:
        monkeypatch.setattr(docx.document.Document, "save", disk_full)
    out = tmp_path / f"s.{fmt}"
    out.write_bytes(b"previous version")
    with pytest.raises(ExportError) as caught:
        export_meeting(make_meeting(), fmt, out, SummaryOptions())
    message = str(caught.value)
    assert "Brak miejsca na dysku" in message and str(out) in message and "\n" not in message
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_missing_folder(tmp_path: Path, polish) -> None:
    out = tmp_path / "nie-ma" / "s.docx"
    with pytest.raises(ExportError, match="Folder docelowy nie istnieje") as caught:
        export_meeting(make_meeting(), "docx", out, SummaryOptions())
    assert str(out) in str(caught.value) and caught.value.path == out


def test_messages_follow_the_users_language_not_the_documents(tmp_path: Path) -> None:
    out = tmp_path / "missing" / "s.pdf"
    with pytest.raises(ExportError, match="target folder does not exist"):  # the CLI's English, a Polish document
        export_meeting(make_meeting(), "pdf", out, SummaryOptions(language="pl"))


def test_locked_or_protected_target(tmp_path: Path, monkeypatch) -> None:
    """Replacing a file another program holds (Windows) or may not touch fails with a clear message."""

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    out = tmp_path / "s.docx"
    out.write_bytes(b"keep me")
    with pytest.raises(ExportError) as caught:
        export_meeting(make_meeting(), "docx", out, SummaryOptions())
    assert str(out) in str(caught.value)
    assert out.read_bytes() == b"keep me" and [p.name for p in tmp_path.iterdir()] == ["s.docx"]


def test_target_is_a_folder_and_unknown_format(tmp_path: Path, polish) -> None:
    with pytest.raises(ExportError, match="folderem"):
        export_meeting(make_meeting(), "pdf", tmp_path, SummaryOptions())
    with pytest.raises(ExportError, match="odt"):
        export_meeting(make_meeting(), "odt", tmp_path / "x.odt", SummaryOptions())
    assert list(tmp_path.iterdir()) == []


SCRIPT = """
import sys
from datetime import date
from facilitator.model import Meeting, Section, Item
from facilitator import i18n
from facilitator.export import export_meeting
m = Meeting(title="T", date=date(2020, 1, 1), language="pl")
s = Section(title="A", kind="area"); m.sections = [s]
i = Item(kind="remark", text="x", position=0); i.section = s
export_meeting(m, sys.argv[1], sys.argv[2])
print(",".join(sorted({n.split(".")[0] for n in sys.modules} & {"docx", "reportlab", "PySide6", "openpyxl"})))
"""


@pytest.mark.parametrize(("fmt", "loaded"), [("pdf", "reportlab"), ("docx", "docx")])
def test_only_the_formats_library_is_imported(tmp_path: Path, fmt: str, loaded: str) -> None:
    out = tmp_path / f"x.{fmt}"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, fmt, str(out)], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == loaded
    assert out.stat().st_size > 1000
