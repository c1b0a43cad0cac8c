"""What a page of the main window is: a widget built from the shared context, told when it
is shown, and asked to focus its search field (Ctrl+F)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from cchc_desktop.gui.context import AppContext


class Page(QWidget):
    """Base of the pages in the registry (``gui.pages``). A page gets the context and its
    parent; it must be cheap to construct (read its data in ``activate`` or when the
    workspace is ready) so the window opens fast."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self) -> None:
        """The page became the visible one."""

    def take_undo(self, stack: QUndoStack) -> None:
        """Make Edit > Undo/Redo (Ctrl+Z, Ctrl+Y) act on ``stack`` while this page is shown
        (call from ``activate``; the window clears it when another page comes up)."""
        group = getattr(self.window(), "undo_group", None)
        if group is not None:
            if stack not in group.stacks():
                group.addStack(stack)
            group.setActiveStack(stack)

    def focus_search(self) -> bool:
        """Put the cursor in the page's search field; False if the page has none."""
        return False
