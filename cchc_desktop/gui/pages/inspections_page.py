"""Cuộc kiểm tra: the inspections of a plan (or all), by date and unit, with their progress."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.inspections import (
    LEADER_COLUMN,
    PLAN_COLUMN,
    PROGRESS_COLUMN,
    UNIT_COLUMN,
    InspectionsModel,
)
from cchc_desktop.gui.models.rows import ID_ROLE, Row
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.gui.pages.list_page import BackgroundListPage
from cchc_desktop.gui.pages.list_parts import (
    ColumnFitter,
    ProgressDelegate,
    SearchField,
    selected_id,
    table_view,
)
from cchc_desktop.gui.theme import set_role

if TYPE_CHECKING:
    from cchc_desktop.store.reading import Read
    from cchc_desktop.store.workspace import Workspace


class InspectionsPage(BackgroundListPage[InspectionsModel]):
    """The list a team lead opens inspections from (Enter or double-click)."""

    # Tables whose changes can alter this list (names, counts, progress).
    WATCHED = frozenset({"units", "teams", "inspections", "answers"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, plan_width=28)
        title = QLabel(tr("Cuộc kiểm tra"))
        set_role(title, "heading")
        self.search = SearchField(tr("Tìm theo đơn vị, trưởng đoàn, địa điểm… (Ctrl+F)"))
        self.new_button = QPushButton(tr("&Thêm cuộc kiểm tra…"))
        self.new_button.setObjectName("newInspection")
        self.edit_button = QPushButton(tr("&Sửa…"))
        self.edit_button.setObjectName("editInspection")
        self.open_button = QPushButton(tr("&Mở"))
        self.open_button.setObjectName("openInspection")
        self.open_button.setDefault(False)
        self.print_button = QPushButton(tr("&In biên bản…"))
        self.print_button.setObjectName("printMinutes")
        self.print_button.setToolTip(
            tr(
                "In nhiều biên bản của kế hoạch đang lọc trong một lần in, hoặc xuất bản gộp PDF (Ctrl+P)"
            )
        )

        self.model = InspectionsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view("inspectionsTable", tr("Danh sách cuộc kiểm tra"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.table))
        # The unit's name takes the free width (the team lead's a little); dates, plan numbers,
        # counts and states keep their content's. A name too long ends in "…" (whole in the
        # tooltip).
        self.fitter = ColumnFitter(self.table, self.model, {UNIT_COLUMN: 3, LEADER_COLUMN: 1})
        self.count_label = QLabel(tr("Đang tải…"))
        self.count_label.setObjectName("countLabel")
        set_role(self.count_label, "hint")

        bar = QHBoxLayout()
        bar.addWidget(self.plan_label)
        bar.addWidget(self.plan_filter, 2)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.table)
        order = [
            self.plan_filter,
            self.search,
            self.new_button,
            self.edit_button,
            self.open_button,
            self.print_button,
            self.table,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        self._connect()
        self.watch()
        self._update_buttons()

    def _connect(self) -> None:
        self.plan_filter.currentIndexChanged.connect(lambda _i: self._plan_chosen())
        self.search.search.connect(self._search)
        self.search.set_results(self.table)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self._edit)
        self.open_button.clicked.connect(self._open_selected)
        self.print_button.clicked.connect(lambda: self._window().print_minutes(self.current_plan()))

    # -- data -----------------------------------------------------------------------------

    def query(self) -> Callable[[Workspace], list[Row]]:
        from cchc_desktop.store.inspections import list_inspections

        plan = self.current_plan()
        return lambda ws: list_inspections(ws, plan=plan)

    def first_query(self) -> Read[list[Row]]:
        from cchc_desktop.store.listings import inspection_rows

        return inspection_rows  # every plan's: the filter starts at "Tất cả kế hoạch"

    def filtered(self) -> bool:
        return bool(self.search.text())

    def rows_shown(self) -> None:
        self._update_count()
        self._update_buttons()

    def read_failed(self) -> None:
        super().read_failed()
        self._update_buttons()  # a new inspection can still be made

    def _plan_chosen(self) -> None:
        # The plan column says nothing when the list shows one plan: give its room to units.
        self.table.setColumnHidden(PLAN_COLUMN, self.current_plan() is not None)
        self.reload()

    def show_plan(self, plan_id: str | None) -> None:
        """Filter the list by a plan (from the plans page)."""
        index = self.plan_filter.findData(plan_id) if plan_id else 0
        if index >= 0:
            self.plan_filter.setCurrentIndex(index)

    # -- search and selection ---------------------------------------------------------------

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def _update_count(self) -> None:
        total = self.model.total()
        if self.proxy.query:
            text = tr("{shown} / {total} cuộc kiểm tra khớp với tìm kiếm")
            text = text.replace("{shown}", str(self.proxy.rowCount()))
        else:
            text = tr("{total} cuộc kiểm tra")
        self.count_label.setText(text.replace("{total}", str(total)))

    def selected_id(self) -> str | None:
        return selected_id(self.table)

    def select(self, inspection_id: str) -> bool:
        row = self.model.row_of(inspection_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _update_buttons(self) -> None:
        # Until the folder is ready (the list may be read before it is), nothing opens.
        chosen = self.ctx.ready and self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.new_button.setEnabled(self.ctx.ready)

    # -- actions --------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        inspection_id = index.siblingAtColumn(0).data(ID_ROLE)
        if inspection_id and self.ctx.ready:
            self._window().open_inspection(str(inspection_id))

    def _open_selected(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id and self.ctx.ready:
            self._window().open_inspection(inspection_id)

    def _new(self) -> None:
        self._window().new_inspection()

    def _edit(self) -> None:
        from cchc_desktop.gui.dialogs.inspection_dialog import InspectionDialog

        inspection_id = self.selected_id()
        if inspection_id:
            dialog = InspectionDialog(self.ctx, self, inspection_id=inspection_id)
            dialog.open()
