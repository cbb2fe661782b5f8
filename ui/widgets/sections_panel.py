"""The list of sections on the left of the notes page, with add / add thematic block / delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QVBoxLayout, QWidget

from ui.models.sections_model import SectionsModel


class SectionsList(QListView):
    """Sections; F2 renames in place, Delete deletes (undoable), drag reorders."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class SectionsPanel(QWidget):
    """The sections list and its buttons."""

    add_requested = Signal(str)  # section kind: "area" or "theme"
    delete_requested = Signal()

    def __init__(self, model: SectionsModel, parent=None) -> None:
        super().__init__(parent)
        self.view = SectionsList(self)
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Sekcje"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setWordWrap(True)
        self.view.delete_requested.connect(self.delete_requested)
        self.add_button = QPushButton(self.tr("Dodaj sekcję"), self)
        self.add_button.clicked.connect(lambda: self.add_requested.emit("area"))
        self.theme_button = QPushButton(self.tr("Dodaj blok tematyczny"), self)
        self.theme_button.clicked.connect(lambda: self.add_requested.emit("theme"))
        self.delete_button = QPushButton(self.tr("Usuń sekcję"), self)
        self.delete_button.clicked.connect(self.delete_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        for button in (self.add_button, self.theme_button, self.delete_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            layout.addWidget(button)

    def current_row(self) -> int:
        """The chosen section's row, -1 when none."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        """Choose a section by row."""
        index = self.view.model().index(row, 0)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
