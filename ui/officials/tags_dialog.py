"""The tag manager: the tag tree with its usage, renamed or merged across all meetings, undoable in the session.

Tags nest by their names ("Obszar 1/BIP" sits under "Obszar 1"); a level's counts include everything under it,
and renaming a level renames what is under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from facilitator import operations, tagtree
from ui.officials.history import History
from ui.signals import bus

COL_NAME, COL_ITEMS, COL_MEETINGS = range(3)
IdRole = Qt.ItemDataRole.UserRole + 1  # the tag's id (None for a level no tag is named after)
PathRole = Qt.ItemDataRole.UserRole + 2  # the level's full path ("Obszar 1/BIP")


class TagsDialog(QDialog):
    """Tags of all meetings as a tree; rename in place (F2), merge the selected ones, undo with Ctrl+Z."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.history = History()  # this session's renames and merges, for Ctrl+Z
        self.setWindowTitle(self.tr("Tagi we wszystkich spotkaniach"))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 520)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Tag"), self.tr("Wypowiedzi"), self.tr("Spotkania")])
        self.tree.setAccessibleName(self.tr("Drzewo tagów"))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._renamed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.rename_button = QPushButton(self.tr("Zmień &nazwę (F2)"), self)
        self.merge_button = QPushButton(self.tr("&Scal zaznaczone…"), self)
        self.undo_button = QPushButton(self.tr("&Cofnij"), self)
        self.close_button = QPushButton(self.tr("&Zamknij"), self)
        self.rename_button.clicked.connect(self.start_rename)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.merge_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Zmiana nazwy lub scalenie działa we wszystkich spotkaniach naraz. Tag zagnieżdżony "
                              "zapisuje się z ukośnikiem, np. Obszar 1/BIP; liczby poziomu obejmują tagi pod nim."),
                      self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload the tree and its counts, keeping the selection and the current level by path."""
        chosen = {tagtree.key(p) for p in self.selected_paths()}
        current = self.tree.currentItem()
        current_key = tagtree.key(current.data(COL_NAME, PathRole)) if current else None
        self.tree.blockSignals(True)
        self.tree.clear()
        parents: list[QTreeWidgetItem] = []
        for level in tagtree.tag_counts(self.engine):
            del parents[level.depth:]
            node = QTreeWidgetItem(parents[-1] if parents else self.tree)
            node.setText(COL_NAME, level.label)
            node.setData(COL_NAME, IdRole, level.tag_id)
            node.setData(COL_NAME, PathRole, level.path)
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
            for col, value in ((COL_ITEMS, level.items), (COL_MEETINGS, level.meetings)):
                node.setText(col, str(value))
                node.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parents.append(node)
            key = tagtree.key(level.path)
            if key in chosen:
                node.setSelected(True)
            if key == current_key:
                self.tree.setCurrentItem(node, COL_NAME, self.tree.selectionModel().SelectionFlag.NoUpdate)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._update_buttons()

    def _nodes(self) -> list[QTreeWidgetItem]:
        found = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount() - 1, -1, -1)]
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(node.child(i) for i in range(node.childCount() - 1, -1, -1))
        return found

    def rows(self) -> list[tuple[str, int, int]]:
        """(path, statements, meetings) of every level, top to bottom as shown."""
        return [(n.data(COL_NAME, PathRole), int(n.text(COL_ITEMS)), int(n.text(COL_MEETINGS))) for n in self._nodes()]

    def node_of(self, path: str) -> QTreeWidgetItem | None:
        """The tree item of a level by its path (None when absent)."""
        return next((n for n in self._nodes() if n.data(COL_NAME, PathRole) == path), None)

    def selected_paths(self) -> list[str]:
        """Paths of the selected levels, top to bottom."""
        return [n.data(COL_NAME, PathRole) for n in self._nodes() if n.isSelected()]

    def selected_ids(self) -> list[str]:
        """Ids of the selected tags (levels no tag is named after have none), top to bottom."""
        return [n.data(COL_NAME, IdRole) for n in self._nodes() if n.isSelected() and n.data(COL_NAME, IdRole)]

    def _update_buttons(self) -> None:
        self.rename_button.setEnabled(len(self.selected_paths()) == 1)
        self.merge_button.setEnabled(len(self.selected_ids()) >= 2)
        self.undo_button.setEnabled(bool(self.history))
        self.undo_button.setToolTip(self.history.last)

    def start_rename(self) -> None:
        """Edit the current level's name in place."""
        node = self.tree.currentItem()
        if node is not None:
            self.tree.editItem(node, COL_NAME)

    def _renamed(self, node: QTreeWidgetItem, column: int) -> None:
        if column != COL_NAME:
            return
        path = node.data(COL_NAME, PathRole)
        above = tagtree.parents(path)
        label = node.text(COL_NAME).strip()
        name = f"{above[-1]}{tagtree.SEP}{label}" if above and label else label
        self.rename_level(path, name)

    def rename(self, tag_id: str, name: str) -> None:
        """Rename a tag everywhere, with the tags under it."""
        self._run(self.tr("Zmiana nazwy tagu na „%1”").replace("%1", name), operations.rename_tag,
                  tag_id=tag_id, name=name)

    def rename_level(self, path: str, name: str) -> None:
        """Rename a level of the tree (a tag or a bare level) with everything under it."""
        self._run(self.tr("Zmiana nazwy tagu na „%1”").replace("%1", name), operations.rename_tag,
                  path=path, name=name)

    def merge_selected(self) -> None:
        """Merge the selected tags into the one the user picks (the most used is offered first)."""
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        levels = {c.tag_id: c for c in tagtree.tag_counts(self.engine) if c.tag_id}
        tags = sorted((levels[i] for i in ids if i in levels), key=lambda t: -t.items)
        names = [t.path for t in tags]
        target, ok = QInputDialog.getItem(self, self.tr("Scal tagi"),
                                          self.tr("Zostaw tag (pozostałe zostaną w nim scalone):"), names, 0, False)
        if not ok or target not in names:
            return
        self.merge([t.tag_id for t in tags if t.path != target], tags[names.index(target)].tag_id)

    def merge(self, source_ids: list[str], target_id: str) -> None:
        """Move every use of the source tags to the target tag and drop the sources."""
        target = next((c.path for c in tagtree.tag_counts(self.engine) if c.tag_id == target_id), "")
        description = self.tr("Scalenie %1 tagów w „%2”").replace("%1", str(len(source_ids) + 1)).replace("%2", target)
        self._run(description, operations.merge_tags, source_ids=source_ids, target_id=target_id)

    def _run(self, description: str, op, **kwargs) -> None:
        try:
            changes = op(self.engine, **kwargs)
        except operations.OperationError as exc:
            self.status.setText(self.tr("Nie udało się: %1").replace("%1", str(exc)))
            self.refresh()
            return
        self.history.record(description, changes, self.status)
        self._changed()

    def undo(self) -> None:
        """Undo the last rename or merge of this session."""
        if self.history.undo(self.engine, self.status):
            self._changed()

    def _changed(self) -> None:
        self.refresh()
        bus().meetings_changed.emit()
