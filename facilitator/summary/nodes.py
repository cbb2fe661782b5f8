"""The format-neutral document tree that every renderer (DOCX, PDF, HTML preview) reads."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Title:
    """The document's title line."""

    text: str


@dataclass(frozen=True)
class Subtitle:
    """A line under the title (the audience, the venue and date)."""

    text: str


@dataclass(frozen=True)
class Field:
    """A labelled header line such as "Cel spotkania: …"; an empty value introduces the block below it."""

    label: str
    value: str = ""


@dataclass(frozen=True)
class Heading:
    """A heading of level 1 (group), 2 (section) or 3 (sub-heading)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """A block of running text; newlines inside become line breaks."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class ListItem:
    """One point of a list with its sub-points (any depth); `label` is printed before it in italics."""

    text: str
    children: tuple[ListItem, ...] = ()
    label: str = ""  # e.g. "Propozycja": a sub-point whose kind differs from its parent's keeps it visible

    @property
    def line(self) -> str:
        """The point as plain text: 'Propozycja: …' when labelled."""
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass(frozen=True)
class BulletList:
    """Bulleted points; children are printed as nested sub-bullets."""

    items: tuple[ListItem, ...]


@dataclass(frozen=True)
class NumberedList:
    """Numbered points ("1.", "2.", …), e.g. the agenda."""

    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True)
class Table:
    """A grid with a header row; cells are plain text that wraps; widths are relative weights."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] | None = None
    floors: tuple[float, ...] = ()  # the least share of the width a column gets (e.g. 0.3), as long as words fit


@dataclass(frozen=True)
class Image:
    """A PNG picture printed at the given width (scaled down to the page when wider)."""

    data: bytes
    width_cm: float
    caption: str = ""


@dataclass(frozen=True)
class TableOfContents:
    """A generated table of contents listing the headings."""

    title: str = ""
    levels: int = 3


@dataclass(frozen=True)
class PageBreak:
    """Start a new page; `landscape` True or False also turns the pages from there on (None keeps them as they are)."""

    landscape: bool | None = None


Block = (
    Title
    | Subtitle
    | Field
    | Heading
    | Paragraph
    | BulletList
    | NumberedList
    | Table
    | Image
    | TableOfContents
    | PageBreak
)


@dataclass(frozen=True)
class Metadata:
    """Document properties written into the DOCX core properties and the PDF info dictionary."""

    title: str = ""
    author: str = ""
    subject: str = ""
    language: str = "pl"
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """A whole document: its properties and its blocks in reading order."""

    metadata: Metadata = field(default_factory=Metadata)
    blocks: tuple[Block, ...] = ()

    def plain_text(self) -> str:
        """All printed text, one block per line, for previews, search and tests."""
        return "\n".join(_block_lines(self.blocks))


def _item_lines(items: tuple[ListItem, ...], depth: int = 0) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append("  " * depth + item.line)
        lines.extend(_item_lines(item.children, depth + 1))
    return lines


def _block_lines(blocks: tuple[Block, ...]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Field):
            lines.append(f"{block.label}: {block.value}".rstrip())
        elif isinstance(block, (BulletList, NumberedList)):
            lines.extend(_item_lines(block.items))
        elif isinstance(block, Table):
            lines.extend(" | ".join(row) for row in (block.header, *block.rows))
        elif isinstance(block, Image):
            lines.append(block.caption)
        elif isinstance(block, TableOfContents):
            lines.append(block.title)
        elif hasattr(block, "text"):
            lines.append(block.text)
    return [line for line in lines if line]
