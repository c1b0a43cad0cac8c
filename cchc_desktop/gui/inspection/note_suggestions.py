"""Help with notes: a "Gợi ý" list of notes written before (this inspection's, and the same
criterion's in other inspections of the template) and a key to repeat the last note.

    helper = NoteHelper(workspace, panel.note, parent)
    helper.show_criterion(inspection_id, code)
    panel.note_row.addWidget(helper.button)

Ctrl+Space (in the note or the list) opens the list; Ctrl+D puts the last note written into
the note of the current criterion. A chosen note fills an empty field, or is added on a new
line after what is there; the field's own typing path stores it (debounce, undo).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolButton, QWidget

from cchc_desktop.store.note_suggestions import last_note, note_suggestions
from cchc_desktop.store.workspace import Workspace

SUGGEST_KEY = "Ctrl+Space"
REPEAT_KEY = "Ctrl+D"
_SHOWN = 60  # characters of a long note shown in the list (all of it in the tooltip)


class NoteHelper(QObject):
    """The suggestions button and its menu for one note field."""

    # Nothing to offer or repeat: a short explanation for the lead.
    nothing = Signal(str)

    def __init__(self, workspace: Workspace, note: QPlainTextEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.note = note
        self.inspection_id: str | None = None
        self.code: str | None = None
        # The last note the lead stored in this session (more exact than the store's order).
        self.last_written = ""
        self.button = QToolButton()
        self.button.setObjectName("noteSuggestions")
        self.button.setText(self.tr("Gợi ý"))
        self.button.setToolTip(
            self.tr("Ghi chú đã viết trước đây (%1); %2: chép lại ghi chú vừa viết")
            .replace("%1", SUGGEST_KEY)
            .replace("%2", REPEAT_KEY)
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.menu.setObjectName("noteSuggestionsMenu")
        self.menu.aboutToShow.connect(self._fill)
        self.button.setMenu(self.menu)

    def show_criterion(self, inspection_id: str | None, code: str | None) -> None:
        self.inspection_id, self.code = inspection_id, code

    def suggestions(self) -> list[str]:
        if not (self.inspection_id and self.code):
            return []
        offered = note_suggestions(self.ws, self.inspection_id, self.code)
        typed = self.note.toPlainText().strip()
        return [text for text in offered if text != typed]

    def open(self) -> None:
        """Ctrl+Space: show the list under the button."""
        if self.button.isEnabled() and self.note.isEnabled() and not self.note.isReadOnly():
            self.button.showMenu()

    def repeat_last(self) -> bool:
        """Ctrl+D: the last note written goes into this criterion's note."""
        if not (self.inspection_id and self.code) or self.note.isReadOnly():
            return False
        text = self.last_written or last_note(self.ws, self.inspection_id, except_code=self.code)
        if not text:
            self.nothing.emit(self.tr("Chưa có ghi chú nào để chép lại."))
            return False
        self.use(text)
        return True

    def use(self, text: str) -> None:
        """Put ``text`` in the note: alone when empty, else on a new line after it."""
        current = self.note.toPlainText().rstrip()
        if text in current:
            return
        self.note.setPlainText(f"{current}\n{text}" if current else text)
        cursor = self.note.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.note.setTextCursor(cursor)
        self.note.setFocus()

    def _fill(self) -> None:
        self.menu.clear()
        offered = self.suggestions()
        if not offered:
            empty = self.menu.addAction(self.tr("(chưa có ghi chú nào để gợi ý)"))
            empty.setEnabled(False)
            return
        for text in offered:
            line = " ".join(text.split())
            shown = line if len(line) <= _SHOWN else line[: _SHOWN - 1] + "…"
            action = self.menu.addAction(shown.replace("&", "&&"))
            action.setToolTip(text)
            action.triggered.connect(lambda _checked=False, t=text: self.use(t))
