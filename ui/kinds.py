"""Item kinds as the UI shows them: a Polish label, a colour and a symbol, so kind never rests on colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from facilitator.kinds import ITEM_KINDS, SECTION_KINDS


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


_icons: dict[tuple[str, int], QIcon] = {}


def kind_icon(kind: str, size: int = 16) -> QIcon:
    """A round coloured icon carrying the kind's symbol (drawn once, cached)."""
    key = (kind, size)
    if key not in _icons:
        pixmap = QPixmap(size, size)
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
        _icons[key] = QIcon(pixmap)
    return _icons[key]
