"""A multi-line text field for notes and findings that fits the keyboard flow of the lists."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class NoteEdit(QPlainTextEdit):
    """Esc goes back to the list, Ctrl+Enter moves on, and leaving the field saves what was
    typed (the owner connects ``focus_left`` to its flush)."""

    escape_pressed = Signal()
    next_requested = Signal()
    focus_left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.next_requested.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()
