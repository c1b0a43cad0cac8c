"""The minutes widgets driven like a person would: draw a signature, page through and print the
preview, sign and export from the panel (no dialog ever blocks: the panel's questions are
answered by the test)."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt, QThreadPool
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.minutes.pdf_preview import PdfPreview
from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
from cchc_desktop.gui.minutes.signature_pad import SignaturePad
from cchc_desktop.minutes import register
from cchc_desktop.minutes.render import render
from cchc_desktop.store import records
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.pki import PASSWORD, standard


@pytest.fixture(autouse=True)
def _jobs_end_before_widgets(qtbot: QtBot) -> Iterator[None]:
    """Background renders finish, and their results arrive, while the widgets still exist."""
    yield
    QThreadPool.globalInstance().waitForDone(20000)
    QApplication.processEvents()


def rgba(png: bytes) -> Image.Image:
    image = Image.open(BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGBA")


def draw_line(pad: SignaturePad, y: int, x0: int = 40, x1: int = 340) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x0, y))
    for x in range(x0, x1 + 1, 10):
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x1, y)
    )


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(400, 160)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_mouse_stroke_becomes_blue_ink_on_transparency(pad: SignaturePad) -> None:
    draw_line(pad, 80)
    assert not pad.is_empty()
    image = rgba(pad.to_png(scale=2))
    assert image.size == (800, 320)
    for x in range(100, 660, 40):  # along the stroke: opaque blue ink
        r, g, b, a = image.getpixel((x, 160))
        assert a > 200 and b > r and b > g, (x, (r, g, b, a))
    for point in ((5, 5), (790, 310), (400, 40), (400, 280)):  # elsewhere: nothing
        assert image.getpixel(point)[3] == 0


def test_undo_and_clear(pad: SignaturePad) -> None:
    draw_line(pad, 50)
    draw_line(pad, 110)
    pad.undo()
    image = rgba(pad.to_png(scale=1))
    assert image.getpixel((200, 50))[3] > 0 and image.getpixel((200, 110))[3] == 0
    pad.clear()
    assert pad.is_empty()


def _tablet(
    pad: SignaturePad, kind: QTabletEvent.Type, x: float, y: float, pressure: float
) -> None:
    device = QPointingDevice(
        "bút thử", 42, QPointingDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
        QPointingDevice.Capability.Position | QPointingDevice.Capability.Pressure, 1, 1,
    )  # fmt: skip
    point = QPointF(x, y)
    buttons = (
        Qt.MouseButton.NoButton
        if kind == QTabletEvent.Type.TabletRelease
        else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind, device, point, pad.mapToGlobal(point), pressure, 0, 0, 0, 0, 0,
        Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, buttons,
    )  # fmt: skip
    QApplication.sendEvent(pad, event)


def _thickness(image: Image.Image, x: int) -> int:
    return sum(1 for y in range(image.height) if image.getpixel((x, y))[3] > 128)


def test_pen_pressure_sets_the_width(pad: SignaturePad) -> None:
    for y, pressure in ((50, 0.15), (110, 1.0)):
        _tablet(pad, QTabletEvent.Type.TabletPress, 40, y, pressure)
        for x in range(50, 341, 10):
            _tablet(pad, QTabletEvent.Type.TabletMove, x, y, pressure)
        _tablet(pad, QTabletEvent.Type.TabletRelease, 340, y, pressure)
    assert len(pad.strokes) == 2
    image = rgba(pad.to_png(scale=4))
    top = image.crop((0, 0, image.width, image.height // 2))
    bottom = image.crop((0, image.height // 2, image.width, image.height))
    assert _thickness(bottom, 800) > 1.6 * _thickness(top, 800) > 0


def test_a_finger_signs_too(pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 80), pad).commit()
    for x in range(50, 300, 20):
        QTest.touchEvent(pad, device).move(0, QPoint(x, 80), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(300, 80), pad).commit()
    assert len(pad.strokes) == 1 and len(pad.strokes[0].points) > 5


@pytest.fixture
def pdf_bytes() -> bytes:
    return render(samples.snapshot(), lambda _sha: None).pdf


def test_preview_pages_zoom_and_print(qtbot: QtBot, pdf_bytes: bytes, tmp_path: Path) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(700, 900)
    preview.show()
    with qtbot.waitSignal(preview.pageCountChanged) as counted, qtbot.waitSignal(preview.pageShown):
        preview.set_pdf(pdf_bytes)
    pages = len(PdfReader(BytesIO(pdf_bytes)).pages)
    assert counted.args == [pages] and preview.count_label.text() == f"/ {pages}"
    assert preview.page_label.pixmap() is not None and not preview.page_label.pixmap().isNull()
    with qtbot.waitSignal(preview.pageShown) as shown:
        preview.next_page()
    assert shown.args == [1] and preview.page_box.value() == 2
    width = preview.page_label.pixmap().width()
    with qtbot.waitSignal(preview.pageShown):
        preview.zoom_in()
    assert preview.page_label.pixmap().width() > width
    assert preview.zoom_label.text().endswith("%")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "in-ra.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(preview.printFinished, timeout=20000) as printed:
        preview.print_to(printer)
    assert printed.args == [True, ""]
    out = PdfReader(str(target))
    assert len(out.pages) == pages
    assert abs(float(out.pages[0].mediabox.width) - 595.3) < 2


def test_the_preview_lets_its_pdf_go_when_the_app_ends(
    qtbot: QtBot, qapp: QApplication, pdf_bytes: bytes
) -> None:
    """Inside a tab the preview gets no closeEvent: the app's end releases PDFium's document
    (else pypdfium2 closes it late and says so on stderr)."""
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    with qtbot.waitSignal(preview.pageShown):
        preview.set_pdf(pdf_bytes)
    assert preview.page_count > 0
    qapp.aboutToQuit.emit()
    assert preview.page_count == 0


def test_open_in_the_system_viewer(qtbot: QtBot, pdf_bytes: bytes, tmp_path: Path) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    opened: list[str] = []
    preview.open_url = lambda url: opened.append(url.toLocalFile())
    with qtbot.waitSignal(preview.pageCountChanged):
        preview.set_pdf(pdf_bytes)
    preview.open_in_system_viewer()  # the bytes are written to a .pdf in the background
    qtbot.waitUntil(lambda: len(opened) == 1)
    path = Path(opened[0])
    assert path.suffix == ".pdf" and path.read_bytes() == pdf_bytes
    preview.open_in_system_viewer()  # the same copy again, no second one
    assert opened == [str(path), str(path)]
    saved = tmp_path / "bien-ban.pdf"
    saved.write_bytes(pdf_bytes)
    with qtbot.waitSignal(preview.pageCountChanged):
        preview.set_pdf(saved)
    preview.open_in_system_viewer()  # a named .pdf file opens as it is
    assert opened[-1] == str(saved)


def _inspection(ws: Workspace) -> str:
    return samples.demo_inspection(ws, "Xã Khánh Xuân")  # the demo's complete record


@pytest.fixture
def panel(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> SignExportPanel:
    widget = SignExportPanel(demo_ws)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()  # the draft is made when the panel is on screen
    qtbot.waitExposed(widget)
    p12 = tmp_path / "truong-doan.p12"
    p12.write_bytes(standard()["lead"].p12())
    widget.ask_p12 = lambda: p12
    widget.ask_password = lambda _path: PASSWORD
    widget.capture_signature = lambda _role: samples.signature_png()
    widget.ask_docx_path = lambda: tmp_path / "nhap.docx"
    widget.confirm = lambda _summary, then: then()  # test_ready_to_sign reads the real dialog
    return widget


def test_the_panel_signs_and_locks(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace, tmp_path: Path
) -> None:
    inspection = _inspection(demo_ws)
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.open_inspection(inspection)
    qtbot.waitUntil(lambda: panel.preview.page_count > 0)
    # The team's lead and secretary stand in for the roles nobody else was named for.
    assert panel.boxes["truong_doan"].name.text() == "Hồ Tiến Thiệu"
    assert panel.boxes["thu_ky"].name.text() == "Nguyễn Hải Hoàng"
    assert panel.boxes["dai_dien_don_vi"].name.text() == "Hoàng Văn Bình"
    # The commune chairman signs by hand on the pad.
    box = panel.boxes["dai_dien_don_vi"]
    with qtbot.waitSignal(panel.busyChanged, check_params_cb=lambda busy: not busy, timeout=20000):
        panel.sign_by_hand("dai_dien_don_vi")
    signer = demo_ws.db.execute(
        "SELECT name, image_sha256 FROM signers WHERE inspection_id = ? AND role = 'dai_dien_don_vi'",
        [inspection],
    ).fetchone()
    assert signer[0] == "Hoàng Văn Bình" and demo_ws.media.has(signer[1])
    assert box.image.pixmap() is not None and not box.image.pixmap().isNull()

    name_the_lead(qtbot, panel)
    with qtbot.waitSignal(panel.signedDone, timeout=30000) as done:
        panel.sign_digitally()
    record = done.args[0]
    assert record["signed"] and record["signers"][0]["role"] == "truong_doan"
    assert "Người giữ chứng thư: Nguyễn Văn An" in panel.report.toPlainText()
    assert "Đối chiếu tên: khớp" in panel.report.toPlainText()
    assert "hộp thư đi" in panel.status.text()
    assert records.get(demo_ws, "inspections", inspection)["status"] == STATUS_SIGNED  # type: ignore[index]
    assert panel.locked and not panel.supplement_button.isHidden()
    assert box.name.isReadOnly() and not panel.preview_action.isEnabled()
    assert not panel.docx_action.isEnabled()  # a Word draft of an issued biên bản: none
    qtbot.waitUntil(lambda: panel.preview.pdf_bytes == demo_ws.media.read(record["pdf_sha256"]))
    # The handwriting is in the signed document.
    images = [x.get_object() for page in PdfReader(BytesIO(panel.preview.pdf_bytes)).pages
              for x in page["/Resources"].get_object().get("/XObject", {}).values()]  # fmt: skip
    assert any("/SMask" in image for image in images)

    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.start_supplement()
    rows = register.of_inspection(demo_ws, inspection)
    assert [r["revision_no"] for r in rows] == [1] and not panel.locked
    with qtbot.waitSignal(panel.busyChanged, check_params_cb=lambda busy: not busy, timeout=20000):
        panel.export_docx()
    assert (tmp_path / "nhap.docx").is_file()


def name_the_lead(qtbot: QtBot, panel: SignExportPanel, name: str = "Nguyễn Văn An") -> None:
    """Type the team lead's name (the holder of the test's certificate) and save it."""
    box = panel.boxes["truong_doan"]
    box.name.setText(name)
    box.title_edit.setText("Phó Giám đốc Sở Nội vụ")
    assert panel.save_signer("truong_doan")


def test_a_certificate_of_someone_else_asks_to_sign_on_behalf_with_a_reason(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace
) -> None:
    inspection = _inspection(demo_ws)
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.open_inspection(inspection)
    # The lead printed is Hồ Tiến Thiệu; the certificate is Nguyễn Văn An's: once the summary
    # is confirmed, the question comes before anything is signed.
    panel.sign_digitally()
    qtbot.waitUntil(lambda: panel.on_behalf_dialog is not None, timeout=30000)
    dialog = panel.on_behalf_dialog
    assert dialog is not None and dialog.isVisible()
    assert "«Hồ Tiến Thiệu»" in panel.status.text()
    assert not any(r["signed"] for r in register.of_inspection(demo_ws, inspection))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # neither confirmed nor a reason yet
    dialog.confirm.setChecked(True)
    dialog.reason.setText("Được ủy quyền theo Giấy ủy quyền số 5/UQ")  # typed (non-ASCII)
    assert ok.isEnabled()
    with qtbot.waitSignal(panel.signedDone, timeout=30000) as done:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert done.args[0]["signers"][0]["on_behalf"] == "Được ủy quyền theo Giấy ủy quyền số 5/UQ"
    report = panel.report.toPlainText()
    assert "KHÔNG KHỚP — ký thay Hồ Tiến Thiệu, lý do: Được ủy quyền" in report
    assert "Kết luận: CHƯA XÁC THỰC ĐƯỢC" in report


def test_a_wrong_password_is_said_and_nothing_is_signed(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace
) -> None:
    inspection = _inspection(demo_ws)
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.open_inspection(inspection)
    panel.ask_password = lambda _path: "sai"
    with qtbot.waitSignal(panel.failed, timeout=20000) as failed:
        panel.sign_digitally()
    assert "Mật khẩu không đúng" in failed.args[0] and "Mật khẩu không đúng" in panel.status.text()
    assert register.of_inspection(demo_ws, inspection) == []
    panel.ask_p12 = lambda: None  # cancelling the file dialog does nothing
    panel.sign_digitally()
    assert not panel._busy


def test_trusted_roots_are_managed_in_the_window(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    from cchc_desktop.gui.minutes.trusted_roots import TrustedRootsDialog

    dialog = TrustedRootsDialog(demo_ws.folder)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0
    ca = tmp_path / "ca.pem"
    ca.write_bytes(standard()["ca"].pem())
    dialog.ask_file = lambda: ca
    with qtbot.waitSignal(dialog.changed):
        dialog.add()
    assert dialog.list.count() == 1 and "CA Thử nghiệm CCHC" in dialog.list.item(0).text()
    leaf = tmp_path / "leaf.pem"
    leaf.write_bytes(standard()["lead"].pem())
    dialog.ask_file = lambda: leaf
    dialog.add()
    assert "không phải của tổ chức cấp chứng thư" in dialog.status.text()
    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.changed):
        dialog.remove_selected()
    assert dialog.list.count() == 0


def test_the_panel_report_becomes_trusted_once_the_ca_is_added(
    qtbot: QtBot, panel: SignExportPanel, demo_ws: Workspace, tmp_path: Path
) -> None:
    with qtbot.waitSignal(panel.previewReady, timeout=20000):
        panel.open_inspection(_inspection(demo_ws))
    name_the_lead(qtbot, panel)
    with qtbot.waitSignal(panel.signedDone, timeout=30000):
        panel.sign_digitally()
    assert "Chứng thư: chưa được xác thực" in panel.report.toPlainText()
    dialog = panel.manage_trusted_roots()
    ca = tmp_path / "ca.pem"
    ca.write_bytes(standard()["ca"].pem())
    dialog.ask_file = lambda: ca
    with qtbot.waitSignal(panel.busyChanged, check_params_cb=lambda busy: not busy, timeout=20000):
        dialog.add()
    assert "Chứng thư: tin cậy (dẫn tới chứng thư gốc" in panel.report.toPlainText()
    assert "Kết luận: HỢP LỆ" in panel.report.toPlainText()
    dialog.close()
