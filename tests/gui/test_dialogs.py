"""Creating and editing plans, units, teams and inspections through the real dialogs: checks
as the user types, stored through the core, refusals shown without closing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.dialogs.inspection_dialog import InspectionDialog
from cchc_desktop.gui.dialogs.plan_dialog import PlanDialog
from cchc_desktop.gui.dialogs.team_dialog import TeamDialog
from cchc_desktop.gui.dialogs.unit_dialog import UnitDialog
from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.gui.main_window import MainWindow
from cchc_desktop.store import records
from tests.gui.helpers import OpenWindow


def _one(window: MainWindow, sql: str, *params: object) -> tuple:  # type: ignore[type-arg]
    row = window.ctx.ws.db.execute(sql, list(params)).fetchone()
    assert row is not None, sql
    return tuple(row)


def test_new_plan_checks_as_you_type_and_is_stored(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = window.show_page("plans")
    page.add_button.click()
    dialog = window.findChild(PlanDialog)
    assert dialog is not None and dialog.isVisible()
    f = dialog.form
    assert not dialog.save_button.isEnabled()
    assert not f.numberError.isVisible()  # nothing shouted before the user types

    qtbot.keyClicks(f.dateEdit, "31/02/2025")
    assert f.dateError.isVisible()
    assert f.dateError.text().startswith("Ngày ban hành không hợp lệ")
    f.dateEdit.clear()
    qtbot.keyClicks(f.dateEdit, "05/01/2025")
    assert not f.dateError.isVisible()
    f.numberEdit.insert("12/KH-BCĐCCHC")
    f.numberEdit.clear()
    assert f.numberError.text() == "Hãy nhập số kế hoạch, ví dụ 80/KH-BCĐCCHC."
    f.numberEdit.insert("12/KH-BCĐCCHC")
    f.issuerEdit.insert("Ban Chỉ đạo cải cách hành chính tỉnh Lạng Sơn")
    assert not dialog.save_button.isEnabled()  # the title is still missing
    f.titleEdit.insert("Kiểm tra công tác cải cách hành chính năm 2025")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    (date,) = _one(window, "SELECT date FROM plans WHERE number = ?", "12/KH-BCĐCCHC")
    assert date == "2025-01-05"
    assert "12/KH-BCĐCCHC" in [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert page.selected_plan() == dialog.record_id


def test_core_refusal_is_shown_and_the_dialog_stays(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    dialog = PlanDialog(window.ctx, window)
    dialog.open()
    f = dialog.form
    f.numberEdit.insert("80/KH-BCĐCCHC")
    f.dateEdit.insert("29/05/2024")
    f.issuerEdit.insert("BCĐ")
    f.titleEdit.insert("Trùng số")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.problem.isVisible() and "đã có" in dialog.problem.text()
    assert _one(window, "SELECT count(*) FROM plans")[0] == 2


def test_edit_plan(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = window.show_page("plans")
    plan_id = page.model.row(1)["id"]
    page.select_plan(plan_id)
    page.edit_button.click()
    dialog = window.findChild(PlanDialog)
    assert dialog.form.dateEdit.text() == "29/05/2024"
    dialog.form.titleEdit.selectAll()
    dialog.form.titleEdit.insert("Kiểm tra CCHC năm 2024 (đã sửa)")
    dialog.save_button.click()
    assert _one(window, "SELECT title, rev FROM plans WHERE id = ?", plan_id) == (
        "Kiểm tra CCHC năm 2024 (đã sửa)",
        2,
    )
    assert page.proxy.index(1, 2).data() == "Kiểm tra CCHC năm 2024 (đã sửa)"


def _pick(qtbot: QtBot, parent: object, text: str, expected: str) -> None:
    """Choose a unit in the open unit picker by typing part of its name and pressing Enter."""
    picker = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, UnitPicker) and w.isVisible()
    )
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: picker.proxy.query == text)
    assert picker.tree.currentIndex().data() == expected
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    assert not picker.isVisible()


def test_new_unit_with_parent_and_predecessors(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = window.show_page("units")
    page.add_button.click()
    dialog = window.findChild(UnitDialog)
    f = dialog.form
    f.nameEdit.insert("Xã Tú Đoạn")
    f.nameEdit.clear()
    assert f.nameError.text() == "Tên đơn vị không được để trống."
    f.nameEdit.insert("Xã Tú Đoạn")
    f.codeEdit.insert("188")  # Huyện Lộc Bình's code
    assert f.codeError.text() == "Mã 188 đã dùng cho đơn vị Huyện Lộc Bình."
    assert not dialog.save_button.isEnabled()
    f.codeEdit.clear()
    f.codeEdit.insert("06205")
    qtbot.keyClicks(f.validFromEdit, "01/07/2025")
    qtbot.keyClicks(f.validToEdit, "30/06/2025")
    assert f.validToError.text() == "Ngày hết hiệu lực đứng trước ngày bắt đầu hiệu lực."
    f.validToEdit.clear()
    f.parentButton.click()
    _pick(qtbot, dialog, "tinh lang", "Tỉnh Lạng Sơn")
    assert f.parentValue.text() == "Tỉnh Lạng Sơn"
    f.addMergedButton.click()
    _pick(qtbot, dialog, "khanh xuan", "Xã Khánh Xuân")
    assert dialog.merged_ids()
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()

    name, kind, code, parent, valid_from, merged = _one(
        window,
        "SELECT u.name, u.kind, u.code, p.name, u.valid_from, u.merged_from FROM units u"
        " JOIN units p ON p.id = u.parent_id WHERE u.code = '06205'",
    )
    assert (name, kind, code, parent, valid_from) == (
        "Xã Tú Đoạn",
        "xa",
        "06205",
        "Tỉnh Lạng Sơn",
        "2025-07-01",
    )
    khanh_xuan = _one(window, "SELECT id FROM units WHERE name = 'Xã Khánh Xuân'")[0]
    assert khanh_xuan in merged
    assert page.selected_unit() == dialog.record_id


def test_edit_unit_refuses_a_loop(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    province = _one(window, "SELECT id FROM units WHERE code = '20'")[0]
    dialog = UnitDialog(window.ctx, window, unit_id=province)
    dialog.open()
    assert dialog.form.nameEdit.text() == "Tỉnh Lạng Sơn"
    dialog.form.parentButton.click()
    _pick(qtbot, dialog, "dong kinh", "Phường Đông Kinh")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "cấp dưới" in dialog.problem.text()
    assert records.get(window.ctx.ws, "units", province)["parent_id"] is None  # type: ignore[index]


def test_new_and_edited_team(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = window.show_page("plans")
    plan_id = page.model.row(0)["id"]  # 45/KH-UBND
    page.select_plan(plan_id)
    page.add_team_button.click()
    dialog = window.findChild(TeamDialog)
    f = dialog.form
    assert f.planCombo.currentData() == plan_id
    assert not dialog.save_button.isEnabled()
    f.secretaryTitleEdit.insert("Chuyên viên")
    assert f.secretaryError.text().startswith("Hãy nhập họ tên thư ký")
    f.leaderNameEdit.insert("Phạm Thị Dung")
    f.leaderTitleEdit.insert("Phó Giám đốc Sở Nội vụ")
    f.secretaryNameEdit.insert("Vũ Văn Em")
    row = dialog.add_member("Đỗ Văn Giang", "Trưởng phòng")
    f.membersTable.cellWidget(row, 2).setCurrentIndex(0)  # Phó trưởng đoàn
    dialog.add_member("", "Chuyên viên")
    assert f.membersError.text() == "Có người chưa ghi họ tên (chức vụ «Chuyên viên»)."
    f.membersTable.item(1, 0).setText("Phạm Thị Dung")
    assert f.membersError.text() == "Một người có tên hai lần trong đoàn."
    f.membersTable.item(1, 0).setText("Lý Thị Hoa")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    team_id = dialog.record_id
    members = window.ctx.ws.db.execute(
        "SELECT name, title, role FROM team_members WHERE team_id = ? AND deleted = 0"
        " ORDER BY position",
        [team_id],
    ).fetchall()
    assert [tuple(m) for m in members] == [
        ("Phạm Thị Dung", "Phó Giám đốc Sở Nội vụ", "truong_doan"),
        ("Đỗ Văn Giang", "Trưởng phòng", "pho_doan"),
        ("Lý Thị Hoa", "Chuyên viên", "thanh_vien"),
        ("Vũ Văn Em", "Chuyên viên", "thu_ky"),
    ]
    assert page.teams.total() == 2

    edit = TeamDialog(window.ctx, window, team_id=team_id)
    edit.open()
    assert not edit.form.planCombo.isEnabled()
    assert edit.form.membersTable.rowCount() == 2
    edit.form.membersTable.setCurrentCell(1, 0)
    edit.form.removeMemberButton.click()
    edit.form.decisionEdit.insert("Quyết định số 07/QĐ-UBND")
    edit.save_button.click()
    names = [
        r[0]
        for r in window.ctx.ws.db.execute(
            "SELECT name FROM team_members WHERE team_id = ? AND deleted = 0", [team_id]
        )
    ]
    assert "Lý Thị Hoa" not in names and len(names) == 3
    assert (
        _one(window, "SELECT decision FROM teams WHERE id = ?", team_id)[0]
        == "Quyết định số 07/QĐ-UBND"
    )


def test_new_inspection_by_keyboard_opens_it(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(InspectionDialog)
    assert dialog is not None and dialog.isVisible()
    f = dialog.form
    assert not dialog.save_button.isEnabled()
    f.planCombo.setCurrentIndex(f.planCombo.findText("45/KH-UBND", Qt.MatchFlag.MatchStartsWith))
    assert f.teamCombo.currentText() == "Trưởng đoàn Nguyễn Văn An"  # the plan's only team
    f.unitButton.click()
    _pick(qtbot, dialog, "dong kinh", "Phường Đông Kinh")
    qtbot.keyClicks(f.dateEdit, "99/99/2026")
    assert f.dateError.text().startswith("Ngày kiểm tra không hợp lệ")
    f.dateEdit.clear()
    qtbot.keyClicks(f.dateEdit, "15/12/2026")
    today = "Sẽ dùng: Bảng kiểm công tác cải cách hành chính tại UBND và Trung tâm Phục vụ hành chính công cấp xã"
    assert f.templateHint.text() == today
    # The template follows the era of the date: before 1/7/2025, the one-stop shop checklist.
    f.dateEdit.selectAll()
    qtbot.keyClicks(f.dateEdit, "15/12/2024")
    assert "NĐ 61/2018" in f.templateHint.text()
    f.dateEdit.selectAll()
    qtbot.keyClicks(f.dateEdit, "15/12/2026")
    assert f.templateHint.text() == today
    qtbot.keyClick(f.placeEdit, Qt.Key.Key_Return)  # Enter saves, as in any dialog

    inspection_id = dialog.record_id
    assert window.current_key == "inspection"
    assert window.pages["inspection"].inspection_id == inspection_id
    date, place, key = _one(
        window,
        "SELECT i.date, i.place, t.key FROM inspections i JOIN templates t ON t.id = i.template_id"
        " WHERE i.id = ?",
        inspection_id,
    )
    assert (date, place, key) == ("2026-12-15", "Phường Đông Kinh", "ttpvhcc-xa")
    listing = window.pages["inspections"]
    qtbot.waitUntil(lambda: listing.model.row_of(inspection_id) is not None)


def test_edit_inspection(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    listing = window.pages["inspections"]
    inspection_id = listing.model.row(0)["id"]
    listing.select(inspection_id)
    listing.edit_button.click()
    dialog = window.findChild(InspectionDialog)
    f = dialog.form
    assert not f.planCombo.isEnabled() and not f.unitButton.isEnabled()
    assert f.dateEdit.text() == "01/07/2024"
    f.placeEdit.selectAll()
    f.placeEdit.insert("Hội trường UBND huyện Bình Gia")
    f.teamCombo.setCurrentIndex(0)  # no team
    dialog.save_button.click()
    place, team = _one(window, "SELECT place, team_id FROM inspections WHERE id = ?", inspection_id)
    assert (place, team) == ("Hội trường UBND huyện Bình Gia", None)
    qtbot.waitUntil(
        lambda: listing.model.row(listing.model.row_of(inspection_id))["leader"] is None
    )
