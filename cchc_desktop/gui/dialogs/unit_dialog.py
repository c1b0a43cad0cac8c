"""Thêm / sửa đơn vị (``store.units.add_unit`` / ``update_unit``): kind, parent chosen from
the tree, official code, validity dates and the units it was merged from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cchc_desktop.domain.units import UnitKind
from cchc_desktop.errors import UserError
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.dialogs.base import RecordDialog
from cchc_desktop.gui.dialogs.fields import date_field, date_problem, iso_or_none, read_date
from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.gui.i18n import tr


class UnitDialog(RecordDialog):
    table = "units"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        unit_id: str | None = None,
        parent_id: str | None = None,
    ) -> None:
        title = tr("Sửa đơn vị") if unit_id else tr("Thêm đơn vị")
        super().__init__(ctx, parent, "unit_dialog", title)
        self.unit_id = unit_id
        self.parent_id: str | None = None
        f = self.form
        for kind in UnitKind:
            f.kindCombo.addItem(kind.label, kind.value)
        date_field(f.validFromEdit)
        date_field(f.validToEdit)
        if unit_id:
            from cchc_desktop.store.units import get_unit, unit_names

            unit = get_unit(ctx.ws, unit_id)
            f.nameEdit.setText(unit["name"])
            f.kindCombo.setCurrentIndex(f.kindCombo.findData(unit["kind"]))
            f.codeEdit.setText(unit["code"] or "")
            date_field(f.validFromEdit, unit["valid_from"])
            date_field(f.validToEdit, unit["valid_to"])
            f.addressEdit.setText(unit["address"])
            self._set_parent(unit["parent_id"], unit["parent_name"])
            names = unit_names(ctx.ws, unit["merged_from"])
            for merged in unit["merged_from"]:
                self._add_merged(merged, names.get(merged, merged))
        else:
            f.kindCombo.setCurrentIndex(f.kindCombo.findData(UnitKind.XA.value))
            if parent_id:
                from cchc_desktop.store.units import get_unit

                self._set_parent(parent_id, get_unit(ctx.ws, parent_id)["name"])
            else:
                self._set_parent(None, None)
        f.parentButton.clicked.connect(self._choose_parent)
        f.clearParentButton.clicked.connect(lambda: self._set_parent(None, None))
        f.addMergedButton.clicked.connect(self._choose_merged)
        f.removeMergedButton.clicked.connect(self._remove_merged)
        self.check(
            f.nameEdit,
            f.nameError,
            lambda: None if f.nameEdit.text().strip() else tr("Tên đơn vị không được để trống."),
        )
        self.check(f.codeEdit, f.codeError, self._code_problem)
        self.check(
            f.validFromEdit,
            f.validFromError,
            lambda: date_problem(f.validFromEdit, required=False, what=tr("ngày bắt đầu hiệu lực")),
        )
        self.check(f.validToEdit, f.validToError, self._end_problem)
        self.revalidate()

    # -- parent and predecessors ------------------------------------------------------------

    def _set_parent(self, unit_id: str | None, name: str | None) -> None:
        self.parent_id = unit_id
        self.form.parentValue.setText(name or tr("(không trực thuộc đơn vị nào)"))
        self.form.clearParentButton.setEnabled(unit_id is not None)

    def _choose_parent(self) -> None:
        picker = UnitPicker(self.ctx, self, tr("Chọn đơn vị cấp trên"))
        picker.chosen.connect(self._set_parent)
        picker.open()

    def _choose_merged(self) -> None:
        picker = UnitPicker(self.ctx, self, tr("Chọn đơn vị cũ hợp nhất vào đơn vị này"))
        picker.chosen.connect(self._add_merged)
        picker.open()

    def _add_merged(self, unit_id: str, name: str) -> None:
        if unit_id in self.merged_ids():
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, unit_id)
        self.form.mergedList.addItem(item)

    def _remove_merged(self) -> None:
        row = self.form.mergedList.currentRow()
        if row >= 0:
            self.form.mergedList.takeItem(row)

    def merged_ids(self) -> list[str]:
        merged = self.form.mergedList
        return [merged.item(i).data(Qt.ItemDataRole.UserRole) for i in range(merged.count())]

    # -- checks ---------------------------------------------------------------------------

    def _code_problem(self) -> str | None:
        from cchc_desktop.store.units import refuse_taken_code

        code = self.form.codeEdit.text().strip()
        if not code or not self.ctx.ready:
            return None
        try:
            refuse_taken_code(self.ctx.ws, code, self.unit_id)
        except UserError as taken:
            return taken.message
        return None

    def _end_problem(self) -> str | None:
        f = self.form
        problem = date_problem(f.validToEdit, required=False, what=tr("ngày hết hiệu lực"))
        if problem:
            return problem
        start, end = read_date(f.validFromEdit), read_date(f.validToEdit)
        if start and end and end < start:
            return tr("Ngày hết hiệu lực đứng trước ngày bắt đầu hiệu lực.")
        return None

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> str:
        from cchc_desktop.store.units import add_unit, update_unit

        f = self.form
        values = {
            "name": f.nameEdit.text(),
            "kind": f.kindCombo.currentData(),
            "code": f.codeEdit.text().strip() or None,
            "valid_from": iso_or_none(f.validFromEdit),
            "valid_to": iso_or_none(f.validToEdit),
            "merged_from": self.merged_ids(),
            "address": f.addressEdit.text(),
        }
        if self.unit_id:
            update_unit(self.ctx.ws, self.unit_id, parent_id=self.parent_id, **values)
            return self.unit_id
        return add_unit(self.ctx.ws, parent=self.parent_id, **values)
