"""Tagging an item in place: comma-separated names with suggestions from every meeting's tags."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QWidget

from facilitator.textfold import fold

FoldRole = Qt.ItemDataRole.UserRole + 1
SEPARATOR = ", "


def _split_last(text: str) -> tuple[str, str]:
    """The finished part of the line (up to the last comma, inclusive) and the tag being typed."""
    cut = text.rfind(",")
    return (text[:cut + 1], text[cut + 1:]) if cut >= 0 else ("", text)


class TagCompleter(QCompleter):
    """Completes the tag after the last comma (ignoring case and Polish letters), keeping the earlier ones."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tags = QStandardItemModel(self)
        self._names: list[str] = []
        self._done = ""  # the tags before the last comma, as the user typed them
        self.setModel(self._tags)
        self.setCompletionRole(FoldRole)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)

    def set_names(self, names: list[str]) -> None:
        """Every tag already used (loaded once per section load, not per row)."""
        self._names = sorted(set(names), key=str.casefold)
        self._tags.clear()
        for name in self._names:
            row = QStandardItem(name)
            row.setData(fold(name), FoldRole)
            row.setEditable(False)
            self._tags.appendRow(row)

    def add_names(self, names) -> None:
        """Tags created meanwhile (by this window) become suggestions too."""
        known = {n.casefold() for n in self._names}
        fresh = [n for n in names if n and n.casefold() not in known]
        if fresh:
            self.set_names(self._names + fresh)

    def names(self) -> list[str]:
        """The suggestions, alphabetical."""
        return list(self._names)

    def splitPath(self, path: str) -> list[str]:
        # Remember the finished tags as typed: highlighting a suggestion rewrites the line, they must stay.
        self._done, typing = _split_last(path)
        return [fold(typing.strip())]

    def pathFromIndex(self, index: QModelIndex) -> str:
        prefix = f"{self._done.rstrip()} " if self._done else ""
        return f"{prefix}{index.data(Qt.ItemDataRole.DisplayRole) or ''}{SEPARATOR}"


class TagsDelegate(QStyledItemDelegate):
    """The editor of the Tagi column: a line with the shared completer; the model turns it into an operation."""

    def __init__(self, completer: TagCompleter, parent=None) -> None:
        super().__init__(parent)
        self.completer = completer

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Tagi wypowiedzi (po przecinku)"))
        editor.setPlaceholderText(self.tr("tagi po przecinku, np. lokale, dotacje"))
        editor.setFrame(False)
        editor.setCompleter(self.completer)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setText(f"{current}{SEPARATOR}" if current else "")  # ready for one more tag

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit) and editor.completer() is self.completer:
            editor.setCompleter(None)  # the completer is shared: keep it alive for the next editor
        super().destroyEditor(editor, index)
