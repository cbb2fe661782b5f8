"""Text is data: markup, control characters, emoji, right-to-left and huge items survive every format."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from test_summary_factory import add_item, docx_paragraphs, docx_text, make_meeting, pdf_text, pdf_text_fast, squash

from facilitator.render import render_docx, render_html, render_pdf
from facilitator.render.text import break_long_words, clean, html_text, pdf_markup, wrap_lines
from facilitator.summary import SummaryOptions, build

MARKUP = 'Koszt < 5 zł & więcej > 3; <b>nie pogrubione</b> <font color="red">x</font> &amp; "cudzysłów"'
CONTROL = "przed\x00\x01\x07\x0b\x1b\x7f\x9b\ufffe\uffff\ud800po"
MULTILINE = "pierwsza linia\ndruga linia\r\ntrzecia\rczwarta"
EMOJI = "Super 😀🎉 👍🏽 spotkanie ✔"
RTL = "שלום עולם مرحبا بالعالم"


def tricky_meeting():
    meeting = make_meeting(purpose=MARKUP, audience=CONTROL)
    section = meeting.sections[-1]
    for text in (MARKUP, CONTROL, MULTILINE, EMOJI, RTL):
        add_item(section, "remark", text)
    return meeting


def test_clean_drops_only_invalid_code_points() -> None:
    assert clean(CONTROL) == "przedpo"
    assert clean("tab\there\nnewline") == "tab\there\nnewline"
    assert clean(MULTILINE) == "pierwsza linia\ndruga linia\ntrzecia\nczwarta"
    assert clean(EMOJI) == EMOJI and clean(RTL) == RTL
    assert clean(None) == ""


def test_markup_is_escaped_for_reportlab_and_html() -> None:
    assert pdf_markup("<b>&</b>\nx") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>x"
    assert html_text('<b>"&"</b>\nx') == "&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;<br>x"


def test_wrapped_lines_and_long_words_keep_every_word() -> None:
    text = ("słowo " * 5000) + "\n\nakapit po pustej linii"
    lines = wrap_lines(text, 100.0, lambda word: 10.0 * len(word))  # 'słowo' is 50 wide, a space 10
    assert lines[:2] == ["słowo", "słowo"] and lines[-4:] == ["", "akapit po", "pustej", "linii"]
    assert " ".join(lines).split() == text.split()
    assert wrap_lines("ab cd ef", 50.0, lambda word: 10.0 * len(word)) == ["ab cd", "ef"]
    assert break_long_words("a" * 130).split("\n") == ["a" * 60, "a" * 60, "a" * 10]


def test_docx_prints_text_literally(tmp_path: Path) -> None:
    path = tmp_path / "tricky.docx"
    render_docx(build(tricky_meeting()), path)
    texts = [text for _, text in docx_paragraphs(path)]
    assert f"Cel spotkania: {MARKUP}" in texts
    assert "przedpo" in texts
    assert EMOJI in texts and RTL in texts
    assert "pierwsza linia\ndruga linia\ntrzecia\nczwarta" in texts  # w:br line breaks inside one bullet


def test_pdf_prints_text_literally(tmp_path: Path) -> None:
    path = tmp_path / "tricky.pdf"
    render_pdf(build(tricky_meeting()), path)
    text = pdf_text(path)
    assert MARKUP in squash(text)
    assert "przedpo" in text
    assert "pierwsza linia\ndruga linia\ntrzecia\nczwarta" in text
    assert "Super" in text and "spotkanie" in text  # emoji may print as boxes, the words around them stay
    assert "שלום" in text or "םולש" in text  # extraction may reorder right-to-left text


def test_html_preview_escapes_everything() -> None:
    html = render_html(build(tricky_meeting(), SummaryOptions(layout="captured")))
    assert "<b>nie pogrubione</b>" not in html and "&lt;b&gt;nie pogrubione&lt;/b&gt;" in html
    assert "&lt;font color=&quot;red&quot;&gt;" in html
    assert "\x00" not in html and "\x1b" not in html
    assert "pierwsza linia<br>druga linia" in html
    assert EMOJI in html and RTL in html


def test_html_structure() -> None:
    html = render_html(build(make_meeting()))
    assert html.startswith('<html lang="pl">')
    assert "<h1>Podsumowanie spotkania konsultacyjnego</h1>" in html
    assert "<p><b>Liczba uczestników:</b> 9 osób</p>" in html
    assert "<ol><li>Informacja o działaniach" in html
    assert "<li>cykliczne działania edukacyjne adresowane do urzędników,<ul><li>szkolenia także" in html
    assert "Rekomendacje:" not in html
    assert html.count("<h2>") == 1  # the group heading; every section, grouped or not, is one level below
    assert html.count("<h3>") == 4


@pytest.fixture(scope="module")
def huge_item_meeting():
    meeting = make_meeting()
    words = ("Zażółć gęślą jaźń, „cytat” & <znacznik> " * 3000)[:100_000]
    add_item(meeting.sections[-1], "remark", words)
    add_item(meeting.sections[-1], "remark", "y" * 20_000)  # one word wider than many pages of lines
    return meeting


def test_huge_item_splits_across_pdf_pages(tmp_path: Path, huge_item_meeting) -> None:
    path = tmp_path / "huge.pdf"
    render_pdf(build(huge_item_meeting), path)
    text = pdf_text_fast(path)
    assert len(PdfReader(str(path)).pages) > 20
    assert squash(text).count("Zażółć gęślą jaźń") >= 2400
    assert "".join(text.split()).count("y") >= 20_000


def test_huge_item_prints_as_one_seamless_paragraph(tmp_path: Path) -> None:
    """Laid out in pieces for speed, the long item still fills every line up to the margin."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLine

    meeting = make_meeting()
    add_item(meeting.sections[-1], "remark", ("Bardzo długi punkt, który nie ma końca. " * 500).strip())
    path = tmp_path / "seamless.pdf"
    render_pdf(build(meeting), path)

    def lines(element):
        if isinstance(element, LTTextLine):
            yield element
        for child in getattr(element, "_objs", []) or []:
            yield from lines(child)

    ends = [line.x1 for page in extract_pages(str(path)) for line in lines(page) if "nie ma" in line.get_text()]
    assert len(ends) > 100
    assert max(ends) - sorted(ends)[1] < 40  # no short line where one piece stops and the next starts


def test_huge_item_in_docx(tmp_path: Path, huge_item_meeting) -> None:
    path = tmp_path / "huge.docx"
    render_docx(build(huge_item_meeting), path)
    assert any(len(text) == 100_000 for _, text in docx_paragraphs(path))


def test_three_thousand_items_in_both_formats(tmp_path: Path) -> None:
    meeting = make_meeting()
    section = meeting.sections[0]
    kinds = ("strength", "weakness", "proposal")
    for n in range(3000):
        add_item(
            section, kinds[n % 3], f"Punkt numer {n} – treść uwagi zgłoszonej w trakcie spotkania.", position=n + 3
        )
    summary = build(meeting, SummaryOptions(layout="captured"))
    render_docx(summary, tmp_path / "big.docx")
    render_pdf(summary, tmp_path / "big.pdf")
    bullets = [p for p in docx.Document(str(tmp_path / "big.docx")).paragraphs if p.text.startswith("Punkt numer")]
    assert len(bullets) == 3000
    pages = PdfReader(str(tmp_path / "big.pdf")).pages
    assert len(pages) > 50
    text = "".join(page.extract_text() for page in (*pages[:2], *pages[-3:]))
    assert "Punkt numer 0 " in text and "Punkt numer 2999 " in text
    assert "Punkt numer 1500" in docx_text(tmp_path / "big.docx")


def test_oversized_header_fields_export(tmp_path: Path) -> None:
    """A pasted essay in the title or purpose still exports; DOCX properties stay within their 255 limit."""
    meeting = make_meeting(title="Tytuł " * 600, purpose=("Cel spotkania bardzo długi. " * 800), audience="a" * 3000)
    meeting.sections[0].title = "Sekcja " * 500
    summary = build(meeting)
    render_docx(summary, tmp_path / "long.docx")
    render_pdf(summary, tmp_path / "long.pdf")
    props = docx.Document(str(tmp_path / "long.docx")).core_properties
    assert len(props.title) == 255 and props.title.startswith("Tytuł Tytuł")
    assert PdfReader(str(tmp_path / "long.pdf")).metadata.title.startswith("Tytuł Tytuł")
    assert pdf_text_fast(tmp_path / "long.pdf").split().count("długi.") == 800  # a sentence may straddle pages


def test_html_preview_in_qt_rich_text(qapp) -> None:
    """Qt's rich text engine (the QTextBrowser preview) shows the literal text, lists and table."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(render_html(build(tricky_meeting(), SummaryOptions(attendance_annex=True))))
    text = document.toPlainText()
    assert "<b>nie pogrubione</b>" in text and MARKUP.split(";")[0] in text
    assert "Liczba uczestników: 9 osób" in text
    assert "pierwsza linia\u2028druga linia" in text or "pierwsza linia\ndruga linia" in text
    assert "Lista obecności" in text and "Zdzisława Kwiatkowska-Pietrzyk" in text
    assert document.blockCount() > 30
