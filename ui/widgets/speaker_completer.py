"""Pick a speaker from the attendance list by typing any part of the name, ignoring case and diacritics."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from facilitator.textfold import fold

FoldRole = Qt.ItemDataRole.UserRole + 1
PersonIdRole = Qt.ItemDataRole.UserRole + 2


class SpeakerCompleter(QCompleter):
    """A completer over participants that matches a folded substring and inserts the real name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people = QStandardItemModel(self)
        self._names: dict[str, str] = {}
        self.setModel(self._people)
        self.setCompletionRole(FoldRole)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)

    def set_people(self, people: dict[str, str]) -> None:
        """The attendance list: participant id → name."""
        self._names = dict(people)
        self._people.clear()
        for person_id, name in people.items():
            row = QStandardItem(name)
            row.setData(fold(name), FoldRole)
            row.setData(person_id, PersonIdRole)
            row.setEditable(False)
            self._people.appendRow(row)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def resolve(self, text: str) -> str | None:
        """The id of the one participant the text names (exactly, else as the only match); None otherwise."""
        key = fold(text.strip())
        if not key:
            return None
        exact = [pid for pid, name in self._names.items() if fold(name) == key]
        if len(exact) == 1:
            return exact[0]
        partial = [pid for pid, name in self._names.items() if key in fold(name)]
        return partial[0] if len(partial) == 1 else None
