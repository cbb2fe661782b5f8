"""Meeting → Summary: a format-neutral document tree that the DOCX, PDF and HTML renderers share."""

from facilitator.summary.build import LAYOUTS, SummaryOptions, build, lacking_consent
from facilitator.summary.nodes import (
    Block,
    BulletList,
    Field,
    Heading,
    Image,
    ListItem,
    Metadata,
    NumberedList,
    PageBreak,
    Paragraph,
    Subtitle,
    Summary,
    Table,
    TableOfContents,
    Title,
)

__all__ = [
    "LAYOUTS",
    "Block",
    "BulletList",
    "Field",
    "Heading",
    "Image",
    "ListItem",
    "Metadata",
    "NumberedList",
    "PageBreak",
    "Paragraph",
    "Subtitle",
    "Summary",
    "SummaryOptions",
    "Table",
    "TableOfContents",
    "Title",
    "build",
    "lacking_consent",
]
