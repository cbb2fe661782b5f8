"""What sits beside the outline: the in-place tag editor (Ctrl+T) and the detail pane, off the capture path."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.models.items_model import COL_TAGS, COL_TEXT, ItemsModel
from ui.widgets.item_detail import ItemDetail
from ui.widgets.outline import OutlineView
from ui.widgets.tag_editor import TagCompleter, TagsDelegate


class OutlineExtras(QObject):
    """Owns the tag completer and delegate of the outline's Tagi column, and keeps the detail pane current."""

    def __init__(self, outline: OutlineView, model: ItemsModel, back_to: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.outline = outline
        self.model = model
        self.back_to = back_to  # where the keyboard returns after tagging from there (the capture line)
        self._return_focus = False
        self.tag_completer = TagCompleter(self)
        self.tags_delegate = TagsDelegate(self.tag_completer, outline)
        outline.setItemDelegateForColumn(COL_TAGS, self.tags_delegate)
        self.detail = ItemDetail(parent)
        outline.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        model.modelReset.connect(self.show_detail)
        model.dataChanged.connect(self._data_changed)
        self.detail.leave_requested.connect(outline.setFocus)
        self.tags_delegate.closeEditor.connect(self._editor_closed)
        outline.itemDelegate().closeEditor.connect(self._editor_closed)
        outline.text_delegate.closeEditor.connect(self._editor_closed)

    def edit_tags(self) -> None:
        """Ctrl+T: tag the selected statement in place (right after Enter: the one just captured)."""
        self._edit_in_place(COL_TAGS)

    def edit_text(self) -> None:
        """F2 from the capture line: correct the selected statement in place, then back to capturing."""
        self._edit_in_place(COL_TEXT)

    def _edit_in_place(self, column: int) -> None:
        """Open the outline's editor of one column on the selected (else the newest) statement."""
        index = self.outline.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(self.model.rowCount() - 1, column)
        if not index.isValid():
            return
        focus = QApplication.focusWidget()
        self._return_focus = focus is not None and self.back_to.isAncestorOf(focus)
        self.outline.select_index(index)
        self.outline.setFocus()
        self.outline.edit(index.siblingAtColumn(column))
        if self.outline.state() != self.outline.State.EditingState and self._return_focus:  # not editable
            self._return_focus = False
            self.back_to.setFocus()

    def _editor_closed(self, _editor, _hint) -> None:
        if self._return_focus:  # after the view has taken the focus back itself
            self._return_focus = False
            QTimer.singleShot(0, self.back_to.setFocus)

    def show_detail(self) -> None:
        """Show the current statement in full (rendered shortly after, never inside the keystroke)."""
        node = self.model.node(self.outline.currentIndex())
        if node is None:
            self.detail.clear_item()
        else:
            self.detail.show_item(node.kind, node.text, self.model.speaker_name(node.speaker_id), node.tags)

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        if top.row() <= self.outline.currentIndex().row() <= bottom.row():
            self.show_detail()
