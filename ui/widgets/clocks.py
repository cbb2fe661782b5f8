"""Running clocks of the meeting and of the current agenda point, for a facilitator keeping time."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QLabel


def format_elapsed(seconds: int) -> str:
    """'0:07:05' style: hours never hidden, so the width stays stable."""
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def seconds_since_start(meeting_date: date | None, start: str | None, now: datetime | None = None) -> int | None:
    """Seconds since the meeting's planned start, when it is today and already begun; else None."""
    now = now or datetime.now()
    if meeting_date != now.date() or not start:
        return None
    try:
        hours, minutes = (int(part) for part in start.split(":", 1))
        begun = datetime.combine(meeting_date, time(hours, minutes))
    except ValueError:
        return None
    elapsed = int((now - begun).total_seconds())
    return elapsed if 0 <= elapsed < 24 * 3600 else None


class ElapsedClock(QLabel):
    """A label counting up once a second from a chosen moment."""

    def __init__(self, caption: str, parent=None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._timer = QElapsedTimer()
        self._offset = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._refresh)
        self.restart()
        self._tick.start()

    def restart(self, already_elapsed: int = 0) -> None:
        """Count from now, plus seconds that already passed (e.g. since the planned start)."""
        self._offset = already_elapsed
        self._timer.start()
        self._refresh()

    def elapsed(self) -> int:
        """Seconds shown."""
        return self._offset + int(self._timer.elapsed() // 1000)

    def _refresh(self) -> None:
        self.setText(f"{self._caption} {format_elapsed(self.elapsed())}")
