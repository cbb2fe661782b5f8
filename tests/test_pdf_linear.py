"""Long header fields (title, purpose, organiser, section title) are laid out line by line like long statements,
so a PDF export stays linear in their length (the ≤ 2 s target for a 100,000-character title is in benchmarks/)."""

from __future__ import annotations

from pypdf import PdfReader

from facilitator.export import export_meeting
from facilitator.meetingfile.view import meeting_view
from facilitator.sample import load_sample
from facilitator.summary import SummaryOptions


def test_long_header_fields_are_printed_whole(tmp_path):
    data = load_sample()
    meeting = data["meeting"]
    word = "Rewitalizacja "
    meeting["title"] = (word * 8000)[:100_000]
    meeting["purpose"] = (word * 400)[:5_000]
    meeting["organiser"] = (word * 400)[:5_000]
    meeting["sections"][0]["title"] = (word * 400)[:5_000]
    out = tmp_path / "long.pdf"
    export_meeting(meeting_view(data), "pdf", out, SummaryOptions())
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    expected = 100_000 // len(word) + 3 * (5_000 // len(word))
    assert text.count("Rewitalizacja") >= expected  # every field printed whole, nothing cut
