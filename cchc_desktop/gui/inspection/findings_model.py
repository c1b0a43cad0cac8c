"""Findings as a Qt item model: the three lists (ưu điểm, tồn tại, kiến nghị) as groups.

A thin adapter over ``store.findings.findings_of``: after a change the editor hands it what is
stored (``sync``); a list whose order is unchanged gets ``dataChanged`` for the rows that
differ, a list that gained, lost or reordered lines is replaced (it holds a handful of lines).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FindingKind, FollowUpStatus
from cchc_desktop.gui.inspection.grouped_model import AnyIndex, GroupedModel, bold_font

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


class FindingsModel(GroupedModel):
    """Three group rows, each holding its findings (see ``GroupedModel``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Nội dung"),
            self.tr("Chịu trách nhiệm"),
            self.tr("Thời hạn"),
            self.tr("Tình trạng"),
        ]
        self._groups = [[] for _ in KINDS]  # one list per kind, in KINDS order

    # -- loading and updating -------------------------------------------------------------

    def load(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._groups = [[dict(r) for r in rows if r["kind"] == kind] for kind in KINDS]
        self.endResetModel()

    def sync(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Bring the lists in line with what is stored, touching only the rows that differ."""
        for group, kind in enumerate(KINDS):
            new = [dict(r) for r in rows if r["kind"] == kind]
            old = self._groups[group]
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
                self._groups[group] = []
                self.endRemoveRows()
            if new:
                self.beginInsertRows(parent, 0, len(new) - 1)
                self._groups[group] = new
                self.endInsertRows()
            self.dataChanged.emit(parent, parent)

    # -- questions the editor asks --------------------------------------------------------

    def finding(self, index: AnyIndex) -> dict[str, Any] | None:
        return self.item(index)

    def group_index(self, kind: str) -> QModelIndex:
        return self.index(KINDS.index(kind), 0)

    def finding_index(self, finding_id: str) -> QModelIndex:
        for group, items in enumerate(self._groups):
            for row, item in enumerate(items):
                if item["id"] == finding_id:
                    return self.index(row, 0, self.index(group, 0))
        return QModelIndex()

    def items(self, kind: str) -> list[dict[str, Any]]:
        return list(self._groups[KINDS.index(kind)])

    # -- GroupedModel ---------------------------------------------------------------------

    def _group_data(self, group: int, column: int, role: int) -> Any:
        kind = KINDS[group]
        if role == FRole.IS_GROUP:
            return True
        if role == FRole.KIND:
            return kind
        if column != FColumn.TEXT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{FindingKind(kind).label} ({len(self._groups[group])})"
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
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
