"""Cuộc kiểm tra: the inspections of a plan (or all), by date and unit, with their progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.inspections import (
    PLAN_COLUMN,
    PROGRESS_COLUMN,
    UNIT_COLUMN,
    InspectionsModel,
)
from cchc_desktop.gui.models.rows import ID_ROLE
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.gui.page import Page
from cchc_desktop.gui.pages.list_parts import (
    MiddleElideDelegate,
    ProgressDelegate,
    SearchField,
    fill_plan_filter,
    fit_columns,
    table_view,
)

# Tables whose changes can alter this list (names, counts, progress).
_WATCHED = frozenset({"plans", "units", "teams", "inspections", "answers"})


class InspectionsPage(Page):
    """The list a team lead opens inspections from (Enter or double-click)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded_once = False
        self._generation = 0
        self._stale = True

        title = QLabel(tr("Cuộc kiểm tra"))
        title.setProperty("role", "heading")
        self.plan_filter = QComboBox()
        self.plan_filter.setObjectName("planFilter")
        self.plan_filter.setAccessibleName(tr("Lọc theo kế hoạch"))
        self.plan_filter.setMinimumContentsLength(28)
        self.plan_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        plan_label = QLabel(tr("&Kế hoạch:"))
        plan_label.setBuddy(self.plan_filter)
        self.search = SearchField(tr("Tìm theo đơn vị, trưởng đoàn, địa điểm… (Ctrl+F)"))
        self.new_button = QPushButton(tr("&Thêm cuộc kiểm tra…"))
        self.new_button.setObjectName("newInspection")
        self.edit_button = QPushButton(tr("&Sửa…"))
        self.edit_button.setObjectName("editInspection")
        self.open_button = QPushButton(tr("&Mở"))
        self.open_button.setObjectName("openInspection")
        self.open_button.setDefault(False)

        self.model = InspectionsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view("inspectionsTable", tr("Danh sách cuộc kiểm tra"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.table))
        # "Trung tâm Phục vụ hành chính công…xã Lộc Bình": at large text sizes the end of a
        # unit's name still tells the units apart.
        self.table.setItemDelegateForColumn(UNIT_COLUMN, MiddleElideDelegate(self.table))
        fit_columns(self.table.horizontalHeader(), stretch=1)
        self.count_label = QLabel(tr("Đang tải…"))
        self.count_label.setObjectName("countLabel")
        self.count_label.setProperty("role", "hint")

        bar = QHBoxLayout()
        bar.addWidget(plan_label)
        bar.addWidget(self.plan_filter, 2)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.table)
        for first, second in (
            (self.plan_filter, self.search),
            (self.search, self.new_button),
            (self.new_button, self.edit_button),
            (self.edit_button, self.open_button),
            (self.open_button, self.table),
        ):
            self.setTabOrder(first, second)

        self.plan_filter.currentIndexChanged.connect(lambda _i: self._plan_chosen())
        self.search.search.connect(self._search)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self._edit)
        self.open_button.clicked.connect(self._open_selected)
        ctx.workspace_ready.connect(self._fill_plans)
        ctx.data_changed.connect(self._data_changed)
        if ctx.ready:
            self._fill_plans()
        self._update_buttons()

    # -- data -----------------------------------------------------------------------------

    def _fill_plans(self) -> None:
        fill_plan_filter(self.plan_filter, self.ctx.ws)
        self.reload()

    def _plan_chosen(self) -> None:
        # The plan column says nothing when the list shows one plan: give its room to units.
        self.table.setColumnHidden(PLAN_COLUMN, self.current_plan() is not None)
        self.reload()

    def current_plan(self) -> str | None:
        """The plan the list is filtered by (None: all plans)."""
        value = self.plan_filter.currentData()
        return str(value) if value else None

    def report_plan(self) -> str | None:
        """The plan "Lập báo cáo…" proposes from this page: the list's filter."""
        return self.current_plan()

    def show_plan(self, plan_id: str | None) -> None:
        """Filter the list by a plan (from the plans page)."""
        index = self.plan_filter.findData(plan_id) if plan_id else 0
        if index >= 0:
            self.plan_filter.setCurrentIndex(index)

    def reload(self) -> None:
        """Read the list again in the background (the newest request wins)."""
        if not self.ctx.ready:
            return
        from cchc_desktop.store.inspections import list_inspections

        self._stale = False
        self._generation += 1
        generation = self._generation
        plan = self.current_plan()
        self.ctx.read(
            lambda ws: list_inspections(ws, plan=plan),
            lambda rows: self._arrived(generation, rows),
        )

    def _arrived(self, generation: int, rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        selected = self.selected_id()
        header = self.table.horizontalHeader()
        self.model.set_rows(rows)
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.search.text():
            self.model.fetch_all()
        self._update_count()
        if selected:
            self.select(selected)
        elif self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.loaded_once = True
        self._update_buttons()
        self.loaded.emit()

    def _data_changed(self, table: str) -> None:
        if table == "plans":
            if self.ctx.ready:
                self._fill_plans()
        elif table in _WATCHED:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def activate(self) -> None:
        if self._stale and self.ctx.ready:
            self.reload()

    # -- search and selection ---------------------------------------------------------------

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

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
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return str(value) if value else None

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

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)
        self.new_button.setEnabled(self.ctx.ready)

    # -- actions --------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        inspection_id = index.siblingAtColumn(0).data(ID_ROLE)
        if inspection_id:
            self._window().open_inspection(str(inspection_id))

    def _open_selected(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id:
            self._window().open_inspection(inspection_id)

    def _new(self) -> None:
        self._window().new_inspection()

    def _edit(self) -> None:
        from cchc_desktop.gui.dialogs.inspection_dialog import InspectionDialog

        inspection_id = self.selected_id()
        if inspection_id:
            dialog = InspectionDialog(self.ctx, self, inspection_id=inspection_id)
            dialog.open()

    def _window(self) -> Any:
        return self.window()
