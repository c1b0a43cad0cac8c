"""The units as a tree (province → districts → communes → one-stop shops, across both eras):
a QAbstractItemModel over ``store.units``, fetching each unit's children when it is opened.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.text import fold, sort_key
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.models.rows import ID_ROLE, ROOT, ROW_ROLE, header_text

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex

COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("QCoreApplication", "Tên đơn vị"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Loại"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Mã ĐVHC"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Hiệu lực"),
    QT_TRANSLATE_NOOP("QCoreApplication", "Hợp nhất từ"),
)


def validity(row: dict[str, Any]) -> str:
    """ "01/07/2025 – …", "… – 30/06/2025", or empty when always valid."""
    if not row["valid_from"] and not row["valid_to"]:
        return ""
    return f"{dmy(row['valid_from']) or '…'} – {dmy(row['valid_to']) or '…'}"


class _Node:
    """One unit in the tree; ``children`` is None until fetched."""

    __slots__ = ("child_count", "children", "name_key", "parent", "position", "row", "search")

    def __init__(self, row: dict[str, Any] | None, parent: _Node | None, child_count: int) -> None:
        self.row = row
        self.parent = parent
        self.children: list[_Node] | None = None
        self.child_count = child_count
        self.position = 0
        self.search = ""
        self.name_key = (sort_key(row["name"]), row["id"]) if row else ("", "")

    @property
    def unit_id(self) -> str | None:
        return self.row["id"] if self.row else None

    @property
    def valid_from(self) -> str:
        return (self.row or {}).get("valid_from") or ""

    @property
    def valid_to(self) -> str:
        return (self.row or {}).get("valid_to") or ""


class UnitsModel(QAbstractItemModel):
    """Live units as a tree in Vietnamese order; children are read when a unit is opened."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = None
        self._root = _Node(None, None, 0)
        self._retired = self._root
        self._counts: dict[str | None, int] = {}
        self._names: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._notifying = False
        self._titles = [tr(title) for title in COLUMN_TITLES]

    # -- loading --------------------------------------------------------------------------

    def load(self, ws: Workspace) -> None:
        """(Re)read the top level; deeper levels wait until they are opened."""
        from cchc_desktop.store.units import child_counts

        with self._changing():
            self.beginResetModel()
            self._ws = ws
            self._counts = child_counts(ws)
            self._retire()
            self._root = _Node(None, None, self._counts.get(None, 0))
            self._names = {}
            self.endResetModel()

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        """While a change is announced the model refuses to fetch, so a view or proxy that
        reacts by asking for more rows cannot nest a second change inside it."""
        self._notifying = True
        try:
            yield
        finally:
            self._notifying = False

    def _retire(self) -> None:
        # Indexes carry a raw pointer to their node; a stray copy kept past a reset (against
        # the rules, but it happens) then reads a live object rather than freed memory.
        self._retired = self._root

    def _fill(self, node: _Node, rows: Sequence[dict[str, Any]]) -> None:
        from cchc_desktop.store.units import unit_names

        wanted = [i for r in rows for i in r["merged_from"] if i not in self._names]
        if wanted and self._ws is not None:
            self._names.update(unit_names(self._ws, wanted))
        node.children = []
        for row in rows:
            child = _Node(row, node, self._counts.get(row["id"], 0))
            child.search = fold(
                " ".join([row["name"], row["kind_label"], row["code"] or "", row["address"]])
            )
            node.children.append(child)
        self._order(node.children)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        node = self._node(parent)
        return (
            node.children is None
            and node.child_count > 0
            and self._ws is not None
            and not self._notifying
        )

    def fetchMore(self, parent: Index = ROOT) -> None:
        from cchc_desktop.store.units import list_units

        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        assert self._ws is not None
        if node.unit_id is None:
            rows = list_units(self._ws, top_level=True)
        else:
            rows = list_units(self._ws, parent=node.unit_id)
        if not rows:
            node.children = []
            return
        with self._changing():
            self.beginInsertRows(self._index_of(node), 0, len(rows) - 1)
            self._fill(node, rows)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Read the whole tree at once (a search looks at every unit)."""
        from cchc_desktop.store.units import list_units

        if self._ws is None or self._all_fetched(self._root):
            return
        rows = list_units(self._ws)
        by_parent: dict[str | None, list[dict[str, Any]]] = {}
        for row in rows:
            by_parent.setdefault(row["parent_id"], []).append(row)
        with self._changing():
            self.beginResetModel()
            self._retire()
            self._root = _Node(None, None, len(by_parent.get(None, [])))
            pending = [self._root]
            while pending:
                node = pending.pop()
                self._fill(node, by_parent.get(node.unit_id, []))
                assert node.children is not None
                for child in node.children:
                    child.child_count = len(by_parent.get(child.unit_id, []))
                pending.extend(node.children)
            self.endResetModel()

    def _all_fetched(self, node: _Node) -> bool:
        if node.children is None:
            return node.child_count == 0
        return all(self._all_fetched(child) for child in node.children)

    # -- structure ------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.position, column, node)

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column < 0 or column >= len(COLUMN_TITLES) or (parent.isValid() and parent.column()):
            return QModelIndex()
        node = self._node(parent)
        if node.children is None or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        if node.parent is None or node.parent.parent is None:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        children = self._node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(COLUMN_TITLES)

    def hasChildren(self, parent: Index = ROOT) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.child_count > 0

    # -- content --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._node(index).row
        assert row is not None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(self._node(index), column)
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None

    def _text(self, node: _Node, column: int) -> str:
        row = node.row
        assert row is not None
        if column == 0:
            return str(row["name"])
        if column == 1:
            return str(row["kind_label"])
        if column == 2:
            return str(row["code"] or "")
        if column == 3:
            return validity(row)
        return ", ".join(self._names.get(i, "?") for i in row["merged_from"])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._titles, section, orientation, role)

    def index_of_unit(self, unit_id: str) -> QModelIndex:
        """The index showing ``unit_id``, fetching the branches on its way; invalid if none."""
        from cchc_desktop.store.units import ancestors

        if self._ws is None:
            return QModelIndex()
        chain = [a["id"] for a in reversed(ancestors(self._ws, unit_id))] + [unit_id]
        node = self._root
        for step in chain:
            if node.children is None:
                self.fetchMore(self._index_of(node))
            found = next((c for c in node.children or [] if c.unit_id == step), None)
            if found is None:
                return QModelIndex()
            node = found
        return self._index_of(node)

    # -- search and sort --------------------------------------------------------------------

    def matches(self, number: int, parent: Index, words: Sequence[str]) -> bool:
        children = self._node(parent).children or []
        if not 0 <= number < len(children):
            return False
        haystack = children[number].search
        return all(word in haystack for word in words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order every level by a column (-1: by name, as the core lists them)."""
        with self._changing():
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            nodes = [(index, self._node(index)) for index in persistent]
            self._sort = (column, order)
            pending = [self._root]
            while pending:
                node = pending.pop()
                if node.children:
                    self._order(node.children)
                    pending.extend(node.children)
            for index, node in nodes:
                self.changePersistentIndex(index, self._index_of(node, index.column()))
            self.layoutChanged.emit()

    def _order(self, children: list[_Node]) -> None:
        column, order = self._sort
        descending = column >= 0 and order == Qt.SortOrder.DescendingOrder
        if column == 3:
            children.sort(
                key=lambda n: (n.valid_from, n.valid_to, n.name_key),
                reverse=descending,
            )
        elif column in (1, 2, 4):
            children.sort(
                key=lambda n: (sort_key(self._text(n, column)), n.name_key), reverse=descending
            )
        else:
            children.sort(key=lambda n: n.name_key, reverse=descending)
        for position, child in enumerate(children):
            child.position = position
