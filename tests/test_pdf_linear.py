"""Long header fields (title, purpose, organiser, section title) are laid out line by line like long statements,
so a PDF export stays linear in their length (the ≤ 2 s target for a 100,000-character title is in benchmarks/)."""

from __future__ import annotations

from pypdf import PdfReader

from facilitator.export import export_meeting
from facilitator.meetingfile.view import meeting_view
from facilitator.render import render_pdf
from facilitator.sample import load_sample
from facilitator.summary import Metadata, Summary, SummaryOptions, Table


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


def test_a_page_may_end_inside_a_tall_row_wherever_the_rows_before_it_leave_it(tmp_path):
    """The last piece on a page had reportlab's bottom padding though its height was counted without it: when the
    page was full to within those 4 points, the export failed ("Splitting error"). Seen on an official's
    consultation report; here every mix of short rows before a 45-line row is laid out."""
    tall = "\n".join(f"Linia {n} uzasadnienia" for n in range(45))
    for ones in range(26):
        for twos in range(4):
            rows = (*((str(n), "Krótka uwaga") for n in range(ones)),
                    *((str(n), "Uwaga\nw dwóch liniach") for n in range(twos)), ("X", tall), ("Y", "Ostatnia"))
            out = tmp_path / f"t{ones}-{twos}.pdf"
            render_pdf(Summary(Metadata(title="Tabela"), (Table(("Lp.", "Uwaga"), rows, (0.5, 6.0)),)), out)
            text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
            assert "Linia 44 uzasadnienia" in text and "Ostatnia" in text, (ones, twos)
