"""The list of criteria, grouped by area, with the keys a lead answers by.

Keys are handled here rather than as window shortcuts: 1–4 must type digits in the note and
score fields, and Ctrl+Z belongs to the window's Edit menu when there is one (a second
shortcut on the same keys would make both ambiguous, so neither would fire).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from cchc_desktop.domain.results import Result
from cchc_desktop.gui.inspection.checklist_model import Column, Role

_RESULT_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
}
_CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CriteriaTree(QTreeView):
    """Areas and criteria; Up/Down (and j/k) step over expanded area headers to criteria."""

    result_key = Signal(int)  # 1–4
    clear_key = Signal()
    note_key = Signal()
    next_unanswered_key = Signal()
    undo_key = Signal()
    redo_key = Signal()
    paste_key = Signal()  # Ctrl+V: photos for the current criterion
    suggest_key = Signal()  # Ctrl+Space: notes written before
    repeat_note_key = Signal()  # Ctrl+D: the last note again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaTree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(True)
        self.setAllColumnsShowFocus(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIndentation(14)

    def setup_columns(self) -> None:
        """Widths once a model is set: code, result, note flag and photo count as narrow as
        their words allow, so the criterion's text keeps what is left (at 1366 px and 130 %
        text every pixel of it counts)."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.CODE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.RESULT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.PHOTOS, QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        header.resizeSection(Column.CODE, metrics.horizontalAdvance("D14") + 32)
        # Wide enough for the longest words in the window's language.
        widest = max(metrics.horizontalAdvance(result.label) for result in Result)
        header.resizeSection(Column.RESULT, widest + 12)
        owed = QCoreApplication.translate("ChecklistModel", "⚠ Cần ghi chú")
        header.resizeSection(Column.NOTE, metrics.horizontalAdvance(owed) + 14)
        photos = QCoreApplication.translate("ChecklistModel", "Ảnh")
        header.resizeSection(Column.PHOTOS, metrics.horizontalAdvance(photos + "00") + 16)

    def span_areas(self) -> None:
        """Area rows show their title across the whole width."""
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)

    # -- moving ---------------------------------------------------------------------------

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        target = super().moveCursor(cursorAction, modifiers)
        if cursorAction not in (
            QAbstractItemView.CursorAction.MoveDown,
            QAbstractItemView.CursorAction.MoveUp,
        ):
            return target
        # An expanded area header is a title, not a stop: step on to the next criterion.
        seen = 0
        while self._is_open_area(target) and seen < 3:
            following = self._step_from(target, cursorAction)
            if not following.isValid() or following == target:
                break
            target = following
            seen += 1
        return target

    def _step_from(self, index: QModelIndex, action: QAbstractItemView.CursorAction) -> QModelIndex:
        return (
            self.indexBelow(index)
            if action == self.CursorAction.MoveDown
            else self.indexAbove(index)
        )

    def _is_open_area(self, index: QModelIndex) -> bool:
        return (
            index.isValid()
            and bool(index.data(Role.IS_AREA))
            and self.isExpanded(index.siblingAtColumn(0))
            and self.model().rowCount(index.siblingAtColumn(0)) > 0
        )

    def step(self, delta: int) -> None:
        """Move the current criterion down (1) or up (-1), as the arrow keys do."""
        action = (
            QAbstractItemView.CursorAction.MoveDown
            if delta > 0
            else QAbstractItemView.CursorAction.MoveUp
        )
        target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if target.isValid():
            self.setCurrentIndex(target)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._command_key(event, key, modifiers):
            return
        if modifiers == Qt.KeyboardModifier.NoModifier and self._plain_key(key):
            return
        super().keyPressEvent(event)

    def _command_key(self, event: QKeyEvent, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        """Undo, redo, paste and the Ctrl keys; whether the key was one of them."""
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            signal = self.undo_key
        elif event.matches(QKeySequence.StandardKey.Redo) or (ctrl and key == Qt.Key.Key_Y):
            signal = self.redo_key
        elif key in _ENTER_KEYS and ctrl:
            signal = self.next_unanswered_key
        elif event.matches(QKeySequence.StandardKey.Paste):
            signal = self.paste_key
        elif ctrl and key == Qt.Key.Key_Space:
            signal = self.suggest_key
        elif ctrl and key == Qt.Key.Key_D:
            signal = self.repeat_note_key
        else:
            return False
        signal.emit()
        return True

    def _plain_key(self, key: Qt.Key) -> bool:
        """The keys without a modifier: results, clear, note, j/k; whether it was one."""
        if key in _RESULT_KEYS:
            self.result_key.emit(_RESULT_KEYS[key])
        elif key in _CLEAR_KEYS:
            self.clear_key.emit()
        elif key in _ENTER_KEYS or key == Qt.Key.Key_F2:
            self._enter()
        elif key == Qt.Key.Key_J:
            self.step(1)
        elif key == Qt.Key.Key_K:
            self.step(-1)
        else:
            return False
        return True

    def _enter(self) -> None:
        """Enter on an area opens or closes it; on a criterion it goes to the note."""
        if self.currentIndex().data(Role.IS_AREA):
            self.setExpanded(
                self.currentIndex().siblingAtColumn(0),
                not self.isExpanded(self.currentIndex().siblingAtColumn(0)),
            )
        else:
            self.note_key.emit()
