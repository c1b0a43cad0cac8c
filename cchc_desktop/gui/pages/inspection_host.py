"""The open inspection: a slim bar (back to the list) over the inspection view
(``cchc_desktop/gui/inspection/view.py``: checklist, findings, photos, sign & export).

``changed`` of the view makes the inspections list refresh its progress columns; the view's
undo stack joins the window's Edit > Undo/Redo while the page is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.gui.page import Page


class InspectionHost(Page):
    """Hosts the inspection view; Alt+Left (or the button) goes back to the list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.inspection_id: str | None = None
        self.back_button = QPushButton(tr("← Danh sách cuộc kiểm tra"))
        self.back_button.setObjectName("backToList")
        self.back_button.setToolTip(tr("Quay lại danh sách (Alt+←)"))
        self.back_button.clicked.connect(self.back)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back)
        self.view = InspectionView(ctx.ws, self)
        # Beside the unit's name, not on a row of its own: a short screen needs that height.
        self.view.header.set_leading(self.back_button)
        self.view.setObjectName("inspectionView")
        self.view.changed.connect(lambda: ctx.notify("answers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        ctx.settings_changed.connect(self._follow_settings)
        self.view.tab_built.connect(lambda _key: self._follow_settings())

    def _follow_settings(self) -> None:
        checklist = self.view.built_tab("checklist")
        if checklist is not None:
            checklist.advance_after_answer = self.ctx.settings.advance_after_answer  # type: ignore[attr-defined]

    def open_inspection(self, inspection_id: str) -> None:
        self.inspection_id = inspection_id
        self.view.open_inspection(inspection_id)
        self.view.setFocus()

    def show_tab(self, key: str) -> None:
        self.view.show_tab(key)

    def activate(self) -> None:
        """Edit > Undo/Redo (Ctrl+Z, Ctrl+Y) act on this view's changes while it is shown."""
        self.take_undo(self.view.undo_stack())

    def flush_pending(self) -> None:
        """Store a note still being typed (the window calls this before it closes)."""
        self.view.flush_pending()

    def back(self) -> None:
        window: Any = self.window()
        listing = window.show_page("inspections")
        if self.inspection_id:
            listing.select(self.inspection_id)
        listing.table.setFocus()
