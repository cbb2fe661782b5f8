"""The outline of one section: its items as a tree, updated row by row on the capture hot path."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ui.kinds import badge_text, kind_icon, kind_label

COL_KIND, COL_TEXT, COL_SPEAKER = range(3)
COLUMNS = 3

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SpeakerRole = Qt.ItemDataRole.UserRole + 3  # the speaker's name ("" when none)
SpeakerIdRole = Qt.ItemDataRole.UserRole + 4
DepthRole = Qt.ItemDataRole.UserRole + 5

MIME_ITEMS = "application/x-facilitator-item-ids"

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a default argument


@dataclass(eq=False)
class Node:
    """One item of the outline; `row` is kept equal to its place among its siblings."""

    id: str
    kind: str
    text: str
    speaker_id: str | None = None
    parent: Node | None = None
    row: int = 0
    children: list[Node] = field(default_factory=list)

    def depth(self) -> int:
        """How deep the item is nested (0 = top level)."""
        level, node = 0, self.parent
        while node is not None and node.id:
            level, node = level + 1, node.parent
        return level


def _renumber(nodes: list[Node], start: int = 0) -> None:
    for i in range(start, len(nodes)):
        nodes[i].row = i


class ItemsModel(QAbstractItemModel):
    """Items of the chosen section; edits and drops are requests the page turns into operations."""

    edit_requested = Signal(str, str, object)  # item id, field ("text"), new value
    move_requested = Signal(str, object, int)  # item id, new parent id (None = top level), position

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("", "", "")
        self._by_id: dict[str, Node] = {}
        self._speakers: dict[str, str] = {}

    # ---- loading -------------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[dict], speakers: dict[str, str] | None = None) -> None:
        """Replace everything: rows are flat item dicts (id, parent_id, position, kind, text, speaker_id)."""
        self.beginResetModel()
        if speakers is not None:
            self._speakers = dict(speakers)
        self._root = Node("", "", "")
        self._by_id = {}
        ordered = sorted(rows, key=lambda r: r.get("position", 0))
        for row in ordered:
            self._by_id[row["id"]] = Node(row["id"], row.get("kind", "remark"), row.get("text", ""),
                                          row.get("speaker_id"))
        for row in ordered:
            node = self._by_id[row["id"]]
            parent = self._by_id.get(row.get("parent_id") or "", self._root)
            node.parent = parent
            node.row = len(parent.children)
            parent.children.append(node)
        self.endResetModel()

    def set_speakers(self, speakers: dict[str, str]) -> None:
        """Names of the attendance list by participant id (the speaker column shows them)."""
        self._speakers = dict(speakers)
        if self._by_id:
            self._emit_column_changed(COL_SPEAKER)

    def _emit_column_changed(self, column: int) -> None:
        for parent in [self._root, *[n for n in self._by_id.values() if n.children]]:
            pidx = self._index_of(parent)
            self.dataChanged.emit(self.index(0, column, pidx), self.index(len(parent.children) - 1, column, pidx))

    # ---- fine-grained updates --------------------------------------------------------------------------------

    def insert_item(self, row: dict) -> QModelIndex:
        """Insert one item (from an operation's 'after' snapshot) without touching the other rows."""
        parent = self._by_id.get(row.get("parent_id") or "", self._root)
        position = row.get("position")
        if position is None or not 0 <= position <= len(parent.children):
            position = len(parent.children)
        node = Node(row["id"], row.get("kind", "remark"), row.get("text", ""), row.get("speaker_id"), parent, position)
        self.beginInsertRows(self._index_of(parent), position, position)
        parent.children.insert(position, node)
        if position != len(parent.children) - 1:
            _renumber(parent.children, position)
        self._by_id[node.id] = node
        self.endInsertRows()
        return self.createIndex(position, COL_TEXT, node)

    def update_item(self, row: dict) -> bool:
        """Apply new text/kind/speaker of an item in place; False when the item is not shown here."""
        node = self._by_id.get(row.get("id", ""))
        if node is None:
            return False
        node.kind = row.get("kind", node.kind)
        node.text = row.get("text", node.text)
        node.speaker_id = row.get("speaker_id", node.speaker_id)
        self.dataChanged.emit(self.createIndex(node.row, 0, node), self.createIndex(node.row, COLUMNS - 1, node))
        return True

    def remove_item(self, item_id: str) -> bool:
        """Remove one item with its children; False when it is not shown here."""
        node = self._by_id.get(item_id)
        if node is None or node.parent is None:
            return False
        parent = node.parent
        self.beginRemoveRows(self._index_of(parent), node.row, node.row)
        del parent.children[node.row]
        _renumber(parent.children, node.row)
        for gone in _walk([node]):
            self._by_id.pop(gone.id, None)
        self.endRemoveRows()
        return True

    # ---- lookups ----------------------------------------------------------------------------------------------

    def contains(self, item_id: str) -> bool:
        """Whether the item is in this outline."""
        return item_id in self._by_id

    def item_count(self) -> int:
        """Number of items in the outline, nested ones included."""
        return len(self._by_id)

    def index_for_id(self, item_id: str, column: int = COL_TEXT) -> QModelIndex:
        """The index of an item, invalid when it is not here."""
        node = self._by_id.get(item_id)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    def node(self, index: Index) -> Node | None:
        """The item behind an index."""
        return index.internalPointer() if index.isValid() else None

    def iter_nodes(self) -> Iterator[Node]:
        """All items in document order (depth first)."""
        return _walk(self._root.children)

    def top_level_nodes(self) -> list[Node]:
        """The top-level items (do not modify the list)."""
        return self._root.children

    def last_top_level(self) -> Node | None:
        """The last top-level item (the parent for the next indented capture)."""
        return self._root.children[-1] if self._root.children else None

    def speaker_name(self, speaker_id: str | None) -> str:
        """The name of a participant, '' when unknown."""
        return self._speakers.get(speaker_id or "", "")

    def _index_of(self, node: Node) -> QModelIndex:
        return QModelIndex() if node is self._root or node.parent is None else self.createIndex(node.row, 0, node)

    # ---- QAbstractItemModel ------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        pnode = parent.internalPointer() if parent.isValid() else self._root
        if 0 <= row < len(pnode.children) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, pnode.children[row])
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        return self._index_of(node.parent) if node.parent is not None else QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return len(parent.internalPointer().children) if parent.column() == 0 else 0
        return len(self._root.children)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return COLUMNS

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (badge_text(node.kind), node.text, self.speaker_name(node.speaker_id))[column]
        if role == Qt.ItemDataRole.EditRole:
            return node.text if column == COL_TEXT else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_KIND:
            return kind_label(node.kind)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_KIND:
            return kind_icon(node.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(node.kind)}: {node.text}"
        return self._custom_data(node, role)

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
            return node.depth()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ItemsModel", "Rodzaj"),
                QCoreApplication.translate("ItemsModel", "Treść"),
                QCoreApplication.translate("ItemsModel", "Mówca"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        if index.column() == COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place becomes a request; the page runs the operation and the change comes back."""
        if not index.isValid() or index.column() != COL_TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        node: Node = index.internalPointer()
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
        """Turn a drop into one move request; returns False so the view never removes rows itself."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_ITEMS):
            return False
        ids = bytes(data.data(MIME_ITEMS).data()).decode().split("\n")
        node = self._by_id.get(ids[0]) if ids else None
        target = parent.internalPointer() if parent.isValid() else self._root
        if node is None or _is_within(target, node):
            return False
        position = len(target.children) if row < 0 else row
        if node.parent is target and node.row < position:
            position -= 1
        if node.parent is target and node.row == position:
            return False
        self.move_requested.emit(node.id, target.id or None, position)
        return False


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _is_within(target: Node, node: Node) -> bool:
    """Whether target is node itself or one of its descendants (a drop there would make a cycle)."""
    current: Node | None = target
    while current is not None:
        if current is node:
            return True
        current = current.parent
    return False


def load_section_rows(engine, section_id: str | None) -> list[dict]:
    """The items of one section as flat rows (read only; changes go through operations)."""
    from sqlalchemy import select

    from facilitator.model import Item

    if not section_id:
        return []
    table = Item.__table__
    columns = (table.c.id, table.c.parent_id, table.c.position, table.c.kind, table.c.text, table.c.speaker_id)
    with engine.connect() as conn:
        result = conn.execute(select(*columns).where(table.c.section_id == section_id).order_by(table.c.position))
        return [dict(row._mapping) for row in result]


def load_speakers(engine, meeting_id: str) -> dict[str, str]:
    """Participant id → name, in attendance-list order."""
    from sqlalchemy import select

    from facilitator.model import Participant

    table = Participant.__table__
    with engine.connect() as conn:
        stmt = select(table.c.id, table.c.name).where(table.c.meeting_id == meeting_id).order_by(table.c.position)
        return {row.id: row.name for row in conn.execute(stmt)}
