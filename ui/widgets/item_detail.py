"""The whole of the selected statement under the outline: the outline elides long text, the facilitator must read it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QTextBrowser

from ui.kinds import kind_label, kind_text_colour

REFRESH_MS = 40  # after the selection settles: never inside the capture keystroke


def _clean(text: str) -> str:
    """Text safe for Qt's rich text: markup escaped, control characters shown as spaces, line breaks kept."""
    printable = "".join(c if c.isprintable() or c == "\n" else " " for c in text)
    return escape(printable).replace("\n", "<br>")


def detail_html(kind: str, text: str, speaker: str, tags: tuple[str, ...], labels: dict[str, str]) -> str:
    """Kind, speaker and tags on one line, then the full statement, wrapping."""
    colour = kind_text_colour(kind, QGuiApplication.palette().base().color())  # readable in a dark palette too
    parts = [f'<b style="color:{colour.name()}">{escape(kind_label(kind))}</b>']
    parts.append(f"{escape(labels['speaker'])}: {_clean(speaker) if speaker else '—'}")
    parts.append(f"{escape(labels['tags'])}: {_clean(', '.join(tags)) if tags else '—'}")
    return f'<p>{" · ".join(parts)}</p><p>{_clean(text)}</p>'


class ItemDetail(QTextBrowser):
    """Read-only, wrapping, selectable; Esc hands the keyboard back to the outline."""

    leave_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Pełna treść zaznaczonej wypowiedzi"))
        self.setPlaceholderText(self.tr("Zaznacz wypowiedź, aby przeczytać ją w całości (Ctrl+D)."))
        self._labels = {"speaker": self.tr("Mówca"), "tags": self.tr("Tagi")}
        self._pending: tuple | None = None
        self._shown: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._render)

    def show_item(self, kind: str, text: str, speaker: str, tags: tuple[str, ...]) -> None:
        """Show this statement shortly (coalesced: a burst of selections renders once)."""
        self._pending = (kind, text, speaker, tuple(tags))
        self._timer.start()

    def clear_item(self) -> None:
        """Nothing selected."""
        self._pending = None
        self._timer.start()

    def shown(self) -> tuple | None:
        """(kind, text, speaker, tags) on screen now, None when empty."""
        return self._shown

    def _render(self) -> None:
        if self._pending == self._shown:
            return
        self._shown = self._pending
        if self._pending is None:
            self.clear()
        else:
            self.setHtml(detail_html(*self._pending, self._labels))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            return
        super().keyPressEvent(event)
