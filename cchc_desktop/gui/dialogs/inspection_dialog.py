"""Thêm / sửa cuộc kiểm tra (``store.inspections.new_inspection`` / ``update_inspection``):
plan, unit, date, team, checklist template (by default the one of the date's era), place."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.dialogs.base import RecordDialog
from cchc_desktop.gui.dialogs.fields import date_field, date_problem, read_date
from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.pages.list_parts import fill_plan_combo

_BY_DATE = "__by_date__"


class InspectionDialog(RecordDialog):
    table = "inspections"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        plan_id: str | None = None,
        inspection_id: str | None = None,
    ) -> None:
        title = tr("Sửa cuộc kiểm tra") if inspection_id else tr("Cuộc kiểm tra mới")
        super().__init__(ctx, parent, "inspection_dialog", title)
        self.inspection_id = inspection_id
        self.unit_id: str | None = None
        self.unit_name = ""
        f = self.form
        from cchc_desktop.store.templates import list_templates

        fill_plan_combo(f.planCombo, ctx.ws)
        self._templates = {t["id"]: t for t in list_templates(ctx.ws)}
        f.templateCombo.addItem(tr("Theo ngày kiểm tra (tự chọn)"), _BY_DATE)
        for template in self._templates.values():
            f.templateCombo.addItem(f"{template['title']} (v{template['version']})", template["id"])
        date_field(f.dateEdit)
        f.templateHint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        team_id = None
        if inspection_id:
            from cchc_desktop.store.inspections import find_inspection

            row = find_inspection(ctx.ws, inspection_id)
            assert row is not None
            plan_id, team_id = row["plan_id"], row["team_id"]
            date_field(f.dateEdit, row["date"])
            f.placeEdit.setText(row["place"])
            f.templateCombo.setCurrentIndex(f.templateCombo.findData(row["template_id"]))
            self._set_unit_from(row["unit_id"])
            for fixed in (f.planCombo, f.unitButton, f.templateCombo):
                fixed.setEnabled(False)
            f.templateHint.setText(
                tr("Kế hoạch, đơn vị và bảng kiểm của cuộc kiểm tra đã tạo không đổi được.")
            )
        else:
            self._show_unit()
        if plan_id:
            f.planCombo.setCurrentIndex(max(0, f.planCombo.findData(plan_id)))
        self._fill_teams(team_id)
        f.planCombo.currentIndexChanged.connect(lambda _i: self._fill_teams(None))
        f.unitButton.clicked.connect(self._choose_unit)
        f.dateEdit.textChanged.connect(lambda _t: self._show_template())
        f.templateCombo.currentIndexChanged.connect(lambda _i: self._show_template())
        self.check(
            f.planCombo,
            f.planError,
            lambda: (
                None
                if f.planCombo.currentData()
                else tr("Hãy thêm kế hoạch trước (trang Kế hoạch).")
            ),
        )
        self.check(
            f.unitButton,
            f.unitError,
            lambda: None if self.unit_id else tr("Hãy chọn đơn vị được kiểm tra."),
        )
        self.check(
            f.dateEdit,
            f.dateError,
            lambda: date_problem(f.dateEdit, required=True, what=tr("ngày kiểm tra")),
        )
        self._show_template()
        self.revalidate()

    # -- unit, team, template ---------------------------------------------------------------

    def _set_unit_from(self, unit_id: str) -> None:
        from cchc_desktop.store.units import get_unit

        self.set_unit(unit_id, get_unit(self.ctx.ws, unit_id)["name"])

    def set_unit(self, unit_id: str, name: str) -> None:
        """The inspected unit (as the unit picker gives it)."""
        self.unit_id, self.unit_name = unit_id, name
        self._show_unit()
        for field in self._fields:
            if field.widget is self.form.unitButton:
                field.touched = True
        self.revalidate()

    def _show_unit(self) -> None:
        self.form.unitValue.setText(self.unit_name or tr("(chưa chọn)"))

    def _choose_unit(self) -> None:
        picker = UnitPicker(self.ctx, self, tr("Chọn đơn vị được kiểm tra"))
        picker.chosen.connect(self.set_unit)
        picker.open()

    def _fill_teams(self, team_id: str | None) -> None:
        from cchc_desktop.store.plans import list_teams

        combo = self.form.teamCombo
        combo.clear()
        combo.addItem(tr("(chưa chọn đoàn)"), None)
        plan = self.form.planCombo.currentData()
        if plan:
            for team in list_teams(self.ctx.ws, plan):
                leader = next((m for m in team["members"] if m["role"] == "truong_doan"), None)
                text = (
                    tr("Trưởng đoàn {name}").replace("{name}", leader["name"])
                    if leader
                    else team["name"]
                )
                combo.addItem(text, team["id"])
        index = combo.findData(team_id) if team_id else (1 if combo.count() == 2 else 0)
        combo.setCurrentIndex(max(0, index))

    def template_key(self) -> str | None:
        """The template chosen, or (by date) the one of the date's era; None without a date."""
        chosen = self.form.templateCombo.currentData()
        if chosen != _BY_DATE:
            return str(chosen)
        date = read_date(self.form.dateEdit)
        if date is None:
            return None
        from cchc_desktop.store.inspections import default_template_key

        return default_template_key(date)

    def _show_template(self) -> None:
        if self.inspection_id:
            return
        f = self.form
        if f.templateCombo.currentData() != _BY_DATE:
            f.templateHint.setText("")
            return
        key = self.template_key()
        if key is None:
            f.templateHint.setText(tr("Nhập ngày kiểm tra để chọn bảng kiểm theo quy định lúc đó."))
            return
        title = next((t["title"] for t in self._templates.values() if t["key"] == key), key)
        f.templateHint.setText(tr("Sẽ dùng: {title}").replace("{title}", title))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> str:
        from cchc_desktop.store.inspections import new_inspection, update_inspection

        f = self.form
        date = read_date(f.dateEdit)
        assert date is not None and self.unit_id is not None
        place = f.placeEdit.text().strip()
        team = f.teamCombo.currentData()
        if self.inspection_id:
            update_inspection(
                self.ctx.ws,
                self.inspection_id,
                date=date.isoformat(),
                team_id=team or "",
                place=place or self.unit_name,
            )
            return self.inspection_id
        return new_inspection(
            self.ctx.ws,
            plan=f.planCombo.currentData(),
            unit=self.unit_id,
            date=date.isoformat(),
            team=team,
            template=self.template_key(),
            place=place or None,
        )
