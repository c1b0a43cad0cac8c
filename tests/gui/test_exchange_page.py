"""The Exchange page driven as a secretary would: open, trust, preview, merge, settle conflicts,
watch the inbox, export."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.gui.exchange import ExchangePage
from cchc_desktop.gui.exchange.trust_dialog import TrustDialog
from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.findings import update_finding
from cchc_desktop.store.keys import own_identity
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.exchange_support import dump, inspection_on, laptop, open_ws, staging_empty
from tests.gui.helpers import trust_sender


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Any]:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        package = export_package(ws, [inspection], target=tmp_path / "a.cchc").path
    return {"A": a, "S": s, "inspection": inspection, "package": package, "root": tmp_path}


@pytest.fixture
def page(world: dict[str, Any], qtbot: QtBot) -> Iterator[ExchangePage]:
    ws = Workspace.open(world["S"])
    widget = ExchangePage(ws)
    widget.auto_open = False
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    yield widget
    widget.close()
    ws.close()


def test_open_trust_preview_and_merge(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    with qtbot.waitSignal(page.previewReady, timeout=10_000) as preview:
        page.open_package(world["package"])
    assert preview.args[0].dry_run
    status = page.preview.status.text()
    assert "a.cchc: nguyên vẹn, chữ ký hợp lệ" in status
    # When it was made, as the window writes moments (not the manifest's ISO text).
    assert re.search(r"Tạo lúc \d\d/\d\d/\d{4} \d\d:\d\d trên máy «", status), status
    assert "Không có gì mới" not in status
    with open_ws(world["A"]) as ws:
        sender = own_identity(ws.folder).digits
    assert re.fullmatch(r"(\d{5} ){11}\d{5}", sender)
    assert f"Vân tay: {sender}" in page.preview.fingerprint.text()
    assert "MỚI" in page.preview.fingerprint.text()
    assert page.preview.trust_button.isVisible() and not page.preview.merge_button.isEnabled()
    counts = page.preview.counts_shown()
    assert counts["Cuộc kiểm tra"]["added"] == 1
    assert counts["Câu trả lời"]["added"] == 2
    with open_ws(world["S"]) as ws:  # a preview changes nothing, and copies nothing
        assert records.get(ws, "inspections", world["inspection"]) is None
    assert staging_empty(world["S"])

    # The trust step: the digits the sender's laptop reads out, typed with dashes.
    qtbot.mouseClick(page.preview.trust_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(TrustDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.typed, sender.replace(" ", "-"))
    assert dialog.verdict.text() == "✓ Khớp cả 12 nhóm số."
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert page.preview.merge_button.isEnabled() and not page.preview.trust_button.isVisible()
    with qtbot.waitSignal(page.merged, timeout=10_000) as done:
        qtbot.mouseClick(page.preview.merge_button, Qt.MouseButton.LeftButton)
    assert done.args[0].totals()["added"] > 0
    # The merge's last progress, as the bar showed it: the unit and counts, no file names.
    shown = page.preview.progress.format()
    assert re.fullmatch(r"%p% Đang gộp: Xã Mông Ân — (tài liệu|ảnh|bản ghi) (\d+)/\2", shown), shown
    assert "  cuộc kiểm tra: thêm 1" in page.report.toPlainText().splitlines()
    assert page.preview.status.text() == "Đã gộp xong a.cchc."
    assert page.preview.fingerprint.text() == "" and not page.preview.merge_button.isEnabled()
    with open_ws(world["S"]) as ws:
        assert records.get(ws, "inspections", world["inspection"]) is not None
    assert staging_empty(world["S"])

    # The same package again: recognised at once as merged before, and the page says so.
    with qtbot.waitSignal(page.merged, timeout=10_000):
        page.open_package(world["package"])
    assert "đã được gộp lúc" in page.preview.status.text()
    assert "Không có gì mới" in page.preview.status.text()
    assert world["package"].exists() and not page.preview.merge_button.isEnabled()


def test_the_page_shows_this_laptops_fingerprint(page: ExchangePage, world: dict[str, Any]) -> None:
    """What the team lead reads out to the secretary, who compares it before trusting."""
    with open_ws(world["S"]) as ws:
        me = own_identity(ws.folder)
    assert page.own_device.text() == f"Máy này: {me.label}\nVân tay: {me.digits}"
    assert me.name in me.label
    assert str(world["S"] / "inbox") in page.inbox_label.text()


def test_a_damaged_package_is_refused_with_its_reason(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    bad = world["root"] / "bad.cchc"
    bad.write_bytes(world["package"].read_bytes()[:-200])
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        page.open_package(bad)
    assert "bị từ chối" in failed.args[0]
    assert "bị từ chối" in page.preview.status.text() and not page.preview.merge_button.isEnabled()


def test_a_package_replaced_after_its_preview_is_not_merged(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    """What is merged is what the secretary saw: a file overwritten after the preview (a newer
    export synced under the same name) is refused, and nothing is stored."""
    with qtbot.waitSignal(page.previewReady, timeout=10_000):
        page.open_package(world["package"])
    trust_sender(page)
    with open_ws(world["A"]) as ws:
        set_answer(ws, world["inspection"], "D3", "dat", note="Sửa sau khi gửi")
        export_package(ws, [world["inspection"]], target=world["package"])
    before = dump(world["S"])
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        qtbot.mouseClick(page.preview.merge_button, Qt.MouseButton.LeftButton)
    assert "đã thay đổi sau khi được kiểm tra" in failed.args[0]
    assert "đã thay đổi" in page.preview.status.text()
    assert dump(world["S"]) == before and staging_empty(world["S"])


def test_inbox_package_is_previewed_merged_and_filed(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    target = world["S"] / "inbox" / "a.cchc"
    shutil.copyfile(world["package"], target)
    page.auto_open = True
    with qtbot.waitSignal(page.previewReady, timeout=10_000):
        page.refresh_inbox()
    assert page.inbox_list.count() == 1
    trust_sender(page)
    with qtbot.waitSignal(page.merged, timeout=10_000):
        page.merge()
    assert not target.exists() and (world["S"] / "inbox" / "done" / "a.cchc").exists()
    qtbot.waitUntil(lambda: page.inbox_list.count() == 0)


def test_a_package_merged_before_is_filed_without_a_second_check(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    """The same package dropped in the inbox again: said at once, filed in done/, no click."""
    with open_ws(world["S"]) as ws:
        merge_file(ws, world["package"], trust_new=True)
    before = dump(world["S"])
    target = world["S"] / "inbox" / "lai.cchc"
    shutil.copyfile(world["package"], target)
    page.auto_open = True
    with qtbot.waitSignal(page.merged, timeout=10_000) as merged:
        page.refresh_inbox()
    assert merged.args[0].merged_before is not None
    assert "lai.cchc" in page.preview.status.text()
    assert "đã được gộp lúc" in page.preview.status.text()
    assert page.preview.status.styleSheet() == ""  # news, not an error
    assert (world["S"] / "inbox" / "done" / "lai.cchc").exists() and not target.exists()
    assert page.verified is None and dump(world["S"]) == before
    qtbot.waitUntil(lambda: page.inbox_list.count() == 0)


def test_a_damaged_package_in_the_inbox_is_set_aside_with_its_reason(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    """Never deleted: moved to inbox/refused/ with a note saying why, for sending back."""
    target = world["S"] / "inbox" / "hong.cchc"
    target.write_bytes(world["package"].read_bytes()[:-200])
    page.auto_open = True
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        page.refresh_inbox()
    refused = world["S"] / "inbox" / "refused"
    assert not target.exists()
    assert (refused / "hong.cchc").read_bytes() == world["package"].read_bytes()[:-200]
    assert (refused / "hong.txt").read_text(encoding="utf-8") == failed.args[0] + "\n"
    assert "hong.cchc bị từ chối" in failed.args[0]
    assert page.inbox_list.count() == 0 and page.verified is None


def test_conflict_side_by_side_and_keep_theirs(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    b = laptop(world["root"], "B")
    with open_ws(b) as ws:
        merge_file(ws, world["package"], trust_new=True)
        set_answer(ws, world["inspection"], "D2", "dat", note="Đã khắc phục (B)")
        pb = export_package(ws, everything=True, target=world["root"] / "b.cchc").path
    with open_ws(world["A"]) as ws:
        set_answer(ws, world["inspection"], "D2", "khong_dat", note="Còn 3 hồ sơ trễ (A)")
        pa = export_package(ws, everything=True, target=world["root"] / "a2.cchc").path
    with open_ws(world["S"]) as ws:
        merge_file(ws, pa, trust_new=True)
    assert page.tabs.tabText(1) == "Xung đột (0)"
    with qtbot.waitSignal(page.previewReady, timeout=10_000):
        page.open_package(pb)
    trust_sender(page)
    with qtbot.waitSignal(page.merged, timeout=10_000):
        page.merge()
    # The window's report sends the secretary to the tab, not to a command line.
    assert page.report.toPlainText().splitlines()[-1].endswith("— xem thẻ Xung đột")
    assert page.tabs.tabText(1) == "Xung đột (1)"
    page.tabs.setCurrentIndex(1)
    view = page.conflicts
    # Said as a secretary reads it: which record, the fields by name, values in words.
    assert view.list.item(0).text() == "Câu trả lời D2 (Xã Mông Ân, 02/07/2024) — Ghi chú, Kết quả"
    title = view.title.text()
    assert title.startswith("Câu trả lời D2 (Xã Mông Ân, 02/07/2024)\nTrong máy này (đang dùng)")
    assert re.search(r"sửa lúc \d\d/\d\d/\d{4} \d\d:\d\d trên «", title), title
    assert view.differing_rows() == ["Ghi chú", "Kết quả"]
    shown = {
        view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
        for r in range(view.table.rowCount())
    }  # type: ignore[union-attr]
    assert set(shown["Ghi chú"]) == {"Đã khắc phục (B)", "Còn 3 hồ sơ trễ (A)"}
    assert set(shown["Kết quả"]) == {"Đạt", "Không đạt"}
    assert shown["Thuộc cuộc kiểm tra"] == ("Xã Mông Ân, 02/07/2024",) * 2
    assert shown["Đã xóa"] == ("không", "không") and shown["Điểm"] == ("(trống)", "(trống)")
    assert not {"template_id", "template_version", "id"} & set(shown)  # nothing to judge there
    theirs_note = shown["Ghi chú"][1]
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(view.keep_theirs, Qt.MouseButton.LeftButton)
    assert page.tabs.tabText(1) == "Xung đột (0)"
    with open_ws(world["S"]) as ws:
        assert (
            ws.db.execute("SELECT note FROM answers WHERE criterion_code = 'D2'").fetchone()[0]
            == theirs_note
        )


def test_export_dialog_writes_the_package(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    with open_ws(world["S"]) as ws:
        merge_file(ws, world["package"], trust_new=True)
    dialog = page.show_export_dialog()
    assert dialog.list.count() == 1
    dialog.check(world["inspection"])
    target = world["root"] / "out" / "tu-thu-ky.cchc"
    dialog.path_edit.setText(str(target))
    dialog.to_file.setChecked(True)
    with qtbot.waitSignal(page.exported, timeout=10_000) as done:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert done.args[0].path == target and target.exists()
    assert "Đã xuất gói" in page.report.toPlainText()


def _held(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> threading.Event:
    """Make ``owner.name`` wait until the returned event is set, then do its real work: the
    test presses Cancel while the job is certainly still running."""
    release = threading.Event()
    real = getattr(owner, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, held)
    return release


def test_one_job_at_a_time_and_cancel_keeps_what_was_there(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc_desktop.exchange.export as export_module
    import cchc_desktop.gui.exchange.page as page_module

    page.open_package(world["package"])
    # While the package is checked, nothing else can start (an export would run alongside).
    assert not page.export_button.isEnabled() and not page.open_button.isEnabled()
    assert page.preview.cancel_button.isVisible() and page.preview.progress.isVisible()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.export_button.isEnabled() and page.open_button.isEnabled()
    trust_sender(page)
    shown = page.preview.counts_shown()
    before = dump(world["S"])

    release = _held(monkeypatch, page_module, "merge_file")
    qtbot.mouseClick(page.preview.merge_button, Qt.MouseButton.LeftButton)
    assert not page.preview.merge_button.isEnabled()
    qtbot.mouseClick(page.preview.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert page.preview.status.text() == "Đã dừng; dữ liệu không thay đổi."
    assert dump(world["S"]) == before and staging_empty(world["S"])
    # The preview stands: the secretary can merge after all.
    assert page.preview.merge_button.isEnabled() and page.preview.counts_shown() == shown

    release = _held(monkeypatch, export_module, "export_package")
    target = world["root"] / "stopped.cchc"
    page.export([], True, target)
    qtbot.mouseClick(page.preview.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    assert "Đã dừng xuất gói" in page.report.toPlainText() and not target.exists()
    assert page.preview.merge_button.isEnabled() and page.preview.counts_shown() == shown
    with qtbot.waitSignal(page.merged, timeout=10_000):
        qtbot.mouseClick(page.preview.merge_button, Qt.MouseButton.LeftButton)
    with open_ws(world["S"]) as ws:
        assert records.get(ws, "inspections", world["inspection"]) is not None


def test_the_window_lists_hear_what_a_merge_and_a_decision_changed(
    world: dict[str, Any], qtbot: QtBot
) -> None:
    """Through the window's page host: the tables a merge changed, then the table of a settled
    conflict, reach the shared context, so the other pages' lists refresh."""
    from cchc_desktop.gui.context import AppContext
    from cchc_desktop.gui.pages.exchange_host import ExchangeHost
    from cchc_desktop.settings import Settings

    ctx = AppContext(world["S"], Settings(), persist_settings=False)
    ctx.open_workspace()
    heard: list[str] = []
    ctx.data_changed.connect(heard.append)
    host = ExchangeHost(ctx)
    qtbot.addWidget(host)
    page = host.page
    assert page is not None
    page.auto_open = False
    try:
        with qtbot.waitSignal(page.previewReady, timeout=10_000):
            host.open_package(world["package"])
        trust_sender(page)
        with qtbot.waitSignal(page.merged, timeout=10_000):
            page.merge()
        assert {"plans", "units", "inspections", "answers", "findings", "signers"} <= set(heard)
        assert "templates" not in heard  # already here: nothing changed

        b = laptop(world["root"], "B")
        with open_ws(b) as ws:
            merge_file(ws, world["package"], trust_new=True)
            update_finding(
                ws,
                ws.db.execute("SELECT id FROM findings WHERE kind = 'ton_tai'").fetchone()[0],
                text="Chỉ 8% hồ sơ thanh toán trực tuyến (B)",
            )
            pb = export_package(ws, everything=True, target=world["root"] / "b.cchc").path
        with open_ws(world["A"]) as ws:
            update_finding(
                ws,
                ws.db.execute("SELECT id FROM findings WHERE kind = 'ton_tai'").fetchone()[0],
                text="Thanh toán trực tuyến còn thấp (A)",
            )
            pa = export_package(ws, everything=True, target=world["root"] / "a2.cchc").path
        with open_ws(world["S"]) as ws:
            merge_file(ws, pa, trust_new=True)
            merge_file(ws, pb, trust_new=True)
        page.conflicts.refresh()
        heard.clear()
        with qtbot.waitSignal(page.conflicts.resolved, timeout=5_000):
            qtbot.mouseClick(page.conflicts.keep_both, Qt.MouseButton.LeftButton)
        assert heard == ["findings"]
    finally:
        host.close()
        ctx.close()


def test_trusting_a_device_during_an_export_starts_nothing_else(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cchc_desktop.exchange.export as export_module

    with qtbot.waitSignal(page.previewReady, timeout=10_000):
        page.open_package(world["package"])
    release = _held(monkeypatch, export_module, "export_package")
    page.export([], True, world["root"] / "all.cchc")
    trust_sender(page)
    assert not page.preview.merge_button.isEnabled() and not page.export_button.isEnabled()
    assert not page.open_button.isEnabled()
    with qtbot.waitSignal(page.exported, timeout=10_000):
        release.set()
    assert page.preview.merge_button.isEnabled() and page.export_button.isEnabled()


def test_a_number_given_twice_is_shown_by_the_inspections_it_went_to(
    page: ExchangePage, world: dict[str, Any], qtbot: QtBot
) -> None:
    """Two laptops gave 01/BB-ĐKT to two communes while offline: the secretary sees the two
    communes (not two ids), and "keep both" is not offered for a number."""
    from cchc_desktop.minutes.issue import issue_minutes

    b = laptop(world["root"], "B")
    with open_ws(b) as ws:
        merge_file(ws, world["package"], trust_new=True)
        other = inspection_on(ws, unit_code="08170", unit_name="Xã Hoàng Văn Thụ")
        samples.make_ready(ws, other)
        issue_minutes(ws, other, paper=True)  # a number is taken when a biên bản is issued
        pb = export_package(ws, everything=True, target=world["root"] / "b.cchc").path
    with open_ws(world["A"]) as ws:
        samples.make_ready(ws, world["inspection"])
        issue_minutes(ws, world["inspection"], paper=True)
        pa = export_package(ws, everything=True, target=world["root"] / "a2.cchc").path
    with open_ws(world["S"]) as ws:
        merge_file(ws, pa, trust_new=True)
        merge_file(ws, pb, trust_new=True)
    view = page.conflicts
    view.refresh()
    assert view.list.count() == 1
    assert view.list.item(0).text() == "Số biên bản đã cấp 01/BB-ĐKT — Thuộc cuộc kiểm tra"
    assert view.differing_rows() == ["Thuộc cuộc kiểm tra"]
    row = next(
        r
        for r in range(view.table.rowCount())
        if view.table.item(r, 0).text() == "Thuộc cuộc kiểm tra"
    )  # type: ignore[union-attr]
    sides = {view.table.item(row, 1).text(), view.table.item(row, 2).text()}  # type: ignore[union-attr]
    assert sides == {"Xã Mông Ân, 02/07/2024", "Xã Hoàng Văn Thụ, 02/07/2024"}
    assert not view.keep_both.isEnabled()
    assert view.keep_both.toolTip() == "Loại dữ liệu này chỉ giữ được một trong hai bản."
    with qtbot.waitSignal(view.resolved, timeout=5_000):
        qtbot.mouseClick(view.keep_mine, Qt.MouseButton.LeftButton)
    assert view.list.count() == 0 and view.title.text() == "Không có xung đột nào."
