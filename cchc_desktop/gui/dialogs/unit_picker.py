"""Choosing a unit from the tree, with the same diacritic-free search as the units page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.models.rows import ID_ROLE
from cchc_desktop.gui.models.search import SearchProxy
from cchc_desktop.gui.models.units import UnitsModel
from cchc_desktop.gui.pages.list_parts import SearchField, fit_columns, tree_view
from cchc_desktop.gui.theme import set_role


class UnitPicker(QDialog):
    """Emits ``chosen(unit_id, name)`` when the user picks a unit (Enter, double-click, OK)."""

    chosen = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("unitPicker")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.search = SearchField(tr("Gõ tên đơn vị, không cần dấu: loc binh…"))
        self.model = UnitsModel(self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = tree_view("unitPickerTree", tr("Cây đơn vị"))
        self.tree.setModel(self.proxy)
        for column in (3, 4):
            self.tree.setColumnHidden(column, True)
        fit_columns(self.tree.header(), stretch=0)
        self.model.load(ctx.ws)
        self.model.fetchMore(self.proxy.mapToSource(self.tree.rootIndex()))
        if self.proxy.rowCount():
            self.tree.expand(self.proxy.index(0, 0))
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Chọn"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(tr("Mũi tên lên/xuống để chọn, mũi tên phải để mở nhánh, Enter để chọn."))
        set_role(hint, "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.search.search.connect(self._search)
        self.search.set_results(self.tree, enter=False)  # Enter there chooses
        self.tree.activated.connect(lambda _index: self.accept())
        self.setTabOrder(self.search, self.tree)
        self.search.setFocus()

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.query:
            self.tree.expandAll()
        first = self.proxy.first_match()
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def accept(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        unit_id = index.siblingAtColumn(0).data(ID_ROLE)
        self.chosen.emit(str(unit_id), str(index.siblingAtColumn(0).data()))
        super().accept()
