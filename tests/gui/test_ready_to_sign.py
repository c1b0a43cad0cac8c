"""Ready to sign, in the window as a team lead meets it: "Ký số" refused with the list in
sight, each item a link to the field that fixes it, then the signature after a confirmation;
looking takes no number; the paper path; signer fields saved as typed. Real widgets, a real
data folder, a real certificate (the test CA's), real photos; the confirmation is the real
dialog where a test reads it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.gui.minutes.confirm import ConfirmSigning
from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
from cchc_desktop.minutes import register
from cchc_desktop.minutes.summary import SigningSummary
from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.findings import findings_of, update_finding
from cchc_desktop.store.inspections import STATUS_SIGNED, update_inspection
from cchc_desktop.store.signers import set_signer, signers_of
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.gui.inspection_support import checklist, focused, open_view, press, type_text
from tests.photo_factory import make_photo
from tests.pki import PASSWORD, standard


@pytest.fixture(autouse=True)
def _jobs_end_before_widgets() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def numbers(ws: Workspace) -> int:
    return int(ws.db.execute("SELECT count(*) FROM doc_numbers").fetchone()[0])


def with_certificate(panel: SignExportPanel, tmp_path: Path) -> None:
    p12 = tmp_path / "truong-doan.p12"
    p12.write_bytes(standard()["lead"].p12())
    panel.ask_p12 = lambda: p12
    panel.ask_password = lambda _path: PASSWORD


def shown(qtbot: QtBot, view: InspectionView) -> SignExportPanel:
    panel = view.tab("minutes")
    assert isinstance(panel, SignExportPanel)
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        view.show_tab("minutes")
    return panel


def follow(qtbot: QtBot, panel: SignExportPanel, target: str) -> None:
    """Click the list's line for ``target`` as a person does."""
    item = panel.checklist.item_for(target)
    assert item is not None, (target, panel.checklist.texts())
    items = panel.checklist.items
    items.scrollToItem(item)
    QTest.mouseClick(items.viewport(), Qt.MouseButton.LeftButton,
                     pos=items.visualItemRect(item).center())  # fmt: skip


def back_to_minutes(qtbot: QtBot, view: InspectionView, panel: SignExportPanel) -> None:
    view.flush_pending()
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        view.show_tab("minutes")


def test_signing_is_refused_with_the_list_each_item_leads_to_its_field_then_signing_works(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    # The demo's complete record, with the gaps a lead leaves on a long day.
    inspection = samples.demo_inspection(demo_ws, "Xã Khánh Xuân")
    set_answer(demo_ws, inspection, "B2", None)  # not answered
    set_answer(demo_ws, inspection, "A7", note="")  # Không đạt without a note
    update_inspection(demo_ws, inspection, start_time="", unit_opinion="")
    set_signer(demo_ws, inspection, role="dai_dien_don_vi", name="Hoàng Văn Bình", title="")
    # The lead printed is the holder of the test's certificate (no signing on behalf here).
    set_signer(demo_ws, inspection, role="truong_doan", name="Nguyễn Văn An", title="Trưởng đoàn")
    recommendation = next(f for f in findings_of(demo_ws, inspection) if f["kind"] == "kien_nghi")
    update_finding(demo_ws, recommendation["id"], deadline=None)
    from cchc_desktop.photos.ingest import import_photos

    photo = import_photos(demo_ws, inspection, [make_photo(tmp_path / "IMG_7.jpg")], workers=1)
    view = open_view(qtbot, demo_ws, inspection)
    panel = shown(qtbot, view)
    with_certificate(panel, tmp_path)
    confirmed: list[SigningSummary] = []
    panel.confirm = lambda summary, then: (confirmed.append(summary), then())

    # The list is the first thing the tab shows; "Ký số" refuses and points at it.
    assert panel.checklist.summary.text().startswith("Chưa ký được: còn 6 mục phải hoàn thành")
    asked: list[bool] = []
    panel.ask_p12 = lambda: asked.append(True)  # type: ignore[assignment,func-returns-value]
    panel.sign_button.click()
    assert asked == [] and "Chưa ký được: còn 6 mục" in panel.status.text()
    assert focused() is panel.checklist.items
    assert numbers(demo_ws) == 0 and not panel.locked
    with_certificate(panel, tmp_path)

    _fix_each_item_at_its_field(qtbot, view, panel, recommendation["id"], photo.added[0])

    assert panel.checklist.summary.text().startswith("Sẵn sàng ký"), panel.checklist.texts()
    stored = records.get(demo_ws, "inspections", inspection)
    assert stored is not None and stored["start_time"] == "08:15" and stored["unit_opinion"]
    assert numbers(demo_ws) == 0  # all that looking and fixing took no number

    with qtbot.waitSignal(panel.signedDone, timeout=60_000) as done:
        panel.sign_button.click()
    record = done.args[0]
    assert record["signed"] and record["doc_number"] == "01/BB-ĐKT"
    assert [s.doc_number for s in confirmed] == ["01/BB-ĐKT"]
    assert "Đã ký số Biên bản số 01/BB-ĐKT" in panel.status.text()
    assert records.get(demo_ws, "inspections", inspection)["status"] == STATUS_SIGNED  # type: ignore[index]
    assert view.signed_banner.isVisible() and panel.checklist.summary.text().endswith(
        "đã ký số; nội dung đã khóa."
    )


def _fix_each_item_at_its_field(
    qtbot: QtBot, view: InspectionView, panel: SignExportPanel, recommendation: str, photo: str
) -> None:
    # Each item leads to its field; the lead fixes it there.
    follow(qtbot, panel, "checklist:B2")
    assert view.current_tab_key() == "checklist" and checklist(view).current_code() == "B2"
    press(qtbot, "1")  # Đạt
    back_to_minutes(qtbot, view, panel)
    follow(qtbot, panel, "checklist:A7:note")
    assert checklist(view).current_code() == "A7" and focused() is checklist(view).panel.note
    type_text("Lãnh đạo xã chưa trực tiếp chỉ đạo.")
    back_to_minutes(qtbot, view, panel)
    follow(qtbot, panel, "minutes:start_time")
    assert view.current_tab_key() == "minutes" and focused() is panel.fields.start_time
    qtbot.keyClicks(panel.fields.start_time, "08:15")
    press(qtbot, Qt.Key.Key_Tab)
    follow(qtbot, panel, "minutes:unit_opinion")
    assert focused() is panel.fields.opinion
    panel.fields.no_opinion.click()
    follow(qtbot, panel, "minutes:signer.dai_dien_don_vi:title")
    assert focused() is panel.boxes["dai_dien_don_vi"].title_edit
    type_text("Chủ tịch UBND xã")
    follow(qtbot, panel, f"findings:{recommendation}:deadline")
    assert view.current_tab_key() == "findings"
    assert focused() is view.tab("findings").panel.has_deadline  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Space)  # "Có thời hạn"
    back_to_minutes(qtbot, view, panel)
    # A warning leads to its field too: the photo without a caption.
    follow(qtbot, panel, f"photos:{photo}:caption")
    assert view.current_tab_key() == "photos"
    assert focused() is view.tab("photos").details.caption  # type: ignore[attr-defined]
    back_to_minutes(qtbot, view, panel)


def test_looking_at_the_tab_takes_no_number(qtbot: QtBot, demo_ws: Workspace) -> None:
    inspection = samples.demo_inspection(demo_ws, "Xã Chi Lăng")
    view = open_view(qtbot, demo_ws, inspection)
    panel = shown(qtbot, view)
    view.show_tab("checklist")
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        view.show_tab("minutes")  # a second look renders the draft again
    assert numbers(demo_ws) == 0 and register.of_inspection(demo_ws, inspection) == []
    from tests.unit.test_minutes_document import page_texts

    pages = page_texts(panel.preview.pdf_bytes)
    assert "Số: …/BB-ĐKT" in pages[0] and all("DỰ THẢO" in page for page in pages)
    assert panel.status.text().startswith("Bản xem trước (dự thảo):")


def _dialog(qtbot: QtBot) -> ConfirmSigning:
    found: list[ConfirmSigning] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConfirmSigning)
                    and w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(visible, timeout=30_000)
    return found[0]


def test_the_confirmation_says_what_is_about_to_happen(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    inspection = samples.demo_inspection(demo_ws, "Xã Khánh Xuân")
    view = open_view(qtbot, demo_ws, inspection)
    panel = shown(qtbot, view)
    with_certificate(panel, tmp_path)
    panel.sign_digitally()
    dialog = _dialog(qtbot)
    said = f"{dialog.text()}\n{dialog.informativeText()}"
    for words in (
        "Biên bản số 01/BB-ĐKT (số được cấp khi phát hành)",  # the number it takes
        "4 trang",
        "Trưởng đoàn kiểm tra: Hồ Tiến Thiệu",  # who signs, in which role
        "Chứng thư số của: Nguyễn Văn An.",  # whose certificate
        "nội dung cuộc kiểm tra bị khóa",  # what follows
    ):
        assert words in said, (words, said)
    assert dialog.defaultButton() is dialog.cancel_button  # Enter alone never signs
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert numbers(demo_ws) == 0 and not panel.locked  # cancelled: nothing happened

    # Confirmed: the certificate is not the printed lead's, so the on-behalf question comes
    # next (before anything is signed or numbered); with its reason, the signature is made.
    panel.sign_digitally()
    dialog = _dialog(qtbot)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: panel.on_behalf_dialog is not None, timeout=30_000)
    question = panel.on_behalf_dialog
    assert question is not None and question.isVisible()
    assert "«Hồ Tiến Thiệu»" in panel.status.text() and numbers(demo_ws) == 0
    question.confirm.setChecked(True)
    question.reason.setText("Được ủy quyền theo Giấy ủy quyền số 5/UQ")
    with qtbot.waitSignal(panel.signedDone, timeout=60_000) as done:
        question.buttons.button(question.buttons.StandardButton.Ok).click()
    assert panel.locked and numbers(demo_ws) == 1
    assert done.args[0]["signers"][0]["on_behalf"] == "Được ủy quyền theo Giấy ủy quyền số 5/UQ"


def test_the_paper_path_in_the_window(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    inspection = samples.demo_inspection(demo_ws, "Xã Khánh Xuân")
    view = open_view(qtbot, demo_ws, inspection)
    panel = shown(qtbot, view)
    confirmed: list[SigningSummary] = []
    panel.confirm = lambda summary, then: (confirmed.append(summary), then())
    target = tmp_path / "in" / "bien-ban-01.pdf"
    suggested: list[str] = []
    panel.ask_pdf_path = lambda name: (suggested.append(name), target)[1]
    assert not panel.receive_button.isEnabled()
    with qtbot.waitSignal(panel.previewReady, timeout=60_000):
        panel.paper_button.click()
    assert suggested == ["bien-ban-01.pdf"] and target.read_bytes().startswith(b"%PDF")
    assert confirmed[0].how == "paper" and len(confirmed[0].parties) == 3
    assert "Đã phát hành Biên bản số 01/BB-ĐKT để ký giấy" in panel.status.text()
    assert panel.locked and view.signed_banner.isVisible()
    assert panel.receive_button.isEnabled() and not panel.sign_button.isEnabled()
    assert not panel.paper_button.isEnabled()
    assert "chờ bản đã ký" in panel.checklist.summary.text()

    pages = [make_photo(tmp_path / f"trang-{n}.jpg", (600, 800)) for n in range(2)]
    panel.ask_scans = lambda: pages
    with qtbot.waitSignal(panel.previewReady, timeout=60_000) as received:
        panel.receive_button.click()
    assert received.args == [2]
    qtbot.waitUntil(lambda: panel.preview.page_count == 2)
    assert "Đã nhận bản giấy đã ký (bản quét)" in panel.status.text()
    record = register.latest(demo_ws, inspection)
    assert record is not None and record["scan_pages"] == 2
    assert panel.preview.pdf_bytes == demo_ws.media.read(record["scan_sha256"])
    assert not panel.receive_button.isEnabled() and "bản quét" in panel.banner.text()


def test_signer_fields_are_saved_as_typed(qtbot: QtBot, demo_ws: Workspace) -> None:
    inspection = samples.demo_inspection(demo_ws, "Xã Mai Sao")
    view = open_view(qtbot, demo_ws, inspection)
    panel = shown(qtbot, view)
    box = panel.boxes["dai_dien_don_vi"]
    assert not hasattr(box, "save_button")  # no "Lưu": the app saves as you type
    box.name.setFocus()
    type_text("Vi Văn Tú")
    box.title_edit.setFocus()
    type_text("Chủ tịch UBND xã Mai Sao")

    def stored() -> bool:
        rows = {s["role"]: s for s in signers_of(demo_ws, inspection)}
        rep = rows.get("dai_dien_don_vi")
        return rep is not None and (rep["name"], rep["title"]) == (
            "Vi Văn Tú", "Chủ tịch UBND xã Mai Sao",
        )  # fmt: skip

    qtbot.waitUntil(stored, timeout=5_000)  # the pause after the last key stores it
    assert not any("đại diện đơn vị" in t and "họ tên" in t for t in panel.checklist.texts())


def test_a_handwritten_signature_waits_for_the_content(qtbot: QtBot, demo_ws: Workspace) -> None:
    inspection = samples.demo_inspection(demo_ws, "Xã Mai Sao")
    view = open_view(qtbot, demo_ws, inspection)
    panel = shown(qtbot, view)
    drawn: list[str] = []
    panel.capture_signature = drawn.append  # type: ignore[assignment]
    panel.boxes["truong_doan"].pad_button.click()
    assert drawn == [] and panel.status.text().startswith("Chưa ký được")

    samples.make_ready(demo_ws, inspection)
    panel.refresh()
    confirmed: list[SigningSummary] = []
    panel.confirm = lambda summary, then: confirmed.append(summary)  # type: ignore[func-returns-value]
    panel.boxes["truong_doan"].pad_button.click()
    assert confirmed and confirmed[0].how == "handwritten" and not confirmed[0].locks
    assert drawn == []  # the pad opens only once the summary is confirmed


def test_a_previous_recommendation_not_looked_at_is_a_warning_that_leads_to_it(
    qtbot: QtBot, ws: Workspace
) -> None:
    from tests.previous_support import inspect_after_merger, make_history

    history = make_history(ws)
    inspection = inspect_after_merger(ws, history)
    view = open_view(qtbot, ws, inspection)
    panel = shown(qtbot, view)
    texts = panel.checklist.texts()
    warnings = [t for t in texts if "Kiến nghị kỳ trước chưa được xem xét" in t]
    assert len(warnings) == 6  # warnings only: they never block a signature by themselves
    assert not any(i.rule == "previous.not_reviewed" for i in panel.readiness.blocking)  # type: ignore[union-attr]
    finding = history.recommendations["hp2024/1"]
    follow(qtbot, panel, f"previous:{finding}")
    assert view.current_tab_key() == "previous"
    previous = view.tab("previous")
    assert previous.current_row()["id"] == finding  # type: ignore[attr-defined]
    assert focused() is previous.list  # type: ignore[attr-defined]
