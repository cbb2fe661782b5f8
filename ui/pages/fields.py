"""Header fields that commit as you type: a debounce timer per field, one merged undo step per field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from facilitator import operations
from ui.widgets.date_edit import DateEdit

DEBOUNCE_MS = 400


class FieldBinding(QObject):
    """Ties one widget to one meeting field: edits are committed 0.4 s after the last keystroke or on focus-out."""

    committed = Signal(str)  # field name

    def __init__(self, ctx, field: str, widget: QWidget, undo_text: str,
                 to_value: Callable[[QWidget], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.field, self.widget, self.undo_text = ctx, field, widget, undo_text
        self._to_value = to_value or _widget_value
        self._stored: Any = None
        self._loading = False
        self.invalid_message = ""  # shown when the user leaves the field with text that cannot be saved
        self.fixup: Callable[[QWidget], None] | None = None  # tidies the text when the user leaves the field
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.commit)
        _connect_edits(widget, self._edited)
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.FocusOut:
            if self.fixup is not None:
                self.fixup(self.widget)
            self.commit()
            if self.invalid_message and self._invalid():
                self.ctx.error(self.invalid_message)  # leaving text that is not saved: say so, keep it to fix
        return False

    def _invalid(self) -> bool:
        """The widget holds text that cannot be stored (a half-typed time)."""
        try:
            self._to_value(self.widget)
        except ValueError:
            return True
        return False

    def pending(self) -> bool:
        """True while an edit waits for its debounce timer."""
        return self.timer.isActive()

    def _edited(self, *_args) -> None:
        if not self._loading:
            self.timer.start()

    def commit(self) -> None:
        """Write the widget's value if it differs from the stored one (invalid partial input waits)."""
        self.timer.stop()
        try:
            value = self._to_value(self.widget)
        except ValueError:
            return  # e.g. "1" typed into a time field: wait for the rest
        if value == self._stored:
            return
        changes = self.ctx.run(self.undo_text, operations.update_meeting,
                               merge_key=f"meeting:{self.ctx.meeting_id}:{self.field}",
                               meeting_id=self.ctx.meeting_id, **{self.field: value})
        if changes:
            self._stored = changes[0].after.get(self.field, value) if changes[0].after else value
            self._stored = _normal(self._stored)
            self.committed.emit(self.field)

    def load(self, value: Any) -> None:
        """Show the stored value; a field being typed in keeps the user's text unless the store changed."""
        value = _normal(value)
        if value == self._stored and self._shown_matches_or_pending():
            return
        self._stored = value
        self.timer.stop()
        self._loading = True
        try:
            _set_widget_value(self.widget, value)
        finally:
            self._loading = False

    def _shown_matches_or_pending(self) -> bool:
        try:
            return self.pending() or self._to_value(self.widget) == self._stored
        except ValueError:
            return True


def _normal(value: Any) -> Any:
    """Empty text and None are the same stored value; dates come back as ISO text from snapshots."""
    if value == "":
        return None
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _connect_edits(widget: QWidget, slot: Callable) -> None:
    if isinstance(widget, DateEdit):  # only complete dates, never the text on its way to one
        widget.dateChanged.connect(slot)
    elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)


def _widget_value(widget: QWidget) -> Any:
    if isinstance(widget, DateEdit):
        return widget.date().toPython()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    if isinstance(widget, QComboBox):
        return widget.currentData()
    raise TypeError(type(widget).__name__)


def _set_widget_value(widget: QWidget, value: Any) -> None:
    """Set a value without moving the cursor more than needed."""
    if isinstance(widget, DateEdit):
        if value is not None:
            widget.setDate(value)
    elif isinstance(widget, QLineEdit):
        text = "" if value is None else str(value)
        if widget.text() != text:
            cursor = min(widget.cursorPosition(), len(text))
            widget.setText(text)
            widget.setCursorPosition(cursor)
    elif isinstance(widget, QPlainTextEdit):
        text = value or ""
        if widget.toPlainText() != text:
            cursor = widget.textCursor().position()
            widget.setPlainText(text)
            tc = widget.textCursor()
            tc.setPosition(min(cursor, len(text)))
            widget.setTextCursor(tc)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)


def time_value(widget: QLineEdit) -> str | None:
    """'9:5' is not a time yet; '9:05' → '09:05'; empty → None. Partial input raises ValueError."""
    text = widget.text().strip().replace(".", ":")
    if not text:
        return None
    hours, sep, minutes = text.partition(":")
    if not sep or not hours.isdigit() or len(minutes) != 2 or not minutes.isdigit():
        raise ValueError(text)
    if int(hours) > 23 or int(minutes) > 59:
        raise ValueError(text)
    return f"{int(hours):02d}:{minutes}"


def expand_time_digits(widget: QLineEdit) -> None:
    """On leaving a time field, digits typed without a colon become a time: '1330' → '13:30', '930' → '09:30', '9' → '09:00'.

    Only on leaving: while typing, '1' or '133' may still be the start of '1330'.
    """
    text = widget.text().strip()
    if text.isdigit() and len(text) <= 4:
        widget.setText(f"{int(text):02d}:00" if len(text) <= 2 else f"{int(text[:-2]):02d}:{text[-2:]}")


def count_value(widget: QLineEdit) -> int | None:
    """Empty → None (count from the list); digits → the number."""
    text = widget.text().strip()
    if not text:
        return None
    if not text.isdigit():
        raise ValueError(text)
    return int(text)


def required_value(widget: QLineEdit) -> str:
    """A field that must not be empty (the title): empty input waits instead of failing."""
    text = widget.text().strip()
    if not text:
        raise ValueError("empty")
    return text
