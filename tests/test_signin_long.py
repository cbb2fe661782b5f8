"""The sign-in sheet with a 2,000-character name or organisation lays out (shortened), never a crash."""

from __future__ import annotations

from pypdf import PdfReader

from facilitator.meetingfile.view import meeting_view
from facilitator.render.signin import write_signin_sheet
from facilitator.sample import load_sample


def test_a_2000_character_name_and_organisation_lay_out(tmp_path):
    data = load_sample()
    data["meeting"]["title"] = "Tytuł " * 16_000
    data["meeting"]["participants"] = [
        {"name": "N" * 2000, "organisation": "Stowarzyszenie " * 140, "email": "a@przyklad.pl"},
        {"name": "Jan Nowak", "organisation": "Rada Osiedla", "email": None},
    ]
    out = write_signin_sheet(meeting_view(data), tmp_path / "lista.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jan Nowak" in text and "Rada Osiedla" in text and "…" in text
