"""The first thing the "Ký & xuất" tab shows: is the biên bản ready to sign, and what is left.

One line says where things stand ("Chưa ký được: còn 3 mục phải hoàn thành, 2 lưu ý."); under
it every item of ``minutes.readiness`` — ✗ what blocks, ! what only warns — each a link: a
click, Enter or Space takes the person to the field that fixes it (``jumpRequested``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.theme import set_role
from cchc_desktop.minutes.readiness import Readiness

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
# Ink that keeps 4.5:1 on the list's white, set with the item so high contrast keeps its own.
_BLOCK_INK = QColor("#8a1a12")
_WARN_INK = QColor("#6b4b00")


class _Items(QListWidget):
    """The list; Enter and Space follow the current item's link as a click does."""

    activated_target = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.currentItem()
            if item is not None and item.data(TARGET_ROLE):
                self.activated_target.emit(str(item.data(TARGET_ROLE)))
                return
        super().keyPressEvent(event)


class ReadinessList(QWidget):
    """Readiness at a glance; ``jumpRequested(target)`` with ``Target.as_text()``."""

    jumpRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("readinessSummary")
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)
        self.items = _Items(self)
        self.items.setObjectName("readinessItems")
        self.items.setWordWrap(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.items.setAccessibleName(self.tr("Những mục cần hoàn thành trước khi ký"))
        self.items.itemClicked.connect(self._clicked)
        self.items.activated_target.connect(self.jumpRequested)
        self.summary.setBuddy(self.items)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.summary)
        layout.addWidget(self.items)
        self.readiness: Readiness | None = None

    def show_readiness(self, readiness: Readiness) -> None:
        """The summary line and one line per item, blocking items first."""
        self.readiness = readiness
        self.summary.setText(self._summary_text(readiness))
        self._mark(blocked=not readiness.ready)
        self.items.clear()
        for item in readiness.items:
            mark = "✗" if item.blocks else "!"
            row = QListWidgetItem(f"{mark}  {item.text}")
            row.setForeground(QBrush(_BLOCK_INK if item.blocks else _WARN_INK))
            row.setBackground(QBrush(QColor("white")))
            if item.target is not None:
                row.setData(TARGET_ROLE, item.target.as_text())
                row.setToolTip(self.tr("Bấm (hoặc Enter) để đến chỗ cần sửa."))
            self.items.addItem(row)
        self.items.setVisible(bool(readiness.items))

    def show_message(self, text: str) -> None:
        """A line instead of the list (an issued biên bản has nothing left to fill in)."""
        self.readiness = None
        self.summary.setText(text)
        self._mark(blocked=False)
        self.items.clear()
        self.items.hide()

    def texts(self) -> list[str]:
        """The lines as shown (for a person's eye in tests and the accessible tree)."""
        return [self.items.item(i).text() for i in range(self.items.count())]

    def item_for(self, target: str) -> QListWidgetItem | None:
        """The line whose link is ``target`` (``Target.as_text()``), if any."""
        for index in range(self.items.count()):
            item = self.items.item(index)
            if item.data(TARGET_ROLE) == target:
                return item
        return None

    def _mark(self, *, blocked: bool) -> None:
        """The theme's error ink while something blocks (readable in high contrast too)."""
        set_role(self.summary, "error" if blocked else "")

    def _summary_text(self, readiness: Readiness) -> str:
        blocking, warnings = len(readiness.blocking), len(readiness.warnings)
        if blocking:
            text = self.tr("Chưa ký được: còn %n mục phải hoàn thành", "", blocking)
            return text + (self.tr(", %n lưu ý.", "", warnings) if warnings else ".")
        if warnings:
            return self.tr("Sẵn sàng ký (%n lưu ý nên xem lại).", "", warnings)
        return self.tr("Sẵn sàng ký.")

    def _clicked(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if target:
            self.jumpRequested.emit(str(target))
