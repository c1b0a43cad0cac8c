"""How the four results look: always text and colour together, never colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from cchc_desktop.domain.results import Result


@dataclass(frozen=True)
class ResultLook:
    """Colours of one result: strong (a chosen button, white text on it) and soft (a list cell
    tint under dark text of the same hue). Both pairs keep a contrast of at least 4.5:1."""

    strong: str
    soft: str
    ink: str

    @property
    def soft_color(self) -> QColor:
        return QColor(self.soft)

    @property
    def ink_color(self) -> QColor:
        return QColor(self.ink)


LOOKS: dict[str, ResultLook] = {
    Result.DAT.value: ResultLook(strong="#1e7b34", soft="#dcf1e1", ink="#14532d"),
    Result.DAT_MOT_PHAN.value: ResultLook(strong="#8f5400", soft="#fdefc8", ink="#6b3e00"),
    Result.KHONG_DAT.value: ResultLook(strong="#b42318", soft="#fde2de", ink="#8a1a12"),
    Result.KHONG_AP_DUNG.value: ResultLook(strong="#5b6470", soft="#eceef1", ink="#3b424b"),
}

# A note owed (Không đạt / Đạt một phần without one): red ink, and the words say it.
MISSING_NOTE_INK = "#b42318"
MISSING_NOTE_SOFT = "#fde2de"
WARNING_CSS = (
    f"color: {MISSING_NOTE_INK}; background: {MISSING_NOTE_SOFT};"
    " border-radius: 4px; padding: 4px 8px; font-weight: 600;"
)


def button_style(result: Result) -> str:
    """The style sheet of a result button: outlined in the result's colour, filled when chosen."""
    look = LOOKS[result.value]
    return (
        "QPushButton {"
        f" color: {look.ink}; background: {look.soft}; border: 2px solid {look.strong};"
        " border-radius: 6px; padding: 6px 10px; font-weight: 600; text-align: left; }"
        f"QPushButton:checked {{ color: white; background: {look.strong}; }}"
        "QPushButton:disabled { color: #7a7f87; background: #f1f2f4; border-color: #c9ccd1; }"
        f"QPushButton:checked:disabled {{ color: white; background: {look.strong}; }}"
    )


def key_button(key: str, label: str, look: Result, tooltip: str, height: int) -> QPushButton:
    """A checkable choice that names its key ("1  Đạt") in the look of ``look``. Clicking it
    keeps the keyboard where it was (the list), so the keys and arrows go on working."""
    button = QPushButton(f"{key}  {label}")
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setStyleSheet(button_style(look))
    button.setToolTip(tooltip)
    button.setMinimumHeight(height)
    return button


def restyle(widget: QWidget, css: str) -> None:
    """Set a style sheet only when it differs: each set re-polishes the widget, which costs
    milliseconds per answer if done blindly."""
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)
