"""Summary → DOCX (python-docx), PDF (reportlab) and HTML (in-app preview).

Format modules are imported on first use so a PDF export never loads python-docx and vice versa.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.i18n import tr
from facilitator.render.base import Exporter, ExportError
from facilitator.summary.nodes import Summary

FORMATS: tuple[str, ...] = ("docx", "pdf")


def exporter_for(fmt: str) -> Exporter:
    """The exporter of one format ('docx' or 'pdf'), loading only that format's library."""
    if fmt == "docx":
        from facilitator.render.docx import DocxExporter

        return DocxExporter()
    if fmt == "pdf":
        from facilitator.render.pdf import PdfExporter

        return PdfExporter()
    raise ExportError(tr("Unknown export format {fmt!r}; expected one of: {choices}", fmt=fmt,
                          choices=", ".join(FORMATS)))


def render_docx(summary: Summary, path: Path | str) -> None:
    """Write `summary` as a Word document."""
    exporter_for("docx").render(summary, path)


def render_pdf(summary: Summary, path: Path | str) -> None:
    """Write `summary` as a PDF with embedded fonts."""
    exporter_for("pdf").render(summary, path)


def render_html(summary: Summary) -> str:
    """The summary as simple HTML for the in-app preview (QTextBrowser)."""
    from facilitator.render.html import render_html as _render_html

    return _render_html(summary)


__all__ = ["FORMATS", "ExportError", "Exporter", "exporter_for", "render_docx", "render_html", "render_pdf"]
