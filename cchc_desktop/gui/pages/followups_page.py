"""Theo dõi kiến nghị: every recommendation with its deadline and status, for the secretary.

The list is ``store.findings.followups`` read in the background; filters (plan, status,
overdue only, words without diacritics) apply in a proxy. A status is changed from the combo
under the list, the context menu or the keys 1 · 2 · 3, stored at once through
``update_finding`` (the core allows it after signing) and undone with Ctrl+Z, which stores
the old status again as a new revision. Enter or a double-click opens the inspection's
findings tab on that recommendation.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.followups import (
    NOT_DONE,
    PLAN_COLUMN,
    RESPONSIBLE_COLUMN,
    STATUS_TITLES,
    STATUSES,
    TEXT_COLUMN,
    UNIT_COLUMN,
    FollowupsFilter,
    FollowupsModel,
    with_search_words,
    with_search_words_until,
)
from cchc_desktop.gui.models.rows import Row
from cchc_desktop.gui.pages.followup_actions import FollowupActions
from cchc_desktop.gui.pages.followup_panel import FollowupPanel
from cchc_desktop.gui.pages.list_page import BackgroundListPage
from cchc_desktop.gui.pages.list_parts import (
    ColumnFitter,
    SearchField,
    table_view,
)
from cchc_desktop.gui.theme import set_role

if TYPE_CHECKING:
    from cchc_desktop.store.reading import Read
    from cchc_desktop.store.workspace import Workspace


class FollowupsPage(FollowupActions, BackgroundListPage[FollowupsModel]):
    """The follow-up list, its filters, the chosen row's panel and the counts."""

    # Tables whose changes can alter this list (names, recommendations, statuses, deadlines).
    WATCHED = frozenset({"units", "inspections", "answers", "findings"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, plan_width=18)
        self._own_change = False
        self.undo_stack = QUndoStack(self)

        title = QLabel(tr("Theo dõi thực hiện kiến nghị"))
        set_role(title, "heading")
        status_label = self._build_status_filter()
        self.overdue_box = QCheckBox(tr("Chỉ &quá hạn"))
        self.overdue_box.setObjectName("overdueOnly")
        self.search = SearchField(tr("Tìm đơn vị, nội dung… (Ctrl+F)"))
        self.report_button = QPushButton(tr("Lập &báo cáo…"))
        self.report_button.setObjectName("makeReport")

        self.model = FollowupsModel(self)
        self.proxy = FollowupsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view("followupsTable", tr("Danh sách kiến nghị"))
        self.table.setModel(self.proxy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._size_columns()
        self.table.installEventFilter(self)
        self.panel = FollowupPanel(self)
        self.count_label = QLabel(tr("Đang tải…"))
        self.count_label.setObjectName("countLabel")
        set_role(self.count_label, "hint")

        bar = QHBoxLayout()
        bar.addWidget(self.plan_label)
        bar.addWidget(self.plan_filter, 2)
        bar.addWidget(status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.overdue_box)
        bar.addWidget(self.search, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.panel)
        layout.addLayout(footer)
        self.setFocusProxy(self.table)
        self._set_tab_order()
        self._connect()
        self.watch()

    def _build_status_filter(self) -> QLabel:
        """The status to show (any, not done, each status); returns its label."""
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(tr("Lọc theo tình trạng"))
        self.status_filter.addItem(tr("Mọi tình trạng"), None)
        self.status_filter.addItem(tr("Chưa hoàn thành"), NOT_DONE)
        for status in STATUSES:
            self.status_filter.addItem(tr(STATUS_TITLES[status.value]), status.value)
        status_label = QLabel(tr("Tình t&rạng:"))
        status_label.setBuddy(self.status_filter)
        return status_label

    def _set_tab_order(self) -> None:
        order = [
            self.plan_filter,
            self.status_filter,
            self.overdue_box,
            self.search,
            self.table,
            self.panel.status,
            self.panel.undo_button,
            self.panel.open_button,
            self.report_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.plan_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.overdue_box.toggled.connect(lambda _on: self._filters_changed())
        self.search.search.connect(self._search)
        self.search.set_results(self.table)
        self.report_button.clicked.connect(self.make_report)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.customContextMenuRequested.connect(self._context_menu_at)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.panel.status_chosen.connect(self.set_status)
        self.panel.undo_button.clicked.connect(self.undo)
        self.panel.open_button.clicked.connect(self.open_selected)
        self.undo_stack.canUndoChanged.connect(self.panel.undo_button.setEnabled)

    def _size_columns(self) -> None:
        # The recommendation's words get the room; unit and responsible party keep a fair
        # width (elided, whole in the tooltip and the panel), the rest fit their content.
        # A name too long ends in "…", whole in the tooltip and the panel below.
        self.fitter = ColumnFitter(
            self.table, self.model, {UNIT_COLUMN: 3, TEXT_COLUMN: 4, RESPONSIBLE_COLUMN: 2}
        )

    # -- data -----------------------------------------------------------------------------

    def query(self) -> Callable[[Workspace], list[Row]]:
        from cchc_desktop.store.findings import followups

        return lambda ws: with_search_words(followups(ws))

    def first_query(self) -> Read[list[Row] | None]:
        from cchc_desktop.gui import context
        from cchc_desktop.store.listings import followup_rows

        # The words folded within the read's bound too (None past it: read in the background).
        until = time.perf_counter() + context.READ_AT_ONCE_SECONDS
        return lambda db: with_search_words_until(followup_rows(db), until)

    def plans_filled(self) -> None:
        self._apply_filters()

    def filtered(self) -> bool:
        return bool(self.proxy.filtering or self.proxy.plan_id)

    def rows_shown(self) -> None:
        self._update_count()

    def _data_changed(self, table: str) -> None:
        if not self._own_change:  # this page's own change is already on screen
            super()._data_changed(table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and self.status_key(event):
            return True
        return super().eventFilter(watched, event)

    def activate(self) -> None:
        self.take_undo(self.undo_stack)
        super().activate()

    # -- filters and search -------------------------------------------------------------------

    def _apply_filters(self) -> None:
        plan = self.current_plan()
        status = self.status_filter.currentData()
        overdue = self.overdue_box.isChecked()
        if plan or status or overdue:
            self.model.fetch_all()  # a filter looks at every row, not only the fetched ones
        self.proxy.set_filters(plan_id=plan, status=status, overdue_only=overdue)
        # The plan column says nothing when the list shows one plan.
        self.table.setColumnHidden(PLAN_COLUMN, plan is not None)

    def _filters_changed(self) -> None:
        self._apply_filters()
        self.select_first()
        self._update_count()

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.select_first()
        self._update_count()

    def _update_count(self) -> None:
        total, overdue, done = self.model.counts(self.current_plan())
        text = (
            tr("{total} kiến nghị · {overdue} quá hạn · {done} đã hoàn thành")
            .replace("{total}", str(total))
            .replace("{overdue}", str(overdue))
            .replace("{done}", str(done))
        )
        if self.proxy.filtering:
            shown = tr("Đang hiển thị {shown} trong số").replace(
                "{shown}", str(self.proxy.rowCount())
            )
            text = f"{shown} {text}"
        self.count_label.setText(text)

    # -- selection ----------------------------------------------------------------------------

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.table.setCurrentIndex(QModelIndex())
        self._show_current()

    def _current_row(self) -> tuple[int, Row] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        number = self.proxy.mapToSource(index).row()
        return number, self.model.row(number)

    def selected_id(self) -> str | None:
        current = self._current_row()
        return str(current[1]["id"]) if current else None

    def select(self, finding_id: str) -> bool:
        """Make ``finding_id`` the current row (False if the filters hide it)."""
        number = self.model.row_of(finding_id)
        if number is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(number, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _show_current(self) -> None:
        current = self._current_row()
        self.panel.show_row(current[1] if current else None)
