"""The conflicts tab as a secretary uses it: each side named by where it is, every conflict of
one package or one inspection settled with one click, counts said, and undone with Ctrl+Z or
the message bar's button — records and open conflicts exactly as before. Real laptops and
packages (tests.exchange_support.disagreeing_desk)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.exchange import ExchangePage
from cchc_desktop.store.workspace import Workspace
from tests.exchange_support import disagreeing_desk, rows_of

ANSWERS = "SELECT * FROM answers ORDER BY id"
CONFLICTS = "SELECT * FROM conflicts ORDER BY id"


@pytest.fixture
def desk(tmp_path: Path) -> dict[str, Any]:
    return disagreeing_desk(tmp_path)


@pytest.fixture
def page(desk: dict[str, Any], qtbot: QtBot) -> Iterator[ExchangePage]:
    ws = Workspace.open(desk["S"])
    widget = ExchangePage(ws)
    widget.auto_open = False
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    widget.tabs.setCurrentIndex(1)
    yield widget
    widget.close()
    ws.close()


def test_the_sides_are_named_by_where_they_are(page: ExchangePage, desk: dict[str, Any]) -> None:
    view = page.conflicts
    assert view.list.count() == 4
    for row in range(4):
        view.list.setCurrentRow(row)
        theirs = view.current["theirs"][0]  # type: ignore[index]
        where = f"Trong gói của {theirs['from']}"
        assert theirs["from"] in desk["names"].values()
        header = view.table.horizontalHeaderItem
        assert header(1).text() == "Trong máy này\n(đang dùng)"  # type: ignore[union-attr]
        assert header(2).text() == "Trong gói của\n" + theirs["from"].replace("» (", "»\n(")  # type: ignore[union-attr]
        assert "\nTrong máy này (đang dùng): sửa lúc " in view.title.text()
        assert f". {where}: sửa lúc " in view.title.text()
    assert view.keep_mine.text() == "Giữ bản trong máy này"
    assert view.keep_theirs.text() == "Lấy bản trong gói"
    assert "của tôi" not in view.title.text() and "của họ" not in view.title.text()


def test_one_package_settled_with_one_click_and_undone_with_ctrl_z(
    page: ExchangePage, desk: dict[str, Any], qtbot: QtBot
) -> None:
    s, view = desk["S"], page.conflicts
    answers, open_conflicts = rows_of(s, ANSWERS), rows_of(s, CONFLICTS)
    bar = view.bulk
    # The packages first, then the inspections, each with how many are waiting.
    entries = [bar.scopes.itemText(i) for i in range(bar.scopes.count())]
    assert entries == [
        f"Gói b2.cchc ({desk['b_name']}) — 4 xung đột",
        "Cuộc kiểm tra Xã Bình La, 02/07/2024 — 2 xung đột",
        "Cuộc kiểm tra Xã Mông Ân, 02/07/2024 — 2 xung đột",
    ]
    assert bar.count.text() == f"Giải quyết 4 xung đột của gói b2.cchc ({desk['b_name']}):"
    theirs = {
        (item["mine"]["values"]["inspection_id"], item["mine"]["values"]["criterion_code"]): item[
            "theirs"
        ][0]["values"]["note"]
        for item in (view.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(4))
    }
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(bar.theirs, Qt.MouseButton.LeftButton)
    assert view.list.count() == 0 and page.tabs.tabText(1) == "Xung đột (0)"
    assert not bar.isVisible()
    said = view.messages.message()
    assert said.startswith(
        f"Đã giải quyết 4 xung đột của gói b2.cchc ({desk['b_name']}): lấy bản trong gói."
    )
    assert view.messages.action_button.text() == "Hoàn tác"
    stored = {
        (r["inspection_id"], r["criterion_code"]): r["note"]
        for r in rows_of(s, "SELECT inspection_id, criterion_code, note FROM answers")
    }
    assert {k: stored[k] for k in theirs} == theirs
    # Ctrl+Z on the view (the page alone: no window menu takes it first).
    view.list.setFocus()
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.list.count() == 4 and page.tabs.tabText(1) == "Xung đột (4)"
    assert view.messages.message() == (
        f"Đã hoàn tác: 4 xung đột của gói b2.cchc ({desk['b_name']}) lại chờ quyết định."
    )
    assert rows_of(s, ANSWERS) == answers and rows_of(s, CONFLICTS) == open_conflicts
    # Ctrl+Y decides again; the message bar's Hoàn tác undoes it again.
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.keyClick(view.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert view.list.count() == 0
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(view.messages.action_button, Qt.MouseButton.LeftButton)
    assert rows_of(s, ANSWERS) == answers and rows_of(s, CONFLICTS) == open_conflicts


def test_one_inspection_keeps_this_laptops_versions_and_leaves_the_other(
    page: ExchangePage, desk: dict[str, Any], qtbot: QtBot
) -> None:
    s, view = desk["S"], page.conflicts
    shown = {(r["id"], r["note"]) for r in rows_of(s, "SELECT id, note FROM answers")}
    assert view.bulk.select(desk["first"])
    assert (
        view.bulk.count.text() == "Giải quyết 2 xung đột của cuộc kiểm tra Xã Mông Ân, 02/07/2024:"
    )
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(view.bulk.mine, Qt.MouseButton.LeftButton)
    assert view.messages.message().startswith(
        "Đã giải quyết 2 xung đột của cuộc kiểm tra Xã Mông Ân, 02/07/2024: giữ bản trong máy này."
    )
    assert view.list.count() == 2 and page.tabs.tabText(1) == "Xung đột (2)"
    left = {view.list.item(r).data(Qt.ItemDataRole.UserRole)["mine"]["values"]["inspection_id"]
            for r in range(2)}  # fmt: skip
    assert left == {desk["second"]}
    # Kept what was shown: the notes did not change (a new revision was written, that travels).
    assert {(r["id"], r["note"]) for r in rows_of(s, "SELECT id, note FROM answers")} == shown
    # The bar now offers what is left: B's package (2) and Xã Bình La (2).
    assert [view.bulk.scopes.itemText(i) for i in range(view.bulk.scopes.count())] == [
        f"Gói b2.cchc ({desk['b_name']}) — 2 xung đột",
        "Cuộc kiểm tra Xã Bình La, 02/07/2024 — 2 xung đột",
    ]


def test_one_conflict_chosen_is_undone_too(
    page: ExchangePage, desk: dict[str, Any], qtbot: QtBot
) -> None:
    s, view = desk["S"], page.conflicts
    answers, open_conflicts = rows_of(s, ANSWERS), rows_of(s, CONFLICTS)
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(view.keep_theirs, Qt.MouseButton.LeftButton)
    assert view.list.count() == 3
    assert view.messages.message().startswith("Đã giải quyết 1 xung đột của Câu trả lời D")
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        view.undo_stack.undo()
    assert view.list.count() == 4
    assert rows_of(s, ANSWERS) == answers and rows_of(s, CONFLICTS) == open_conflicts


def test_in_the_window_edit_undo_takes_the_decision_back(
    desk: dict[str, Any], open_window: Any, qtbot: QtBot
) -> None:
    """Inside the main window Ctrl+Z is the Edit menu's: it acts on the conflicts' decisions
    while the Trao đổi page shows."""
    s = desk["S"]
    answers, open_conflicts = rows_of(s, ANSWERS), rows_of(s, CONFLICTS)
    window = open_window(s)
    host = window.show_page("exchange")
    qtbot.waitUntil(lambda: host.page is not None)
    view = host.page.conflicts
    host.page.tabs.setCurrentIndex(1)
    undo = window.actions_by_name["undo"]
    assert not undo.isEnabled()
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(view.bulk.mine, Qt.MouseButton.LeftButton)
    assert undo.isEnabled() and undo.text().startswith("&Hoàn tác Giải quyết 4 xung đột")
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        undo.trigger()
    assert rows_of(s, ANSWERS) == answers and rows_of(s, CONFLICTS) == open_conflicts
