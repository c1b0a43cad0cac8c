"""Findings as a Qt item model: the three lists (ưu điểm, tồn tại, kiến nghị) as groups.

A thin adapter over ``store.findings.findings_of``: after a change the editor hands it what is
stored (``sync``); a list whose order is unchanged gets ``dataChanged`` for the rows that
differ, a list that gained, lost or reordered lines is replaced (it holds a handful of lines).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FindingKind, FollowUpStatus

AnyIndex = QModelIndex | QPersistentModelIndex
KINDS = [kind.value for kind in FindingKind]


class FRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    KIND = ID + 1
    IS_GROUP = ID + 2
    TEXT = ID + 3
    CRITERION = ID + 4
    RESPONSIBLE = ID + 5
    DEADLINE = ID + 6
    STATUS = ID + 7


class FColumn(IntEnum):
    TEXT = 0
    RESPONSIBLE = 1
    DEADLINE = 2
    STATUS = 3


_FIELD_OF_ROLE = {
    FRole.ID: "id",
    FRole.KIND: "kind",
    FRole.TEXT: "text",
    FRole.CRITERION: "criterion_code",
    FRole.RESPONSIBLE: "responsible",
    FRole.DEADLINE: "deadline",
    FRole.STATUS: "status",
}


class FindingsModel(QAbstractItemModel):
    """Three group rows (internal id 0), each holding its findings (internal id = group + 1)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lists: list[list[dict[str, Any]]] = [[] for _ in KINDS]
        self._headers = [
            self.tr("Nội dung"),
            self.tr("Chịu trách nhiệm"),
            self.tr("Thời hạn"),
            self.tr("Tiến độ"),
        ]

    # -- loading and updating -------------------------------------------------------------

    def load(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._lists = [[dict(r) for r in rows if r["kind"] == kind] for kind in KINDS]
        self.endResetModel()

    def sync(self, rows: list[dict[str, Any]]) -> None:
        """Bring the lists in line with what is stored, touching only the rows that differ."""
        for group, kind in enumerate(KINDS):
            new = [dict(r) for r in rows if r["kind"] == kind]
            old = self._lists[group]
            parent = self.index(group, 0)
            if [r["id"] for r in old] == [r["id"] for r in new]:
                for position, (before, after) in enumerate(zip(old, new, strict=True)):
                    if before != after:
                        old[position] = after
                        self.dataChanged.emit(
                            self.index(position, 0, parent),
                            self.index(position, len(FColumn) - 1, parent),
                        )
                continue
            if old:
                self.beginRemoveRows(parent, 0, len(old) - 1)
                self._lists[group] = []
                self.endRemoveRows()
            if new:
                self.beginInsertRows(parent, 0, len(new) - 1)
                self._lists[group] = new
                self.endInsertRows()
            self.dataChanged.emit(parent, parent)

    # -- questions the editor asks --------------------------------------------------------

    def finding(self, index: AnyIndex) -> dict[str, Any] | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._lists[index.internalId() - 1][index.row()]

    def group_index(self, kind: str) -> QModelIndex:
        return self.index(KINDS.index(kind), 0)

    def finding_index(self, finding_id: str) -> QModelIndex:
        for group, items in enumerate(self._lists):
            for row, item in enumerate(items):
                if item["id"] == finding_id:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    def items(self, kind: str) -> list[dict[str, Any]]:
        return list(self._lists[KINDS.index(kind)])

    # -- QAbstractItemModel ---------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:  # QObject.parent(), which this name hides
            return QObject.parent(self)
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(KINDS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._lists[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(FColumn)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index.row(), index.column(), role)
        item = self._lists[index.internalId() - 1][index.row()]
        return self._item_data(item, index.column(), role)

    def _group_data(self, group: int, column: int, role: int) -> Any:
        kind = KINDS[group]
        if role == FRole.IS_GROUP:
            return True
        if role == FRole.KIND:
            return kind
        if column != FColumn.TEXT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{FindingKind(kind).label} ({len(self._lists[group])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, item: dict[str, Any], column: int, role: int) -> Any:
        if role == FRole.IS_GROUP:
            return False
        if role in _FIELD_OF_ROLE:
            return item[_FIELD_OF_ROLE[FRole(role)]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == FColumn.TEXT:
                text = item["text"]
                if role == Qt.ItemDataRole.DisplayRole and item["criterion_code"]:
                    text = f"[{item['criterion_code']}] {text}"
                return text
            if item["kind"] != FindingKind.KIEN_NGHI.value:
                return None
            if column == FColumn.RESPONSIBLE:
                return item["responsible"] or None
            if column == FColumn.DEADLINE:
                return dmy(item["deadline"]) or None
            if column == FColumn.STATUS:
                return FollowUpStatus(item["status"]).label
        return None
