"""The "Kiến nghị kỳ trước" tab driven by the keyboard, its summary beside the criterion on
recommendations, and what it stores reaching the follow-up page and the office's laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.exchange import conflicts
from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.gui.inspection.previous_list import SEEN_COLUMN, STATUS_COLUMN
from cchc_desktop.gui.inspection.previous_panel import PreviousPanel
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.store import records
from cchc_desktop.store.answers import answers_of
from cchc_desktop.store.findings import followups
from cchc_desktop.store.workspace import Workspace
from tests.exchange_support import laptop, open_ws
from tests.gui.helpers import OpenWindow
from tests.gui.inspection_support import checklist, focused, open_view, press, type_text
from tests.previous_support import History, inspect_after_merger, make_history

K = Qt.Key


def _panel(view: InspectionView) -> PreviousPanel:
    panel = view.tab("previous")
    assert isinstance(panel, PreviousPanel)
    return panel


def _stored(ws: Workspace, finding: str) -> tuple[str, str, str | None]:
    row = records.get(ws, "findings", finding)
    assert row is not None
    return row["status"], row["status_note"], row["checked_in"]


def test_the_lead_reviews_each_by_keyboard_and_can_undo(qtbot: QtBot, ws: Workspace) -> None:
    history = make_history(ws)
    inspection = inspect_after_merger(ws, history)
    view = open_view(qtbot, ws, inspection)
    view.show_tab("previous")
    panel = _panel(view)
    assert "Xã Hồng Phong, Xã Tân Văn, Xã Hồng Thái" in panel.heading.text()
    assert panel.summary.text() == "6 kiến nghị: 6 chưa thực hiện"
    assert panel.warning.isVisible()
    assert panel.warning.text() == "⚠ 6 kiến nghị chưa được xem xét trong cuộc kiểm tra này."
    assert focused() is panel.list
    first = history.recommendations["hp2024/1"]
    assert panel.text.text() == "Cải tạo nơi tiếp nhận hồ sơ."
    assert "Xã Hồng Phong · kiểm tra ngày 02/07/2024" in panel.facts.text()
    assert panel.late.text() == "⚠ Đã quá thời hạn"

    press(qtbot, "3")  # 3 = Đã hoàn thành, stored at once
    assert _stored(ws, first) == ("da_hoan_thanh", "", inspection)
    model = panel.model
    assert model.index(0, STATUS_COLUMN).data() == "Đã hoàn thành"
    assert model.index(0, SEEN_COLUMN).data() == "✓ Đã xem"
    assert panel.buttons["da_hoan_thanh"].isChecked()
    press(qtbot, K.Key_Return)  # Enter: the evidence seen
    assert focused() is panel.note
    type_text("Biên bản nghiệm thu ngày 10/10/2025")
    press(qtbot, K.Key_Escape)  # stored, back to the list
    assert focused() is panel.list
    assert _stored(ws, first) == (
        "da_hoan_thanh",
        "Biên bản nghiệm thu ngày 10/10/2025",
        inspection,
    )

    press(qtbot, K.Key_Down, "2")
    second = history.recommendations["hp2024/2"]
    assert _stored(ws, second)[0] == "dang_thuc_hien"
    assert model.index(1, STATUS_COLUMN).data() == "Đang thực hiện (quá hạn)"
    assert (
        panel.summary.text() == "6 kiến nghị: 1 đã hoàn thành, 1 đang thực hiện, 4 chưa thực hiện"
    )
    assert panel.warning.text() == "⚠ 4 kiến nghị chưa được xem xét trong cuộc kiểm tra này."

    view.undo_stack().undo()  # the window's Ctrl+Z: the second review comes off
    assert _stored(ws, second) == ("chua_thuc_hien", "", None)
    assert model.index(1, SEEN_COLUMN).data() == "Chưa xem"
    view.undo_stack().undo()  # then the evidence note
    assert _stored(ws, first) == ("da_hoan_thanh", "", inspection)
    view.undo_stack().redo()
    assert _stored(ws, first)[1] == "Biên bản nghiệm thu ngày 10/10/2025"
    # Each undo is a new revision: the audit trail keeps the change and its undoing.
    changes = [e["new_value"] for e in records.audit_trail(ws, second) if e["field"] == "status"]
    assert changes == ['"dang_thuc_hien"', '"chua_thuc_hien"']

    _checklist_offers_the_summary(qtbot, ws, view, inspection)


def _checklist_offers_the_summary(
    qtbot: QtBot, ws: Workspace, view: InspectionView, inspection: str
) -> None:
    # The checklist's criterion on recommendations shows the same summary and offers it.
    view.show_tab("checklist")
    editor = checklist(view)
    editor.select("A5")
    box = editor.previous_box
    assert box.isVisible()
    assert box.text.text() == "6 kiến nghị: 1 đã hoàn thành, 5 chưa thực hiện"
    assert box.waiting.text() == "⚠ 5 kiến nghị chưa được xem xét trong cuộc kiểm tra này."
    qtbot.mouseClick(box.note_button, Qt.MouseButton.LeftButton)
    assert answers_of(ws, inspection)["A5"]["note"] == box.text.text()
    assert editor.panel.note.toPlainText() == box.text.text()
    view.undo_stack().undo()  # the note goes, as any note would
    assert "A5" not in answers_of(ws, inspection) or not answers_of(ws, inspection)["A5"]["note"]
    editor.select("A4")
    assert not box.isVisible()
    editor.select("A5")
    qtbot.mouseClick(box.list_button, Qt.MouseButton.LeftButton)
    assert view.current_tab_key() == "previous"


def test_a_signed_inspection_shows_the_review_read_only(qtbot: QtBot, ws: Workspace) -> None:
    history = make_history(ws)
    inspection = inspect_after_merger(ws, history)
    records.update(ws, "inspections", inspection, {"status": "da_ky"})
    view = open_view(qtbot, ws, inspection)
    view.show_tab("previous")
    panel = _panel(view)
    press(qtbot, "3")
    assert _stored(ws, history.recommendations["hp2024/1"])[0] == "chua_thuc_hien"
    assert view.message_bar.message() == (
        "Biên bản đã ký: kết quả xem xét kiến nghị kỳ trước chỉ để xem."
    )
    assert view.message_bar.kind == "error"
    assert not panel.buttons["da_hoan_thanh"].isEnabled() and panel.note.isReadOnly()


def test_a_unit_never_inspected_before_says_so(qtbot: QtBot, ws: Workspace) -> None:
    history = make_history(ws)
    view = open_view(qtbot, ws, history.inspections["ht2021"])
    view.show_tab("previous")
    panel = _panel(view)
    assert panel.empty.isVisible() and not panel.list.isVisible()
    assert "tiêu chí về thực hiện kiến nghị ghi «Không áp dụng»" in panel.empty.text()
    assert panel.summary.text() == "Không có kiến nghị của đoàn kiểm tra kỳ trước"


def _prepare(tmp_path: Path) -> tuple[Path, Path, History, str]:
    """The office holds the history and sends it all; the lead starts the 2026 visit."""
    office, lead = laptop(tmp_path, "office"), laptop(tmp_path, "lead")
    with open_ws(office) as ws:
        history = make_history(ws)
        everything = export_package(ws, everything=True, target=tmp_path / "all.cchc").path
    with open_ws(lead) as ws:
        merge_file(ws, everything, trust_new=True)
        inspection = inspect_after_merger(ws, history)
    return office, lead, history, inspection


def test_statuses_set_in_the_tab_show_on_the_follow_up_page_and_at_the_office(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    office, lead, history, inspection = _prepare(tmp_path)
    window = open_window(lead)
    host = window.open_inspection(inspection)
    view = host.view  # type: ignore[attr-defined]
    view.show_tab("previous")
    panel = _panel(view)
    panel.list.setFocus()
    press(qtbot, "3", K.Key_Return)
    type_text("Đã nghiệm thu")
    press(qtbot, K.Key_Escape, K.Key_Down, "2", K.Key_Down, "1")
    done, going, seen = (history.recommendations[k] for k in ("hp2024/1", "hp2024/2", "tv2024/1"))

    page = window.show_page("followups")
    qtbot.waitUntil(
        lambda: (
            page.loaded_once
            and page.model.row_of(done) is not None
            and page.model.row(page.model.row_of(done))["status"] == "da_hoan_thanh"
        ),
        timeout=10000,
    )
    texts = {
        page.model.row(n)["id"]: page.model.index(n, 6).data() for n in range(page.model.total())
    }
    assert texts[done] == "Đã hoàn thành"
    assert texts[going] == "Đang thực hiện (quá hạn)"
    assert texts[seen] == "Chưa thực hiện (quá hạn)"
    page.table.setCurrentIndex(
        page.proxy.mapFromSource(page.model.index(page.model.row_of(done), 0))
    )
    assert page.panel.evidence.isVisible()
    assert page.panel.evidence.text() == "Đoàn kiểm tra ngày 17/11/2026 đã xem xét: Đã nghiệm thu"

    # The visit's package, merged at the office: the same statuses and evidence there.
    package = export_package(window.ctx.ws, [inspection], target=tmp_path / "visit.cchc").path
    with open_ws(office) as ws:
        report = merge_file(ws, package, trust_new=True)
        # The office wrote these kiến nghị: the visit's review reaches it as conflicts its
        # secretary decides (issue 18), here taking the review for each.
        assert not report.refused
        assert {c["record_id"] for c in report.conflicts} <= {done, going, seen}
        for conflict in report.conflicts:
            conflicts.resolve(ws, conflict["id"], "theirs")
        rows = {r["id"]: r for r in followups(ws)}
    assert (rows[done]["status"], rows[done]["status_note"]) == ("da_hoan_thanh", "Đã nghiệm thu")
    assert rows[going]["status"] == "dang_thuc_hien"
    assert rows[seen]["status"] == "chua_thuc_hien" and rows[seen]["checked_on"] == "2026-11-17"
    assert rows[history.recommendations["tv2022/1"]]["checked_on"] is None
