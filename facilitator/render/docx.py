"""Summary → DOCX with real Word styles (Title, Heading 1–3, List Bullet, List Number, Table Grid)."""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from facilitator.i18n import reason, tr
from facilitator.render import theme
from facilitator.render.base import Exporter, ExportError
from facilitator.render.layout import table_layout
from facilitator.render.text import bound, clean, one_line
from facilitator.render.watch import NO_WATCH, Watch
from facilitator.summary import lang as L
from facilitator.summary.nodes import (
    BulletList,
    Field,
    Heading,
    Image,
    ListItem,
    NumberedList,
    PageBreak,
    Paragraph,
    Subtitle,
    Summary,
    Table,
    TableOfContents,
    Title,
)

TEXT_WIDTH_CM = 16.0  # A4 (21 cm) minus two 2.5 cm margins
LANDSCAPE_WIDTH_CM = 24.7  # A4 turned (29.7 cm) minus the same margins
CELL_PADDING_CM = 0.38  # Word's default left + right cell margins


def _estimate_cm(word: str, bold: bool, size: float) -> float:
    """A word's width, estimated on the wide side (Calibri, or DejaVu where an office suite substitutes it)."""
    return len(word) * size * (0.68 if bold else 0.6) / 28.35

BODY_FONT = "Calibri"
HEADING_COLOR = RGBColor(*theme.rgb(theme.ACCENT))
PLACE_COLOR = RGBColor(*theme.rgb(theme.MUTED))
INK_COLOR = RGBColor(*theme.rgb(theme.INK))
SUB_BULLETS = {"List Bullet 2": "–", "List Bullet 3": "▪"}  # as in the PDF; Calibri holds both glyphs
LANG_TAGS = {"pl": "pl-PL", "en": "en-GB"}


class DocxExporter(Exporter):
    """Word document writer."""

    def render(self, summary: Summary, path: Path | str, watch: Watch | None = None) -> None:
        """Build the document in memory, zip it in memory, then write the bytes in one go.

        Zipping straight into the file left a half-written ZipFile behind on a full disk, whose clean-up
        printed "Exception ignored in ZipFile.__del__" after the error; now the only failure is one write.
        """
        writer = _Writer(summary, watch or NO_WATCH)
        writer.write_blocks()
        buffer = io.BytesIO()
        writer.doc.save(buffer)
        writer.watch.check()
        try:
            with open(path, "wb") as handle:
                handle.write(buffer.getbuffer())
        except OSError as exc:
            raise ExportError(tr("Cannot write {path}: {reason}", path=path, reason=reason(exc)), path) from exc


class _Writer:
    """Holds the document and the looked-up styles while the blocks are written."""

    def __init__(self, summary: Summary, watch: Watch = NO_WATCH) -> None:
        self.summary = summary
        self.watch = watch
        self.lang = L.norm(summary.metadata.language)
        self.doc = docx.Document()
        self.styles = {s.name: s for s in self.doc.styles}
        self.body = self.doc.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.numbered_lists = 0
        self.seen_heading = False
        _setup_page(self.doc, self.lang)
        _setup_styles(self.doc, self.styles, self.lang)
        _set_properties(self.doc, summary)
        self.handlers: dict[type, Callable[[Any], None]] = {
            Title: lambda b: self.para(b.text, "Title"),
            Subtitle: self.subtitle,
            Heading: self.heading,
            Paragraph: lambda b: self.para(b.text, "Normal", bold=b.bold, italic=b.italic),
            Field: self.field,
            BulletList: lambda b: self.list_items(b.items, 0, numbered=None),
            NumberedList: self.numbered,
            Table: self.table,
            Image: self.image,
            TableOfContents: self.toc,
            PageBreak: self.page_break,
        }
        self.text_width = TEXT_WIDTH_CM

    def write_blocks(self) -> None:
        """Every block in order; unknown node types are a programming error and raise."""
        blocks = self.summary.blocks
        for n, block in enumerate(blocks):
            self.watch.report(n, len(blocks))
            self.handlers[type(block)](block)

    def new_paragraph(self, style: str) -> DocxParagraph:
        """An empty paragraph at the end of the body.

        python-docx's add_paragraph scans every style and every body child per call, which is
        quadratic for a meeting with thousands of items; this inserts before the section properties.
        """
        p = OxmlElement("w:p")
        self.sect_pr.addprevious(p)
        if style != "Normal":
            p.style = self.styles[style].style_id
        return DocxParagraph(p, self.doc._body)

    def para(self, text: str, style: str, bold: bool = False, italic: bool = False) -> DocxParagraph:
        """A paragraph of one run (tabs and newlines become Word tabs and line breaks)."""
        paragraph = self.new_paragraph(style)
        _append_run(paragraph._p, clean(text), bold=bold, italic=italic)
        return paragraph

    def point(self, item: ListItem, style: str) -> DocxParagraph:
        """A list point; its kind label ('Propozycja:') in italics before the text."""
        if not item.label:
            return self.para(item.text, style)
        paragraph = self.new_paragraph(style)
        _append_run(paragraph._p, f"{clean(item.label)}:", italic=True)
        _append_run(paragraph._p, " " + clean(item.text))
        return paragraph

    def subtitle(self, block: Subtitle) -> None:
        """The audience in bold; the last subtitle ('venue, date') quieter and set off from the fields below."""
        blocks = self.summary.blocks
        index = next(i for i, b in enumerate(blocks) if b is block)
        if index + 1 < len(blocks) and isinstance(blocks[index + 1], Subtitle):
            self.para(block.text, "Subtitle")
            return
        paragraph = self.new_paragraph("Subtitle")
        _append_run(paragraph._p, clean(block.text))
        run = paragraph.runs[0]
        run.bold, run.font.size, run.font.color.rgb = False, Pt(theme.word_size("place")), PLACE_COLOR
        paragraph.paragraph_format.space_after = Pt(10)

    def heading(self, block: Heading) -> None:
        """A Word heading (Heading 1–3 keep with the next paragraph by style)."""
        self.seen_heading = True
        self.para(block.text, f"Heading {min(max(block.level, 1), 9)}")

    def field(self, block: Field) -> None:
        """'Label: value' with the label in bold; a closing line such as 'Opracowanie' is set off from the body."""
        paragraph = self.new_paragraph("Normal")
        if block.value and self.seen_heading:
            paragraph.paragraph_format.space_before = Pt(10)
        _append_run(paragraph._p, f"{clean(block.label)}:", bold=True)
        if block.value:
            _append_run(paragraph._p, " " + clean(block.value))
        else:
            paragraph.paragraph_format.keep_with_next = True

    def list_items(self, items: tuple[ListItem, ...], depth: int, numbered: str | None) -> None:
        """Bullets by depth (List Bullet, 2, 3; deeper ones indented further); numbered lists at depth 0."""
        for item in items:
            self.watch.check()
            if numbered is not None and depth == 0:
                paragraph = self.point(item, "List Number")
                _set_num_id(paragraph, numbered)
            else:
                paragraph = self.point(item, ("List Bullet", "List Bullet 2", "List Bullet 3")[min(depth, 2)])
                if depth > 2:
                    paragraph.paragraph_format.left_indent = Cm(1.9 + 0.63 * (depth - 1))
            self.list_items(item.children, depth + 1, numbered)

    def numbered(self, block: NumberedList) -> None:
        """A numbered list; the second and later lists (or a custom start) restart their numbering."""
        self.numbered_lists += 1
        num_id = None
        if self.numbered_lists > 1 or block.start != 1:
            num_id = _new_num(self.doc, self.styles["List Number"], block.start)
        self.list_items(block.items, 0, numbered=num_id or "")

    def page_break(self, block: PageBreak) -> None:
        """A page break; one that turns the pages starts a new section, landscape or portrait (same footer)."""
        if block.landscape is None:
            self.doc.add_page_break()
            return
        self.doc.add_section(WD_SECTION.NEW_PAGE)
        section = self.doc.sections[-1]
        section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
        long, short = Cm(29.7), Cm(21.0)
        section.page_width, section.page_height = (long, short) if block.landscape else (short, long)
        self.text_width = LANDSCAPE_WIDTH_CM if block.landscape else TEXT_WIDTH_CM
        self.sect_pr = self.body.find(qn("w:sectPr"))

    def table(self, block: Table) -> None:
        """A Table Grid table with a bold header row repeated on every page."""
        columns = max(len(block.header), *(len(r) for r in block.rows), 1)
        table = self.doc.add_table(rows=1 + len(block.rows), cols=columns)
        table.style = self.styles["Table Grid"]
        weights = (list(block.widths or ()) + [1.0] * columns)[:columns]
        total = sum(weights) or 1.0
        cells = [[bound(v[c]) if c < len(v) else "" for c in range(columns)] for v in (block.header, *block.rows)]
        size, widths = table_layout(cells[0], cells[1:], [self.text_width * w / total for w in weights],
                                    CELL_PADDING_CM, _estimate_cm, block.floors)
        table.autofit = False
        for c, column in enumerate(table.columns):
            column.width = Cm(widths[c])
        for r, (row, values) in enumerate(zip(table.rows, cells)):
            for c, cell in enumerate(row.cells):
                cell.width = Cm(widths[c])
                run = cell.paragraphs[0].add_run(values[c])
                run.bold = True if r == 0 else None
                run.font.size = Pt(size)
        _repeat_header(table.rows[0])
        self.new_paragraph("Normal")

    def image(self, block: Image) -> None:
        """An inline picture at its width (at most the text width) with an optional caption."""
        width = Cm(min(max(block.width_cm, 0.5), TEXT_WIDTH_CM))
        try:
            self.doc.add_picture(io.BytesIO(block.data), width=width)
        except Exception as exc:  # python-docx raises several types for unreadable images
            raise ExportError(tr("An image in the summary cannot be read ({kind})", kind=type(exc).__name__)) from exc
        if block.caption:
            self.para(block.caption, "Caption")

    def toc(self, block: TableOfContents) -> None:
        """A TOC field Word fills in on open (updateFields) with a hint until it does."""
        self.para(block.title or L.label("contents", self.lang), "TOC Heading")
        paragraph = self.new_paragraph("Normal")
        _add_field(
            paragraph, f'TOC \\o "1-{max(1, min(block.levels, 9))}" \\h \\z \\u', L.label("update_toc", self.lang)
        )
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is None:
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            settings.append(update)


_TOKENS = re.compile(r"(\n|\t)")


def _append_run(p: Any, text: str, bold: bool = False, italic: bool = False) -> None:
    """Append one run holding `text` (newlines → w:br, tabs → w:tab) built with lxml directly.

    python-docx's run.text setter handles one character at a time and parses a template per element,
    which dominated export time; this is the same XML written in one pass.
    """
    r = etree.SubElement(p, qn("w:r"))
    if bold or italic:
        rpr = etree.SubElement(r, qn("w:rPr"))
        if bold:
            etree.SubElement(rpr, qn("w:b"))
        if italic:
            etree.SubElement(rpr, qn("w:i"))
    for token in _TOKENS.split(text):
        if token == "\n":
            etree.SubElement(r, qn("w:br"))
        elif token == "\t":
            etree.SubElement(r, qn("w:tab"))
        elif token:
            t = etree.SubElement(r, qn("w:t"))
            t.text = token
            if token[0].isspace() or token[-1].isspace():
                t.set(_XML_SPACE, "preserve")


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _setup_page(doc: Any, lang: str) -> None:
    """A4 portrait, 2.5 cm margins, 'Strona N z M' centred in the footer."""
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(L.label("page", lang) + " ")
    _add_field(footer, "PAGE", "1")
    footer.add_run(f" {L.label('of', lang)} ")
    _add_field(footer, "NUMPAGES", "1")


def _setup_styles(doc: Any, styles: dict[str, Any], lang: str) -> None:
    """Body font and language for spell-checking; sober dark headings; list spacing."""
    normal = styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(theme.word_size("body"))
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.widow_control = True
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), LANG_TAGS[lang])
    rpr.append(lang_el)
    for name, role in (("Title", "title"), ("Heading 1", "h1"), ("Heading 2", "h2"), ("Heading 3", "h3")):
        styles[name].font.name = BODY_FONT
        styles[name].font.size = Pt(theme.word_size(role))
        styles[name].font.color.rgb = HEADING_COLOR
        styles[name].font.italic = False  # Word's Heading 3 and 4 are not all alike; same level, same look
    subtitle = styles["Subtitle"]
    subtitle.font.italic = False
    subtitle.font.bold = True
    subtitle.font.name = BODY_FONT
    subtitle.font.size = Pt(theme.word_size("subtitle"))
    subtitle.font.color.rgb = INK_COLOR
    subtitle.paragraph_format.space_after = Pt(2)
    spacing = subtitle.element.rPr.find(qn("w:spacing"))  # the template letter-spaces subtitles
    if spacing is not None:
        spacing.getparent().remove(spacing)
    _setup_sub_bullets(doc, styles)
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number"):
        styles[name].paragraph_format.space_after = Pt(3)


def _setup_sub_bullets(doc: Any, styles: dict[str, Any]) -> None:
    """Sub-points get the PDF's '–' and '▪' instead of the template's same '•' at every depth."""
    numbering = doc.part.numbering_part.element
    for style_name, glyph in SUB_BULLETS.items():
        num_id = _style_num_id(styles[style_name])
        num = next((n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id), None)
        if num is None:
            continue
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
        level = abstract.find(qn("w:lvl"))
        level.find(qn("w:lvlText")).set(qn("w:val"), glyph)
        fonts = level.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        if fonts is not None:
            for attribute in ("w:ascii", "w:hAnsi"):
                fonts.set(qn(attribute), BODY_FONT)


def _set_properties(doc: Any, summary: Summary) -> None:
    """Core properties from the summary's metadata only (never a participant)."""
    meta = summary.metadata
    props = doc.core_properties
    props.title = _prop(meta.title)
    props.subject = _prop(meta.subject)
    props.author = _prop(meta.author)
    props.last_modified_by = _prop(meta.author)
    props.keywords = _prop(", ".join(meta.keywords))
    props.language = LANG_TAGS[L.norm(meta.language)]
    props.comments = ""
    props.category = ""
    props.revision = 1
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now


def _prop(text: str) -> str:
    """A core property value: one line, within the 255 characters the format allows."""
    value = one_line(text)
    return value if len(value) <= 255 else value[:254] + "…"


def _add_field(paragraph: Any, instruction: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES, TOC …) with the text shown until Word updates it."""

    def fld_char(kind: str) -> Any:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el

    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    for element in (fld_char("begin"), instr, fld_char("separate")):
        paragraph.add_run()._r.append(element)
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(fld_char("end"))


def _style_num_id(style: Any) -> str | None:
    """The numbering instance a list style points at."""
    num = style.element.find(qn("w:pPr") + "/" + qn("w:numPr") + "/" + qn("w:numId"))
    return None if num is None else num.get(qn("w:val"))


def _new_num(doc: Any, style: Any, start: int) -> str | None:
    """A new numbering instance sharing the style's list definition but restarting at `start`."""
    base_id = _style_num_id(style)
    numbering = doc.part.numbering_part.element
    base = next((n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == base_id), None)
    if base is None:
        return None
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = copy.deepcopy(base)
    num.set(qn("w:numId"), new_id)
    for old in num.findall(qn("w:lvlOverride")):
        num.remove(old)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start_el = OxmlElement("w:startOverride")
    start_el.set(qn("w:val"), str(max(start, 0)))
    override.append(start_el)
    num.append(override)
    numbering.append(num)
    return new_id


def _set_num_id(paragraph: Any, num_id: str) -> None:
    """Point one list paragraph at a restarted numbering instance (no-op for the style's own)."""
    if not num_id:
        return
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), num_id)
    num_pr.extend([ilvl, num])
    ppr.insert_element_before(num_pr, *_AFTER_NUMPR)


_AFTER_NUMPR = (
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
    "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _repeat_header(row: Any) -> None:
    """Mark the first row as a header row Word repeats on each page."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
