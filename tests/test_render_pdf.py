"""PDF export read back with pypdf and pdfminer.six: text, numbering, metadata, fonts, page numbers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_summary_factory import (
    GROUP,
    SECRET_EMAILS,
    SECRET_NAMES,
    SECRET_ORGS,
    make_meeting,
    pdf_text,
    squash,
)

from facilitator.render import render_pdf
from facilitator.summary import (
    Heading,
    Image,
    Metadata,
    Paragraph,
    Summary,
    SummaryOptions,
    Table,
    TableOfContents,
    Title,
    build,
)


@pytest.fixture(scope="module")
def grouped(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "grouped.pdf"
    render_pdf(build(make_meeting()), path)
    return path


@pytest.fixture(scope="module")
def grouped_text(grouped: Path) -> str:
    return pdf_text(grouped)


def test_text_in_reading_order(grouped_text: str) -> None:
    text = squash(grouped_text)
    order = [
        "Podsumowanie spotkania konsultacyjnego",
        "Biuro Inicjatyw Społecznych, 15 czerwca 2018 r.",
        "Cel spotkania: zebranie doświadczeń",
        "Liczba uczestników: 9 osób",
        "Prowadzenie: Ewa Prowadząca",
        "Przebieg spotkania:",
        GROUP.upper(),
        "TWORZENIE POLITYK PUBLICZNYCH",
        "Mocne strony",
        "Słabe strony",
        "KOMUNIKACJA I WSPARCIE NGO",
        "POLITYKA ANTYDYSKRYMINACYJNA",
        "INNE UWAGI",
        "Opracowanie: Ewa Autorka",
    ]
    positions = [text.find(s) for s in order]
    assert -1 not in positions, [s for s, p in zip(order, positions) if p < 0]
    assert positions == sorted(positions)


def test_agenda_numbered_and_bullets_nested(grouped_text: str) -> None:
    text = squash(grouped_text)
    assert "1. Informacja o działaniach związanych z opracowaniem WPW." in text
    assert "3. Zbieranie opinii dotyczących współpracy z UMK." in text
    assert "• powołanie pełnomocnika" in text
    assert "– szkolenia także dla kadry kierowniczej" in text
    assert "Rekomendacje:" not in text  # the "Rekomendacje" sub-heading already says it


@pytest.fixture(scope="module")
def captured(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "captured.pdf"
    render_pdf(build(make_meeting(), SummaryOptions(layout="captured")), path)
    return path


def test_captured_bullets_nested_three_levels(captured: Path) -> None:
    text = squash(pdf_text(captured))
    assert "• Rekomendacje:" in text
    assert "– powołanie pełnomocnika" in text
    assert "▪ szkolenia także dla kadry kierowniczej" in text


def test_nesting_is_indented(captured: Path) -> None:
    """A sub-bullet starts further right than its parent bullet."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLine

    def lines(element):
        if isinstance(element, LTTextLine):
            yield element
        for child in getattr(element, "_objs", []) or []:
            yield from lines(child)

    x = {}
    for page in extract_pages(str(captured)):
        for line in lines(page):
            for key in ("Rekomendacje:", "powołanie pełnomocnika", "szkolenia także"):
                if key in line.get_text():
                    x[key] = line.x0
    assert x["Rekomendacje:"] < x["powołanie pełnomocnika"] < x["szkolenia także"]


def test_metadata_fonts_and_page_numbers(grouped: Path, grouped_text: str) -> None:
    reader = PdfReader(str(grouped))
    meta = reader.metadata
    assert meta.title == "Podsumowanie spotkania konsultacyjnego"
    assert meta.author == "Ewa Autorka"
    assert meta.subject == "WPW 2019–2022"
    assert "WPW 2019–2022" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "pl-PL"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is a standard font, not embedded"
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, "TrueType font must be embedded"
            fonts.add(str(descriptor["/FontName"]))
    assert any("DejaVuSans" in f for f in fonts) and any("Bold" in f for f in fonts)
    total = len(reader.pages)
    assert f"Strona 1 z {total}" in grouped_text


def test_english_pdf(tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    render_pdf(build(make_meeting(), SummaryOptions(language="en", layout="captured")), path)
    text = squash(pdf_text(path))
    assert "15 June 2018" in text and "Number of participants: 9 people" in text and "Page 1 of" in text
    assert "Strengths" not in text  # captured layout has no kind sub-headings
    assert PdfReader(str(path)).trailer["/Root"]["/Lang"] == "en-GB"


@pytest.mark.parametrize("layout", ["grouped", "captured"])
def test_anonymised_pdf_holds_no_personal_data(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "anon.pdf"
    render_pdf(build(make_meeting(), SummaryOptions(layout=layout)), path)
    raw, text = path.read_bytes(), pdf_text(path)
    for secret in (*SECRET_NAMES, *SECRET_EMAILS, *SECRET_ORGS):
        assert secret not in text
        assert secret.encode() not in raw and secret.encode("utf-16-be") not in raw


def test_named_pdf_with_annex(tmp_path: Path) -> None:
    path = tmp_path / "named.pdf"
    render_pdf(build(make_meeting(), SummaryOptions(named=True, attendance_annex=True)), path)
    text = squash(pdf_text(path))
    assert f"({SECRET_NAMES[0]}, {SECRET_ORGS[0]})" in text
    assert "Lista obecności" in text and "Imię i nazwisko" in text
    assert f"({SECRET_ORGS[1]})" in text  # no consent recorded: attributed to the organisation…
    assert SECRET_NAMES[1] not in text  # …and not named anywhere, annex included


def _png(width: int, height: int) -> bytes:
    from PIL import Image as PILImage

    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def test_toc_tables_and_images(tmp_path: Path) -> None:
    long_cell = "komórka " * 1200  # taller than a page: the row must split
    blocks = (
        Title("Raport zbiorczy"),
        TableOfContents(),
        Heading("Pierwszy rozdział", 1),
        Paragraph("Tekst & <b>nie pogrubiony</b>"),
        Table(("Kolumna A", "Kolumna B"), (("krótki", long_cell), ("x", "y"))),
        Heading("Drugi rozdział", 1),
        Heading("Podrozdział", 3),  # a skipped level must not break the PDF outline
        Image(_png(50, 2000), 30.0, "Bardzo wysoki obraz"),
    )
    path = tmp_path / "nodes.pdf"
    render_pdf(Summary(Metadata(title="Raport", language="pl"), blocks), path)
    reader = PdfReader(str(path))
    first_pages = squash(reader.pages[0].extract_text() + reader.pages[1].extract_text())
    assert "Spis treści" in first_pages and "Pierwszy rozdział" in first_pages and "Drugi rozdział" in first_pages
    assert [o.title for o in reader.outline if not isinstance(o, list)][:2] == ["Pierwszy rozdział", "Drugi rozdział"]
    text = squash(pdf_text(path))
    assert "Tekst & <b>nie pogrubiony</b>" in text
    assert text.count("komórka") == 1200
    assert "Bardzo wysoki obraz" in text
    assert base_fonts(reader) == {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold", "/AAAAAA+DejaVuSans-Oblique"}


def base_fonts(reader: PdfReader) -> set[str]:
    """Every font any page refers to; tables and the TOC must not fall back on reportlab's Helvetica."""
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
