"""The three findings lists with the keys to work them without the mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.gui.inspection.findings_model import FColumn

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width (the stock delegate
    measures one unwrapped line, which cuts long findings off)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        width = self._tree.header().sectionSize(index.column())
        if index.column() == 0:
            depth = 0
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            width -= self._tree.indentation() * (depth + 1)
        width = max(40, width - 12)
        bounds = view.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), view.text
        )
        return QSize(base.width(), max(base.height(), bounds.height() + 8))


class FindingsTree(QTreeView):
    """Insert/Ctrl+N add, Delete deletes, Alt+↑/↓ reorder, Enter edits the text."""

    add_key = Signal()
    delete_key = Signal()
    move_key = Signal(int)
    edit_key = Signal()
    undo_key = Signal()
    redo_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsTree")
        # Findings are sentences read as a list: each shows whole, wrapped.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.header().sectionResized.connect(self._relayout)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(14)
        self._responsible_width = 0  # set with the columns

    def setup_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (FColumn.RESPONSIBLE, FColumn.DEADLINE, FColumn.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        self._responsible_width = metrics.averageCharWidth() * 18
        header.resizeSection(FColumn.RESPONSIBLE, self._responsible_width)
        header.resizeSection(FColumn.DEADLINE, metrics.horizontalAdvance("30/12/2026") + 24)
        widest = max(metrics.horizontalAdvance(status.label) for status in FollowUpStatus)
        header.resizeSection(FColumn.STATUS, widest + 24)
        self._fit_responsible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_responsible()

    def _fit_responsible(self) -> None:
        """The findings' own words keep about half the width: in a narrow list (large text)
        the responsible party's column gives way and wraps, not the findings'."""
        width = self._responsible_width
        if not width:
            return  # columns not set up yet
        header = self.header()
        taken = header.sectionSize(FColumn.DEADLINE) + header.sectionSize(FColumn.STATUS)
        room = self.viewport().width() // 2 - taken
        # Never narrower than its heading ("Chịu trách nhiệm" whole, at any text size).
        title = str(self.model().headerData(FColumn.RESPONSIBLE, Qt.Orientation.Horizontal) or "")
        floor = self.fontMetrics().horizontalAdvance(title) + 16
        header.resizeSection(FColumn.RESPONSIBLE, max(floor, width // 2, min(width, room)))

    def _relayout(self, *_args: object) -> None:
        self.scheduleDelayedItemsLayout()

    def event(self, event: QEvent) -> bool:
        # Ctrl+N is also the window's "new inspection": in this list it adds a finding, so
        # the list claims the key before the window's shortcut sees it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_add(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        control = modifiers == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_key.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (control and key == Qt.Key.Key_Y):
            self.redo_key.emit()
        elif _is_add(event):
            self.add_key.emit()
        elif plain and key == Qt.Key.Key_Delete:
            self.delete_key.emit()
        elif modifiers == Qt.KeyboardModifier.AltModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_key.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif plain and key in _ENTER_KEYS:
            self.edit_key.emit()
        else:
            super().keyPressEvent(event)


def _is_add(event: QKeyEvent) -> bool:
    """Insert, or Ctrl+N: start a new finding."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    return (modifiers == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Insert) or (
        modifiers == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_N
    )
