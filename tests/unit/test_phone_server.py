"""The phone page's server over real HTTP on 127.0.0.1: where it listens, its limits, what it
answers, when it stops; and the small rules it relies on (addresses, file names, devices)."""

from __future__ import annotations

import socket
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from cchc_desktop.errors import UserError
from cchc_desktop.phone.intake import Verdict, device_name
from cchc_desktop.phone.network import rank
from cchc_desktop.phone.page import FILES, page_info
from cchc_desktop.phone.server import IDLE, PhoneServer
from cchc_desktop.phone.uploads import new_token, safe_filename
from cchc_desktop.photos import library
from cchc_desktop.store.workspace import Workspace
from tests.conftest import dump
from tests.phone_support import get, upload
from tests.photo_factory import make_photo

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"


def serve(ws: Workspace, **options: object) -> PhoneServer:
    server = PhoneServer(ws.folder.root, page_info(ws, INSPECTION), "127.0.0.1", **options)  # type: ignore[arg-type]
    server.start()
    return server


@pytest.fixture
def server(demo_ws: Workspace) -> Iterator[PhoneServer]:
    serving = serve(demo_ws)
    yield serving
    serving.stop()


def refused_connection(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=5):
            return False
    except OSError:
        return True


def test_listens_only_on_the_chosen_address_with_a_long_token(server: PhoneServer) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}/{server.token}/"
    assert len(server.token) == 26 and server.token.isalnum() and server.token.islower()
    assert len({new_token() for _ in range(50)}) == 50
    assert server.port > 0 and get(server.url)[0] == 200
    # Another loopback address of this machine reaches nothing: not bound to every interface.
    assert refused_connection("127.0.0.2", server.port)


def test_only_the_pages_own_files_with_safe_headers(server: PhoneServer) -> None:
    import urllib.request

    for name, (_path, kind) in FILES.items():
        with urllib.request.urlopen(server.url + name, timeout=30) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == kind
            assert response.headers["Cache-Control"] == "no-store"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Referrer-Policy"] == "no-referrer"
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
            assert "aiohttp" not in response.headers["Server"]
    for name in ("index.htm", "phone/app.js", "..%2Fcchc.sqlite", "%2e%2e/settings.json", "api/"):
        assert get(server.url + name) == (404, "404: Not Found"), name
    status, info = get(server.url + "api/info")
    assert status == 200
    assert info["unit"] == "Bộ phận Một cửa UBND huyện Bình Gia" and info["date"] == "01/07/2024"
    assert info["criteria"][0]["code"] == "A1" and info["criterion"] is None
    assert info["lang"] == "vi" and info["received"] == []


def test_uploads_get_the_laptops_verdict_and_bad_ones_change_nothing(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    heard: list[Verdict] = []
    server = serve(demo_ws, on_verdict=heard.append, max_file_bytes=400_000)
    try:
        photo = make_photo(tmp_path / "IMG_1.jpg")
        status, verdict = upload(server.url, photo, criterion="d8", caption="  Bảng  niêm yết ")
        assert status == 202 and verdict["status"] == "stored" and verdict["criterion"] == "D8"
        (row,) = library.photos_of(demo_ws, INSPECTION)
        assert row["criterion_code"] == "D8" and row["caption"] == "Bảng niêm yết"
        assert upload(server.url, photo)[1]["status"] == "duplicate"
        before = dump(demo_ws.folder.root)
        big = make_photo(tmp_path / "IMG_big.jpg", (2400, 1800), noise=True)
        assert big.stat().st_size > 400_000
        status, verdict = upload(server.url, big)
        assert (status, verdict["status"], verdict["file"]) == (413, "refused", "IMG_big.jpg")
        assert "tệp quá lớn (" in verdict["message"] and "tối đa 0,4 MB" in verdict["message"]
        status, verdict = upload(server.url, photo, filename="clip.mp4", content_type="video/mp4")
        assert (status, verdict["status"], verdict["file"]) == (415, "refused", "clip.mp4")
        assert "không phải ảnh (video/mp4)" in verdict["message"]
        status, verdict = upload(
            server.url, make_photo(tmp_path / "IMG_2.jpg", text="2"), criterion="Z9"
        )
        assert (status, verdict["status"]) == (202, "failed")
        assert "Z9" in verdict["message"]
        assert dump(demo_ws.folder.root) == before
        said = ["stored", "duplicate", "refused", "refused", "failed"]
        assert [v.status for v in heard] == said
        assert [v["status"] for v in get(server.url + "api/info")[1]["received"]] == said
    finally:
        server.stop()


def test_verdicts_come_as_soon_as_there_is_news(
    demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cchc_desktop.phone import handlers as module

    monkeypatch.setattr(module, "POLL_SECONDS", 0.3)
    serving = serve(demo_ws)
    try:
        # Nothing yet: the request waits its time, then answers "nothing new".
        assert get(serving.url + "api/verdicts?after=0") == (
            200,
            {"verdicts": [], "next": 0, "stopping": False},
        )
        assert get(serving.url + "api/verdicts?after=x")[0] == 400
        status, verdict = upload(serving.url, make_photo(tmp_path / "IMG_1.jpg"))
        assert (status, verdict["status"], verdict["upload"]) == (202, "stored", 1)
        news = get(serving.url + "api/verdicts?after=0")[1]
        assert [v["file"] for v in news["verdicts"]] == ["IMG_1.jpg"] and news["next"] == 1
        assert get(serving.url + "api/info")[1]["next"] == 1
        # A phone waiting for news when the laptop stops hears that no more will come.
        monkeypatch.setattr(module, "POLL_SECONDS", 60.0)
        heard: list[object] = []
        waiting = threading.Thread(
            target=lambda: heard.append(get(serving.url + "api/verdicts?after=1")[1])
        )
        waiting.start()
        deadline = time.monotonic() + 30
        while serving._polls == 0 and time.monotonic() < deadline:
            waiting.join(0.01)  # until the request is in, waiting for news
        serving.stop()
        waiting.join(30)
        assert heard == [{"verdicts": [], "next": 1, "stopping": True}]
    finally:
        serving.stop()


def test_size_limit_per_opening(demo_ws: Workspace, tmp_path: Path) -> None:
    first = make_photo(tmp_path / "IMG_1.jpg", text="1")
    second = make_photo(tmp_path / "IMG_2.jpg", text="2")
    server = serve(demo_ws, max_total_bytes=first.stat().st_size + 100)
    try:
        assert upload(server.url, first)[1]["status"] == "stored"
        status, verdict = upload(server.url, second)
        assert status == 413 and verdict["file"] == "IMG_2.jpg"
        assert "lần mở này đã nhận đủ" in verdict["message"]
    finally:
        server.stop()
    assert [r["filename"] for r in library.photos_of(demo_ws, INSPECTION)] == ["IMG_1.jpg"]


def test_two_uploads_at_once_are_both_stored(
    server: PhoneServer, demo_ws: Workspace, tmp_path: Path
) -> None:
    photos = [make_photo(tmp_path / f"IMG_{i}.jpg", text=str(i)) for i in range(4)]
    answers: dict[str, str] = {}

    def send(path: Path) -> None:
        answers[path.name] = upload(server.url, path)[1]["status"]

    threads = [threading.Thread(target=send, args=(p,)) for p in photos]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert answers == {p.name: "stored" for p in photos}
    assert len(library.photos_of(demo_ws, INSPECTION)) == 4


def test_stops_when_told_and_when_idle(demo_ws: Workspace) -> None:
    stopped: list[str] = []
    server = serve(demo_ws, idle_seconds=0.3, on_stopped=stopped.append)
    port = server.port
    assert server.wait(30)
    assert server.reason == IDLE and stopped == [IDLE] and not server.running
    assert refused_connection("127.0.0.1", port)
    assert server.join_intake(30)
    server.stop()  # again: nothing happens
    other = serve(demo_ws)
    scratch = other._scratch
    assert scratch is not None and scratch.is_dir()
    other.stop()
    assert refused_connection("127.0.0.1", other.port) and not other.running
    assert other.reason == "closed" and not scratch.exists()


def test_a_signed_inspection_takes_no_photos(demo_ws: Workspace) -> None:
    with pytest.raises(UserError, match="Z9"):
        page_info(demo_ws, INSPECTION, "Z9")
    demo_ws.db.execute("UPDATE inspections SET status = 'da_ky' WHERE id = ?", [INSPECTION])
    with pytest.raises(UserError, match="đã ký"):
        page_info(demo_ws, INSPECTION)


def test_a_taken_port_is_refused_clearly(server: PhoneServer, demo_ws: Workspace) -> None:
    with pytest.raises(UserError, match=f"Không mở được cổng {server.port} trên địa chỉ 127.0.0.1"):
        serve(demo_ws, port=server.port)


def test_addresses_best_first() -> None:
    found = rank(
        {
            "lo": ["127.0.0.1"],
            "vEthernet (WSL)": ["172.20.48.1"],
            "Wi-Fi": ["192.168.1.23"],
            "Local Area Connection* 10": ["192.168.137.1"],
            "Ethernet": ["169.254.10.2", "10.0.0.5"],
            "docker0": ["172.17.0.1"],
            "wlp2s0": ["8.8.4.4"],
            "Bluetooth Network Connection": ["192.168.44.1"],
            "down0": ["192.168.9.9"],
        },
        {"down0": False},
    )
    assert [(a.kind, a.address) for a in found] == [
        ("hotspot", "192.168.137.1"),
        ("wifi", "192.168.1.23"),
        ("wifi", "8.8.4.4"),
        ("wired", "10.0.0.5"),
        ("virtual", "192.168.44.1"),
        ("virtual", "172.17.0.1"),
        ("virtual", "172.20.48.1"),
    ]
    assert (
        found[0].label() == "Điểm phát sóng của máy này (Local Area Connection* 10): 192.168.137.1"
    )
    assert found[1].label() == "Wi-Fi (Wi-Fi): 192.168.1.23"


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("IMG_0001.HEIC", "IMG_0001.HEIC"),
        ("../../cchc.sqlite", "cchc.sqlite"),
        ("C:\\Users\\a\\ảnh 1.jpg", "ảnh 1.jpg"),
        ("a<b>:c|d?.jpg", "a_b__c_d_.jpg"),
        ("CON.jpg", "_CON.jpg"),
        ("...", "anh-dien-thoai.jpg"),
        ("", "anh-dien-thoai.jpg"),
        ("x\x00y.jpg", "x_y.jpg"),
        ("a" * 300 + ".jpeg", "a" * 115 + ".jpeg"),
        (unicodedata.normalize("NFD", "Ảnh.jpg"), "Ảnh.jpg"),
    ],
)
def test_safe_filename(given: str, safe: str) -> None:
    assert safe_filename(given) == safe
    assert len(safe_filename(given)) <= 120


def test_device_names() -> None:
    iphone = (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
    )
    assert device_name(iphone) == "iPhone (iOS 17.5)"
    assert device_name("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36") == (
        "Android 14; SM-A546E"
    )
    assert device_name("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36") == "Android 10"
    assert device_name("curl/8.5.0") == "curl/8.5.0"
