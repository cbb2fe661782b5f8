"""One document theme (facilitator.render.theme): PDF, DOCX and the preview take colours and sizes from it."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from test_summary_factory import make_meeting

from facilitator.render import pdfstyle, render_docx, render_html, theme
from facilitator.summary import build

RENDER = Path(__file__).resolve().parent.parent / "facilitator" / "render"


def test_no_summary_renderer_spells_a_colour_of_its_own() -> None:
    for name in ("docx.py", "pdf.py", "pdfstyle.py", "html.py"):
        source = (RENDER / name).read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{6}\b|RGBColor\(0x", source), name


def test_the_three_renderings_use_the_theme(tmp_path: Path) -> None:
    styles = pdfstyle.styles()
    assert styles["h2"].fontSize == theme.SIZES["h2"] and styles["h2"].textColor.hexval()[2:] == theme.ACCENT[1:]
    assert f"h3 {{ font-size: {theme.SIZES['h2']}pt; color: {theme.ACCENT}; }}" in render_html(build(make_meeting()))
    render_docx(build(make_meeting()), tmp_path / "t.docx")
    heading = docx.Document(str(tmp_path / "t.docx")).styles["Heading 2"]
    assert heading.font.size.pt == theme.word_size("h2")
    assert str(heading.font.color.rgb) == theme.ACCENT[1:].upper()


def test_word_sizes_scale_to_half_points() -> None:
    assert theme.word_size("body") == 11.0
    assert all((theme.word_size(role) * 2).is_integer() for role in theme.SIZES)
    assert theme.rgb("#1f3a5f") == (0x1F, 0x3A, 0x5F)
