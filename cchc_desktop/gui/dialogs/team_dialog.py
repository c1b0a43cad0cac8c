"""Thêm / sửa đoàn kiểm tra (``store.plans.add_team`` / ``update_team``): leader, deputies,
members and secretary, each with a title."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.domain.text import clean, fold
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.dialogs.base import RecordDialog
from cchc_desktop.gui.i18n import tr
from cchc_desktop.gui.pages.list_parts import fill_plan_combo

_TABLE_ROLES = (MemberRole.PHO_DOAN, MemberRole.THANH_VIEN)

Person = tuple[str, str]


class TeamDialog(RecordDialog):
    table = "teams"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        plan_id: str | None = None,
        team_id: str | None = None,
    ) -> None:
        title = tr("Sửa đoàn kiểm tra") if team_id else tr("Thêm đoàn kiểm tra")
        super().__init__(ctx, parent, "team_dialog", title)
        self.team_id = team_id
        f = self.form
        from cchc_desktop.store.plans import get_team

        fill_plan_combo(f.planCombo, ctx.ws)
        header = f.membersTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        f.membersTable.verticalHeader().hide()
        if team_id:
            team = get_team(ctx.ws, team_id)
            plan_id = team["plan_id"]
            f.planCombo.setEnabled(False)
            f.decisionEdit.setText(team["decision"])
            f.teamNameEdit.setText(team["name"])
            for member in team["members"]:
                role = MemberRole(member["role"])
                if role is MemberRole.TRUONG_DOAN:
                    f.leaderNameEdit.setText(member["name"])
                    f.leaderTitleEdit.setText(member["title"])
                    f.leaderTitleEdit.setCursorPosition(0)  # long titles read from the start
                elif role is MemberRole.THU_KY:
                    f.secretaryNameEdit.setText(member["name"])
                    f.secretaryTitleEdit.setText(member["title"])
                    f.secretaryTitleEdit.setCursorPosition(0)
                else:
                    self.add_member(member["name"], member["title"], role)
        if plan_id:
            f.planCombo.setCurrentIndex(max(0, f.planCombo.findData(plan_id)))
        f.addMemberButton.clicked.connect(lambda: self.add_member(edit=True))
        f.removeMemberButton.clicked.connect(self._remove_member)
        self.check(
            f.planCombo,
            f.planError,
            lambda: (
                None if f.planCombo.currentData() else tr("Hãy thêm kế hoạch trước khi lập đoàn.")
            ),
        )
        self.check(
            f.leaderNameEdit,
            f.leaderError,
            lambda: None if f.leaderNameEdit.text().strip() else tr("Hãy nhập họ tên trưởng đoàn."),
        )
        self.check(f.membersTable, f.membersError, self._members_problem)
        self.check(f.secretaryTitleEdit, f.secretaryError, self._secretary_problem)
        for edit in (f.secretaryNameEdit, f.leaderTitleEdit):
            edit.textChanged.connect(lambda _t: self.revalidate())
        self.revalidate()

    # -- the members table ----------------------------------------------------------------

    def add_member(
        self,
        name: str = "",
        title: str = "",
        role: MemberRole = MemberRole.THANH_VIEN,
        *,
        edit: bool = False,
    ) -> int:
        table = self.form.membersTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(name))
        table.setItem(row, 1, QTableWidgetItem(title))
        combo = QComboBox()
        for choice in _TABLE_ROLES:
            combo.addItem(choice.label, choice.value)
        combo.setCurrentIndex(combo.findData(role.value))
        combo.currentIndexChanged.connect(lambda _i: self.revalidate())
        table.setCellWidget(row, 2, combo)
        if edit:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        self.revalidate()
        return row

    def _remove_member(self) -> None:
        row = self.form.membersTable.currentRow()
        if row >= 0:
            self.form.membersTable.removeRow(row)
            self.revalidate()

    def people(self) -> list[tuple[MemberRole, Person]]:
        """Deputies and members as typed in the table (empty rows left out)."""
        table = self.form.membersTable
        found: list[tuple[MemberRole, Person]] = []
        for row in range(table.rowCount()):
            name = clean(table.item(row, 0).text() if table.item(row, 0) else "")
            title = clean(table.item(row, 1).text() if table.item(row, 1) else "")
            combo = table.cellWidget(row, 2)
            role = (
                MemberRole(combo.currentData())
                if isinstance(combo, QComboBox)
                else MemberRole.THANH_VIEN
            )
            if name or title:
                found.append((role, (name, title)))
        return found

    # -- checks ---------------------------------------------------------------------------

    def _members_problem(self) -> str | None:
        f = self.form
        names = [f.leaderNameEdit.text(), f.secretaryNameEdit.text()]
        for _role, (name, title) in self.people():
            if not name:
                return tr("Có người chưa ghi họ tên (chức vụ «{title}»).").replace("{title}", title)
            names.append(name)
        folded = [fold(n) for n in names if n.strip()]
        for name in folded:
            if folded.count(name) > 1:
                return tr("Một người có tên hai lần trong đoàn.")
        return None

    def _secretary_problem(self) -> str | None:
        f = self.form
        if f.secretaryTitleEdit.text().strip() and not f.secretaryNameEdit.text().strip():
            return tr("Hãy nhập họ tên thư ký, hoặc xóa chức vụ nếu đoàn không có thư ký.")
        return None

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> str:
        from cchc_desktop.store.plans import add_team, update_team

        f = self.form
        people = self.people()
        secretary = (f.secretaryNameEdit.text(), f.secretaryTitleEdit.text())
        values = {
            "leader": (f.leaderNameEdit.text(), f.leaderTitleEdit.text()),
            "deputies": [p for role, p in people if role is MemberRole.PHO_DOAN],
            "members": [p for role, p in people if role is MemberRole.THANH_VIEN],
            "secretary": secretary if secretary[0].strip() else None,
            "name": f.teamNameEdit.text(),
            "decision": f.decisionEdit.text(),
        }
        if self.team_id:
            update_team(self.ctx.ws, self.team_id, **values)
            return self.team_id
        return add_team(self.ctx.ws, plan=f.planCombo.currentData(), **values)
