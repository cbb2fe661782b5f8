"""Running clocks of the meeting and of the current agenda point, kept with the meeting for the facilitator."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QLabel

from facilitator import operations
from facilitator.operations.capture_reads import meeting_clock
from facilitator.store import DatabaseError


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


def still_running(started_at: datetime | None, now: datetime | None = None) -> bool:
    """A clock stored for the meeting keeps counting when it started today (a reopen, a crash); else it starts anew."""
    if started_at is None:
        return False
    now = now or datetime.now(UTC)
    local = started_at.astimezone()
    return local.date() == now.astimezone().date() and timedelta(0) <= now - started_at < timedelta(hours=16)


class CaptureClocks(QObject):
    """The meeting clock and the current agenda point with its clock, kept with the meeting across closes, crashes."""

    def __init__(self, ctx, meeting_clock: ElapsedClock, agenda_combo: QComboBox, agenda_clock: ElapsedClock) -> None:
        super().__init__(agenda_combo)
        self.ctx = ctx
        self.meeting_clock, self.agenda_combo, self.agenda_clock = meeting_clock, agenda_combo, agenda_clock
        self._agenda_ids: list[str] = []
        self._meeting_start: tuple[date | None, str | None] = (None, None)
        self.started = False
        agenda_combo.currentIndexChanged.connect(self._point_chosen)

    def load(self) -> None:
        """Read the meeting's planned start and agenda; the chosen point stays chosen."""
        clock = meeting_clock(self.ctx.engine, self.ctx.meeting_id)
        self._meeting_start = (clock.date, clock.start)
        labels = [f"{n}. {text}" for n, (_id, text) in enumerate(clock.agenda, start=1)]
        ids = [point_id for point_id, _text in clock.agenda]
        shown = [self.agenda_combo.itemText(i) for i in range(self.agenda_combo.count())]
        if labels != shown or ids != self._agenda_ids:
            chosen = self.current_point()
            self._agenda_ids = ids
            self.agenda_combo.blockSignals(True)
            self.agenda_combo.clear()
            self.agenda_combo.addItems(labels)
            index = ids.index(chosen) if chosen in ids else min(max(self.agenda_combo.currentIndex(), 0), len(ids) - 1)
            self.agenda_combo.setCurrentIndex(index)
            self.agenda_combo.blockSignals(False)
        self.agenda_combo.setVisible(bool(labels))
        self.agenda_clock.setVisible(bool(labels))

    def current_point(self) -> str | None:
        """The id of the agenda point being discussed."""
        index = self.agenda_combo.currentIndex()
        return self._agenda_ids[index] if 0 <= index < len(self._agenda_ids) else None

    def start(self) -> None:
        """First shown: continue the stored clocks of today, else start them (from the planned start if begun)."""
        self.started = True
        state = operations.get_capture_state(self.ctx.engine, self.ctx.meeting_id)
        now = datetime.now(UTC)
        changes: dict = {}
        if still_running(state.clock_started_at, now):
            meeting_start = state.clock_started_at
        else:
            meeting_start = now - timedelta(seconds=seconds_since_start(*self._meeting_start) or 0)
            changes["clock_started_at"] = meeting_start
        self.meeting_clock.restart(int((now - meeting_start).total_seconds()))
        if state.agenda_item_id in self._agenda_ids:
            self.agenda_combo.blockSignals(True)
            self.agenda_combo.setCurrentIndex(self._agenda_ids.index(state.agenda_item_id))
            self.agenda_combo.blockSignals(False)
        if state.agenda_item_id == self.current_point() and still_running(state.agenda_started_at, now):
            self.agenda_clock.restart(int((now - state.agenda_started_at).total_seconds()))
        else:
            self.agenda_clock.restart()
            changes.update(agenda_item_id=self.current_point(), agenda_started_at=now)
        if changes:
            self._store(**changes)

    def _point_chosen(self, _index: int) -> None:
        self.agenda_clock.restart()
        if self.started:
            self._store(agenda_item_id=self.current_point(), agenda_started_at=datetime.now(UTC))

    def _store(self, **fields) -> None:
        """Kept with the meeting, outside the undo stack (choosing a point is no change to the meeting)."""
        try:
            operations.save_capture_state(self.ctx.engine, meeting_id=self.ctx.meeting_id, **fields)
        except (operations.OperationError, DatabaseError) as exc:
            self.ctx.error(str(exc))
