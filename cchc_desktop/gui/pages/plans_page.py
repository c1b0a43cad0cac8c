"""Kế hoạch: the inspection plans and, under the chosen plan, its teams."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.plans import ISSUER_COLUMN, TITLE_COLUMN, PlansModel, TeamsModel
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.gui.pages.list_page import ListPage
from cchc_desktop.gui.pages.list_parts import (
    ColumnFitter,
    SearchField,
    fit_columns,
    selected_id,
    table_view,
)
from cchc_desktop.gui.theme import set_role


class PlansPage(ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(tr("Kế hoạch kiểm tra"))
        set_role(title, "heading")
        upper = self._build_plans()
        lower = self._build_teams()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self._set_tab_order()
        self._connect()
        ctx.workspace_ready.connect(self.reload)
        ctx.data_changed.connect(self._data_changed)
        if ctx.ready:
            self.reload()
        self._buttons()

    def _build_plans(self) -> QWidget:
        """The plans: search, their buttons, the table."""
        self.search = SearchField(tr("Tìm theo số, tên kế hoạch, cơ quan ban hành… (Ctrl+F)"))
        self.add_button = QPushButton(tr("&Thêm kế hoạch…"))
        self.add_button.setObjectName("addPlan")
        self.edit_button = QPushButton(tr("&Sửa kế hoạch…"))
        self.edit_button.setObjectName("editPlan")
        self.show_button = QPushButton(tr("&Xem các cuộc kiểm tra"))
        self.show_button.setObjectName("showInspections")
        self.report_button = QPushButton(tr("Lập &báo cáo…"))
        self.report_button.setObjectName("makeReport")
        self.report_button.setToolTip(
            tr("Báo cáo kết quả kiểm tra của kế hoạch đang chọn (Ctrl+R)")
        )
        self.print_button = QPushButton(tr("&In biên bản…"))
        self.print_button.setObjectName("printMinutes")
        self.print_button.setToolTip(
            tr(
                "In các biên bản của kế hoạch đang chọn trong một lần in, hoặc xuất bản gộp PDF (Ctrl+P)"
            )
        )
        self.model = PlansModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view("plansTable", tr("Danh sách kế hoạch"))
        self.table.setModel(self.proxy)
        # The title takes most of the free width, the issuer the rest; number, date and count
        # keep their content's width (a title too long ends in "…", whole in the tooltip).
        self.fitter = ColumnFitter(self.table, self.model, {TITLE_COLUMN: 3, ISSUER_COLUMN: 2})

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.show_button)
        bar.addWidget(self.report_button)
        bar.addWidget(self.print_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.table)
        return upper

    def _build_teams(self) -> QWidget:
        """The inspection teams of the plan chosen, and their buttons."""
        teams_title = QLabel(tr("Đoàn kiểm tra của kế hoạch đang chọn"))
        set_role(teams_title, "subheading")
        self.add_team_button = QPushButton(tr("Thêm đ&oàn…"))
        self.add_team_button.setObjectName("addTeam")
        self.edit_team_button = QPushButton(tr("Sửa đo&àn…"))
        self.edit_team_button.setObjectName("editTeam")
        self.teams = TeamsModel(self)
        self.teams_table = table_view("teamsTable", tr("Đoàn kiểm tra"))
        self.teams_table.setModel(self.teams)
        self.teams_table.setSortingEnabled(False)
        fit_columns(self.teams_table.horizontalHeader(), stretch=1)

        team_bar = QHBoxLayout()
        team_bar.addWidget(teams_title, 1)
        team_bar.addWidget(self.add_team_button)
        team_bar.addWidget(self.edit_team_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(team_bar)
        lower_layout.addWidget(self.teams_table)
        return lower

    def _set_tab_order(self) -> None:
        order = [
            self.search,
            self.add_button,
            self.edit_button,
            self.show_button,
            self.report_button,
            self.print_button,
            self.table,
            self.add_team_button,
            self.edit_team_button,
            self.teams_table,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.search.search.connect(self._search)
        self.search.set_results(self.table)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._plan_changed())
        self.table.activated.connect(lambda _index: self.show_inspections())
        self.teams_table.activated.connect(lambda _index: self.edit_team())
        self.teams_table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.add_button.clicked.connect(self.add_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.show_button.clicked.connect(self.show_inspections)
        self.report_button.clicked.connect(self.make_report)
        self.print_button.clicked.connect(self.print_minutes)
        self.add_team_button.clicked.connect(self.add_team)
        self.edit_team_button.clicked.connect(self.edit_team)

    def reload(self) -> None:
        """Plans are few: read on the GUI thread (one query with their inspection counts)."""
        from cchc_desktop.store.plans import list_plans

        if not self.ctx.ready:
            return
        selected = self.selected_plan()
        self.model.set_rows(list_plans(self.ctx.ws))
        row = self.model.row_of(selected) if selected else (0 if self.model.total() else None)
        if row is not None:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._plan_changed()

    def _data_changed(self, table: str) -> None:
        if table in ("plans", "inspections"):
            self.reload()
        elif table == "teams":
            self._plan_changed()

    def _plan_changed(self) -> None:
        from cchc_desktop.store.plans import list_teams

        plan = self.selected_plan()
        self.teams.set_rows(list_teams(self.ctx.ws, plan) if plan and self.ctx.ready else [])
        self._buttons()

    def _buttons(self) -> None:
        plan = self.selected_plan() is not None
        for button in (
            self.edit_button,
            self.show_button,
            self.report_button,
            self.print_button,
            self.add_team_button,
        ):
            button.setEnabled(plan)
        self.edit_team_button.setEnabled(selected_id(self.teams_table) is not None)
        self.add_button.setEnabled(self.ctx.ready)

    def selected_plan(self) -> str | None:
        return selected_id(self.table)

    def report_plan(self) -> str | None:
        """The plan "Lập báo cáo…" proposes from this page: the chosen one."""
        return self.selected_plan()

    def select_plan(self, plan_id: str) -> None:
        row = self.model.row_of(plan_id)
        if row is not None:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self._plan_changed()

    # -- actions --------------------------------------------------------------------------

    def add_plan(self) -> None:
        from cchc_desktop.gui.dialogs.plan_dialog import PlanDialog

        dialog = PlanDialog(self.ctx, self)
        dialog.saved.connect(self.select_plan)
        dialog.open()

    def edit_plan(self) -> None:
        from cchc_desktop.gui.dialogs.plan_dialog import PlanDialog

        plan = self.selected_plan()
        if plan:
            PlanDialog(self.ctx, self, plan_id=plan).open()

    def add_team(self) -> None:
        from cchc_desktop.gui.dialogs.team_dialog import TeamDialog

        TeamDialog(self.ctx, self, plan_id=self.selected_plan()).open()

    def edit_team(self) -> None:
        from cchc_desktop.gui.dialogs.team_dialog import TeamDialog

        team = selected_id(self.teams_table)
        if team:
            TeamDialog(self.ctx, self, team_id=team).open()

    def make_report(self) -> None:
        """The consolidated report of the chosen plan (PDF Mẫu 1.4 or XLSX)."""
        window: Any = self.window()
        window.make_report(self.selected_plan())

    def print_minutes(self) -> None:
        """The chosen plan's biên bản, printed together or exported as one copy."""
        window: Any = self.window()
        window.print_minutes(self.selected_plan())

    def show_inspections(self) -> None:
        plan = self.selected_plan()
        window: Any = self.window()
        listing = window.show_page("inspections")
        listing.show_plan(plan)
        listing.table.setFocus()
