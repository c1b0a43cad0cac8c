"""Recommendations (kiến nghị) to follow up: a thin adapter over ``store.findings.followups``,
and the filters of the follow-up page (plan, status, overdue only, folded words)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from cchc_desktop.domain.dates import dmy, iso
from cchc_desktop.domain.findings import FollowUpStatus, is_overdue
from cchc_desktop.domain.text import fold
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.models.rows import Column, Row, RowsModel
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.store.rows import FollowUpRow

# The three statuses in their working order, with the key that sets each on the list.
STATUSES: tuple[FollowUpStatus, ...] = tuple(FollowUpStatus)
STATUS_TITLES = {
    FollowUpStatus.CHUA_THUC_HIEN.value: QT_TRANSLATE_NOOP("QCoreApplication", "Chưa thực hiện"),
    FollowUpStatus.DANG_THUC_HIEN.value: QT_TRANSLATE_NOOP("QCoreApplication", "Đang thực hiện"),
    FollowUpStatus.DA_HOAN_THANH.value: QT_TRANSLATE_NOOP("QCoreApplication", "Đã hoàn thành"),
}
# The status filter's "not done yet" choice (Chưa thực hiện or Đang thực hiện).
NOT_DONE = "chua_hoan_thanh"

# Always text and colour together: the words say "quá hạn", the colour only repeats it.
# Each pair (ink on tint) keeps a contrast above 4.5:1, and sets both colours, so it reads
# the same in the normal and the high-contrast theme.
_LOOKS = {
    "overdue": ("#8a1a12", "#fde2de"),
    FollowUpStatus.DANG_THUC_HIEN.value: ("#6b3e00", "#fdefc8"),
    FollowUpStatus.DA_HOAN_THANH.value: ("#14532d", "#dcf1e1"),
}

STATUS_ROLE = Qt.ItemDataRole.UserRole + 20
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 21


def status_text(row: Row) -> str:
    """The status as the list shows it: "Chưa thực hiện (quá hạn)" when late."""
    text = tr(STATUS_TITLES[row["status"]])
    return text + tr(" (quá hạn)") if row["overdue"] else text


def _deadline_text(row: Row) -> str:
    return dmy(row["deadline"]) if row["deadline"] else tr("Không có")


def days_late(row: Row) -> int:
    """How many days past its deadline an overdue recommendation is today."""
    return (dt.date.today() - dt.date.fromisoformat(row["deadline"])).days


def _deadline_tooltip(row: Row) -> str:
    if not row["overdue"]:
        return ""
    return tr("Quá hạn {n} ngày").replace("{n}", str(days_late(row)))


COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Đơn vị"),
        lambda r: r["unit_name"],
        tooltip=lambda r: " – ".join(p for p in (r["unit_name"], r["unit_parent_name"]) if p),
    ),
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Kế hoạch"), lambda r: r["plan_number"]),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Ngày kiểm tra"),
        lambda r: dmy(r["date"]),
        sort=lambda r: r["date"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Kiến nghị"),
        lambda r: r["text"],
        tooltip=lambda r: r["text"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Trách nhiệm"),
        lambda r: r["responsible"],
        tooltip=lambda r: r["responsible"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Thời hạn"),
        _deadline_text,
        # No deadline sorts after every date.
        sort=lambda r: (r["deadline"] is None, r["deadline"] or ""),
        tooltip=_deadline_tooltip,
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Tình trạng"),
        status_text,
        sort=lambda r: (not r["overdue"], STATUSES.index(FollowUpStatus(r["status"]))),
    ),
)

UNIT_COLUMN = 0
PLAN_COLUMN = 1
TEXT_COLUMN = 3
RESPONSIBLE_COLUMN = 4
DEADLINE_COLUMN = 5
STATUS_COLUMN = 6


def with_search_words(followups: list[FollowUpRow]) -> list[Row]:
    """Fold each row's long words (unit and its parent, plan, text, responsible party) once,
    where the rows are read: on the worker, not on the GUI thread at the first search. The
    parent makes "loc binh" find the communes of the district of Lộc Bình.

    The store's typed rows become the table model's plain ones here, one key more."""
    rows = cast(list[Row], followups)  # the same dicts: no copy of a long list
    for row in rows:
        _add_search_words(row)
    return rows


def with_search_words_until(followups: list[FollowUpRow], until: float) -> list[Row] | None:
    """``with_search_words`` while ``time.perf_counter()`` is before ``until``; None once it
    is not. For the list read at once on the window's thread (``AppContext.read_at_once``),
    whose clock stops SQLite but not this: long texts fold ten times slower than they read."""
    rows = cast(list[Row], followups)
    for row in rows:
        if time.perf_counter() > until:
            return None
        _add_search_words(row)
    return rows


def _add_search_words(row: Row) -> None:
    row[_WORDS] = fold(
        " ".join(
            (
                row["unit_name"],
                row["unit_parent_name"],
                row["plan_number"],
                row["text"],
                row["responsible"],
            )
        )
    )


_WORDS = "_words"


class FollowupsModel(RowsModel):
    """Live kiến nghị, soonest deadline first, each with unit, plan, status and lateness."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self._folded_status: dict[str, str] = {}

    def search_text(self, number: int) -> str:
        # The long words come folded with the rows; dates and the status (which changes
        # under the user's hand) are added here, the status folded once per label.
        row = self._rows[number]
        if _WORDS not in row:
            _add_search_words(row)
        status = status_text(row)
        folded = self._folded_status.get(status)
        if folded is None:
            folded = self._folded_status[status] = fold(status)
        deadline = dmy(row["deadline"]) if row["deadline"] else ""
        return f"{row[_WORDS]} {dmy(row['date'])} {deadline} {folded}"

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role == STATUS_ROLE:
            return self.row(index.row())["status"]
        if role == OVERDUE_ROLE:
            return self.row(index.row())["overdue"]
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            if index.column() not in (DEADLINE_COLUMN, STATUS_COLUMN):
                return None
            row = self.row(index.row())
            look = _LOOKS.get("overdue" if row["overdue"] else row["status"])
            if look is None or (index.column() == DEADLINE_COLUMN and not row["overdue"]):
                return None
            return QColor(look[0] if role == Qt.ItemDataRole.ForegroundRole else look[1])
        return super().data(index, role)

    def set_status(self, number: int, status: str, *, today: dt.date | None = None) -> None:
        """Show a status just stored for row ``number`` (lateness follows); one row repaints."""
        row = self.row(number)
        row["status"] = status
        row["overdue"] = is_overdue(row["deadline"], status, iso(today or dt.date.today()))
        # The sort keys of the status column changed with it.
        self._sort_keys.clear()
        if number < self.rowCount():
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def counts(self, plan_id: str | None = None) -> tuple[int, int, int]:
        """(total, overdue, done) over every row, or over one plan's."""
        rows = [r for r in self._rows if plan_id is None or r["plan_id"] == plan_id]
        return (
            len(rows),
            sum(1 for r in rows if r["overdue"]),
            sum(1 for r in rows if r["status"] == FollowUpStatus.DA_HOAN_THANH.value),
        )


class FollowupsFilter(SearchProxy):
    """The page's filters on top of the folded-words search: plan, status, overdue only.

    Like every list here, the filters apply when chosen, not when a row changes: a row whose
    status was just set does not vanish under the cursor.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan_id: str | None = None
        self.status: str | None = None
        self.overdue_only = False

    def set_filters(self, *, plan_id: str | None, status: str | None, overdue_only: bool) -> None:
        """Show only one plan's rows (None: all), one status (or ``NOT_DONE``), the late ones."""
        if (plan_id, status, overdue_only) == (self.plan_id, self.status, self.overdue_only):
            return
        self.beginFilterChange()
        self.plan_id, self.status, self.overdue_only = plan_id, status, overdue_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        """Whether anything beyond the plan narrows the list (search, status, overdue)."""
        return bool(self.query or self.status or self.overdue_only)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source: Any = self.sourceModel()
        row = source.row(source_row)
        if self.plan_id and row["plan_id"] != self.plan_id:
            return False
        if self.overdue_only and not row["overdue"]:
            return False
        if self.status == NOT_DONE:
            if row["status"] == FollowUpStatus.DA_HOAN_THANH.value:
                return False
        elif self.status and row["status"] != self.status:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
