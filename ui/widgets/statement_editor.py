"""F2 on a statement: a multi-line editor over the outline that shows the whole text, however long."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.models.items_model import IdRole, TextRole

MIN_LINES = 3  # room to see the text is a paragraph, even when it is short


class StatementEditor(QPlainTextEdit):
    """Wrapping text: Enter keeps the correction, Shift+Enter starts a new line, Esc leaves the text as it was."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statement_editor")
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Poprawa treści wypowiedzi"))
        self.setToolTip(self.tr("Enter: zapisz, Shift+Enter: nowy wiersz, Esc: bez zmian"))

    def text(self) -> str:
        """The statement as edited so far."""
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def height_for(self, width: int) -> int:
        """Height that shows every line of the text at this width (plus one for the line being typed)."""
        margins = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        metrics = self.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        text_height = metrics.boundingRect(QRect(0, 0, max(40, width - margins - 4), 1_000_000), flags,
                                           self.text() or " ").height()
        return max(MIN_LINES * metrics.lineSpacing(), text_height + metrics.lineSpacing()) + margins


class StatementDelegate(QStyledItemDelegate):
    """The outline's text column: the editor opens over the rows below, tall enough for the whole statement.

    `text_edited(item_id, text)` reports every change typed in an open editor (for drafts of unsaved corrections).
    """

    text_edited = Signal(str, str)  # item id, the editor's whole text
    editor_opened = Signal(str, QObject)  # item id, the StatementEditor

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = StatementEditor(parent)
        item_id = str(index.data(IdRole) or "")
        where = QPersistentModelIndex(index)
        editor.submitted.connect(lambda: self._finish(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache))
        editor.cancelled.connect(lambda: self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache))
        editor.textChanged.connect(lambda: self.text_edited.emit(item_id, editor.text()))
        editor.textChanged.connect(lambda: self._fit(editor, where))
        self.editor_opened.emit(item_id, editor)
        return editor

    def _finish(self, editor: StatementEditor, hint: QAbstractItemDelegate.EndEditHint) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if not isinstance(editor, StatementEditor):
            super().setEditorData(editor, index)
            return
        text = str(index.data(TextRole) or "")
        if editor.text() != text:
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
            editor.moveCursor(editor.textCursor().MoveOperation.End)  # corrections are mostly at the end
        editor.setGeometry(self._rect(editor, self._view.visualRect(index)))  # now that its text is known

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, StatementEditor):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if isinstance(editor, StatementEditor):
            editor.setGeometry(self._rect(editor, option.rect))
        else:
            super().updateEditorGeometry(editor, option, index)

    def _fit(self, editor: StatementEditor, where: QPersistentModelIndex) -> None:
        if where.isValid():
            editor.setGeometry(self._rect(editor, self._view.visualRect(QModelIndex(where))))

    def _rect(self, editor: StatementEditor, cell: QRect) -> QRect:
        """The cell's width, as tall as the text needs; moved up when the viewport ends first."""
        viewport = self._view.viewport().rect()
        height = min(max(editor.height_for(cell.width()), cell.height()), viewport.height())
        top = max(viewport.top(), min(cell.top(), viewport.bottom() + 1 - height))
        return QRect(cell.left(), top, cell.width(), height)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Our editor handles Enter and Esc itself; Tab keeps the correction and leaves, like a click elsewhere.
        if isinstance(editor, StatementEditor) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._finish(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                return False
        return super().eventFilter(editor, event)
