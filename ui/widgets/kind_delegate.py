"""Paints an item's kind as a coloured badge with symbol and label (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.kinds import badge_text, paint_badge, widest_badge_text
from ui.models.items_model import KindRole

PAD_X, PAD_Y = 6, 2


def badge_column_width(font: QFont) -> int:
    """Wide enough for the widest badge in this font."""
    return widest_badge_text(font) + 2 * PAD_X + 8


def badge_pixmap(kind: str, font: QFont, height: int, ratio: float = 1.0) -> QPixmap:
    """The badge of a kind: rounded rectangle in the kind's colour, white symbol and label."""
    width = QFontMetrics(font).horizontalAdvance(badge_text(kind)) + 2 * PAD_X
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_badge(painter, QRect(0, 0, width, height), kind, font, padding=PAD_X, align=Qt.AlignmentFlag.AlignVCenter)
    painter.end()
    return pixmap


class KindBadgeDelegate(QStyledItemDelegate):
    """Draws the kind column of the outline from cached badges (painting runs on every scroll)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple, QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        if not kind:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        height = min(option.rect.height() - 2, QFontMetrics(option.font).height() + 2 * PAD_Y)
        ratio = painter.device().devicePixelRatioF()
        key = (kind, option.font.key(), height, ratio)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = self._cache[key] = badge_pixmap(kind, option.font, height, ratio)
        top = option.rect.top() + (option.rect.height() - height) // 2
        painter.drawPixmap(option.rect.left() + 2, top, pixmap)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(badge_column_width(option.font), metrics.height() + 2 * PAD_Y + 4)
