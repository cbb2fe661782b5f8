"""Drafts: what is being typed in a meeting's editors reaches the database within a second, so a crash loses nothing.

Any editor plugs in with one call, `ctx.drafts.watch(editor, slot)`: a QLineEdit, QPlainTextEdit or QTextEdit.
Drafts are saved through `facilitator.operations` but never pushed on the undo stack (they are no user change).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from facilitator import operations
from facilitator.store import DatabaseError
from facilitator.store.errors import ConnectionLost

SAVE_AFTER_MS = 500  # at most this long after a keystroke (not after the last one: typing on never postpones it)


def editor_text(editor: QWidget) -> str:
    """The text an editor holds, whatever kind of text editor it is."""
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.toPlainText()
    text = getattr(editor, "text", None)
    return text() if callable(text) else ""


def set_editor_text(editor: QWidget, text: str) -> None:
    """Put a recovered draft into an editor, cursor at the end."""
    if isinstance(editor, QLineEdit):
        editor.setText(text)
    elif isinstance(editor, (QPlainTextEdit, QTextEdit)):
        editor.setPlainText(text)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
    elif callable(getattr(editor, "setText", None)):
        editor.setText(text)


@dataclass
class _Watched:
    editor: QWidget
    extra: Callable[[], dict] | None
    keep_on_close: bool
    stored: bool = False
    connections: list = field(default_factory=list)


class DraftKeeper(QObject):
    """Saves the watched editors of one meeting shortly after each change; clears a draft once it is committed."""

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self._watched: dict[str, _Watched] = {}
        self._dirty: set[str] = set()
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_now)
        from ui import connection

        watch = connection.current()
        if watch is not None:  # the office server back after a drop: what could not be written is written now
            watch.restored.connect(self._retry)

    def watch(self, editor: QWidget, slot: str, extra: Callable[[], dict] | None = None, *,
              keep_on_close: bool = False, stored: bool = False) -> None:
        """Keep this editor's text as the draft `slot` while it is typed.

        `extra` adds what belongs with the text (section, kind, level, speaker); `keep_on_close` keeps the draft
        when the editor goes away (the capture line at a normal close), else its end clears the draft (an editor
        closes when its text was committed or deliberately dropped); `stored` says a draft is in the database.
        """
        self.unwatch(slot)
        watched = _Watched(editor, extra, keep_on_close, stored)
        watched.connections.append(editor.textChanged.connect(lambda *_: self.touch(slot)))
        editor.destroyed.connect(lambda *_: self._gone(slot, watched))
        self._watched[slot] = watched

    def unwatch(self, slot: str) -> None:
        """Stop following an editor (its draft stays as it is)."""
        watched = self._watched.pop(slot, None)
        self._dirty.discard(slot)
        if watched is not None and shiboken6.isValid(watched.editor):
            for connection in watched.connections:
                QObject.disconnect(connection)

    def editor(self, slot: str) -> QWidget | None:
        """The live editor watched under this slot."""
        watched = self._watched.get(slot)
        return watched.editor if watched is not None and shiboken6.isValid(watched.editor) else None

    def slots(self) -> list[str]:
        """Slots of the editors being watched."""
        return list(self._watched)

    def touch(self, slot: str) -> None:
        """The editor (or what goes with it) changed: save within SAVE_AFTER_MS."""
        if slot in self._watched:
            self._dirty.add(slot)
            if not self._timer.isActive():
                self._timer.start()

    def save_now(self) -> None:
        """Write every changed draft now (also before closing)."""
        self._timer.stop()
        unsaved: set[str] = set()
        for slot in sorted(self._dirty):
            watched = self._watched.get(slot)
            if watched is not None and shiboken6.isValid(watched.editor):
                text = editor_text(watched.editor)
                extra = watched.extra() if watched.extra and text.strip() else {}
                if self._write(operations.save_draft, slot=slot, text=text, **extra):
                    watched.stored = bool(text.strip())
                else:
                    unsaved.add(slot)  # kept: written with the next keystroke or when the server is back
        self._dirty = unsaved

    def _retry(self, *_args) -> None:
        if self._dirty and shiboken6.isValid(self):
            self.save_now()

    def forget(self, slot: str) -> None:
        """The editor's text was committed: drop its draft at once (nothing to save until it is typed again)."""
        self._dirty.discard(slot)
        watched = self._watched.get(slot)
        stored = watched is None or watched.stored
        if stored and self._write(operations.clear_draft, slot=slot) and watched is not None:
            watched.stored = False

    def _gone(self, slot: str, watched: _Watched) -> None:
        if self._watched.get(slot) is watched:
            del self._watched[slot]
            self._dirty.discard(slot)
            if not watched.keep_on_close and watched.stored:  # never saved: nothing to clear, no database work
                self._write(operations.clear_draft, slot=slot)

    def _write(self, op, **kwargs) -> bool:
        """Run a draft operation outside the undo stack; a failure is reported once, typing goes on."""
        try:
            op(self.ctx.engine, meeting_id=self.ctx.meeting_id, **kwargs)
        except ConnectionLost as exc:  # the office server went away: the text stays in the editor and is retried
            if not self._failing:
                self._failing = True
                from ui import connection

                if not connection.handle(exc, self.ctx.engine):
                    self.ctx.error(str(exc))
            return False
        except (operations.OperationError, DatabaseError) as exc:
            if not self._failing:
                self._failing = True
                self.ctx.error(str(exc))
            return False
        self._failing = False
        return True


def reopen_interrupted(start_window) -> list[QWidget]:
    """After a crash or a power loss the meetings whose windows were open come back, with what was being typed."""
    meeting_ids = operations.interrupted_meetings(start_window.engine)
    return [window for window in map(start_window.open_meeting, meeting_ids) if window is not None]
