"""A frame that ends the chain of layout requests.

Any text set in a widget asks its parents to lay out again, all the way up; a QTabWidget or
QSplitter met on the way then repaints its whole area — some milliseconds per key press on a
window of this size. A scroll area does not pass the request on, so the tabs and the detail
panels sit in one (which also lets them scroll when the window is smaller than they need).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_frame(content: QWidget | None = None) -> QScrollArea:
    """A borderless scroll area that resizes its content to fit and takes no focus itself."""
    frame = QScrollArea()
    frame.setWidgetResizable(True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if content is not None:
        frame.setWidget(content)
        frame.setFocusProxy(content)
    return frame
