"""Acceptance: the sample meeting exported to DOCX and PDF holds every sentence of the real 2018 summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_summary_factory import docx_text, pdf_text

from facilitator.export import export_meeting
from facilitator.meetingfile import meeting_from_dict
from facilitator.sample import load_sample
from facilitator.summary import SummaryOptions
from tests import seedtext


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, str]:
    """Text of the sample exported in both formats and both layouts."""
    folder = tmp_path_factory.mktemp("sample")
    texts = {}
    for layout in ("captured", "grouped"):
        meeting = meeting_from_dict(load_sample())
        for fmt, read in (("docx", docx_text), ("pdf", pdf_text)):
            path = export_meeting(meeting, fmt, folder / f"sample-{layout}.{fmt}", SummaryOptions(layout=layout))
            texts[f"{layout}.{fmt}"] = read(Path(path))
    return texts


@pytest.mark.parametrize("which", ["captured.docx", "captured.pdf", "grouped.docx", "grouped.pdf"])
def test_every_seed_sentence_is_exported(exported: dict[str, str], which: str) -> None:
    missing = seedtext.missing_sentences(exported[which])
    assert not missing, f"{len(missing)} seed sentences missing from {which}, e.g. {missing[:3]}"


def test_the_seed_has_sentences() -> None:
    assert len(seedtext.seed_sentences()) > 100
