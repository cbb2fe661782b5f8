"""The printable sign-in sheet ("Lista obecności") people sign at the door, as a PDF (reportlab)."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from facilitator.atomic import atomic_path
from facilitator.guard import clash
from facilitator.i18n import N_, gettext_in, reason
from facilitator.render import pdfstyle
from facilitator.render.base import ExportError
from facilitator.render.text import pdf_markup
from facilitator.render.watch import NO_WATCH, Watch, WatchedDoc
from facilitator.summary.lang import long_date, norm

FONT, FONT_BOLD = pdfstyle.FAMILY, pdfstyle.BOLD
DEFAULT_EMPTY_ROWS = 20

# The sheet's wording, msgids of the core catalogue read in the meeting's document language.
_TEXT: dict[str, str] = {
    "title": N_("Attendance list"),
    "number": N_("No."),
    "name": N_("Name"),
    "organisation": N_("Organisation"),
    "signature": N_("Signature"),
    "consent": N_("Consent to data processing (GDPR)"),
    "consent_text": N_(
        "Signing the “Consent” column means I agree that the organiser processes my personal data (name, "
        "organisation) to document the consultation (Art. 6(1)(a) GDPR). Consent may be withdrawn at any time."
    ),
    "page": N_("Page"),
}


def _texts(lang: str) -> dict[str, str]:
    """The sheet's wording in `lang`."""
    return {key: gettext_in(lang, text) for key, text in _TEXT.items()}


class SignInError(Exception):
    """The sheet cannot be written (folder missing, no permission, font missing); message for the user."""


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=10, leading=12)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", parent=base, fontSize=11, leading=14, alignment=TA_CENTER),
        "cell": base,
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=11.5),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
    }


CELL_CHARS = 120  # a name or organisation longer than this is shortened: a table row must fit on a page


def _short(text: str | None, limit: int = CELL_CHARS) -> str:
    """Text shortened with '…' so one row (or the title) cannot outgrow a page and stop the sheet."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(meeting, t: dict, st: dict, lang: str) -> list:
    """Title, meeting title, date/time and venue lines."""
    parts = [Paragraph(pdf_markup(t["title"]), st["title"]), Spacer(1, 2 * mm)]
    parts.append(Paragraph(f"<b>{pdf_markup(_short(meeting.title, 600))}</b>", st["sub"]))
    when = long_date(meeting.date, lang) if meeting.date else ""
    if meeting.start:
        when += f", {pdf_markup(meeting.start)}" + (f"–{pdf_markup(meeting.end)}" if meeting.end else "")
    line = " · ".join(x for x in (when, pdf_markup(meeting.venue)) if x)
    if line:
        parts.append(Paragraph(line, st["sub"]))
    parts.append(Spacer(1, 4 * mm))
    return parts


def _rows(meeting, prefilled: bool, empty_rows: int, st: dict) -> list[list]:
    """Table body: participants (if pre-filled) then blank lines to sign on."""
    rows: list[list] = []
    people = list(meeting.participants) if prefilled else []
    for number, person in enumerate(people, start=1):
        rows.append([str(number), Paragraph(pdf_markup(_short(person.name)), st["cell"]),
                     Paragraph(pdf_markup(_short(person.organisation)), st["cell"]), "", ""])
    for number in range(len(people) + 1, len(people) + empty_rows + 1):
        rows.append([str(number), "", "", "", ""])
    return rows


def build_story(meeting, *, prefilled: bool, empty_rows: int) -> list:
    """The flowables of the sheet; `meeting` is a Meeting (or anything with the same attributes)."""
    pdfstyle.register_fonts()
    lang = norm(getattr(meeting, "language", "pl"))
    t, st = _texts(lang), _styles()
    keys = ("number", "name", "organisation", "signature", "consent")
    head = [Paragraph(pdf_markup(t[k]), st["head"]) for k in keys]
    widths = [12 * mm, 70 * mm, 75 * mm, 55 * mm, 55 * mm]
    table = Table([head, *_rows(meeting, prefilled, empty_rows, st)], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("TOPPADDING", (0, 1), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
    ]))
    consent = Paragraph(pdf_markup(t["consent_text"]), st["small"])
    return [*_header(meeting, t, st, lang), table, Spacer(1, 4 * mm), consent]


def _footer(lang: str):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(doc.pagesize[0] - 15 * mm, 8 * mm, f"{gettext_in(lang, _TEXT['page'])} {doc.page}")
        canvas.restoreState()

    return draw


class _SheetDoc(WatchedDoc, SimpleDocTemplate):
    """The sheet's page layout, with progress and Cancel between rows."""


def write_signin_sheet(meeting, path: str | os.PathLike[str], *, prefilled: bool = True,
                       empty_rows: int = DEFAULT_EMPTY_ROWS, watch: Watch | None = None) -> Path:
    """Write the sheet atomically (temp file + rename) so a failed or cancelled export never leaves half a PDF."""
    target = Path(path)
    lang = norm(getattr(meeting, "language", "pl"))
    if (overwrites := clash(target)) is not None:
        raise SignInError(overwrites)
    try:
        with atomic_path(target, suffix=".pdf.tmp") as temp:
            doc = _SheetDoc(str(temp), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                                    topMargin=12 * mm, bottomMargin=14 * mm, title=gettext_in(lang, _TEXT["title"]),
                                    author=getattr(meeting, "organiser", None) or "")
            doc.watch = watch or NO_WATCH
            doc.build(build_story(meeting, prefilled=prefilled, empty_rows=empty_rows),
                      onFirstPage=_footer(lang), onLaterPages=_footer(lang))
    except OSError as exc:
        raise SignInError(f"{target}: {reason(exc)}") from exc
    except ExportError as exc:  # the shipped font is missing or damaged
        raise SignInError(str(exc)) from exc
    return target
