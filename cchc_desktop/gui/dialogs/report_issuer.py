"""The report dialog's "who issues it" rows: the issuing body (the plan's issuer by default, the
user's organisation, the inspection team, or any body typed in), its chủ quản, the number, and
the signer the settings name — shown as the báo cáo will print them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.i18n import tr
from cchc_desktop.reports.issuing import IssuerChoice, Issuing, issuer_choices, issuing


class IssuerFields(QObject):
    """Drives the form's issuerCombo, parentBodyEdit, numberEdit, symbolValue, signerValue."""

    def __init__(self, ctx: AppContext, form: Any) -> None:
        super().__init__(form.widget)
        self.ctx = ctx
        self.form = form
        self.choices: list[IssuerChoice] = []
        form.issuerCombo.activated.connect(self._chosen)
        form.issuerCombo.editTextChanged.connect(lambda _t: self._show())
        form.parentBodyEdit.textEdited.connect(lambda _t: self._show())
        form.numberEdit.textEdited.connect(lambda _t: self._show())
        ctx.settings_changed.connect(self._show)

    def set_plan(self, plan_id: str | None) -> None:
        """Offer the bodies that may issue the report of ``plan_id`` (None: every plan)."""
        from cchc_desktop.reports.data import covered_plans

        plans = covered_plans(self.ctx.ws, plan_id) if self.ctx.ready else []
        self.choices = issuer_choices(plans, self.ctx.settings)
        combo = self.form.issuerCombo
        combo.blockSignals(True)
        combo.clear()
        for choice in self.choices:
            combo.addItem(choice.label)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self._chosen(0)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            self.form.parentBodyEdit.setText(self.choices[index].parent_body)
        self._show()

    def choice(self) -> IssuerChoice:
        """The body as chosen or typed, with the chủ quản as the field says."""
        body = self.form.issuerCombo.currentText().strip()
        parent = self.form.parentBodyEdit.text().strip()
        known = next((c for c in self.choices if c.body == body), None)
        symbol = known.symbol if known is not None else ""
        return IssuerChoice(body, body, parent, symbol)

    def issuing(self) -> Issuing:
        """The header and signature the report will carry."""
        return issuing(self.choice(), self.ctx.settings, number=self.form.numberEdit.text())

    def problem(self) -> str:
        """What stops the report from being issued, or "" (a body is needed)."""
        if not self.form.issuerCombo.currentText().strip():
            return tr("Hãy chọn hoặc ghi cơ quan ban hành báo cáo.")
        return ""

    def _show(self) -> None:
        if not self.choices and not self.form.issuerCombo.currentText():
            return
        chosen = self.issuing()
        self.form.symbolValue.setText("/" + chosen.doc_number.split("/", 1)[1])
        lines = [line for line in chosen.signer_heading.split("\n") if line]
        name = chosen.signer_name or tr("(chưa có họ tên — ghi ở Cài đặt ▸ Người ký báo cáo)")
        self.form.signerValue.setText(" – ".join([*lines, name]))
