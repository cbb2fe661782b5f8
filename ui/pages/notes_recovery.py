"""Notatki's drafts: the capture line and any open statement editor are kept while typing and put back after a crash."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from facilitator import operations
from facilitator.operations import CAPTURE_SLOT, Draft, item_slot
from facilitator.operations.capture_reads import item_text, section_has_text
from ui.drafts import set_editor_text
from ui.models.items_model import COL_TEXT


class RecoveryNotice(QLabel):
    """A calm line above the capture line: what was typed before the app stopped is back, nothing to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QLabel { background: #eef5ee; color: #1e4620; border: 1px solid #b7d7b9;"
                           " border-radius: 4px; padding: 4px 8px; }")
        self.setAccessibleName(self.tr("Przywrócony tekst"))
        self.hide()


class DraftRecovery(QObject):
    """Plugs the page's editors into `ctx.drafts` and restores the meeting's drafts when the page opens."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.drafts = page.ctx.drafts
        capture = page.capture
        self.drafts.watch(capture.text_edit, CAPTURE_SLOT, self._capture_extra, keep_on_close=True)
        for signal in (capture.speaker_edit.textChanged, capture.kind_changed, capture.level_changed):
            signal.connect(lambda *_: self.drafts.touch(CAPTURE_SLOT))
        capture.text_edit.textChanged.connect(self._capture_changed)
        page.outline.text_delegate.editor_opened.connect(self._editor_opened)

    def _capture_extra(self) -> dict:
        return {"section_id": self.page.section_id(), **self.page.capture.draft_extra()}

    def _capture_changed(self, text: str) -> None:
        if not text.strip() and not any(slot.startswith("item:") for slot in self.drafts.slots()):
            self.page.notice.hide()

    def _editor_opened(self, item_id: str, editor: QWidget) -> None:
        """F2 (or a double-click) opened a statement's editor: its text is kept as a draft too."""
        if item_id:
            self.drafts.watch(editor, item_slot(item_id))

    def finish(self) -> None:
        """The window closes: a statement being corrected is committed, the capture line's draft stays for later."""
        for slot in self.drafts.slots():
            editor = self.drafts.editor(slot)
            if slot != CAPTURE_SLOT and editor is not None:
                self.page.outline.commitData(editor)
        self.drafts.save_now()

    # ---- after a crash ------------------------------------------------------------------------------------------

    def restored_editor(self) -> QWidget | None:
        """The statement editor reopened with a recovered correction, while it is still open."""
        if self.page.outline.state() != self.page.outline.State.EditingState:
            return None
        editors = (self.drafts.editor(slot) for slot in self.drafts.slots() if slot != CAPTURE_SLOT)
        return next((editor for editor in editors if editor is not None), None)

    def restore(self) -> bool:
        """Put every draft of the meeting back where it was typed; True (and the notice shown) if there was one."""
        restored = False
        for draft in operations.get_drafts(self.page.ctx.engine, self.page.ctx.meeting_id):
            if draft.slot == CAPTURE_SLOT:
                restored = self._restore_capture(draft) or restored
            elif draft.item_id:
                restored = self._restore_editor(draft) or restored
        if restored:
            self.page.notice.setText(self.tr(
                "Przywrócono tekst, który był wpisywany przed zamknięciem programu. Możesz pisać dalej."))
            self.page.notice.show()
        return restored

    def _committed(self, draft: Draft) -> bool:
        """The statement was saved but the app stopped before its draft was cleared."""
        if not draft.section_id:
            return False
        return section_has_text(self.page.ctx.engine, draft.section_id, draft.text.strip())

    def _restore_capture(self, draft: Draft) -> bool:
        if self._committed(draft):
            self.drafts.forget(CAPTURE_SLOT)
            return False
        row = self.page.sections_model.row_of(draft.section_id) if draft.section_id else -1
        if row >= 0:
            self.page.sections_panel.select_row(row)
        self.page.capture.restore(draft.text, draft.kind, draft.level, draft.speaker)
        self.drafts.watch(self.page.capture.text_edit, CAPTURE_SLOT, self._capture_extra, keep_on_close=True,
                          stored=True)
        return True

    def _restore_editor(self, draft: Draft) -> bool:
        """Reopen the statement's editor with the correction that was being typed."""
        current = item_text(self.page.ctx.engine, draft.item_id)
        if current is None or current == draft.text:
            operations.clear_draft(self.page.ctx.engine, meeting_id=self.page.ctx.meeting_id, slot=draft.slot)
            return False
        if not self.page.show_item(draft.item_id):
            return False
        outline = self.page.outline
        index = self.page.items_model.index_for_id(draft.item_id).siblingAtColumn(COL_TEXT)
        outline.edit(index)
        editor = outline.indexWidget(index)
        if editor is None:
            return False
        set_editor_text(editor, draft.text)
        self.drafts.watch(editor, draft.slot, stored=True)
        editor.setFocus()
        return True
