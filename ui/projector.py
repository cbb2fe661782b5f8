"""Widok dla uczestników: the current section, large and live, on the room's screen; never any names."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.kinds import kind_label, paint_badge, widest_badge_text
from ui.models.items_model import DepthRole, ItemsModel, KindRole, TextRole

BODY_PX = 30
TITLE_PX = 44
INDENT_PX = 48
TAIL = 40  # statements kept on the wall
BACKGROUND = "#ffffff"
FOREGROUND = "#111111"
_ROOT = QModelIndex()


class ProjectorModel(QAbstractListModel):
    """The newest statements of the outline, with kind, text and depth only: names never reach the room.

    Only the tail is kept: a wall shows the last few dozen statements, and re-laying out wrapped text for
    thousands of rows would stall capture.
    """

    def __init__(self, source: ItemsModel, tail: int = TAIL, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._tail = tail
        self._rows: list[tuple[str, str, int]] = []
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(80)  # coalesce bursts; keeps the wall repaint out of the capture keystroke
        self._pending.timeout.connect(self.refresh)
        for signal in (source.modelReset, source.rowsInserted, source.rowsRemoved, source.dataChanged,
                       source.layoutChanged, source.rowsMoved):
            signal.connect(self._pending.start)
        self.refresh()

    def refresh(self) -> None:
        """Copy the tail of the outline (coalesced: many changes in one event-loop turn, one refresh)."""
        count = self._source.rowCount()
        rows = []
        for flat in range(max(0, count - self._tail), count):
            node = self._source.node_at(flat)
            if node is not None:
                rows.append((node.kind, node.text, node.level))
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        kind, text, level = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, TextRole):
            return text
        if role == KindRole:
            return kind
        if role == DepthRole:
            return level
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(kind)}: {text}"
        return None


class ProjectorDelegate(QStyledItemDelegate):
    """Kind badge (symbol + label) on the left, the statement wrapped in a large font on the right."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _badge_width(self, font: QFont) -> int:
        return widest_badge_text(self._badge_font(font)) + 24

    @staticmethod
    def _badge_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPixelSize(max(12, int(font.pixelSize() * 0.62)))
        small.setBold(True)
        return small

    def _text_rect(self, rect: QRect, font: QFont) -> QRect:
        return rect.adjusted(self._badge_width(font) + 16, 8, -16, -8)

    @staticmethod
    def _indented(option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        return option.rect.adjusted((index.data(DepthRole) or 0) * INDENT_PX, 0, 0, 0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(KindRole) or "remark"
        rect = self._indented(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge_font = self._badge_font(option.font)
        metrics = QFontMetrics(badge_font)
        badge = QRect(rect.left() + 4, rect.top() + 12, self._badge_width(option.font) - 8,
                      metrics.height() + 10)
        paint_badge(painter, badge, kind, badge_font, radius=6)
        painter.setFont(option.font)
        painter.setPen(QColor(FOREGROUND))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(self._text_rect(rect, option.font), flags, str(index.data(TextRole) or ""))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = max(200, self._view.viewport().width() - (index.data(DepthRole) or 0) * INDENT_PX)
        text_rect = self._text_rect(QRect(0, 0, width, 100000), option.font)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        bound = QFontMetrics(option.font).boundingRect(text_rect, flags, str(index.data(TextRole) or ""))
        return QSize(width, max(bound.height(), QFontMetrics(self._badge_font(option.font)).height() + 10) + 24)


def room_screen(screens: list[QScreen], own: QScreen | None) -> QScreen | None:
    """The screen the room sees: the first one that is not the facilitator's; None with a single screen."""
    others = [screen for screen in screens if screen is not own]
    return others[0] if others and len(screens) > 1 else None


# On a screen of its own: frameless and full screen. Beside the facilitator's window: an ordinary window.
# Either way it never takes the keyboard, so typing goes on in the capture line.
ROOM_FLAGS = Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus
BESIDE_FLAGS = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
BESIDE_SHARE = 0.6  # of the facilitator's screen, in each direction


class ProjectorWindow(QWidget):
    """The participants' view: full screen on the room's screen, else a window that does not take the keyboard."""

    closed = Signal()

    def __init__(self, items_model, parent: QWidget | None = None) -> None:
        super().__init__(parent, BESIDE_FLAGS)
        self.setWindowTitle(self.tr("Widok dla uczestników"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._placed_on: QScreen | None = None
        self.setStyleSheet(f"background: {BACKGROUND}; color: {FOREGROUND};")
        self.model = ProjectorModel(items_model, parent=self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.font())
        title_font.setPixelSize(TITLE_PX)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        body = QFont(self.font())
        body.setPixelSize(BODY_PX)
        self.view.setFont(body)
        self.view.setItemDelegate(ProjectorDelegate(self.view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._scroll_to_newest)

    def set_title(self, title: str) -> None:
        """The section being discussed."""
        self.title.setText(title)

    def texts(self) -> list[str]:
        """Everything the room can read (title and statements), for checks and accessibility."""
        found = [self.title.text()]
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            found += [str(index.data(role) or "") for role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.AccessibleTextRole)]
        return found

    def show_on_room_screen(self) -> QScreen | None:
        """Full screen on a second screen when there is one, else a window beside the facilitator's; the room's screen."""
        own = self.parentWidget().screen() if self.parentWidget() else QGuiApplication.primaryScreen()
        target = room_screen(QGuiApplication.screens(), own)
        if target is not None:
            self.setWindowFlags(ROOM_FLAGS)
            self.winId()  # the native window exists, so it can be put on the room's screen before it shows
            self.windowHandle().setScreen(target)
            self.setGeometry(target.geometry())
            self.setWindowState(Qt.WindowState.WindowFullScreen)  # showFullScreen() would also activate it
            self.show()
        else:
            self.setWindowFlags(BESIDE_FLAGS)
            self._place_beside(own)
            self.setWindowState(Qt.WindowState.WindowNoState)
            self.show()
        self._scroll_to_newest()
        return target

    def _place_beside(self, own: QScreen | None) -> None:
        if own is None or self._placed_on is own:
            return  # reopened: where the facilitator put it last time
        self._placed_on = own
        area = own.availableGeometry()
        self.resize(int(area.width() * BESIDE_SHARE), int(area.height() * BESIDE_SHARE))
        self.move(area.right() - self.width(), area.top())

    def _scroll_to_newest(self) -> None:
        QTimer.singleShot(0, self.view.scrollToBottom)

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
