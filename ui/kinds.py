"""Item kinds as the UI shows them: a Polish label, a colour and a symbol, so kind never rests on colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap

from facilitator.kinds import ITEM_KINDS, RESPONSE_POSITIONS, SECTION_KINDS


@dataclass(frozen=True)
class KindStyle:
    """How one item kind looks everywhere in the UI."""

    kind: str
    label: str  # untranslated source text (context "Kinds")
    symbol: str
    colour: str  # background of the badge; white text on it keeps contrast
    shortcut: str


KIND_STYLES: dict[str, KindStyle] = {
    "strength": KindStyle("strength", QT_TRANSLATE_NOOP("Kinds", "Mocna strona"), "+", "#2e7d32", "Ctrl+1"),
    "weakness": KindStyle("weakness", QT_TRANSLATE_NOOP("Kinds", "Słaba strona"), "−", "#c62828", "Ctrl+2"),
    "proposal": KindStyle("proposal", QT_TRANSLATE_NOOP("Kinds", "Propozycja"), "→", "#1565c0", "Ctrl+3"),
    "recommendation": KindStyle(
        "recommendation", QT_TRANSLATE_NOOP("Kinds", "Rekomendacja"), "!", "#6a1b9a", "Ctrl+4"
    ),
    "good_practice": KindStyle(
        "good_practice", QT_TRANSLATE_NOOP("Kinds", "Dobra praktyka"), "★", "#b45f06", "Ctrl+5"
    ),
    "remark": KindStyle("remark", QT_TRANSLATE_NOOP("Kinds", "Uwaga"), "•", "#455a64", "Ctrl+6"),
}
assert tuple(KIND_STYLES) == ITEM_KINDS

SECTION_KIND_LABELS: dict[str, str] = {
    "area": QT_TRANSLATE_NOOP("Kinds", "Obszar współpracy"),
    "theme": QT_TRANSLATE_NOOP("Kinds", "Blok tematyczny"),
    "other": QT_TRANSLATE_NOOP("Kinds", "Inne uwagi"),
}
assert tuple(SECTION_KIND_LABELS) == SECTION_KINDS

# The office's position on a statement (consultation report), and a statement not answered yet.
POSITION_LABELS: dict[str, str] = {
    "accepted": QT_TRANSLATE_NOOP("Kinds", "uwzględniono"),
    "partly_accepted": QT_TRANSLATE_NOOP("Kinds", "uwzględniono częściowo"),
    "not_accepted": QT_TRANSLATE_NOOP("Kinds", "nie uwzględniono"),
}
assert tuple(POSITION_LABELS) == RESPONSE_POSITIONS
NO_POSITION_LABEL = QT_TRANSLATE_NOOP("Kinds", "bez stanowiska")

DEFAULT_KIND = "remark"


def style(kind: str) -> KindStyle:
    """The style of a kind; unknown kinds (a newer file) look like a remark rather than failing."""
    return KIND_STYLES.get(kind, KIND_STYLES[DEFAULT_KIND])


def kind_label(kind: str) -> str:
    """The translated label of an item kind."""
    return QCoreApplication.translate("Kinds", style(kind).label)


def section_kind_label(kind: str) -> str:
    """The translated label of a section kind."""
    return QCoreApplication.translate("Kinds", SECTION_KIND_LABELS.get(kind, SECTION_KIND_LABELS["area"]))


def kind_colour(kind: str) -> QColor:
    """The badge colour of a kind."""
    return QColor(style(kind).colour)


def badge_text(kind: str) -> str:
    """Symbol and label together, e.g. '+ Mocna strona'."""
    return f"{style(kind).symbol} {kind_label(kind)}"


def widest_badge_text(font: QFont) -> int:
    """The width of the longest badge text in this font (a badge column fits every kind)."""
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(badge_text(k)) for k in KIND_STYLES)


def paint_badge(painter: QPainter, rect: QRect, kind: str, font: QFont, *, radius: int = 4, padding: int = 0,
                align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    """The kind's badge (outline, projector): a rounded rectangle in its colour with the white symbol and label."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colour(kind))
    painter.drawRoundedRect(rect, radius, radius)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(rect.adjusted(padding, 0, -padding, 0), align, badge_text(kind))


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of a colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21); text needs 4.5."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(colour: QColor, background: QColor, minimum: float = 4.5) -> QColor:
    """`colour` as text on `background`: lightened on a dark background (darkened on a light one) until readable."""
    result = QColor(colour)
    lighten = luminance(background) < 0.18
    while contrast_ratio(result, background) < minimum:
        hue, saturation, lightness, alpha = result.getHslF()
        if (lighten and lightness >= 1.0) or (not lighten and lightness <= 0.0):
            break
        step = 0.05 if lighten else -0.05
        result = QColor.fromHslF(max(hue, 0.0), saturation, min(1.0, max(0.0, lightness + step)), alpha)
    return result


def kind_text_colour(kind: str, background: QColor) -> QColor:
    """The kind's colour for text (not a badge) on `background`, readable in light and dark palettes."""
    return readable_on(kind_colour(kind), background)


_icons: dict[tuple[str, int], QIcon] = {}
ICON_RATIOS = (1.0, 1.25, 1.5, 2.0, 3.0)  # drawn for each screen scale, so icons stay sharp on high-DPI screens


def kind_icon(kind: str, size: int = 16) -> QIcon:
    """A round coloured icon carrying the kind's symbol (drawn once per scale, cached)."""
    key = (kind, size)
    if key not in _icons:
        icon = QIcon()
        for ratio in ICON_RATIOS:
            icon.addPixmap(_kind_pixmap(kind, size, ratio))
        _icons[key] = icon
    return _icons[key]


def _kind_pixmap(kind: str, size: int, ratio: float) -> QPixmap:
    """The round icon drawn at `ratio` device pixels per logical pixel."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_colour(kind))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, int(size * 0.72)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, style(kind).symbol)
    painter.end()
    return pixmap


def position_label(position: str | None) -> str:
    """The translated label of the office's position; None (not answered yet) is 'bez stanowiska'."""
    return QCoreApplication.translate("Kinds", POSITION_LABELS.get(position or "", NO_POSITION_LABEL))
