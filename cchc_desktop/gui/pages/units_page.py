"""Đơn vị: the tree of inspected units across both eras (districts until 30/6/2025, merged
communes and their service centres after)."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.gui.models.units import UnitsModel
from cchc_desktop.gui.pages.list_page import ListPage
from cchc_desktop.gui.pages.list_parts import SearchField, fit_columns, selected_id, tree_view
from cchc_desktop.gui.theme import set_role


class UnitsPage(ListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        title = QLabel(tr("Đơn vị được kiểm tra"))
        set_role(title, "heading")
        self.search = SearchField(tr("Tìm theo tên, mã, loại đơn vị… (Ctrl+F)"))
        self.add_button = QPushButton(tr("&Thêm đơn vị…"))
        self.add_button.setObjectName("addUnit")
        self.add_child_button = QPushButton(tr("Thêm đơn vị &trực thuộc…"))
        self.add_child_button.setObjectName("addChildUnit")
        self.edit_button = QPushButton(tr("&Sửa…"))
        self.edit_button.setObjectName("editUnit")
        self.model = UnitsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = tree_view("unitsTree", tr("Cây đơn vị"))
        self.tree.setModel(self.proxy)
        fit_columns(self.tree.header(), stretch=0)
        hint = QLabel(
            tr(
                "Từ 01/7/2025 không còn cấp huyện; các xã mới ghi rõ những xã cũ hợp nhất "
                "thành. Hồ sơ năm 2024 vẫn giữ tên đơn vị cũ."
            )
        )
        set_role(hint, "hint")
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.add_child_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.tree)
        order = [self.search, self.add_button, self.add_child_button, self.edit_button, self.tree]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

        self.search.search.connect(self._search)
        self.search.set_results(self.tree)
        self.tree.activated.connect(lambda _index: self.edit_unit())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.add_button.clicked.connect(self.add_unit)
        self.add_child_button.clicked.connect(lambda: self.add_unit(under_selected=True))
        self.edit_button.clicked.connect(self.edit_unit)
        ctx.workspace_ready.connect(self.reload)
        ctx.data_changed.connect(lambda table: self.reload() if table == "units" else None)
        if ctx.ready:
            self.reload()
        self._buttons()

    def reload(self) -> None:
        """Read the top of the tree again; keep the chosen unit chosen."""
        if not self.ctx.ready:
            return
        selected = self.selected_unit()
        self.model.load(self.ctx.ws)
        if self.proxy.query:
            self.model.fetch_all()
            self.tree.expandAll()
        else:
            self.model.fetchMore(self.proxy.mapToSource(self.tree.rootIndex()))
            top = self.proxy.index(0, 0)
            if top.isValid():
                self.tree.expand(top)
        if selected:
            self.select_unit(selected)
        elif not self.tree.currentIndex().isValid() and self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self._buttons()

    def selected_unit(self) -> str | None:
        return selected_id(self.tree)

    def select_unit(self, unit_id: str) -> None:
        source = self.model.index_of_unit(unit_id)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _buttons(self) -> None:
        chosen = self.selected_unit() is not None
        self.edit_button.setEnabled(chosen)
        self.add_child_button.setEnabled(chosen)
        self.add_button.setEnabled(self.ctx.ready)

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.query:
            self.tree.expandAll()
            first = self.proxy.first_match()
            if first.isValid():
                self.tree.setCurrentIndex(first)
        self._buttons()

    def add_unit(self, under_selected: bool = False) -> None:
        from cchc_desktop.gui.dialogs.unit_dialog import UnitDialog

        parent = self.selected_unit() if under_selected else None
        dialog = UnitDialog(self.ctx, self, parent_id=parent)
        dialog.saved.connect(self.select_unit)
        dialog.open()

    def edit_unit(self) -> None:
        from cchc_desktop.gui.dialogs.unit_dialog import UnitDialog

        unit = self.selected_unit()
        if unit:
            UnitDialog(self.ctx, self, unit_id=unit).open()
