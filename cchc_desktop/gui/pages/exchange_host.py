"""Trao đổi: the exchange page (export, verify, merge, conflicts) inside the main window.

The page works on the GUI thread's workspace, which may still be opening when the window
first shows (a `.cchc` file double-clicked starts the app on this page): the host builds the
page once the workspace is ready and hands it the package then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.page import Page
from cchc_desktop.gui.theme import set_role

if TYPE_CHECKING:
    from cchc_desktop.gui.exchange.page import ExchangePage


class ExchangeHost(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page: ExchangePage | None = None
        self.pending: Path | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Trao đổi dữ liệu"))  # every page opens with its heading
        title.setObjectName("exchangeTitle")
        set_role(title, "heading")
        # Where the other pages' headings stand (their layouts keep the style's margins; the
        # exchange page below brings its own).
        style = self.style()
        left = style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        top = style.pixelMetric(QStyle.PixelMetric.PM_LayoutTopMargin)
        title.setContentsMargins(left, top, 0, 0)
        self.layout_.addWidget(title)
        self.waiting = QLabel(tr("Đang mở thư mục dữ liệu…"))
        self.layout_.addWidget(self.waiting)
        if ctx.ready:
            self._build()
        else:
            ctx.workspace_ready.connect(self._build)

    def _build(self) -> None:
        if self.page is not None:
            return
        from cchc_desktop.gui.exchange.page import ExchangePage

        self.page = ExchangePage(self.ctx.ws, self)
        self.page.dataChanged.connect(self.ctx.notify)  # the other pages' lists refresh
        self.ctx.device_changed.connect(self.page.show_own_device)
        self.waiting.hide()
        self.layout_.addWidget(self.page)
        self.setFocusProxy(self.page)
        if self.pending is not None:
            self.page.open_package(self.pending)
            self.pending = None
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        """Edit ▸ Hoàn tác (Ctrl+Z) undoes the last decision on conflicts while this page shows."""
        if self.page is not None:
            self.take_undo(self.page.conflicts.undo_stack)

    def open_package(self, path: Path) -> None:
        """A `.cchc` file from the command line or the File menu: verify and preview it."""
        if self.page is None:
            self.pending = path
        else:
            self.page.open_package(path)
