"""The export dialog as a secretary uses it: what is not yet sent comes first (signed ones
first among them), each row says so, a search narrows by unit, plan or date, and "Chọn tất cả
chưa gửi" ticks the unsent ones — all by keyboard; the export then marks them sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.exchange.export import export_package
from cchc_desktop.gui.exchange import ExchangePage
from cchc_desktop.minutes.issue import issue_minutes
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.exchange_support import inspection_on, laptop, open_ws

PLAN = "80/KH-BCĐCCHC"


@pytest.fixture
def desk(tmp_path: Path) -> dict[str, Any]:
    """One laptop, four inspections on 02/07/2024: Mông Ân sent as it is; Bình La sent, then
    changed; Hoàng Văn Thụ never sent and its biên bản issued; Tân Thanh never sent."""
    folder = laptop(tmp_path, "S")
    with open_ws(folder) as ws:
        ids = {
            name: inspection_on(ws, unit_code=code, unit_name=name)
            for code, name in (
                ("08164", "Xã Mông Ân"),
                ("08170", "Xã Bình La"),
                ("08175", "Xã Hoàng Văn Thụ"),
                ("08180", "Xã Tân Thanh"),
            )
        }
        export_package(ws, [ids["Xã Mông Ân"], ids["Xã Bình La"]], target=tmp_path / "p.cchc")
        set_answer(ws, ids["Xã Bình La"], "D1", "khong_dat", note="Chưa niêm yết")
        samples.make_ready(ws, ids["Xã Hoàng Văn Thụ"])
        issue_minutes(ws, ids["Xã Hoàng Văn Thụ"], paper=True)
    return {"S": folder, "ids": ids, "root": tmp_path}


@pytest.fixture
def page(desk: dict[str, Any], qtbot: QtBot) -> Iterator[ExchangePage]:
    ws = Workspace.open(desk["S"])
    widget = ExchangePage(ws)
    widget.auto_open = False
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.close()
    ws.close()


def test_unsent_and_signed_first_each_row_saying_so(page: ExchangePage) -> None:
    dialog = page.show_export_dialog()
    rows = dialog.rows_shown()
    assert [r.split("  ")[1] for r in rows] == [
        "Xã Hoàng Văn Thụ",
        "Xã Bình La",
        "Xã Tân Thanh",
        "Xã Mông Ân",
    ]
    assert rows[0].endswith("— Chưa gửi · Đã ký")
    assert rows[1].endswith("— Chưa gửi (đã sửa sau lần gửi trước)")
    assert rows[2].endswith("— Chưa gửi")
    assert rows[3].endswith("— Đã gửi")
    assert rows[3].startswith(f"02/07/2024  Xã Mông Ân  ({PLAN}, ")
    assert dialog.summary.text() == "4 cuộc kiểm tra: 3 chưa gửi, 1 đã ký. Đã chọn 0."


def test_search_then_select_unsent_by_keyboard_and_export(
    page: ExchangePage, desk: dict[str, Any], qtbot: QtBot
) -> None:
    dialog = page.show_export_dialog()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.search.hasFocus()
    # Diacritics and case do not matter; the plan and the date are searched too.
    qtbot.keyClicks(dialog.search, "xa binh")
    assert [r.split("  ")[1] for r in dialog.rows_shown()] == ["Xã Bình La"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "80/KH")
    assert len(dialog.rows_shown()) == 4
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "02/07/2024")
    assert len(dialog.rows_shown()) == 4
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "xa")
    # "Chọn tất cả chưa gửi" (Alt+C; Tab reaches it from the search): every unsent one shown
    # is ticked; the one sent as it is stays unticked. (Offscreen Qt delivers no mnemonics.)
    assert dialog.select_unsent.shortcut().toString() == "Alt+C"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Tab)
    assert dialog.select_unsent.hasFocus()
    qtbot.keyClick(dialog.select_unsent, Qt.Key.Key_Space)
    ids = desk["ids"]
    assert set(dialog.selected_ids()) == {
        ids["Xã Hoàng Văn Thụ"],
        ids["Xã Bình La"],
        ids["Xã Tân Thanh"],
    }
    assert dialog.summary.text().endswith("Đã chọn 3.")
    # ↓ from the search into the list, Space unticks the first row (the signed one).
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.list.hasFocus() and dialog.list.currentRow() == 0
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert ids["Xã Hoàng Văn Thụ"] not in dialog.selected_ids()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    target = desk["root"] / "chua-gui.cchc"
    dialog.path_edit.setText(str(target))
    dialog.to_file.setChecked(True)
    with qtbot.waitSignal(page.exported, timeout=10_000) as done:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert done.args[0].path == target and done.args[0].counts["inspections"] == 3
    # What was sent is now "Đã gửi": nothing is left unsent.
    again = page.show_export_dialog()
    assert all(row.endswith(("— Đã gửi", "— Đã gửi · Đã ký")) for row in again.rows_shown())
    again.check_unsent()
    assert again.selected_ids() == []
