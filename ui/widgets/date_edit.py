"""A date field that stores what was typed: '03.12.2026', '3.12.2026', '03122026' all mean 3 December 2026.

QDateEdit jumps to the next section after two digits, so the '.' people type next skips the month: '03.12.2026'
became 3 November. Here the text is read as a whole, and only a complete date ever becomes the field's value.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

DISPLAY = "%d.%m.%Y"
FIRST_YEAR, LAST_YEAR = 1900, 2100
_DOTTED = re.compile(r"(\d{1,2})[.\-/ ,](\d{1,2})[.\-/ ,](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# What may be typed at all: digits with . - / , or space between them.
TYPING_RE = QRegularExpression(r"^[0-9.\-/ ,]{0,10}$")


def parse_date(text: str, *, finished: bool) -> date | None:
    """The date a Polish user meant (day first), None for empty text; ValueError while incomplete or ambiguous.

    While typing (finished=False) only forms that cannot grow into another date count: a four-digit year,
    8 digits (DDMMRRRR) or 7 that read one way only ('3122026'). On leaving the field (finished=True) a
    two-digit year ('3.12.26', '031226') means 20xx.
    """
    text = text.strip()
    if not text:
        return None
    candidates: list[tuple[str, str, str]] = []
    if match := _ISO.fullmatch(text):
        year, month, day = match.groups()
        if finished or (len(month) == 2 and len(day) == 2):
            candidates.append((day, month, year))
    elif match := _DOTTED.fullmatch(text):
        candidates.append(match.groups())
    elif text.isdigit() and len(text) == 8:
        candidates.append((text[:2], text[2:4], text[4:]))
    elif text.isdigit() and len(text) == 7:
        candidates += [(text[:1], text[1:3], text[3:]), (text[:2], text[2:3], text[3:])]
    elif text.isdigit() and len(text) == 6 and finished:
        candidates.append((text[:2], text[2:4], text[4:]))
    found = {d for d in (_valid(day, month, year, finished) for day, month, year in candidates) if d is not None}
    if len(found) != 1:
        raise ValueError(text)
    return found.pop()


def _valid(day: str, month: str, year: str, finished: bool) -> date | None:
    if len(year) == 2:
        if not finished:
            return None
        year = f"20{year}"
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _calendar_icon() -> QIcon:
    """A small calendar glyph (no theme icon is available everywhere)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(2, 3, 12, 3, QColor("#c0392b"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class DateEdit(QLineEdit):
    """Typed day first, a calendar on Alt+Down/F4 or its icon; `date()` is always the last complete date.

    Leaving the field with text that is not a date puts the last date back, visibly, and emits `rejected`
    with what was typed, so the page can say why.
    """

    dateChanged = Signal(QDate)  # named as QDateEdit's, so it drops in for one
    rejected = Signal(str)  # the text that was not a date, already replaced by the last date

    def __init__(self, value: QDate | date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.setValidator(QRegularExpressionValidator(TYPING_RE, self))
        self.setPlaceholderText(self.tr("DD.MM.RRRR"))
        self.setToolTip(self.tr("Data dzień, miesiąc, rok: 03.12.2026, 3.12.2026 albo 03122026 (Alt+↓: kalendarz)"))
        self.setMaximumWidth(150)
        self.calendar_action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Wybierz z kalendarza (Alt+↓)"))
        self.calendar_action.setText(self.calendar_action.toolTip())  # the button's name for screen readers
        self.calendar_action.triggered.connect(self.show_calendar)
        self.popup: QWidget | None = None
        self.textEdited.connect(self._typed)
        self.setDate(value if value is not None else QDate.currentDate())

    # ---- value ---------------------------------------------------------------------------------------------------

    def date(self) -> QDate:
        """The last complete date typed or chosen (never a half-typed one)."""
        return QDate(self._date)

    def setDate(self, value: QDate | date) -> None:
        """Show and hold this date (the text is rewritten as DD.MM.RRRR)."""
        day = value if isinstance(value, QDate) else QDate(value.year, value.month, value.day)
        if not day.isValid():
            return
        self.setText(day.toPython().strftime(DISPLAY))
        self._set(day)

    def _set(self, day: QDate) -> None:
        if day != self._date:
            self._date = QDate(day)
            self.dateChanged.emit(QDate(day))

    def _typed(self, text: str) -> None:
        try:
            value = parse_date(text, finished=False)
        except ValueError:
            return  # not complete yet
        if value is not None:
            self._set(QDate(value.year, value.month, value.day))

    def finish(self) -> None:
        """Leaving the field or Enter: complete a short form ('3.12.26'), or put the last date back and say so."""
        typed = self.text()
        try:
            value = parse_date(typed, finished=True)
        except ValueError:
            value = None
        if value is None:
            self.setDate(self._date)
            if typed.strip() != self.text():
                self.rejected.emit(typed.strip())
            return
        self.setDate(value)

    def focusOutEvent(self, event) -> None:
        if self.popup is None or not self.popup.isVisible():
            self.finish()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier) or (
                event.key() == Qt.Key.Key_F4 and not event.modifiers()):
            self.show_calendar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        super().keyPressEvent(event)

    # ---- calendar ------------------------------------------------------------------------------------------------

    def show_calendar(self) -> QCalendarWidget:
        """A month calendar below the field (in the UI's language, Monday first in Polish); Enter or a click picks."""
        self.finish()
        popup = QWidget(self, Qt.WindowType.Popup)
        calendar = QCalendarWidget(popup)
        calendar.setObjectName("calendar")
        calendar.setGridVisible(False)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setSelectedDate(self._date)
        calendar.activated.connect(lambda day: self._picked(day))
        calendar.clicked.connect(lambda day: self._picked(day))
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calendar)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.destroyed.connect(self._popup_gone)
        self.popup = popup
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()
        return calendar

    def _popup_gone(self) -> None:
        self.popup = None

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        if self.popup is not None:
            self.popup.close()
        self.setFocus()
