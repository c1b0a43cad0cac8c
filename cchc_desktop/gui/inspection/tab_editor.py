"""What the checklist and findings tabs share: the open inspection and whether it is signed,
the texts typed and not stored yet (with their debounce), and the view's undo stack.

Each tab stores every change through the core the moment it is made; typed text waits
``TEXT_DELAY_MS`` after the last key (or until the field is left, another row is chosen, the
tab hides, another inspection opens, or the widget dies) in a ``PendingTexts``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from cchc_desktop.gui.elided_label import ElidedLabel
from cchc_desktop.gui.inspection.frames import scroll_frame
from cchc_desktop.gui.inspection.pending import PendingTexts, StoreText
from cchc_desktop.gui.theme import set_role
from cchc_desktop.store.inspections import get_inspection, is_signed
from cchc_desktop.store.workspace import Workspace

TEXT_DELAY_MS = 400


class TabEditor(QWidget):
    """A tab of the inspection view that edits what it shows (see ``tabs.py`` for the seam).
    Emits ``changed`` after every stored change and ``problem`` with a message for the lead
    when the core refused one. Subclasses implement ``flush_pending``."""

    changed = Signal()
    problem = Signal(str)

    def __init__(self, workspace: Workspace, store_text: StoreText, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.inspection_id: str | None = None
        self.read_only = False
        self._undo: QUndoStack | None = None
        self._pending = PendingTexts(workspace, store_text)
        # Typed text must reach the database even when the widget is deleted without being
        # hidden first; the callback holds the buffer, not this (dying) widget.
        self.destroyed.connect(self._pending.save_all_quietly)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.flush_pending)

    # -- the seam the view uses -----------------------------------------------------------

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self._undo = stack

    def flush_pending(self) -> None:
        """Store every text typed but not yet stored (the debounce is cut short)."""
        raise NotImplementedError

    def _open(self, inspection_id: str) -> dict[str, Any]:
        """Store what is pending for the inspection shown so far, then take ``inspection_id``:
        its record, read-only when its minutes are signed."""
        self.flush_pending()
        inspection = get_inspection(self.ws, inspection_id)
        self.inspection_id = inspection_id
        self._pending.inspection_id = inspection_id
        self.read_only = is_signed(inspection)
        return inspection

    # -- shared behaviour -------------------------------------------------------------------

    def _typed(self, key: str, text: str) -> None:
        """Keep a typed text until the pause after the last key stores it."""
        self._pending.put(key, text)
        self._text_timer.start()

    def _refused_when_signed(self, message: str) -> bool:
        """True (and ``message`` said) when the inspection is signed and takes no change."""
        if self.read_only:
            self.problem.emit(message)
        return self.read_only

    def _undo_requested(self) -> None:
        # Reached when no window action took Ctrl+Z (the view on its own).
        if self._undo is not None:
            self.flush_pending()
            self._undo.undo()

    def _redo_requested(self) -> None:
        if self._undo is not None:
            self._undo.redo()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_pending()
        super().hideEvent(event)


def key_hint(text: str, full: str = "") -> QLabel:
    """The line of keys under a list, in the theme's quieter colour: one line (cut at the end
    when narrow), every key in the tooltip (``full``, else the line itself)."""
    hint = ElidedLabel()
    hint.set_full_text(text, tooltip=full or text)
    hint.setObjectName("keyHint")
    set_role(hint, "hint")
    return hint


def side_by_side(left: QWidget, panel: QWidget, sizes: list[int]) -> QSplitter:
    """The list on the left, the current row's panel on the right (scrolling when the window
    is too small for it); neither can be collapsed away."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(scroll_frame(panel))
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(sizes)
    return splitter
