"""Theo dõi kiến nghị: the secretary's follow-up list in the real window on a demo folder —
what it shows, its filters, changing a status (stored at once, undone with Ctrl+Z, allowed
after signing), and Enter opening the inspection on that recommendation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.main_window import MainWindow
from cchc_desktop.gui.models.followups import STATUS_COLUMN
from cchc_desktop.store import records
from tests.gui.helpers import OpenWindow


def _page(qtbot: QtBot, window: MainWindow) -> Any:
    page = window.show_page("followups")
    qtbot.waitUntil(lambda: page.loaded_once, timeout=10000)
    return page


def _column(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _stored_status(window: MainWindow, finding_id: str) -> str:
    row = records.get(window.ctx.ws, "findings", finding_id)
    assert row is not None
    return str(row["status"])


def test_the_page_lists_every_recommendation_with_its_lateness(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    window.actions_by_name["page_followups"].trigger()  # Ctrl+4: its place in the sidebar
    assert window.current_key == "followups"
    assert window.actions_by_name["page_followups"].shortcut().toString() == "Ctrl+4"
    assert window.actions_by_name["page_settings"].shortcut().toString() == "Ctrl+6"
    page = _page(qtbot, window)
    assert page.proxy.rowCount() == 26
    assert page.count_label.text() == "26 kiến nghị · 16 quá hạn · 8 đã hoàn thành"
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Đơn vị",
        "Kế hoạch",
        "Ngày kiểm tra",
        "Kiến nghị",
        "Trách nhiệm",
        "Thời hạn",
        "Tình trạng",
    ]
    first = page.proxy.index(0, 0)
    assert first.data() == "Bộ phận Một cửa UBND huyện Bình Gia"
    assert page.proxy.index(0, 5).data() == "30/09/2024"
    late = page.proxy.index(0, STATUS_COLUMN)
    assert late.data() == "Chưa thực hiện (quá hạn)"
    assert late.data(Qt.ItemDataRole.ForegroundRole).name() == "#8a1a12"
    # The chosen row in full under the list, lateness in words.
    assert page.panel.text.text().startswith("Tăng cường lãnh đạo, chỉ đạo")
    assert "Trách nhiệm: UBND huyện" in page.panel.facts.text()
    assert page.panel.late.text().startswith("⚠ Quá hạn ")
    assert page.panel.status.currentText() == "1. Chưa thực hiện"


def test_filters_by_plan_status_lateness_and_words(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = _page(qtbot, window)
    page.plan_filter.setCurrentIndex(
        page.plan_filter.findText("45/KH-UBND", Qt.MatchFlag.MatchStartsWith)
    )
    assert page.proxy.rowCount() == 2
    assert page.table.isColumnHidden(1)  # the plan column says nothing for one plan
    assert page.count_label.text() == "2 kiến nghị · 0 quá hạn · 0 đã hoàn thành"
    assert page.report_plan() == page.current_plan()

    page.plan_filter.setCurrentIndex(0)
    page.overdue_box.setChecked(True)
    assert page.proxy.rowCount() == 16
    assert page.count_label.text().startswith("Đang hiển thị 16 trong số 26 kiến nghị")
    page.overdue_box.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("da_hoan_thanh"))
    assert page.proxy.rowCount() == 8  # the demo's follow-up: Đề án 06, and training in 4 communes
    page.status_filter.setCurrentIndex(0)

    page.focus_search()
    qtbot.keyClicks(page.search, "THANH TOAN truc tuyen PHI")  # no marks, any case
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    communes = {"Xã Hoàng Văn Thụ", "Xã Hồ Sơn", "Xã Khánh Xuân", "Xã Mai Sao"}
    assert set(_column(page.proxy, 0)) == communes
    assert page.count_label.text().startswith("Đang hiển thị 4 trong số 26 kiến nghị")
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.proxy.rowCount() == 26


def test_status_is_stored_at_once_and_undone_with_ctrl_z(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = _page(qtbot, window)
    page.table.setFocus()
    finding = page.selected_id()
    assert finding is not None

    qtbot.keyClick(page.table, Qt.Key.Key_3)  # 3 = Đã hoàn thành
    assert _stored_status(window, finding) == "da_hoan_thanh"
    assert page.proxy.index(0, STATUS_COLUMN).data() == "Đã hoàn thành"
    assert page.count_label.text() == "26 kiến nghị · 15 quá hạn · 9 đã hoàn thành"
    assert page.panel.late.text() == ""
    trail = records.audit_trail(window.ctx.ws, finding)
    assert any(
        line["field"] == "status" and "da_hoan_thanh" in str(line["new_value"]) for line in trail
    )

    # The combo under the list, on another row.
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    second = page.selected_id()
    combo = page.panel.status
    combo.setCurrentIndex(combo.findData("dang_thuc_hien"))
    combo.activated.emit(combo.currentIndex())
    assert _stored_status(window, second) == "dang_thuc_hien"
    assert page.proxy.index(1, STATUS_COLUMN).data() == "Đang thực hiện (quá hạn)"

    # The context menu, on a third row.
    page.table.setCurrentIndex(page.proxy.index(2, 0))
    third = page.selected_id()
    menu = page.context_menu()
    assert [a.text() for a in menu.actions() if a.objectName().startswith("status-")] == [
        "Chưa thực hiện\t1",
        "Đang thực hiện\t2",
        "Đã hoàn thành\t3",
    ]
    next(a for a in menu.actions() if a.objectName() == "status-da_hoan_thanh").trigger()
    assert _stored_status(window, third) == "da_hoan_thanh"

    # Ctrl+Z undoes one change at a time, newest first, as new revisions; Ctrl+Y redoes.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored_status(window, third) == "chua_thuc_hien"
    assert page.selected_id() == third
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored_status(window, second) == "chua_thuc_hien"
    assert page.selected_id() == second
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _stored_status(window, second) == "dang_thuc_hien"
    page.panel.undo_button.click()
    assert _stored_status(window, second) == "chua_thuc_hien"
    assert page.count_label.text() == "26 kiến nghị · 15 quá hạn · 9 đã hoàn thành"
    assert _stored_status(window, finding) == "da_hoan_thanh"


def test_status_changes_after_the_minutes_are_signed(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = _page(qtbot, window)
    finding = page.selected_id()
    inspection = records.get(window.ctx.ws, "findings", finding)["inspection_id"]
    # Signing locks the inspection (the minutes module sets this status when it signs).
    records.update(window.ctx.ws, "inspections", inspection, {"status": "da_ky"})
    assert page.set_status("dang_thuc_hien")
    assert _stored_status(window, finding) == "dang_thuc_hien"
    assert not page.panel.problem.isVisible()


def test_enter_opens_the_inspection_on_that_recommendation(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    page = _page(qtbot, window)
    page.table.setCurrentIndex(page.proxy.index(4, 0))
    finding = page.selected_id()
    inspection = records.get(window.ctx.ws, "findings", finding)["inspection_id"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_key == "inspection"
    host = window.pages["inspection"]
    assert host.inspection_id == inspection
    assert host.view.current_tab_key() == "findings"
    assert host.view.tab("findings").current_id() == finding


def test_the_list_follows_changes_made_elsewhere(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    from cchc_desktop.store.findings import update_finding

    window = open_window(demo_dir)
    page = _page(qtbot, window)
    finding = page.model.row(0)["id"]
    # The findings tab (or a merge) changes a recommendation, then says so.
    update_finding(window.ctx.ws, finding, status="da_hoan_thanh", deadline="2030-12-31")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.ctx.notify("answers")
    row = page.model.row(page.model.row_of(finding))
    assert row["status"] == "da_hoan_thanh" and row["deadline"] == "2030-12-31"
    assert page.count_label.text() == "26 kiến nghị · 15 quá hạn · 9 đã hoàn thành"
