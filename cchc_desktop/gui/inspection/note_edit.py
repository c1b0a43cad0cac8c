"""A multi-line text field for notes and findings that fits the keyboard flow of the lists."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class NoteEdit(QPlainTextEdit):
    """Esc goes back to the list, Ctrl+Enter moves on, and leaving the field saves what was
    typed (the owner connects ``focus_left`` to its flush).

    With ``enter_returns`` (the checklist's note), Enter also goes back to the list and
    Shift+Enter starts a new line; Ctrl+Space asks for suggestions and Ctrl+D for the last
    note again (``suggest_requested``, ``repeat_requested``).
    """

    escape_pressed = Signal()
    next_requested = Signal()
    focus_left = Signal()
    return_pressed = Signal()
    suggest_requested = Signal()
    repeat_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, enter_returns: bool = False) -> None:
        super().__init__(parent)
        self.enter_returns = enter_returns

    def sizeHint(self) -> QSize:
        # Ask for no more than the minimum: a panel in a scroll frame is laid out at its
        # preferred height, and the note's own (about ten lines) would push the rest of the
        # panel below a laptop's screen. Any height left over still goes to the note.
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        control = modifiers == Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if key in _ENTER and (modifiers & Qt.KeyboardModifier.ControlModifier):
            self.next_requested.emit()
            return
        if self.enter_returns and key in _ENTER and modifiers == Qt.KeyboardModifier.NoModifier:
            self.return_pressed.emit()
            return
        if self.enter_returns and key in _ENTER and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.insertPlainText("\n")  # a new line (Qt would insert a line separator)
            return
        if control and key == Qt.Key.Key_Space:
            self.suggest_requested.emit()
            return
        if control and key == Qt.Key.Key_D:
            self.repeat_requested.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()
