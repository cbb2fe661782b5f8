"""The PDF table of contents, laid out in one pass, gives each heading the page it is printed on."""

from __future__ import annotations

import re

from pypdf import PdfReader

from facilitator.render import render_pdf
from facilitator.summary import Heading, Metadata, PageBreak, Paragraph, Summary, TableOfContents

AREAS = ["Tworzenie polityk publicznych", "Komunikacja i wsparcie NGO", "Polityka lokalowa", "Inne uwagi"]


def test_each_contents_entry_names_the_page_its_heading_is_on(tmp_path):
    blocks = [TableOfContents("Spis treści", 1), PageBreak()]
    for n, area in enumerate(AREAS):
        blocks.append(Heading(area, 1))
        blocks.append(Heading("Mocne strony", 2))
        blocks += [Paragraph(f"Wypowiedź {n}.{i}: " + "lokale dla organizacji pozarządowych " * 6)
                   for i in range(25 * (n + 1))]
    out = tmp_path / "spis.pdf"
    render_pdf(Summary(Metadata(title="Raport", language="pl"), tuple(blocks)), out)
    from pdfminer.high_level import extract_text

    pages = [page.extract_text() for page in PdfReader(out).pages]
    contents = " ".join(extract_text(str(out), page_numbers=[0]).split())  # pdfminer reads by position
    printed = {}
    for area in AREAS:
        match = re.search(re.escape(area) + r"[ .]*?(\d+)(?=\s|$)", contents)  # 'Polityka lokalowa . . . 9'
        assert match, (area, contents)
        printed[area] = int(match.group(1))
        assert printed[area] == 1 + next(i for i, text in enumerate(pages) if i and area in text.splitlines()), area
    assert sorted(printed.values()) == list(printed.values()) and len(set(printed.values())) == len(AREAS)
    assert "Mocne strony" not in contents  # level 2 stays out of a one-level contents
    reader = PdfReader(out)
    assert [item.title for item in reader.outline if not isinstance(item, list)] == AREAS  # bookmarks as before
