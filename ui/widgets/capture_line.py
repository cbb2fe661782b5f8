"""The line at the bottom of the notes page: type, Enter, and the next statement is already waiting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from ui.kinds import DEFAULT_KIND, KIND_STYLES, badge_text, kind_colour, kind_icon, kind_label
from ui.widgets.speaker_completer import SpeakerCompleter

MAX_LEVEL = 8


def _is_redo(event: QKeyEvent) -> bool:
    """Ctrl+Shift+Z or Ctrl+Y, whatever the platform's standard redo key is."""
    pressed = event.keyCombination()
    return event.matches(QKeySequence.StandardKey.Redo) or any(
        QKeySequence(keys)[0] == pressed for keys in ("Ctrl+Shift+Z", "Ctrl+Y"))


class CaptureEdit(QLineEdit):
    """A line edit that keeps Tab / Shift+Tab for the indent level, F2 for correcting, Up for the outline.

    Ctrl+Z / Ctrl+Shift+Z undo and redo typing while there is typing to undo or redo; in an empty line they are
    left to the window, whose undo stack takes back (or brings back) the last captured statement.
    """

    indent_requested = Signal(int)  # +1 or -1
    edit_requested = Signal()  # F2: correct the selected statement (a line edit has no use for F2 itself)
    outline_requested = Signal()  # Up: to the statements above (a one-line edit has no use for Up itself)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._for_window(event):
            event.ignore()  # not this line's key: the window's Undo/Redo action gets it
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.indent_requested.emit(+1)
                return True
            if event.key() == Qt.Key.Key_Backtab:
                self.indent_requested.emit(-1)
                return True
            if event.key() == Qt.Key.Key_F2 and not event.modifiers():
                self.edit_requested.emit()
                return True
            if event.key() == Qt.Key.Key_Up and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.outline_requested.emit()
                return True
        return super().event(event)

    def _for_window(self, event: QKeyEvent) -> bool:
        """Undo in an empty line, redo when the line has no typing to redo and is empty."""
        if self.text():
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            return True
        return _is_redo(event) and not self.isRedoAvailable()


class SpeakerEdit(QLineEdit):
    """The speaker field: Enter adds the statement unless the completer's list is open."""

    submit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup() if self.completer() else None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (popup and popup.isVisible()):
            self.submit_requested.emit()
            return
        super().keyPressEvent(event)


class CaptureLine(QWidget):
    """Kind badge, indent level, statement text and optional speaker; emits one submission per Enter."""

    submitted = Signal(str, str, int, str)  # kind, text, indent level, speaker text ("" = none)
    kind_changed = Signal(str)
    level_changed = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind = DEFAULT_KIND
        self._level = 0
        self.kind_button = QToolButton(self)
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.kind_button.setMenu(self._kind_menu())
        self.kind_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.level_label = QLabel(self)
        self.text_edit = CaptureEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Wpisz wypowiedź i naciśnij Enter (Ctrl+1…6: rodzaj, Tab: wcięcie)"))
        self.text_edit.setAccessibleName(self.tr("Nowa wypowiedź"))
        self.text_edit.returnPressed.connect(self.submit)
        self.text_edit.indent_requested.connect(lambda step: self.set_level(self._level + step))
        self.speaker_completer = SpeakerCompleter(self)
        self.speaker_edit = SpeakerEdit(self)
        self.speaker_edit.setPlaceholderText(self.tr("Mówca (Ctrl+M)"))
        self.speaker_edit.setAccessibleName(self.tr("Mówca"))
        self.speaker_edit.setCompleter(self.speaker_completer)
        self.speaker_edit.submit_requested.connect(self.submit)
        self.speaker_completer.activated[str].connect(self._speaker_chosen)
        self.speaker_edit.setMaximumWidth(240)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind_button)
        layout.addWidget(self.level_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.speaker_edit)
        self.setFocusProxy(self.text_edit)
        self._show_kind()
        self._show_level()

    def _kind_menu(self) -> QMenu:
        menu = QMenu(self)
        for kind, spec in KIND_STYLES.items():
            action = menu.addAction(kind_icon(kind), f"{kind_label(kind)}\t{spec.shortcut}")
            action.triggered.connect(lambda _=False, k=kind: self.set_kind(k))
        return menu

    def kind(self) -> str:
        """The kind the next statement gets."""
        return self._kind

    def level(self) -> int:
        """How deep the next statement is indented (0 = top level)."""
        return self._level

    def set_kind(self, kind: str) -> None:
        """Choose the kind of the next statement."""
        if kind in KIND_STYLES and kind != self._kind:
            self._kind = kind
            self._show_kind()
            self.kind_changed.emit(kind)

    def set_level(self, level: int) -> None:
        """Choose the indent level of the next statement (the page may clamp it)."""
        level = max(0, min(MAX_LEVEL, level))
        if level != self._level:
            self._level = level
            self._show_level()
            self.level_changed.emit(level)

    def _show_kind(self) -> None:
        colour = kind_colour(self._kind).name()
        self.kind_button.setText(badge_text(self._kind))
        self.kind_button.setStyleSheet(
            f"QToolButton {{ background: {colour}; color: white; font-weight: bold; border-radius: 4px;"
            " padding: 3px 8px; }"
        )
        self.kind_button.setToolTip(self.tr("Rodzaj następnej wypowiedzi: %1").replace("%1", kind_label(self._kind)))
        self.kind_button.setAccessibleName(kind_label(self._kind))

    def _show_level(self) -> None:
        self.level_label.setVisible(self._level > 0)
        self.level_label.setText("↳" * self._level)
        self.level_label.setToolTip(self.tr("Podpunkt poziomu %1 (Shift+Tab: wyżej)").replace("%1", str(self._level)))

    def submit(self) -> None:
        """Emit the statement if there is text; the page clears the line once it is saved.

        Enter in the speaker field with no statement typed yet goes back to the statement line, so what is said
        next is never typed into the speaker field.
        """
        text = self.text_edit.text()
        if text.strip():
            self.submitted.emit(self._kind, text, self._level, self.speaker_edit.text().strip())
        elif self.speaker_edit.hasFocus():
            self.text_edit.setFocus()

    def _speaker_chosen(self, _name: str) -> None:
        """A speaker picked before the statement: back to the statement line to type what they say."""
        if not self.text_edit.text().strip():
            self.text_edit.setFocus()

    def clear_after_add(self) -> None:
        """Ready for the next statement: text and speaker cleared, kind and level kept, focus on the text.

        setText, not clear(): it also drops the line's own undo history, so no Ctrl+Z can bring a saved statement
        back into the line for Enter to add a second time.
        """
        self.text_edit.setText("")
        self.speaker_edit.setText("")
        self.text_edit.setFocus()

    def draft_extra(self) -> dict:
        """What goes with a draft of the line besides its text: kind, indent level, speaker."""
        return {"kind": self._kind, "level": self._level, "speaker": self.speaker_edit.text().strip() or None}

    def restore(self, text: str, kind: str | None, level: int, speaker: str | None) -> None:
        """Put a recovered draft back as it was being typed."""
        if kind:
            self.set_kind(kind)
        self.set_level(level)
        self.speaker_edit.setText(speaker or "")
        self.text_edit.setText(text)
        self.text_edit.setFocus()
