"""DOCX export read back with python-docx: Word styles, numbering, nesting, properties, anonymity."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from PIL import Image as PILImage
from test_summary_factory import (
    SECRET_EMAILS,
    SECRET_NAMES,
    SECRET_ORGS,
    docx_paragraphs,
    docx_parts,
    make_meeting,
)

from facilitator.render import ExportError, render_docx
from facilitator.summary import (
    Image,
    ListItem,
    Metadata,
    NumberedList,
    Summary,
    SummaryOptions,
    Table,
    TableOfContents,
    Title,
    build,
)


def png(width: int = 40, height: int = 20) -> bytes:
    """A small real PNG."""
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (31, 58, 95)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def grouped(tmp_path: Path) -> Path:
    path = tmp_path / "grouped.docx"
    render_docx(build(make_meeting()), path)
    return path


def test_styles_and_heading_order(grouped: Path) -> None:
    paragraphs = docx_paragraphs(grouped)
    assert paragraphs[0] == ("Title", "Podsumowanie spotkania konsultacyjnego")
    assert paragraphs[1][0] == "Subtitle" and paragraphs[2] == (
        "Subtitle",
        "Biuro Inicjatyw Społecznych, 15 czerwca 2018 r.",
    )
    headings = [(style, text) for style, text in paragraphs if style.startswith("Heading")]
    assert headings[:4] == [
        ("Heading 1", "OPINIE I POSTULATY DOTYCZĄCE WSPÓŁPRACY Z UMK W TRZECH PŁASZCZYZNACH WSPÓŁPRACY"),
        ("Heading 2", "TWORZENIE POLITYK PUBLICZNYCH"),
        ("Heading 3", "Mocne strony"),
        ("Heading 3", "Słabe strony"),
    ]
    assert ("Normal", "Liczba uczestników: 9 osób") in paragraphs
    assert paragraphs[-1] == ("Normal", "Opracowanie: Ewa Autorka")


def test_agenda_is_a_numbered_list(grouped: Path) -> None:
    paragraphs = docx_paragraphs(grouped)
    start = paragraphs.index(("Normal", "Przebieg spotkania:"))
    assert [style for style, _ in paragraphs[start + 1 : start + 4]] == ["List Number"] * 3
    assert paragraphs[start + 1][1] == "Informacja o działaniach związanych z opracowaniem WPW."


def test_bullet_nesting(grouped: Path) -> None:
    paragraphs = docx_paragraphs(grouped)
    assert ("List Bullet", "cykliczne działania edukacyjne adresowane do urzędników,") in paragraphs
    assert ("List Bullet 2", "szkolenia także dla kadry kierowniczej") in paragraphs
    assert not any(text == "Rekomendacje:" for _, text in paragraphs)  # the sub-heading says it already


def test_bullet_nesting_three_levels(tmp_path: Path) -> None:
    path = tmp_path / "captured.docx"
    render_docx(build(make_meeting(), SummaryOptions(layout="captured")), path)
    paragraphs = docx_paragraphs(path)
    assert ("List Bullet", "Rekomendacje:") in paragraphs
    assert ("List Bullet 2", "powołanie pełnomocnika ds. przeciwdziałania dyskryminacji,") in paragraphs
    assert ("List Bullet 3", "szkolenia także dla kadry kierowniczej") in paragraphs


def test_page_setup_and_footer_page_field(grouped: Path) -> None:
    document = docx.Document(str(grouped))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert round(section.left_margin.cm, 1) == 2.5 and round(section.top_margin.cm, 1) == 2.5
    footer = "".join(v.decode() for k, v in docx_parts(grouped).items() if k.startswith("word/footer"))
    assert " PAGE " in footer and " NUMPAGES " in footer and "Strona" in footer


def test_core_properties(grouped: Path) -> None:
    props = docx.Document(str(grouped)).core_properties
    assert props.title == "Podsumowanie spotkania konsultacyjnego"
    assert props.author == "Ewa Autorka" and props.last_modified_by == "Ewa Autorka"
    assert props.subject == "WPW 2019–2022"
    assert props.language == "pl-PL"
    assert "python-docx" not in (props.author + props.comments + props.last_modified_by)


@pytest.mark.parametrize("layout", ["grouped", "captured"])
def test_anonymised_docx_holds_no_personal_data(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "anon.docx"
    render_docx(build(make_meeting(), SummaryOptions(layout=layout)), path)
    parts = docx_parts(path)
    assert "docProps/core.xml" in parts
    for name, data in parts.items():
        for secret in (*SECRET_NAMES, *SECRET_EMAILS, *SECRET_ORGS):
            assert secret.encode() not in data, (secret, name)


def test_named_export_attributes_speakers(tmp_path: Path) -> None:
    path = tmp_path / "named.docx"
    render_docx(build(make_meeting(), SummaryOptions(named=True, attendance_annex=True)), path)
    texts = [text for _, text in docx_paragraphs(path)]
    assert f"W mieście nie ma polityki migracji. ({SECRET_NAMES[0]}, {SECRET_ORGS[0]})" in texts
    table = docx.Document(str(path)).tables[0]
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == ["Lp.", "Imię i nazwisko", "Organizacja"]
    assert [c.text for c in table.rows[1].cells] == ["1.", SECRET_NAMES[0], SECRET_ORGS[0]]
    assert len(table.rows) == 2
    core = docx_parts(path)["docProps/core.xml"]
    assert all(name.encode() not in core for name in SECRET_NAMES)


def test_english_docx(tmp_path: Path) -> None:
    path = tmp_path / "en.docx"
    render_docx(build(make_meeting(), SummaryOptions(language="en")), path)
    texts = [text for _, text in docx_paragraphs(path)]
    assert "Biuro Inicjatyw Społecznych, 15 June 2018" in texts
    assert "Number of participants: 9 people" in texts
    assert docx.Document(str(path)).core_properties.language == "en-GB"


def test_second_numbered_list_restarts(tmp_path: Path) -> None:
    path = tmp_path / "lists.docx"
    items = (ListItem("a"), ListItem("b"))
    render_docx(Summary(Metadata(title="t"), (NumberedList(items), NumberedList(items, start=1))), path)
    document = docx.Document(str(path))
    num_ids = [p._p.pPr.numPr.numId.val if p._p.pPr.numPr is not None else None for p in document.paragraphs]
    assert num_ids[:2] == [None, None]  # the style's own numbering
    assert num_ids[2] == num_ids[3] and num_ids[2] is not None
    numbering = document.part.numbering_part.element.xml
    assert f'w:numId="{num_ids[2]}"' in numbering and 'w:startOverride w:val="1"' in numbering


def test_generic_nodes_table_image_toc(tmp_path: Path) -> None:
    path = tmp_path / "nodes.docx"
    blocks = (
        Title("Raport"),
        TableOfContents(),
        Table(("A", "B"), (("1", "dwa & <trzy>"), ("4",))),
        Image(png(), 8.0, "Wykres 1"),
        Image(png(4000, 100), 50.0),
    )
    render_docx(Summary(Metadata(title="Raport"), blocks), path)
    document = docx.Document(str(path))
    document_xml = docx_parts(path)["word/document.xml"].decode()
    assert 'TOC \\o "1-3"' in document_xml
    assert len(document.inline_shapes) == 2
    assert abs(document.inline_shapes[0].width.cm - 8.0) < 0.01
    assert document.inline_shapes[1].width.cm <= 16.0 + 0.01
    assert ("Caption", "Wykres 1") in docx_paragraphs(path)
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows == [["A", "B"], ["1", "dwa & <trzy>"], ["4", ""]]
    assert b"updateFields" in docx_parts(path)["word/settings.xml"]


def test_unreadable_image_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="image"):
        render_docx(Summary(Metadata(), (Image(b"not a png", 5.0),)), tmp_path / "bad.docx")


def test_sub_bullets_differ_by_depth_like_the_pdf(grouped: Path) -> None:
    document = docx.Document(str(grouped))
    numbering = document.part.numbering_part.element
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    glyphs = {}
    for style in ("List Bullet", "List Bullet 2", "List Bullet 3"):
        num_id = document.styles[style].element.find("w:pPr/w:numPr/w:numId", ns).get(qn("w:val"))
        abstract_id = numbering.find(f"w:num[@w:numId='{num_id}']/w:abstractNumId", ns).get(qn("w:val"))
        level = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']/w:lvl", ns)
        glyphs[style] = level.find("w:lvlText", ns).get(qn("w:val"))
    assert glyphs["List Bullet 2"] == "–" and glyphs["List Bullet 3"] == "▪"
    assert len(set(glyphs.values())) == 3


def test_header_lines_read_like_the_seed(grouped: Path) -> None:
    document = docx.Document(str(grouped))
    audience, place = document.paragraphs[1], document.paragraphs[2]
    subtitle = document.styles["Subtitle"]
    assert subtitle.font.bold and subtitle.element.rPr.find(qn("w:spacing")) is None  # no letter-spacing
    assert audience.runs[0].bold is None  # bold from the style
    assert place.runs[0].bold is False and place.paragraph_format.space_after == Pt(10)


def test_closing_author_line_is_set_off_from_the_body(grouped: Path) -> None:
    document = docx.Document(str(grouped))
    closing = document.paragraphs[-1]
    assert closing.text == "Opracowanie: Ewa Autorka" and closing.paragraph_format.space_before == Pt(10)
    header_field = next(p for p in document.paragraphs if p.text.startswith("Cel spotkania:"))
    assert header_field.paragraph_format.space_before is None
