"""The list of the "Kiến nghị kỳ trước" tab: a thin model over ``store.previous`` and its keys.

Keys are handled by the list, like the checklist's: 1 · 2 · 3 must type digits in the note,
and Ctrl+Z belongs to the window's Edit menu when there is one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from cchc_desktop.domain.dates import dmy
from cchc_desktop.gui.i18n import QT_TRANSLATE_NOOP, tr
from cchc_desktop.gui.inspection.findings_tree import WrappingDelegate
from cchc_desktop.gui.models.followups import STATUS_TITLES, STATUSES
from cchc_desktop.gui.models.rows import Column, Row, RowsModel

# Ink on tint, both set (the high-contrast palette keeps them readable), as on the follow-up page.
_LOOKS = {
    "overdue": ("#8a1a12", "#fde2de"),
    "dang_thuc_hien": ("#6b3e00", "#fdefc8"),
    "da_hoan_thanh": ("#14532d", "#dcf1e1"),
}
_STATUS_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


def status_words(row: Row) -> str:
    """ "Chưa thực hiện (quá hạn)" — the words say what the tint repeats."""
    text = tr(STATUS_TITLES[row["status"]])
    return text + tr(" (quá hạn)") if row["overdue"] else text


def seen_words(row: Row) -> str:
    return tr("✓ Đã xem") if row["checked"] else tr("Chưa xem")


def where_words(row: Row) -> str:
    """ "Xã Mông Ân · 01/07/2024": whom it was addressed to and when."""
    return f"{row['unit']} · {dmy(row['date'])}"


COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Kiến nghị"),
        lambda r: r["text"],
        tooltip=lambda r: r["text"],
    ),
    Column(
        QT_TRANSLATE_NOOP("QCoreApplication", "Đơn vị · ngày"),
        where_words,
        sort=lambda r: r["date"],
    ),
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Tình trạng"), status_words),
    Column(QT_TRANSLATE_NOOP("QCoreApplication", "Lần này"), seen_words),
)
TEXT_COLUMN, WHERE_COLUMN, STATUS_COLUMN, SEEN_COLUMN = range(4)


class PreviousModel(RowsModel):
    """The inspection's previous recommendations, newest inspection first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            row = self.row(index.row())
            if index.column() != STATUS_COLUMN:
                return None
            look = _LOOKS.get("overdue" if row["overdue"] else row["status"])
            if look is None:
                return None
            return QColor(look[0] if role == Qt.ItemDataRole.ForegroundRole else look[1])
        return super().data(index, role)

    def rows(self) -> list[Row]:
        return [self.row(n) for n in range(self.total())]

    def replace_row(self, number: int, row: Row) -> None:
        """Show a row just stored (status, note, seen); one row repaints."""
        kept = self.row(number)
        order = kept["_order"]
        kept.clear()
        kept.update(row, _order=order)
        self._sort_keys.clear()
        self._search.clear()
        if number < self.rowCount():
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))


class PreviousList(QTreeView):
    """The list and its keys: 1 · 2 · 3 set the status, Enter goes to the evidence note.
    Rows are as tall as their wrapped words: a recommendation is a sentence, read whole."""

    status_key = Signal(int)  # 1–3: FollowUpStatus.by_key
    note_key = Signal()
    undo_key = Signal()
    redo_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previousList")
        self.setAccessibleName(tr("Kiến nghị kỳ trước"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.header().sectionResized.connect(lambda *_a: self.scheduleDelayedItemsLayout())
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)

    def setup_columns(self) -> None:
        """The text takes what the other columns leave; they wrap their words in two lines."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        widths = {
            WHERE_COLUMN: metrics.horizontalAdvance("Xã Hoàng Văn Thụ ·") + 20,
            STATUS_COLUMN: max(
                metrics.horizontalAdvance(tr(STATUS_TITLES[s.value])) for s in STATUSES
            )
            + 20,
            SEEN_COLUMN: metrics.horizontalAdvance(tr("Chưa xem")) + 20,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_key.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            key == Qt.Key.Key_Y and modifiers == Qt.KeyboardModifier.ControlModifier
        ):
            self.redo_key.emit()
        elif plain and key in _STATUS_KEYS:
            self.status_key.emit(_STATUS_KEYS[key])
        elif plain and key in _ENTER_KEYS:
            self.note_key.emit()
        else:
            super().keyPressEvent(event)
