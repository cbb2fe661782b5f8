"""Exports at the limits: long fields printed whole in pages linear in their length, Cancel leaves nothing behind,
progress is reported, and a full disk gives one line (no "Exception ignored in ZipFile.__del__")."""

from __future__ import annotations

import re
import resource
import subprocess
import sys

import pytest
from docx import Document
from pypdf import PdfReader

from facilitator.export import export_meeting
from facilitator.meetingfile.view import meeting_view
from facilitator.render.watch import Cancelled, Watch
from facilitator.sample import load_sample
from facilitator.summary import SummaryOptions

SPEAKER = "11111111-1111-4111-8111-111111111111"
NAMED = SummaryOptions(named=True, attendance_annex=True)
LETTERS = "aąbcćdeęfghijklłmnńoóprsśtuwyzźż"


def _with_name(name: str) -> dict:
    data = load_sample()
    meeting = data["meeting"]
    meeting["participants"] = [{"id": SPEAKER, "name": name, "organisation": "Fundacja", "consent": True}]
    meeting["sections"][0]["items"][0]["speaker"] = SPEAKER
    return data


def _run(length: int) -> str:
    """An unbroken run of Polish letters (a pasted URL or garbage), the hardest case for line breaking."""
    return (LETTERS * (length // len(LETTERS) + 1))[:length]


def _pdf_text(path) -> tuple[str, int]:
    """The text without white space or what is repeated on every page (running title, page number, the
    attendance list's column heads) or beside the name (its number and organisation), and the page count."""
    reader = PdfReader(path)
    text = re.sub(r"\s", "", "".join(page.extract_text() for page in reader.pages))
    furniture = r"Strona\d+z\d+|Podsumowaniespotkaniakonsultacyjnego|Lp\.ImięinazwiskoOrganizacja(1\.)?|Fundacja"
    return re.sub(furniture, "", text), len(reader.pages)


def test_a_long_unbroken_participant_name_is_printed_whole_in_pages_linear_in_its_length(tmp_path):
    pages = {}
    for length in (25_000, 100_000):
        out = tmp_path / f"{length}.pdf"
        export_meeting(meeting_view(_with_name(_run(length))), "pdf", out, NAMED)
        text, pages[length] = _pdf_text(out)
        assert text.count(LETTERS) >= 2 * (length // len(LETTERS))  # after the statement and in the attendance list
    export_meeting(meeting_view(_with_name("Anna Nowak")), "pdf", tmp_path / "short.pdf", NAMED)
    base = _pdf_text(tmp_path / "short.pdf")[1]
    extra_25k, extra_100k = pages[25_000] - base, pages[100_000] - base
    assert extra_25k > 0
    assert 3 * extra_25k <= extra_100k <= 4 * extra_25k + 2  # four times the text, four times the pages


def test_a_long_name_in_the_attendance_list_keeps_the_number_column_readable(tmp_path):
    out = tmp_path / "n.pdf"
    export_meeting(meeting_view(_with_name(_run(5_000))), "pdf", out, NAMED)
    annex = next(p.extract_text() for p in PdfReader(out).pages if "Lista obecności" in p.extract_text())
    assert "Lp." in annex and "1." in annex.split()  # not squeezed to one letter a line


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_cancel_stops_the_export_and_leaves_no_file(tmp_path, fmt):
    checks = []

    def cancel() -> bool:
        checks.append(1)
        return len(checks) > 20  # the user presses Cancel while the document is being written

    out = tmp_path / f"m.{fmt}"
    with pytest.raises(Cancelled):
        export_meeting(meeting_view(load_sample()), fmt, out, NAMED, Watch(cancel=cancel))
    assert list(tmp_path.iterdir()) == []  # neither the document nor a temporary file


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_progress_rises_to_the_end_and_the_file_reads_back(tmp_path, fmt):
    seen: list[int] = []
    out = tmp_path / f"m.{fmt}"
    export_meeting(meeting_view(load_sample()), fmt, out, NAMED, Watch(progress=lambda done, total: seen.append(done)))
    assert seen == sorted(seen) and len(seen) > 10 and seen[-1] >= 90
    if fmt == "pdf":
        assert "Podsumowanie spotkania" in PdfReader(out).pages[0].extract_text()
    else:
        assert any("Podsumowanie spotkania" in p.text for p in Document(out).paragraphs)


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))  # writes past 20 kB fail with EFBIG, as on a full disk


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_full_disk_gives_one_line_and_no_file(tmp_path, fmt):
    sample = tmp_path / "m.json"
    subprocess.run([sys.executable, "-m", "facilitator", "sample", "-o", str(sample)], check=True)
    out = tmp_path / "out" / f"m.{fmt}"
    out.parent.mkdir()
    done = subprocess.run([sys.executable, "-m", "facilitator", "export", str(sample), "--format", fmt, "-o", str(out)],
                          check=False, capture_output=True, text=True, preexec_fn=_limit_file_size, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ") and str(out.name) in done.stderr
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr
    assert list(out.parent.iterdir()) == []
