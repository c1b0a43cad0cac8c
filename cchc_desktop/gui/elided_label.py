"""ElidedLabel: one line of text cut at the end ("…") when the space is short; the whole text
in its tooltip. For headers that must keep their one line on a 1366 px laptop at 130 % text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cchc_desktop.gui.tooltips import plain_tooltip


class ElidedLabel(QLabel):
    """A QLabel whose ``set_full_text`` is shown cut at the end to fit; ``full_text()`` is all."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._mode = mode  # a folder's path keeps both ends: ElideMiddle
        self._full = ""
        self._tip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        """Show ``text`` (cut to fit); the tooltip says ``tooltip`` or, when cut, the text."""
        self._full = text
        self._tip = tooltip
        self._fit()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, self.width() - 2))
        if shown != self.text():
            super().setText(shown)
        cut = shown != self._full
        self.setToolTip(plain_tooltip(self._tip or (self._full if cut else "")))
