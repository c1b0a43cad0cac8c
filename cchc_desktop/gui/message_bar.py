"""MessageBar: the one place a page or tab says what just happened, at its top, where the eye is.

    bar = MessageBar()                       # put it above the page's content
    bar.show_error(text, cause="signature")  # red; stays until the cause is fixed…
    bar.resolve("signature")                 # …(the owner calls this) or the tab changes
    bar.show_success(text, next_step=tr("Tiếp theo: …"), action=(tr("Mở thư mục"), callback))
    bar.show_info(text)                      # blue: nothing went wrong, nothing to do
    bar.clear()                              # on tab or page change

Success looks like success (green, ✓ drawn as a tick icon, not a glyph the font may lack) and
points to the next step, with an optional button for it. Errors are red and keep the words the
core gave. An info message ("Mọi tiêu chí đã có kết quả.") is not an error and is never red.
The colours hold 4.5:1 contrast; in high contrast the palette's colours are used with a border.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)


class Kind(StrEnum):
    ERROR = "error"
    SUCCESS = "success"
    INFO = "info"


# (text, background, border) per kind: dark ink on a soft tint, ≥ 4.5:1.
_COLOURS = {
    Kind.ERROR: ("#8a1a12", "#fde2de", "#f3a59b"),
    Kind.SUCCESS: ("#14532d", "#dcf1e1", "#8fd19e"),
    Kind.INFO: ("#1e3a8a", "#dbeafe", "#93c5fd"),
}
_ICONS = {
    Kind.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Kind.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Kind.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class MessageBar(QWidget):
    """A one-message bar: error, success (with the next step) or info; hidden when empty."""

    # The action button of a success message was pressed.
    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kind: Kind | None = None
        self.cause: str | None = None
        self._action: Callable[[], object] | None = None

        self.icon = QLabel()
        self.icon.setObjectName("messageIcon")
        self.text = QLabel()
        self.text.setObjectName("messageText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton()
        self.action_button.setObjectName("messageAction")
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setObjectName("messageClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setToolTip(self.tr("Đóng thông báo"))
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 3, 3)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    # -- what owners call -------------------------------------------------------------------

    def show_error(self, text: str, *, cause: str | None = None) -> None:
        """A refusal or a failure, in the words given. ``cause`` names what would fix it, so
        the owner can ``resolve(cause)`` once it is fixed."""
        self._show(Kind.ERROR, text, cause=cause)

    def show_success(
        self,
        text: str,
        *,
        next_step: str = "",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """Something was done: what, then (``next_step``) what to do next, with an optional
        button (``action``: its text and what it does)."""
        full = f"{text} {next_step}".strip() if next_step else text
        self._show(Kind.SUCCESS, full, action=action)

    def show_info(self, text: str) -> None:
        """News that is neither a success nor a problem."""
        self._show(Kind.INFO, text)

    def resolve(self, cause: str) -> None:
        """The cause of the error shown was fixed: the error goes."""
        if self.kind is Kind.ERROR and self.cause == cause:
            self.clear()

    def clear(self) -> None:
        """No message (on a tab or page change, or when closed)."""
        self.kind = None
        self.cause = None
        self._action = None
        self.text.clear()
        self.hide()

    def message(self) -> str:
        """The message shown ('' when none)."""
        return self.text.text() if self.kind is not None else ""

    # -- internals --------------------------------------------------------------------------

    def _show(
        self,
        kind: Kind,
        text: str,
        *,
        cause: str | None = None,
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        self.kind = kind
        self.cause = cause
        self.setProperty("kind", kind.value)
        self.text.setText(text)
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(_ICONS[kind]).pixmap(size, size))
        if action is not None:
            self.action_button.setText(action[0])
            self._action = action[1]
            self.action_button.show()
        else:
            self._action = None
            self.action_button.hide()
        self.setStyleSheet(_style(kind))
        self.show()

    def _act(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
        self.action_triggered.emit()


def _style(kind: Kind) -> str:
    app = QApplication.instance()
    if app is not None and app.property("cchc_high_contrast"):
        # The palette's own colours (white on black) with a border of the kind's meaning.
        border = {Kind.ERROR: "#ff8080", Kind.SUCCESS: "#80ff80", Kind.INFO: "#80c0ff"}[kind]
        return f"#messageBar {{ border: 2px solid {border}; border-radius: 4px; }}"
    ink, soft, border = _COLOURS[kind]
    return (
        f"#messageBar {{ background: {soft}; border: 1px solid {border}; border-radius: 4px; }}"
        f" #messageText {{ color: {ink}; font-weight: 600; }}"
    )
