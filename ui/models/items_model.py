"""The outline of one section: its items as flat rows in document order (depth shown by indentation).

Flat on purpose: a Qt tree view re-lays out every row on each insertion (thousands of Python calls), while a
table view inserts one row in constant Python time; the capture hot path must stay under 20 ms at 5,000 items.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.kinds import badge_text, kind_label

COL_KIND, COL_TEXT, COL_SPEAKER, COL_TAGS = range(4)
COLUMNS = 4

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SpeakerRole = Qt.ItemDataRole.UserRole + 3  # the speaker's name ("" when none)
SpeakerIdRole = Qt.ItemDataRole.UserRole + 4
DepthRole = Qt.ItemDataRole.UserRole + 5
TextRole = Qt.ItemDataRole.UserRole + 6  # the statement alone (DisplayRole adds the sub-point indent)
TagsRole = Qt.ItemDataRole.UserRole + 7  # the item's tag names, a tuple in alphabetical order

INDENT = "\u2003\u2003"  # two em spaces per level below the first: cheap indentation without a delegate
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.EditRole.value
_TOOLTIP, _ACCESSIBLE = Qt.ItemDataRole.ToolTipRole.value, Qt.ItemDataRole.AccessibleTextRole.value
_HANDLED_ROLES = frozenset(
    {_DISPLAY, _EDIT, _TOOLTIP, _ACCESSIBLE, *(int(r) for r in range(Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 8))}
)

MIME_ITEMS = "application/x-facilitator-item-ids"

# Computed once: flags() runs for every row on each layout, and enum arithmetic is slow in Python.
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
              | Qt.ItemFlag.ItemIsDropEnabled)
_TEXT_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsEditable

_EDITABLE_COLUMNS = frozenset({COL_TEXT, COL_TAGS})

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


@dataclass(eq=False)
class Node:
    """One item; `row` is its place among its siblings, `flat` its row in the model, `level` its depth."""

    id: str
    kind: str
    text: str
    speaker_id: str | None = None
    parent: Node | None = None
    tags: tuple[str, ...] = ()
    row: int = 0
    flat: int = -1
    level: int = 0
    children: list[Node] = field(default_factory=list)

def _renumber(nodes: list[Node], start: int = 0) -> None:
    for i in range(start, len(nodes)):
        nodes[i].row = i


def _reflat(nodes: list[Node], start: int = 0) -> None:
    for i in range(start, len(nodes)):
        nodes[i].flat = i


def _subtree_end(node: Node) -> Node:
    """The last row of a node's subtree in document order."""
    while node.children:
        node = node.children[-1]
    return node


class ItemsModel(QAbstractTableModel):
    """Items of the chosen section; edits and drops are requests the page turns into operations."""

    edit_requested = Signal(str, str, object)  # item id, field ("text"), new value
    move_requested = Signal(str, object, int)  # item id, new parent id (None = top level), position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("", "", "", level=-1)
        self._flat: list[Node] = []
        self._by_id: dict[str, Node] = {}
        self._speakers: dict[str, str] = {}

    # ---- loading -------------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[dict], speakers: dict[str, str] | None = None) -> None:
        """Replace everything: rows are flat item dicts (id, parent_id, position, kind, text, speaker_id)."""
        self.beginResetModel()
        if speakers is not None:
            self._speakers = dict(speakers)
        self._root = Node("", "", "", level=-1)
        self._by_id = {}
        ordered = sorted(rows, key=lambda r: r.get("position", 0))
        for row in ordered:
            self._by_id[row["id"]] = Node(row["id"], row.get("kind", "remark"), row.get("text", ""),
                                          row.get("speaker_id"), tags=_tags(row))
        for row in ordered:
            node = self._by_id[row["id"]]
            parent = self._by_id.get(row.get("parent_id") or "", self._root)
            node.parent = parent
            node.row = len(parent.children)
            parent.children.append(node)
        self._flat = []
        for node in _walk(self._root.children):
            node.level = node.parent.level + 1 if node.parent else 0
            node.flat = len(self._flat)
            self._flat.append(node)
        self.endResetModel()

    def set_speakers(self, speakers: dict[str, str]) -> None:
        """Names of the attendance list by participant id (the speaker column shows them)."""
        self._speakers = dict(speakers)
        if self._flat:
            self.dataChanged.emit(self.index(0, COL_SPEAKER), self.index(len(self._flat) - 1, COL_SPEAKER))

    # ---- fine-grained updates --------------------------------------------------------------------------------

    def insert_item(self, row: dict) -> QModelIndex:
        """Insert one item (from an operation's 'after' snapshot) without touching the other rows."""
        parent = self._by_id.get(row.get("parent_id") or "", self._root)
        position = row.get("position")
        if position is None or not 0 <= position <= len(parent.children):
            position = len(parent.children)
        node = Node(row["id"], row.get("kind", "remark"), row.get("text", ""), row.get("speaker_id"), parent,
                    tags=_tags(row), row=position, level=parent.level + 1)
        if position < len(parent.children):
            flat = parent.children[position].flat
        elif parent.children:
            flat = _subtree_end(parent.children[-1]).flat + 1
        else:
            flat = parent.flat + 1
        self.beginInsertRows(QModelIndex(), flat, flat)
        parent.children.insert(position, node)
        if position != len(parent.children) - 1:
            _renumber(parent.children, position)
        self._flat.insert(flat, node)
        _reflat(self._flat, flat)
        self._by_id[node.id] = node
        self.endInsertRows()
        return self.index(flat, COL_TEXT)

    def update_item(self, row: dict) -> bool:
        """Apply new text/kind/speaker/tags of an item in place; False when the item is not shown here."""
        node = self._by_id.get(row.get("id", ""))
        if node is None:
            return False
        node.kind = row.get("kind", node.kind)
        node.text = row.get("text", node.text)
        node.speaker_id = row.get("speaker_id", node.speaker_id)
        node.tags = _tags(row) if "tags" in row else node.tags
        self.dataChanged.emit(self.index(node.flat, 0), self.index(node.flat, COLUMNS - 1))
        return True

    # ---- lookups ----------------------------------------------------------------------------------------------

    def index_for_id(self, item_id: str, column: int = COL_TEXT) -> QModelIndex:
        """The index of an item, invalid when it is not here."""
        node = self._by_id.get(item_id)
        return self.index(node.flat, column) if node else QModelIndex()

    def node(self, index: Index) -> Node | None:
        """The item behind an index."""
        return self._flat[index.row()] if index.isValid() and index.row() < len(self._flat) else None

    def node_at(self, flat_row: int) -> Node | None:
        """The item on a row."""
        return self._flat[flat_row] if 0 <= flat_row < len(self._flat) else None

    def iter_nodes(self) -> Iterator[Node]:
        """All items in document order."""
        return iter(list(self._flat))

    def top_level_nodes(self) -> list[Node]:
        """The top-level items (do not modify the list)."""
        return self._root.children

    def parent_for_level(self, level: int) -> tuple[Node | None, int]:
        """The item a new statement at this indent level goes under (the last item one level up), and the level it
        gets: no deeper than the outline allows."""
        parent: Node | None = None
        children = self._root.children
        for depth in range(level):
            if not children:
                return parent, depth
            parent = children[-1]
            children = parent.children
        return parent, level

    def speaker_name(self, speaker_id: str | None) -> str:
        """The name of a participant, '' when unknown."""
        return self._speakers.get(speaker_id or "", "")

    # ---- QAbstractTableModel -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._flat)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _HANDLED_ROLES:  # views ask for a dozen roles per cell; answer the rest at once
            return None
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            if column == COL_TEXT:
                return f"{INDENT * (node.level - 1)}↳ {node.text}" if node.level else node.text
            if column == COL_TAGS:
                return ", ".join(node.tags)
            return badge_text(node.kind) if column == COL_KIND else self.speaker_name(node.speaker_id)
        if role == _EDIT:
            return node.text if column == COL_TEXT else (", ".join(node.tags) if column == COL_TAGS else None)
        if role == _TOOLTIP:
            return self._tooltip(node, column)
        if role == _ACCESSIBLE:
            return f"{kind_label(node.kind)}: {node.text}"
        return self._custom_data(node, role)

    def _tooltip(self, node: Node, column: int) -> str | None:
        if column == COL_KIND:
            return kind_label(node.kind)
        if column == COL_TAGS:
            return ", ".join(node.tags) or QCoreApplication.translate("ItemsModel", "Ctrl+T: dodaj tagi")
        return node.text if column == COL_TEXT else None

    def _custom_data(self, node: Node, role: int):
        if role == KindRole:
            return node.kind
        if role == IdRole:
            return node.id
        if role == SpeakerRole:
            return self.speaker_name(node.speaker_id)
        if role == SpeakerIdRole:
            return node.speaker_id
        if role == DepthRole:
            return node.level
        if role == TextRole:
            return node.text
        if role == TagsRole:
            return node.tags
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ItemsModel", "Rodzaj"),
                QCoreApplication.translate("ItemsModel", "Treść"),
                QCoreApplication.translate("ItemsModel", "Mówca"),
                QCoreApplication.translate("ItemsModel", "Tagi"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _ROOT_FLAGS
        return _TEXT_FLAGS if index.column() in _EDITABLE_COLUMNS else _ROW_FLAGS

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place becomes a request; the page runs the operation and the change comes back."""
        node = self.node(index)
        if node is None or index.column() not in _EDITABLE_COLUMNS or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == COL_TAGS:
            names = parse_tags(value)
            if names != list(node.tags):
                self.edit_requested.emit(node.id, "tags", names)
            return True
        text = str(value)
        if text.strip() and text != node.text:
            self.edit_requested.emit(node.id, "text", text)
        return True

    # ---- drag and drop -------------------------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_ITEMS]

    def mimeData(self, indexes) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            node = self.node(index)
            if node is not None and node.id not in ids:
                ids.append(node.id)
        mime = QMimeData()
        mime.setData(MIME_ITEMS, "\n".join(ids).encode())
        return mime

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        """Turn a drop into one move request; returns False so the view never removes rows itself.

        Dropped on an item: it becomes that item's last sub-point. Dropped between rows: it takes the place
        of the item below the gap, among that item's siblings (at the very end: the last top-level item).
        """
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_ITEMS):
            return False
        ids = bytes(data.data(MIME_ITEMS).data()).decode().split("\n")
        node = self._by_id.get(ids[0]) if ids else None
        if node is None:
            return False
        if parent.isValid():
            target, position = self._flat[parent.row()], None
        else:
            below = self.node_at(row) if row >= 0 else None
            target = below.parent if below is not None and below.parent is not None else self._root
            position = below.row if below is not None else None
        if _is_within(target, node):
            return False
        if position is None:
            position = len(target.children)
        if node.parent is target and node.row < position:
            position -= 1
        if node.parent is target and node.row == position:
            return False
        self.move_requested.emit(node.id, target.id or None, position)
        return False


def parse_tags(value) -> list[str]:
    """Comma-separated tag names → trimmed, without empties or case-insensitive repeats, alphabetical."""
    names: dict[str, str] = {}
    for part in (value if isinstance(value, list | tuple) else str(value or "").split(",")):
        name = " ".join(str(part).split())
        if name and name.casefold() not in names:
            names[name.casefold()] = name
    return sorted(names.values(), key=str.casefold)


def _tags(row: dict) -> tuple[str, ...]:
    """An item's tag names from a row or snapshot, in the order the outline shows them."""
    return tuple(sorted(row.get("tags") or (), key=str.casefold))


def _walk(nodes: list[Node]) -> Iterator[Node]:
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        yield node
        stack.extend(reversed(node.children))


def _is_within(target: Node, node: Node) -> bool:
    """Whether target is node itself or one of its descendants (a drop there would make a cycle)."""
    current: Node | None = target
    while current is not None:
        if current is node:
            return True
        current = current.parent
    return False
