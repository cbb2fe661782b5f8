"""Summary → PDF with reportlab platypus: A4, embedded DejaVu fonts, 'Strona N z M', outline and TOC."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import LayoutError

from facilitator.i18n import reason, tr
from facilitator.render import pdfstyle as st
from facilitator.render.base import Exporter, ExportError
from facilitator.render.layout import table_layout
from facilitator.render.pdfcontents import Contents, PageNumbers, heading_entries
from facilitator.render.pdflinear import PAD_SIDES, Lines, build_table
from facilitator.render.text import bound, clean, one_line, pdf_markup, wrap_lines
from facilitator.render.watch import NO_WATCH, Watch, WatchedDoc
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

LONG_TEXT = 1500  # characters; longer text is laid out in pieces of whole lines
FRAME_W = A4[0] - 2 * st.MARGIN
FRAME_H = A4[1] - 2 * st.MARGIN
LANDSCAPE_W = A4[1] - 2 * st.MARGIN  # the frame of a landscape page (PageBreak(landscape=True))


class PdfExporter(Exporter):
    """PDF writer."""

    def render(self, summary: Summary, path: Path | str, watch: Watch | None = None) -> None:
        """Lay the summary out once (the table of contents gets its page numbers at save, see pdfcontents).

        `watch` gets progress between flowables and stops the work with Cancelled when the user cancels.
        """
        watch = watch or NO_WATCH
        st.register_fonts(*faces(summary))
        builder = Flowables(summary, watch.check)
        flowables = builder.build()
        doc = _doc(str(path), summary)
        doc.numbers = builder.numbers
        doc.watch, doc.passes = watch, 1
        canvasmaker = _numbered_canvas(L.norm(summary.metadata.language), one_line(summary.metadata.title),
                                       builder.numbers, watch.check)
        try:
            doc.build(flowables, canvasmaker=canvasmaker)
        except LayoutError as exc:
            raise ExportError(tr("The summary cannot be laid out on A4 pages: {reason}", reason=exc), path) from exc
        except OSError as exc:
            raise ExportError(tr("Cannot write {path}: {reason}", path=path, reason=reason(exc)), path) from exc


class Flowables:
    """Turns Summary blocks into platypus flowables with the house styles."""

    def __init__(self, summary: Summary, check: Callable[[], None] = NO_WATCH.check) -> None:
        self.summary = summary
        self.check = check  # raises Cancelled once the user cancelled
        self.styles = st.styles()
        self.seen_heading = False
        self.numbers = PageNumbers()
        self.contents: list[tuple[Contents, int]] = []  # filled once every heading is known
        self.handlers: dict[type, Callable[[Any], list[Flowable]]] = {
            Title: lambda b: self.header_text(b.text, "title"),
            Subtitle: self.subtitle,
            Heading: self.heading,
            Paragraph: self.paragraph,
            Field: self.field,
            BulletList: lambda b: self.items(b.items, 0, None),
            NumberedList: lambda b: self.items(b.items, 0, b.start),
            Table: self.table,
            Image: self.image,
            TableOfContents: self.toc,
            PageBreak: self.page_break,
        }
        self.frame_w = FRAME_W

    def build(self) -> list[Flowable]:
        """All flowables in reading order."""
        out: list[Flowable] = []
        for block in self.summary.blocks:
            self.check()
            out.extend(self.handlers[type(block)](block))
        for contents, levels in self.contents:
            contents.fill(heading_entries(out, levels))
        return out

    def header_text(self, text: str, style: str) -> list[Flowable]:
        """A title, subtitle or heading: one paragraph, or line by line when very long (linear, see long_text)."""
        if len(text) <= LONG_TEXT:
            return [self.para(text, style)]
        return self.long_text(text.replace("\n", " "), self.styles[style])

    def para(self, text: str, style: str) -> RLParagraph:
        """A paragraph printing `text` literally (markup escaped, newlines as line breaks)."""
        return RLParagraph(pdf_markup(text), self.styles[style])

    def long_text(
        self, text: str, style: ParagraphStyle, bullet: str | None = None, wrap: str = "", label: str = ""
    ) -> list[Flowable]:
        """Text as one paragraph, or, when it is very long, as lines broken once and drawn (pdflinear.Lines).

        Reportlab re-wraps the rest of a paragraph at every page split, which is quadratic for a
        100,000-character item; breaking the lines once (wrap_lines) keeps it linear.
        """
        text = clean(text)
        if label:  # a sub-point's kind in italics before it: 'Propozycja: …'
            lead = f"<i>{pdf_markup(clean(label))}:</i> "
            if len(text) <= LONG_TEXT:
                return [RLParagraph(lead + _wrap(pdf_markup(text), wrap), style, bulletText=bullet)]
            text = f"{clean(label)}: {text}"  # laid out line by line below; the label stays, upright
        if len(text) <= LONG_TEXT:
            return [RLParagraph(_wrap(pdf_markup(text), wrap), style, bulletText=bullet)]
        font = {"": style.fontName, "b": st.BOLD, "i": st.ITALIC, "bi": st.BOLD_ITALIC}[wrap]
        width = FRAME_W - style.leftIndent - style.rightIndent - 1  # a point to spare for rounding
        lines = wrap_lines(text, width, partial(stringWidth, fontName=font, fontSize=style.fontSize))
        if len(lines) == 1:
            return [RLParagraph(_wrap(pdf_markup(text), wrap), style, bulletText=bullet)]
        return [Lines(lines, style, font, bullet)]

    def subtitle(self, block: Subtitle) -> list[Flowable]:
        """The audience line(s) in bold; the last subtitle ('venue, date') set quieter like the seed."""
        is_last = not any(isinstance(b, Subtitle) for b in self._after(block))
        return self.header_text(block.text, "place" if is_last else "subtitle")

    def _after(self, block: Any) -> tuple[Any, ...]:
        blocks = self.summary.blocks
        index = next(i for i, b in enumerate(blocks) if b is block)
        return blocks[index + 1 : index + 2]

    def heading(self, block: Heading) -> list[Flowable]:
        """A heading that keeps with what follows and feeds the outline and the TOC."""
        level = min(max(block.level, 1), 3)
        self.seen_heading = True
        pieces = self.header_text(block.text, f"h{level}")
        paragraph = pieces[0]
        paragraph._heading_level = level - 1  # read by the doc template's afterFlowable
        paragraph._heading_text = one_line(block.text)[:LONG_TEXT]
        paragraph._heading_key = f"h{len(self.numbers.pages)}"  # the bookmark, known before layout
        self.numbers.pages[paragraph._heading_key] = 0
        return [CondPageBreak(3 * cm), *pieces] if level == 1 else pieces

    def paragraph(self, block: Paragraph) -> list[Flowable]:
        """Body text, bold/italic as a whole."""
        wrap = ("b" if block.bold else "") + ("i" if block.italic else "")
        return self.long_text(block.text, self.styles["body"], wrap=wrap)

    def field(self, block: Field) -> list[Flowable]:
        """'Label: value' with the label in bold; a label alone keeps with the block it introduces."""
        text = f"<b>{pdf_markup(block.label)}:</b>"
        if block.value and len(block.value) > LONG_TEXT:  # laid out line by line (linear), the label upright
            return self.long_text(f"{block.label}: {block.value}", self.styles["field"])
        if block.value:
            gap = [Spacer(1, 10)] if self.seen_heading else []  # a closing line such as 'Opracowanie'
            return [*gap, RLParagraph(f"{text} {pdf_markup(block.value)}", self.styles["field"])]
        paragraph = RLParagraph(text, self.styles["field"])
        paragraph.keepWithNext = 1
        return [paragraph]

    def items(self, items: tuple[ListItem, ...], depth: int, start: int | None) -> list[Flowable]:
        """One paragraph per point with a hanging bullet or number; children nest one level deeper."""
        out: list[Flowable] = []
        for n, item in enumerate(items):
            self.check()
            numbered = start is not None and depth == 0
            marker = f"{start + n}." if numbered else st.bullet(depth)
            style = st.list_style(min(depth, 8), numbered)
            out.extend(self.long_text(item.text, style, bullet=marker, label=item.label))
            out.extend(self.items(item.children, depth + 1, start))
        return out

    def page_break(self, block: PageBreak) -> list[Flowable]:
        """A new page; turned to landscape or back to portrait from there on when the break says so."""
        if block.landscape is None:
            return [RLPageBreak()]
        self.frame_w = LANDSCAPE_W if block.landscape else FRAME_W
        return [NextPageTemplate("landscape" if block.landscape else "page"), RLPageBreak()]

    def table(self, block: Table) -> list[Flowable]:
        """A grid whose cells wrap and whose rows may split across pages; the header repeats."""
        columns = max(len(block.header), *(len(r) for r in block.rows), 1)
        weights = (list(block.widths or ()) + [1.0] * columns)[:columns]
        total = sum(weights) or 1.0
        header, body = _cells(block.header, columns), [_cells(r, columns) for r in block.rows]
        size, widths = table_layout(header, body, [self.frame_w * w / total for w in weights], CELL_PADDING, _measure,
                                   block.floors)
        # lines break at spaces and after hyphens only: the widths above hold every such piece whole
        head, cell = (self.styles[name].clone(f"{name}{size}", fontSize=size, leading=size * 1.33,
                                              embeddedHyphenation=2)
                      for name in ("cellhead", "cell"))
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), st.FAMILY),  # reportlab's cell default is unembedded Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0 if block.header else -1), st.TABLE_HEAD
             if block.header else st.colors.white),
        ]  # fmt: skip
        table = build_table(block.header and header, body, widths, head, cell, commands, st.RULE, self.check)
        if table is None:
            return []
        return [table, Spacer(1, 8)]

    def image(self, block: Image) -> list[Flowable]:
        """A picture scaled to fit the frame, kept together with its caption."""
        try:
            picture = RLImage(io.BytesIO(block.data))
            ratio = picture.imageHeight / picture.imageWidth
        except Exception as exc:  # reportlab/PIL raise many types for unreadable image data
            raise ExportError(tr("An image in the summary cannot be read ({kind})", kind=type(exc).__name__)) from exc
        width = min(max(block.width_cm, 0.5) * cm, FRAME_W)
        height = width * ratio
        limit = FRAME_H - 2 * cm
        if height > limit:
            width, height = limit / ratio, limit
        picture.drawWidth, picture.drawHeight = width, height
        parts: list[Flowable] = [picture]
        if block.caption:
            parts.append(self.para(block.caption, "caption"))
        return [KeepTogether(parts)]

    def toc(self, block: TableOfContents) -> list[Flowable]:
        """The table of contents: its entries are the headings, its page numbers drawn at save (one layout pass)."""
        contents = Contents(
            self.numbers,
            levelStyles=st.toc_level_styles()[: max(1, min(block.levels, 3))],
            dotsMinLevel=0,
            tableStyle=TableStyle([  # reportlab's own, plus an embedded font instead of Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), st.FAMILY),
            ]),
        )
        self.contents.append((contents, max(1, min(block.levels, 3))))
        title = block.title or L.label("contents", L.norm(self.summary.metadata.language))
        return [self.para(title, "toctitle"), contents, RLPageBreak()]


CELL_PADDING = PAD_SIDES


def _cells(values: tuple[str, ...], columns: int) -> list[str]:
    return [bound(values[c]) if c < len(values) else "" for c in range(columns)]


def _measure(word: str, bold: bool, size: float) -> float:
    return stringWidth(word, st.BOLD if bold else st.FAMILY, size)


def faces(summary: Summary) -> list[str]:
    """The italic faces the summary needs besides regular and bold (captions, italic paragraphs)."""
    needed: list[str] = []
    for block in summary.blocks:
        if isinstance(block, Image) and block.caption and st.ITALIC not in needed:
            needed.append(st.ITALIC)
        if isinstance(block, (BulletList, NumberedList)) and st.ITALIC not in needed and _labelled(block.items):
            needed.append(st.ITALIC)
        if isinstance(block, Paragraph) and block.italic:
            face = st.BOLD_ITALIC if block.bold else st.ITALIC
            if face not in needed:
                needed.append(face)
    return needed


def _labelled(items: tuple[ListItem, ...]) -> bool:
    """Whether any point at any depth carries a kind label (printed in italics)."""
    return any(item.label or _labelled(item.children) for item in items)


def _wrap(markup: str, tags: str) -> str:
    """Markup wrapped in <b>/<i> for each letter of `tags`."""
    for tag in tags:
        markup = f"<{tag}>{markup}</{tag}>"
    return markup


class _Doc(WatchedDoc, BaseDocTemplate):
    """A4 with one frame; headings become PDF bookmarks and table-of-contents entries."""

    def afterFlowable(self, flowable: Flowable) -> None:
        """Register headings as they are placed, clamping levels so the outline never skips one."""
        level = getattr(flowable, "_heading_level", None)
        if level is None:
            return
        key = flowable._heading_key
        self.canv.bookmarkPage(key)
        self.numbers.pages[key] = self.page  # the contents' number, drawn at save
        previous = getattr(self, "_outline_level", -1)
        level = min(level, previous + 1)
        self._outline_level = level
        self.canv.addOutlineEntry(flowable._heading_text, key, level=level, closed=level > 0)


def _doc(path: str, summary: Summary) -> _Doc:
    """The document template with the summary's metadata."""
    meta = summary.metadata
    doc = _Doc(
        path,
        pagesize=A4,
        leftMargin=st.MARGIN,
        rightMargin=st.MARGIN,
        topMargin=st.MARGIN,
        bottomMargin=st.MARGIN,
        title=one_line(meta.title),
        author=one_line(meta.author),
        subject=one_line(meta.subject),
        keywords=[one_line(k) for k in meta.keywords],
        creator="Facilitator",
        lang={"pl": "pl-PL", "en": "en-GB"}[L.norm(meta.language)],
        displayDocTitle=1,
        allowSplitting=1,
        initialFontName=st.FAMILY,  # else every page references reportlab's unembedded Helvetica
    )
    frame = Frame(
        st.MARGIN, st.MARGIN, FRAME_W, FRAME_H, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    wide = Frame(
        st.MARGIN, st.MARGIN, LANDSCAPE_W, FRAME_W, id="wide", leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=A4),
                          PageTemplate(id="landscape", frames=[wide], pagesize=landscape(A4))])
    return doc


def _numbered_canvas(lang: str, title: str, numbers: PageNumbers, check: Callable[[], None]) -> type[Canvas]:
    """A canvas class that holds pages back until the end so each footer can say 'Strona N z M' and the table of
    contents can give each heading's page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                check()
                self.__dict__.update(state)
                numbers.draw(self, self._pageNumber)
                _draw_furniture(self, self._pageNumber, total, lang, title)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_furniture(canvas: Canvas, page: int, total: int, lang: str, title: str) -> None:
    """Footer page numbers on every page; from page 2 a quiet running title with a rule."""
    canvas.saveState()
    canvas.setFont(st.FAMILY, st.S["footer"])
    canvas.setFillColor(st.MUTED)
    width, height = canvas._pagesize  # A4 either way up (landscape table pages)
    canvas.drawCentredString(width / 2, st.MARGIN - 1.1 * cm, L.page_of(page, total, lang))
    if page > 1 and title:
        top = height - st.MARGIN + 0.8 * cm
        text = title if len(title) <= 110 else title[:107] + "…"
        canvas.drawString(st.MARGIN, top, text)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.4)
        canvas.line(st.MARGIN, top - 4, width - st.MARGIN, top - 4)
    canvas.restoreState()
