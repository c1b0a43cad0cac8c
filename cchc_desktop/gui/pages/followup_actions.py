"""What the follow-up page does to a recommendation: set its status (combo, context menu,
keys 1 · 2 · 3) with undo, open its inspection, ask for the report.

A mixin of ``FollowupsPage``, kept apart so the page module holds the widgets, the data and
the filters, this one the changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.errors import UserError
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.inspection.commands import StoredChange
from cchc_desktop.gui.models.followups import STATUS_TITLES, STATUSES

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QTableView

    from cchc_desktop.gui.context import AppContext
    from cchc_desktop.gui.models.followups import FollowupsModel
    from cchc_desktop.gui.models.rows import Row
    from cchc_desktop.gui.pages.followup_panel import FollowupPanel

_STATUS_KEYS = {Qt.Key.Key_1: "1", Qt.Key.Key_2: "2", Qt.Key.Key_3: "3"}


class FollowupActions:
    """The changes; the page provides the widgets, the model and the selection."""

    ctx: AppContext
    model: FollowupsModel
    table: QTableView
    panel: FollowupPanel
    undo_stack: QUndoStack
    _own_change: bool

    if TYPE_CHECKING:

        def _current_row(self) -> tuple[int, Row] | None: ...
        def select(self, finding_id: str) -> bool: ...
        def _show_current(self) -> None: ...
        def _update_count(self) -> None: ...
        def current_plan(self) -> str | None: ...
        def window(self) -> QWidget: ...

    # -- status, undo -------------------------------------------------------------------------

    def set_status(self, status: str) -> bool:
        """Store a new status for the current row at once; Ctrl+Z puts the old one back."""
        current = self._current_row()
        if current is None or not self.ctx.ready:  # shown before the folder is ready
            return False
        row = current[1]
        finding_id, before = str(row["id"]), str(row["status"])
        if status == before:
            return True
        if not self._store(finding_id, status):
            return False
        self.undo_stack.push(
            StoredChange(
                tr("Đổi tình trạng kiến nghị"),
                redo=lambda: self._store(finding_id, status),
                undo=lambda: self._store(finding_id, before),
            )
        )
        return True

    def _store(self, finding_id: str, status: str) -> bool:
        from cchc_desktop.store.findings import update_finding

        try:
            update_finding(self.ctx.ws, finding_id, status=status)
        except UserError as refused:
            self.panel.show_problem(refused.message)
            return False
        self.panel.show_problem("")
        number = self.model.row_of(finding_id)
        if number is not None:
            self.model.set_status(number, status)
            # An undo shows the row it changes back, wherever the cursor went since.
            self.select(finding_id)
        self._show_current()
        self._update_count()
        self._own_change = True
        try:
            self.ctx.notify("findings")
        finally:
            self._own_change = False
        return True

    def undo(self) -> None:
        self.undo_stack.undo()

    def status_key(self, event: QEvent) -> bool:
        """Keys 1 · 2 · 3 on the list set the status (the page's event filter asks here)."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = _STATUS_KEYS.get(Qt.Key(key_event.key()))
        if key is None or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        self.set_status(FollowUpStatus.by_key(key).value)
        return True

    def _as_widget(self) -> QWidget:
        widget: QWidget = self  # type: ignore[assignment]
        return widget

    # -- menu, opening, report ----------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The menu of the current row: open, the three statuses (current one ticked), undo."""
        menu = QMenu(self._as_widget())
        menu.setObjectName("followupMenu")
        current = self._current_row()
        # Keys are shown after a tab, not registered: the list and the page own them.
        open_action = menu.addAction(tr("&Mở cuộc kiểm tra") + "\tEnter")
        open_action.triggered.connect(self.open_selected)
        menu.addSeparator()
        for status in STATUSES:
            action = menu.addAction(f"{tr(STATUS_TITLES[status.value])}\t{status.key}")
            action.setObjectName(f"status-{status.value}")
            action.setCheckable(True)
            action.setChecked(current is not None and current[1]["status"] == status.value)
            action.triggered.connect(lambda _c=False, s=status.value: self.set_status(s))
        for action in menu.actions():
            action.setEnabled(current is not None)
        menu.addSeparator()
        undo = menu.addAction(tr("&Hoàn tác") + "\tCtrl+Z")
        undo.setEnabled(self.undo_stack.canUndo())
        undo.triggered.connect(self.undo)
        report = menu.addAction(tr("Lập &báo cáo…"))
        report.triggered.connect(self.make_report)
        return menu

    def _context_menu_at(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def open_selected(self) -> None:
        """Open the inspection on its findings tab, with this recommendation chosen."""
        current = self._current_row()
        if current is None or not self.ctx.ready:  # shown before the folder is ready
            return
        row = current[1]
        window: Any = self.window()
        host = window.open_inspection(str(row["inspection_id"]))
        host.show_tab("findings")
        tab = getattr(getattr(host, "view", None), "tab", None)
        editor = tab("findings") if callable(tab) else None
        if editor is not None and hasattr(editor, "select"):
            editor.select(str(row["id"]))

    def make_report(self) -> None:
        window: Any = self.window()
        window.make_report(self.current_plan())
