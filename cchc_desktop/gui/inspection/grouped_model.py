"""A two-level item model over rows the core read: group rows at the top, their items below.

The checklist (areas → criteria) and the findings (ưu điểm, tồn tại, kiến nghị → findings)
both have this shape. An index never carries a Python object pointer: a group row has the
internal id 0, an item the internal id of its group's row + 1.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cchc_desktop.gui.models.rows import header_text

AnyIndex = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]


def bold_font() -> QFont:
    """The application's font, bold (group titles, chosen results)."""
    font = QFont()
    font.setBold(True)
    return font


class GroupedModel(QAbstractItemModel):
    """Subclasses set the column titles and the groups' items (``_groups``, one list per group
    row, replaced between begin/end calls), and say what a group row and an item row show
    (``_group_data``, ``_item_data``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The column titles, translated once by the subclass (the language only changes
        # with a restart).
        self._headers: list[str] = []
        self._groups: list[list[Row]] = []

    # -- what a subclass provides -----------------------------------------------------------

    def _group_data(self, group: int, column: int, role: int) -> Any:
        raise NotImplementedError

    def _item_data(self, item: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- shared -----------------------------------------------------------------------------

    def item(self, index: AnyIndex) -> Row | None:
        """The item row under an index of this model (None for a group row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][index.row()]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(), which calls back into Python twice:
        # the views ask for thousands of indexes per paint.
        if row < 0 or not 0 <= column < len(self._headers):
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._groups):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if group >= len(self._groups) or row >= len(self._groups[group]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:  # QObject.parent(), which this name hides
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_text(self._headers, section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index.row(), index.column(), role)
        item = self._groups[index.internalId() - 1][index.row()]
        return self._item_data(item, index.column(), role)
