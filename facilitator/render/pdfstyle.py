"""The PDF look: the shipped DejaVu family (embedded), paragraph styles, page furniture.

The one place that registers fonts with reportlab, for summaries, reports and the sign-in sheet alike.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.i18n import tr
from facilitator.render import theme
from facilitator.render.base import ExportError
from facilitator.resources import resource_path

FAMILY = "DejaVuSans"
FONT_FILES = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
BOLD, ITALIC, BOLD_ITALIC = f"{FAMILY}-Bold", f"{FAMILY}-Oblique", f"{FAMILY}-BoldOblique"
INK = colors.HexColor(theme.INK)
ACCENT = colors.HexColor(theme.ACCENT)
MUTED = colors.HexColor(theme.MUTED)
RULE = colors.HexColor(theme.RULE)
TABLE_HEAD = colors.HexColor(theme.TABLE_HEAD)
MARGIN = 2.5 * cm
BODY_SIZE = theme.SIZES["body"]
S = theme.SIZES
BULLETS = ("•", "–", "▪")


def register_fonts(*faces: str) -> str:
    """Register the regular and bold faces plus `faces` (each font file is parsed once per process).

    Parsing a DejaVu face costs tens of milliseconds, so italic faces are only registered for documents
    that use them; the family mapping is complete from the start so markup resolves to the right names.
    """
    for name in dict.fromkeys((FAMILY, BOLD, *faces)):
        _register_face(name)
    _register_family()
    return FAMILY


@cache
def _register_face(name: str) -> None:
    path = resource_path("fonts", FONT_FILES[name])
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception as exc:  # reportlab raises TTFError or OSError for missing/damaged fonts
        raise ExportError(tr("The PDF font {path} is missing or damaged; reinstall the application", path=path)) from exc


@lru_cache(maxsize=1)
def _register_family() -> None:
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {
        "fontName": FAMILY,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * theme.LEADING,
        "textColor": INK,
        "allowWidows": 0,
        "allowOrphans": 0,
        "splitLongWords": 1,
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """All paragraph styles by role; headings keep with the next block."""
    register_fonts()
    heading = {"fontName": BOLD, "textColor": ACCENT, "keepWithNext": 1, "allowWidows": 0}
    result = {
        "title": _style("Title", fontName=BOLD, fontSize=S["title"], leading=S["title"] * 1.3, textColor=ACCENT,
                        spaceAfter=6),
        "subtitle": _style("Subtitle", fontName=BOLD, fontSize=S["subtitle"], leading=S["subtitle"] * 1.36,
                           textColor=INK, spaceAfter=4),
        "place": _style("Place", fontSize=S["place"], leading=S["place"] * 1.33, textColor=MUTED, spaceBefore=2,
                        spaceAfter=10),
        "h1": _style("Heading1", fontSize=S["h1"], leading=S["h1"] * 1.28, spaceBefore=16, spaceAfter=6, **heading),
        "h2": _style("Heading2", fontSize=S["h2"], leading=S["h2"] * 1.32, spaceBefore=11, spaceAfter=4, **heading),
        "h3": _style("Heading3", fontSize=S["h3"], leading=S["h3"] * 1.35, spaceBefore=7, spaceAfter=3, **heading),
        "body": _style("Body", spaceAfter=5, alignment=TA_JUSTIFY),
        "field": _style("Field", spaceAfter=4),
        "caption": _style(
            "Caption",
            fontName=ITALIC,
            fontSize=S["caption"],
            leading=S["caption"] * 1.33,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceBefore=3,
            spaceAfter=8,
        ),
        "cell": _style("Cell", fontSize=S["cell"], leading=S["cell"] * 1.33),
        "cellhead": _style("CellHead", fontName=BOLD, fontSize=S["cell"], leading=S["cell"] * 1.33),
        "toctitle": _style("TocTitle", fontName=BOLD, fontSize=S["h1"], leading=S["h1"] * 1.28, textColor=ACCENT,
                           spaceAfter=8),
        "footer": _style("Footer", fontSize=S["footer"], textColor=MUTED),
    }
    return result


@lru_cache(maxsize=16)
def list_style(depth: int, numbered: bool) -> ParagraphStyle:
    """A list paragraph style per nesting depth; the bullet hangs left of the text."""
    indent = 0.55 * cm + depth * 0.6 * cm + (0.15 * cm if numbered else 0)
    return _style(
        f"List{'N' if numbered else 'B'}{depth}",
        leftIndent=indent,
        bulletIndent=indent - (0.55 if numbered else 0.4) * cm,
        bulletFontName=FAMILY,
        bulletFontSize=BODY_SIZE,
        spaceAfter=3,
    )


def bullet(depth: int) -> str:
    """The bullet character of a nesting depth."""
    return BULLETS[min(depth, len(BULLETS) - 1)]


def toc_level_styles() -> list[ParagraphStyle]:
    """Entry styles of the table of contents, indented by level."""
    return [
        _style(
            f"TOC{n}",
            fontName=BOLD if n == 0 else FAMILY,
            leftIndent=0.6 * cm * n,
            firstLineIndent=0,
            spaceBefore=3 if n == 0 else 0,
            spaceAfter=1,
        )
        for n in range(3)
    ]
