"""The phone page in a real browser: Debian's Chromium, headless at a phone's size, driven by
Selenium over 127.0.0.1 — three JPEGs with EXIF, one HEIC and a text file named .jpg, one
photo on a criterion; what the laptop stored, what the page says, and the token's guard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.phone.page import page_info
from cchc_desktop.phone.server import PhoneServer
from cchc_desktop.photos import library
from cchc_desktop.store.workspace import Workspace
from tests.phone_support import ANDROID_UA, chromium, get, have_chromium, post
from tests.photo_factory import make_photo

pytestmark = pytest.mark.skipif(
    not have_chromium(),
    reason="needs Debian's chromium and chromium-driver (.ci/system-packages.sh)",
)

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"
WAIT = 120  # seconds: the first upload spawns the photo workers on a loaded machine


@pytest.fixture
def server(demo_ws: Workspace) -> Iterator[PhoneServer]:
    serving = PhoneServer(
        demo_ws.folder.root, page_info(demo_ws, INSPECTION), "127.0.0.1", workers=2
    )
    serving.start()
    yield serving
    serving.stop()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    driver = chromium(tmp_path / "profile")
    yield driver
    driver.quit()


def statuses(browser: Any) -> dict[str, str]:
    return {
        item.get_attribute("data-file"): item.get_attribute("data-status")
        for item in browser.find_elements("css selector", "#list .item")
    }


def settled(browser: Any, names: list[str]) -> bool:
    shown = statuses(browser)
    return all(shown.get(n) in ("stored", "duplicate", "refused", "failed") for n in names)


def test_photos_from_the_phone_page_land_in_the_inspection(
    server: PhoneServer, browser: Any, demo_ws: Workspace, tmp_path: Path
) -> None:
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.wait import WebDriverWait

    phone = tmp_path / "DCIM"
    jpegs = [
        make_photo(
            phone / f"IMG_2024070{i}_0915.jpg",
            (1200, 900),
            orientation=(1, 6, 3)[i],
            taken=f"2024:07:02 09:1{i}:30",
            text=f"anh {i}",
        )
        for i in range(3)
    ]
    heic = make_photo(phone / "IMG_0004.HEIC", (800, 600), fmt="HEIF", taken="2024:07:02 10:05:00")
    text = phone / "ghi-chu.jpg"
    text.write_text("Đây là ghi chú, không phải ảnh.", encoding="utf-8")

    browser.get(server.url)
    wait = WebDriverWait(browser, WAIT)
    wait.until(lambda b: b.find_element("tag name", "body").get_attribute("data-ready") == "1")
    assert browser.find_element("id", "unit").text == "Bộ phận Một cửa UBND huyện Bình Gia"
    assert "01/07/2024" in browser.find_element("id", "where").text
    assert browser.find_element("id", "capture").get_attribute("capture") == "environment"
    assert browser.find_element("id", "pick").get_attribute("multiple") == "true"

    # One photo on criterion D8 with a caption, as a lead does before shooting the board.
    Select(browser.find_element("id", "criterion")).select_by_value("D8")
    browser.find_element("id", "caption").send_keys("Bảng niêm yết TTHC")
    browser.find_element("id", "pick").send_keys(str(jpegs[0]))
    wait.until(lambda b: settled(b, [jpegs[0].name]))

    # The rest as the inspection's own photos, several chosen at once.
    Select(browser.find_element("id", "criterion")).select_by_value("")
    browser.find_element("id", "caption").clear()
    rest = [jpegs[1], jpegs[2], heic, text]
    browser.find_element("id", "pick").send_keys("\n".join(str(p) for p in rest))
    names = [p.name for p in [jpegs[0], *rest]]
    wait.until(lambda b: settled(b, names))

    shown = statuses(browser)
    assert shown == {**{p.name: "stored" for p in [*jpegs, heic]}, text.name: "refused"}
    refused = browser.find_element("css selector", '#list .item[data-file="ghi-chu.jpg"]')
    assert "Máy tính không nhận: không phải ảnh" in refused.text
    assert "ghi-chu.jpg" in refused.text
    assert "(4 đã lưu · 1 không nhận)" in browser.find_element("id", "count").text
    browser.save_screenshot(str(tmp_path / "phone-page.png"))

    # What the laptop stored: the originals byte for byte, EXIF time, the criterion and caption.
    rows = {r["filename"]: r for r in library.photos_of(demo_ws, INSPECTION)}
    assert set(rows) == {p.name for p in [*jpegs, heic]}
    for path in [*jpegs, heic]:
        row = rows[path.name]
        assert demo_ws.media.blob_path(row["sha256"]).read_bytes() == path.read_bytes()
    assert [rows[p.name]["taken_at"] for p in jpegs] == [
        f"2024-07-02T09:1{i}:30+07:00" for i in range(3)
    ]
    assert rows[heic.name]["taken_at"] == "2024-07-02T10:05:00+07:00"
    assert rows[heic.name]["mime"] == "image/heif"
    assert rows[jpegs[1].name]["orientation"] == 6
    assert (rows[jpegs[1].name]["width"], rows[jpegs[1].name]["height"]) == (1200, 900)
    assert rows[jpegs[0].name]["criterion_code"] == "D8"
    assert rows[jpegs[0].name]["caption"] == "Bảng niêm yết TTHC"
    assert all(rows[p.name]["criterion_code"] is None for p in [*jpegs[1:], heic])

    # The audit log names the phone (its User-Agent) for each photo, and when.
    notes = demo_ws.db.execute(
        "SELECT record_id, at, new_value FROM audit_log WHERE table_name = 'photos'"
        " AND action = 'note'"
    ).fetchall()
    assert {n[0] for n in notes} == {r["id"] for r in rows.values()}
    assert all(json.loads(n[2])["received_from_phone"]["device"] == ANDROID_UA for n in notes)
    assert all(n[1].startswith("20") for n in notes)

    # The page, reloaded, lists what the laptop kept, with its verdicts.
    browser.refresh()
    wait.until(lambda b: b.find_element("tag name", "body").get_attribute("data-ready") == "1")
    assert statuses(browser) == shown


def test_without_the_token_everything_is_404_and_nothing_is_stored(
    server: PhoneServer, browser: Any, demo_ws: Workspace, tmp_path: Path
) -> None:
    root = f"http://127.0.0.1:{server.port}/"
    wrong = "a" * len(server.token)
    for url in (
        root,
        root + "api/info",
        root + "app.js",
        root + "style.css",
        root + "index.html",
        root + f"{wrong}/",
        root + f"{wrong}/api/info",
        root + server.token[:-1] + "/",
        root + "cchc.sqlite",
        root + f"{server.token}/../cchc.sqlite",
        root + f"{server.token}/cchc.sqlite",
        root + f"{server.token}/media",
        root + f"{server.token}/api",
    ):
        status, body = get(url)
        assert (status, body) == (404, "404: Not Found"), url
    photo = make_photo(tmp_path / "IMG_1.jpg")
    from tests.phone_support import multipart

    body, kind = multipart({}, photo.name, photo.read_bytes())
    for url in (root + "api/upload", root + f"{wrong}/api/upload", root + "upload"):
        status, answer = post(url, body, kind)
        assert (status, answer) == (404, "404: Not Found"), url
    assert library.photos_of(demo_ws, INSPECTION) == []
    # The browser at an address without the token sees the same bare page.
    browser.get(root)
    assert browser.find_element("tag name", "body").text == "404: Not Found"
    assert get(server.url)[0] == 200
