"""Inspections as a table with their progress: a thin adapter over ``list_inspections``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.units import UnitKind
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.models.rows import Column, Row, RowsModel

# store.inspections.STATUS_SIGNED; not imported from there, so that the first page does not
# pull the whole store (sqlite-utils) in before the window is drawn.
STATUS_SIGNED = "da_ky"

# The share of criteria answered (0–100), for the progress bar drawn in the list.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 10


def _progress(row: Row) -> str:
    return f"{row['answered']}/{row['total']}"


def _status(row: Row) -> str:
    if row["status"] == STATUS_SIGNED:
        return tr("Đã ký biên bản")
    if row["answered"] == 0:
        return tr("Chưa bắt đầu")
    if row["answered"] < row["total"]:
        return tr("Đang kiểm tra")
    return tr("Đã trả lời đủ")


COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Ngày"),
        lambda r: dmy(r["date"]),
        sort=lambda r: r["date"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Đơn vị được kiểm tra"),
        lambda r: r["unit_name"],
        tooltip=lambda r: " – ".join(
            part for part in (r["unit_name"], r.get("unit_parent_name")) if part
        ),
    ),
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Kế hoạch"), lambda r: r["plan_number"]),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Trưởng đoàn"),
        lambda r: r["leader"] or "",
        tooltip=lambda r: r["leader"] or "",
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Đã trả lời"),
        _progress,
        sort=lambda r: (r["answered"] / r["total"]) if r["total"] else 0,
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Không đạt"),
        lambda r: str(r["not_met"]),
        sort=lambda r: r["not_met"],
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Thiếu ghi chú"),
        lambda r: str(r["missing_notes"]),
        sort=lambda r: r["missing_notes"],
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Trạng thái"), _status),
)

UNIT_COLUMN = 1
PLAN_COLUMN = 2
LEADER_COLUMN = 3
PROGRESS_COLUMN = 4


class InspectionsModel(RowsModel):
    """Live inspections by date then unit, each with answered/total, not met, missing notes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == PROGRESS_ROLE and index.isValid() and index.row() < self.rowCount():
            row = self.row(index.row())
            return round(100 * row["answered"] / row["total"]) if row["total"] else 0
        return super().data(index, role)

    def extra_search(self, row: Row) -> list[str]:
        # The unit's parent too: "loc binh" finds the communes of the district of Lộc Bình.
        return [
            row["place"] or "",
            UnitKind(row["unit_kind"]).label,
            row.get("unit_parent_name") or "",
        ]
