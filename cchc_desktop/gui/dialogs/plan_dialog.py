"""Thêm / sửa kế hoạch kiểm tra (``store.plans.add_plan`` / ``update_plan``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.dialogs.base import RecordDialog
from cchc_desktop.gui.dialogs.fields import date_field, date_problem, iso_or_none, required
from cchc_desktop.gui.i18n import tr


class PlanDialog(RecordDialog):
    table = "plans"

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, plan_id: str | None = None
    ) -> None:
        title = tr("Sửa kế hoạch kiểm tra") if plan_id else tr("Thêm kế hoạch kiểm tra")
        super().__init__(ctx, parent, "plan_dialog", title)
        self.plan_id = plan_id
        f = self.form
        date_field(f.dateEdit)
        if plan_id:
            from cchc_desktop.store.plans import get_plan

            plan = get_plan(ctx.ws, plan_id)
            f.numberEdit.setText(plan["number"])
            date_field(f.dateEdit, plan["date"])
            f.issuerEdit.setText(plan["issuer"])
            f.parentBodyEdit.setText(plan["parent_body"])
            f.titleEdit.setText(plan["title"])
            f.basisEdit.setPlainText(plan["basis"])
        self.check(
            f.numberEdit,
            f.numberError,
            lambda: required(f.numberEdit, tr("Hãy nhập số kế hoạch, ví dụ 80/KH-BCĐCCHC.")),
        )
        self.check(
            f.dateEdit,
            f.dateError,
            lambda: date_problem(f.dateEdit, required=True, what=tr("ngày ban hành")),
        )
        self.check(
            f.issuerEdit,
            f.issuerError,
            lambda: required(f.issuerEdit, tr("Hãy nhập cơ quan ban hành kế hoạch.")),
        )
        self.check(
            f.titleEdit,
            f.titleError,
            lambda: required(f.titleEdit, tr("Hãy nhập tên kế hoạch.")),
        )
        self.revalidate()

    def save(self) -> str:
        from cchc_desktop.store.plans import add_plan, update_plan

        f = self.form
        values = {
            "number": f.numberEdit.text(),
            "date": iso_or_none(f.dateEdit) or "",
            "issuer": f.issuerEdit.text(),
            "parent_body": f.parentBodyEdit.text(),
            "title": f.titleEdit.text(),
            "basis": f.basisEdit.toPlainText(),
        }
        if self.plan_id:
            update_plan(self.ctx.ws, self.plan_id, **values)
            return self.plan_id
        return add_plan(self.ctx.ws, **values)
