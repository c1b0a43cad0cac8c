"""The three findings lists with the keys to work them without the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from cchc_desktop.gui.inspection.findings_model import FColumn

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


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
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(14)

    def setup_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (FColumn.RESPONSIBLE, FColumn.DEADLINE, FColumn.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        header.resizeSection(FColumn.RESPONSIBLE, metrics.horizontalAdvance("M" * 12))
        header.resizeSection(FColumn.DEADLINE, metrics.horizontalAdvance("30/12/2026") + 24)
        header.resizeSection(FColumn.STATUS, metrics.horizontalAdvance("Chưa thực hiện") + 24)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        control = modifiers == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_key.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or (control and key == Qt.Key.Key_Y):
            self.redo_key.emit()
        elif (plain and key == Qt.Key.Key_Insert) or (control and key == Qt.Key.Key_N):
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
