"""Widok dla uczestników: the current section, large and live, on the room's screen; never any names."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.kinds import KIND_STYLES, badge_text, kind_colour
from ui.models.items_model import COL_TEXT, KindRole, SpeakerIdRole, SpeakerRole

BODY_PX = 30
TITLE_PX = 44
BACKGROUND = "#ffffff"
FOREGROUND = "#111111"
_HIDDEN_ROLES = {SpeakerRole, SpeakerIdRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole,
                 Qt.ItemDataRole.WhatsThisRole}


class AnonymousItemsProxy(QSortFilterProxyModel):
    """The outline with only kind and text: the speaker column and roles never reach the room."""

    def filterAcceptsColumn(self, source_column: int, source_parent: QModelIndex) -> bool:
        return source_column == COL_TEXT

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in _HIDDEN_ROLES:
            return None
        return super().data(index, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags


class ProjectorDelegate(QStyledItemDelegate):
    """Kind badge (symbol + label) on the left, the statement wrapped in a large font on the right."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def _badge_width(self, font: QFont) -> int:
        metrics = QFontMetrics(self._badge_font(font))
        return max(metrics.horizontalAdvance(badge_text(k)) for k in KIND_STYLES) + 24

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPixelSize(max(12, int(font.pixelSize() * 0.62)))
        small.setBold(True)
        return small

    def _text_rect(self, rect: QRect, font: QFont) -> QRect:
        return rect.adjusted(self._badge_width(font) + 16, 8, -16, -8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(KindRole) or "remark"
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge_font = self._badge_font(option.font)
        metrics = QFontMetrics(badge_font)
        badge = QRect(option.rect.left() + 4, option.rect.top() + 12, self._badge_width(option.font) - 8,
                      metrics.height() + 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_colour(kind))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setFont(badge_font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text(kind))
        painter.setFont(option.font)
        painter.setPen(QColor(FOREGROUND))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self._text_rect(option.rect, option.font), flags, str(index.data() or ""))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(200, self._view.viewport().width() - depth * self._view.indentation())
        text_rect = self._text_rect(QRect(0, 0, width, 100000), option.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        bound = QFontMetrics(option.font).boundingRect(text_rect, flags, str(index.data() or ""))
        return QSize(width, max(bound.height(), QFontMetrics(self._badge_font(option.font)).height() + 10) + 24)


class ProjectorWindow(QWidget):
    """A frameless full-screen window for the room; F5 or Esc closes it."""

    closed = Signal()

    def __init__(self, items_model, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Widok dla uczestników"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setStyleSheet(f"background: {BACKGROUND}; color: {FOREGROUND};")
        self.proxy = AnonymousItemsProxy(self)
        self.proxy.setSourceModel(items_model)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        title_font = QFont(self.font())
        title_font.setPixelSize(TITLE_PX)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(48)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QTreeView.Shape.NoFrame)
        body = QFont(self.font())
        body.setPixelSize(BODY_PX)
        self.view.setFont(body)
        self.view.setItemDelegate(ProjectorDelegate(self.view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.rowsInserted.connect(self._after_insert)
        self.proxy.layoutChanged.connect(self.view.expandAll)

    def set_title(self, title: str) -> None:
        """The section being discussed."""
        self.title.setText(title)

    def texts(self) -> list[str]:
        """Everything the room can read (title and statements), for checks and accessibility."""
        found = [self.title.text()]
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                found.append(str(index.data() or ""))
                stack.append(index)
        return found

    def show_on_room_screen(self) -> None:
        """Full screen on the second screen when there is one, else on the window's own screen."""
        screens = QGuiApplication.screens()
        own = self.parentWidget().screen() if self.parentWidget() else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not own]
        target = others[0] if others else own
        if target is not None:
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self._scroll_to_newest()

    def _after_reset(self) -> None:
        self.view.expandAll()
        QTimer.singleShot(0, self._scroll_to_newest)

    def _after_insert(self, parent: QModelIndex, _first: int, last: int) -> None:
        if parent.isValid():
            self.view.expand(parent)
        newest = QPersistentModelIndex(self.proxy.index(last, 0, parent))
        QTimer.singleShot(0, lambda: self.view.scrollTo(self.proxy.index(newest.row(), 0, newest.parent()))
                          if newest.isValid() else None)

    def _scroll_to_newest(self) -> None:
        self.view.scrollToBottom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.closed.emit()
