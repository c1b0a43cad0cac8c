""" "Nhận ảnh từ điện thoại" driven as a person would: opened from the gallery and from the
criterion panel, photos arriving over real HTTP on 127.0.0.1 and showing in the gallery as
they come, the count; the server gone the moment the dialog closes, and after idle minutes."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.gallery import GalleryWidget
from cchc_desktop.gui.gallery.model import IdRole
from cchc_desktop.gui.gallery.phone_dialog import PhoneDialog
from cchc_desktop.phone.network import LocalAddress
from cchc_desktop.phone.server import PhoneServer
from cchc_desktop.photos import library
from cchc_desktop.store.workspace import Workspace
from tests.gui.inspection_support import checklist, demo_loc_binh, open_view
from tests.phone_support import get, upload
from tests.photo_factory import make_photo

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"
LOOPBACK = [LocalAddress("127.0.0.1", "lo", "other")]
LONG = 60_000


@pytest.fixture
def gallery(qtbot: QtBot, demo_ws: Workspace) -> GalleryWidget:
    widget = GalleryWidget(demo_ws)
    qtbot.addWidget(widget)
    widget.phone_addresses = LOOPBACK
    widget.resize(1280, 800)
    widget.show()
    widget.open_inspection(INSPECTION)
    return widget


def listening(server: PhoneServer) -> bool:
    try:
        with socket.create_connection((server.host, server.port), timeout=5):
            return True
    except OSError:
        return False


def test_photos_from_the_phone_fill_the_gallery_and_closing_stops_the_server(
    qtbot: QtBot, gallery: GalleryWidget, demo_ws: Workspace, tmp_path: Path
) -> None:
    gallery.phone_button.click()
    dialog = gallery.phone_dialog
    assert isinstance(dialog, PhoneDialog) and dialog.isVisible()
    assert dialog.isModal() and dialog.windowModality() == Qt.WindowModality.WindowModal
    server = dialog.server
    assert server is not None and server.running and server.host == "127.0.0.1"
    assert dialog.address.text() == server.url
    assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()
    assert "Bộ phận Một cửa UBND huyện Bình Gia" in dialog.inspection_label.text()
    assert dialog.count.text() == "Đã nhận 0 ảnh"
    assert "Tự dừng sau 10 phút" in dialog.status.text()

    first = make_photo(tmp_path / "IMG_0001.jpg", text="1")
    assert upload(server.url, first)[1]["status"] == "stored"
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 1, timeout=LONG)
    (row,) = library.photos_of(demo_ws, INSPECTION)
    assert gallery.model.data(gallery.model.index(0), IdRole) == row["id"]
    second = make_photo(tmp_path / "IMG_0002.jpg", text="2")
    assert upload(server.url, second)[1]["status"] == "stored"
    bad = tmp_path / "ghi-chu.jpg"
    bad.write_text("không phải ảnh", encoding="utf-8")
    assert upload(server.url, bad)[1]["status"] == "refused"
    qtbot.waitUntil(lambda: len(dialog.verdicts) == 3, timeout=LONG)
    assert gallery.model.rowCount() == 2
    assert dialog.count.text() == "Đã nhận 2 ảnh · 1 tệp không nhận"
    assert dialog.recent.item(0).text().startswith("✗ ghi-chu.jpg: không nhận — không phải ảnh")
    assert "(Android 14; Pixel 8)" in dialog.recent.item(1).text()

    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == server.url

    dialog.close_button.click()
    assert not server.running and not listening(server)
    assert server.join_intake(30)
    qtbot.waitUntil(lambda: gallery.phone_dialog is None)


def test_escape_closes_and_stops(qtbot: QtBot, gallery: GalleryWidget) -> None:
    dialog = gallery.receive_from_phone()
    assert dialog is not None and dialog.server is not None
    server = dialog.server
    assert get(server.url)[0] == 200
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not listening(server)


def test_the_criterion_panel_opens_the_dialog_on_its_criterion(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    view = open_view(qtbot, demo_ws, demo_loc_binh(demo_ws))
    gallery = view.tab("photos")
    assert isinstance(gallery, GalleryWidget)
    gallery.phone_addresses = LOOPBACK
    editor = checklist(view)
    code = editor.panel.code
    assert code and editor.panel.phone_button.isEnabled()
    editor.panel.phone_button.click()
    dialog = gallery.phone_dialog
    assert dialog is not None and dialog.server is not None
    assert f"tiêu chí {code}" in dialog.criterion_label.text()
    status, info = get(dialog.server.url + "api/info")
    assert status == 200 and info["criterion"] == code
    photo = make_photo(tmp_path / "IMG_bang.jpg")
    assert upload(dialog.server.url, photo, criterion=code)[1]["status"] == "stored"
    qtbot.waitUntil(lambda: len(dialog.verdicts) == 1, timeout=LONG)
    (row,) = library.photos_of(demo_ws, view.inspection_id or "", criterion=code)
    assert row["filename"] == "IMG_bang.jpg"
    server = dialog.server
    dialog.reject()
    assert not listening(server)


def test_idle_minutes_stop_it_and_reopen_keeps_the_address(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    dialog = PhoneDialog(demo_ws, INSPECTION, addresses=LOOPBACK, idle_seconds=0.5)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.server
    assert first is not None and first.running
    qtbot.waitUntil(lambda: not dialog.restart_button.isHidden(), timeout=LONG)
    assert "Đã dừng nhận ảnh vì" in dialog.status.text()
    assert not first.running and not listening(first)
    assert not dialog.address.isEnabled() and dialog.qr.text() == "(đã dừng)"
    dialog.restart_button.click()
    second = dialog.server
    assert second is not None and second is not first and second.running
    # The phone's page goes on working: same token and, when free, the same port.
    assert second.url == first.url
    assert upload(second.url, make_photo(tmp_path / "IMG_1.jpg"))[1]["status"] == "stored"
    dialog.accept()
    assert not listening(second)


def test_no_network_says_what_to_do(qtbot: QtBot, demo_ws: Workspace) -> None:
    dialog = PhoneDialog(demo_ws, INSPECTION, addresses=[])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server is None
    assert "Mobile Hotspot" in dialog.status.text() and "Tìm lại mạng" in dialog.status.text()
    assert dialog.restart_button.isHidden()
    dialog.rescan_button.click()  # still no network: the same advice, nothing listening
    assert dialog.server is None and "Mobile Hotspot" in dialog.status.text()


def test_a_signed_inspection_is_refused_in_the_dialog(qtbot: QtBot, demo_ws: Workspace) -> None:
    demo_ws.db.execute("UPDATE inspections SET status = 'da_ky' WHERE id = ?", [INSPECTION])
    dialog = PhoneDialog(demo_ws, INSPECTION, addresses=LOOPBACK)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server is None and "đã ký biên bản" in dialog.status.text()
