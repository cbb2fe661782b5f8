"""Summary → simple HTML 4 for the in-app preview (the subset Qt rich text / QTextBrowser renders)."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from facilitator.render import theme as T
from facilitator.render.text import html_text
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

PX_PER_CM = 37.8
_S = T.SIZES
# The title is <h1>; heading level n is <h(n+1)>, each sized as the PDF's heading of that level.
STYLE = (
    f"body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {_S['body']}pt; color: {T.INK}; }}"
    f" h1 {{ font-size: {_S['title']}pt; color: {T.ACCENT}; }}"
    f" h2 {{ font-size: {_S['h1']}pt; color: {T.ACCENT}; margin-top: 14px; }}"
    f" h3 {{ font-size: {_S['h2']}pt; color: {T.ACCENT}; }} h4 {{ font-size: {_S['h3']}pt; color: {T.ACCENT}; }}"
    f" p.subtitle {{ font-size: {_S['subtitle']}pt; font-weight: bold; }} p.place {{ color: {T.MUTED}; }}"
    f" p.caption {{ font-style: italic; color: {T.MUTED}; }} th {{ background-color: {T.TABLE_HEAD}; }}"
)


def render_html(summary: Summary) -> str:
    """The whole summary as one HTML document; every piece of text is escaped."""
    lang = L.norm(summary.metadata.language)
    parts = [_block(block, summary, index) for index, block in enumerate(summary.blocks)]
    title = html_text(summary.metadata.title)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(p for p in parts if p) + "\n</body></html>"
    )


def _block(block: Any, summary: Summary, index: int) -> str:
    """One block's markup."""
    handler: Callable[..., str] = _HANDLERS[type(block)]
    return handler(block, summary, index)


def _subtitle(block: Subtitle, summary: Summary, index: int) -> str:
    following = summary.blocks[index + 1 : index + 2]
    css = "subtitle" if following and isinstance(following[0], Subtitle) else "place"
    return f'<p class="{css}">{html_text(block.text)}</p>'


def _heading(block: Heading, summary: Summary, index: int) -> str:
    tag = f"h{min(max(block.level, 1), 3) + 1}"
    return f'<{tag}><a name="h{index}"></a>{html_text(block.text)}</{tag}>'


def _paragraph(block: Paragraph, summary: Summary, index: int) -> str:
    text = html_text(block.text)
    if block.bold:
        text = f"<b>{text}</b>"
    if block.italic:
        text = f"<i>{text}</i>"
    return f"<p>{text}</p>"


def _field(block: Field, summary: Summary, index: int) -> str:
    value = f" {html_text(block.value)}" if block.value else ""
    return f"<p><b>{html_text(block.label)}:</b>{value}</p>"


def _items(items: tuple[ListItem, ...], tag: str, start: int = 1) -> str:
    """A list with nested sub-lists (always bulleted below the first level)."""
    attrs = f' start="{start}"' if tag == "ol" and start != 1 else ""
    lines = [f"<{tag}{attrs}>"]
    for item in items:
        nested = _items(item.children, "ul") if item.children else ""
        label = f"<i>{html_text(item.label)}:</i> " if item.label else ""
        lines.append(f"<li>{label}{html_text(item.text)}{nested}</li>")
    lines.append(f"</{tag}>")
    return "".join(lines)


def _table(block: Table, summary: Summary, index: int) -> str:
    head = "".join(f'<th align="left">{html_text(h)}</th>' for h in block.header)
    rows = "".join("<tr>" + "".join(f"<td>{html_text(c)}</td>" for c in row) + "</tr>" for row in block.rows)
    header = f"<tr>{head}</tr>" if head else ""
    return f'<table border="1" cellspacing="0" cellpadding="4" width="100%">{header}{rows}</table>'


def _image(block: Image, summary: Summary, index: int) -> str:
    data = base64.b64encode(block.data).decode("ascii")
    width = int(max(block.width_cm, 0.5) * PX_PER_CM)
    caption = f'<p class="caption" align="center">{html_text(block.caption)}</p>' if block.caption else ""
    return f'<p align="center"><img src="data:image/png;base64,{data}" width="{width}"></p>{caption}'


def _toc(block: TableOfContents, summary: Summary, index: int) -> str:
    """Links to the headings that follow, indented by level."""
    title = html_text(block.title or L.label("contents", summary.metadata.language))
    entries = [
        f'<p style="margin-left: {(b.level - 1) * 16}px"><a href="#h{i}">{html_text(b.text)}</a></p>'
        for i, b in enumerate(summary.blocks)
        if isinstance(b, Heading) and b.level <= block.levels
    ]
    return f"<h3>{title}</h3>" + "".join(entries)


_HANDLERS: dict[type, Callable[..., str]] = {
    Title: lambda b, s, i: f"<h1>{html_text(b.text)}</h1>",
    Subtitle: _subtitle,
    Heading: _heading,
    Paragraph: _paragraph,
    Field: _field,
    BulletList: lambda b, s, i: _items(b.items, "ul"),
    NumberedList: lambda b, s, i: _items(b.items, "ol", b.start),
    Table: _table,
    Image: _image,
    TableOfContents: _toc,
    PageBreak: lambda b, s, i: "<hr>",
}
