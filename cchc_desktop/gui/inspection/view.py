"""InspectionView: the screen a team lead works in all day — the seam the main window uses.

    view = InspectionView(workspace, parent)
    view.open_inspection(inspection_id)
    view.show_tab("checklist")            # "previous", "findings", "photos", "minutes": tabs.TABS
    view.changed.connect(...)             # after every stored change
    stack = view.undo_stack()             # wire Edit > Undo/Redo to it

The view registers no keyboard shortcut of its own for Ctrl+Z/Ctrl+Y: the window's Edit
actions take them. When no window action does (the view on its own, in tests), the lists
handle the keys themselves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.errors import UserError
from cchc_desktop.gui.inspection.frames import scroll_frame
from cchc_desktop.gui.inspection.header import InspectionHeader
from cchc_desktop.gui.inspection.tabs import TABS
from cchc_desktop.store import inspections, records
from cchc_desktop.store.detail import checklist, progress, show_inspection
from cchc_desktop.store.workspace import Workspace


class InspectionView(QWidget):
    """Header with progress, a banner when the minutes are signed, and the registered tabs."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionView")
        self.ws = workspace
        self.inspection_id: str | None = None
        self._template_id: str | None = None
        self._undo = QUndoStack(self)

        self.header = InspectionHeader()
        self.signed_banner = QLabel(
            self.tr(
                "🔒 Biên bản của cuộc kiểm tra này đã phát hành (đã ký): mọi nội dung chỉ để xem. "
                "Muốn thay đổi, hãy lập biên bản bổ sung."
            )
        )
        self.signed_banner.setObjectName("signedBanner")
        self.signed_banner.setWordWrap(True)
        self.signed_banner.setStyleSheet(
            "color: #1e3a8a; background: #dbeafe; border: 1px solid #93c5fd;"
            " border-radius: 4px; padding: 6px 10px; font-weight: 600;"
        )
        self.signed_banner.hide()

        self.message = QLabel()
        self.message.setObjectName("problemMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1a12; font-weight: 600;")
        close = QToolButton()
        close.setText("×")
        close.setToolTip(self.tr("Đóng thông báo"))
        close.setAutoRaise(True)
        self.message_bar = QWidget()
        self.message_bar.setObjectName("problemBar")
        self.message_bar.setStyleSheet(
            "#problemBar { background: #fde2de; border: 1px solid #f3a59b; border-radius: 4px; }"
        )
        bar_layout = QHBoxLayout(self.message_bar)
        bar_layout.setContentsMargins(10, 4, 4, 4)
        bar_layout.addWidget(self.message, 1)
        bar_layout.addWidget(close)
        close.clicked.connect(self.message_bar.hide)
        self.message_bar.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectionTabs")
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, QWidget] = {}
        self._pages: dict[str, QScrollArea] = {}
        for spec in TABS:
            page = scroll_frame()
            widget = spec.factory(workspace, page)
            if hasattr(widget, "set_undo_stack"):
                widget.set_undo_stack(self._undo)
            changed = getattr(widget, "changed", None)
            if changed is not None:
                changed.connect(self._tab_changed)
            problem = getattr(widget, "problem", None)
            if problem is not None:
                problem.connect(self.show_problem)
            jump = getattr(widget, "jumpRequested", None)
            if jump is not None:
                jump.connect(self.go_to)
            requested = getattr(widget, "tab_requested", None)
            if requested is not None:
                requested.connect(self.show_tab)
            page.setWidget(widget)
            page.setFocusProxy(widget)
            self._tabs[spec.key] = widget
            self._pages[spec.key] = page
            self.tabs.addTab(page, spec.translated_title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        for widget in (self.signed_banner, self.message_bar):
            wrapper = QHBoxLayout()
            wrapper.setContentsMargins(12, 0, 12, 0)
            wrapper.addWidget(widget)
            layout.addLayout(wrapper)
        layout.addWidget(self.tabs, 1)

    # -- the seam ---------------------------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> None:
        """Show one inspection: header, progress and every tab; undo starts afresh."""
        self.flush_pending()
        try:
            detail = show_inspection(self.ws, inspection_id)
        except UserError as exc:
            self.show_problem(exc.message)
            return
        self.inspection_id = detail["id"]
        self._template_id = detail["template"]["id"]
        self._undo.clear()
        self.message_bar.hide()
        self.header.show_inspection(detail)
        self.header.show_progress(progress(detail["checklist"]))
        self.signed_banner.setVisible(inspections.is_signed(detail))
        for widget in self._tabs.values():
            widget.open_inspection(detail["id"])  # type: ignore[attr-defined]
        current = self.tabs.currentWidget()
        if current is not None:
            current.setFocus()

    def show_tab(self, key: str) -> None:
        """Bring a tab to the front by its registry key ("checklist", "findings", …)."""
        if key not in self._tabs:
            raise KeyError(f"no inspection tab {key!r}; known: {', '.join(self._tabs)}")
        self.tabs.setCurrentWidget(self._pages[key])
        self._tabs[key].setFocus()

    def go_to(self, key: str, target: str, field: str = "") -> None:
        """Show a tab with the cursor on one thing in it (a criterion's note, a finding's
        deadline, a photo's caption): where an item of the readiness list is fixed."""
        self.show_tab(key)
        focus = getattr(self._tabs[key], "focus_target", None)
        if focus is not None:
            focus(target, field)

    def undo_stack(self) -> QUndoStack:
        """Every stored change of this view as an undoable command (for Edit > Undo/Redo)."""
        return self._undo

    # -- more for the shell and the tests ---------------------------------------------------

    def tab(self, key: str) -> QWidget:
        return self._tabs[key]

    def current_tab_key(self) -> str:
        current = self.tabs.currentWidget()
        return next(key for key, page in self._pages.items() if page is current)

    def flush_pending(self) -> None:
        """Store anything typed and not stored yet (call before closing the workspace)."""
        for widget in self._tabs.values():
            flush = getattr(widget, "flush_pending", None)
            if flush is not None:
                flush()

    def show_problem(self, text: str) -> None:
        """Say what went wrong in the view itself (never a blocking dialog)."""
        self.message.setText(text)
        self.message_bar.show()

    def refresh_progress(self) -> None:
        """Re-read the counts from the store (a fraction of a millisecond: criteria are cached)."""
        if self.inspection_id is None or self._template_id is None:
            return
        self.header.show_progress(
            progress(checklist(self.ws, self.inspection_id, self._template_id))
        )

    def is_signed(self) -> bool:
        if self.inspection_id is None:
            return False
        row = records.get(self.ws, "inspections", self.inspection_id)
        return row is not None and inspections.is_signed(row)

    # -- internals ------------------------------------------------------------------------

    def _tab_changed(self) -> None:
        self.message_bar.hide()
        self.refresh_progress()
        signed = self.is_signed()
        if signed != self.signed_banner.isVisible() and self.inspection_id is not None:
            # Signing (in the minutes tab) locks the inspection: the other tabs become
            # read-only at once; the tab that signed keeps what it shows.
            self.signed_banner.setVisible(signed)
            sender = self.sender()
            for widget in self._tabs.values():
                if widget is not sender:
                    widget.open_inspection(self.inspection_id)  # type: ignore[attr-defined]
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached only when no window action took the keys (see the module docstring).
        if event.matches(QKeySequence.StandardKey.Undo):
            self.flush_pending()
            self._undo.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self._undo.redo()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_pending()
        super().hideEvent(event)
