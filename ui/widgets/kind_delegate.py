"""Paints an item's kind as a coloured badge with symbol and label (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.kinds import KIND_STYLES, badge_text, kind_colour
from ui.models.items_model import KindRole

PAD_X, PAD_Y = 6, 2


class KindBadgeDelegate(QStyledItemDelegate):
    """Draws the kind column of the outline."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        if not kind:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        text = badge_text(kind)
        metrics = QFontMetrics(option.font)
        width = min(option.rect.width() - 4, metrics.horizontalAdvance(text) + 2 * PAD_X)
        height = min(option.rect.height() - 2, metrics.height() + 2 * PAD_Y)
        badge = QRect(option.rect.left() + 2, option.rect.top() + (option.rect.height() - height) // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_colour(kind))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor("white"))
        painter.setFont(option.font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, badge.width() - 2 * PAD_X)
        painter.drawText(badge.adjusted(PAD_X, 0, -PAD_X, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(badge_column_width(option.font), metrics.height() + 2 * PAD_Y + 4)


def badge_column_width(font: QFont) -> int:
    """Wide enough for the widest badge in this font."""
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(badge_text(k)) for k in KIND_STYLES) + 2 * PAD_X + 8
