"""A picture of the phone page as a phone shows it (Chromium, 390×844 CSS px, 2× pixels), after
a criterion photo, two general ones, a repeat and a file that is not a photo.

.venv/bin/python tests/tools/phone_page_shot.py OUT.png [--lang en] [--criterion D8]

Everything runs on 127.0.0.1 in a throwaway demo data folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    parser.add_argument("--criterion", default=None, help="chosen on the laptop")
    parser.add_argument("--empty", action="store_true", help="before any photo is sent")
    args = parser.parse_args()

    from selenium.webdriver.support.wait import WebDriverWait

    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.errors import set_language
    from cchc_desktop.phone.page import page_info
    from cchc_desktop.phone.server import PhoneServer
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace
    from tests.phone_support import chromium

    set_language(args.lang)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        data = scratch / "data"
        initialise(data)
        with Workspace.open(data) as ws:
            load_demo(ws)
            inspection = ws.db.execute(
                "SELECT id FROM inspections WHERE date >= '2026-01-01' ORDER BY date LIMIT 1"
            ).fetchone()[0]
            info = page_info(ws, inspection, args.criterion)
        server = PhoneServer(data, info, "127.0.0.1")
        server.start()
        driver = chromium(scratch / "profile")
        try:
            driver.get(server.url)
            wait = WebDriverWait(driver, 120)
            wait.until(lambda b: b.find_element("tag name", "body").get_attribute("data-ready"))
            if not args.empty:
                _send_photos(driver, wait, scratch)
            driver.save_screenshot(str(args.out))
        finally:
            driver.quit()
            server.stop()
    return 0


def _send_photos(driver: Any, wait: Any, scratch: Path) -> None:
    """One photo for criterion C3 with a caption, then three more and a file that is none."""
    from selenium.webdriver.support.select import Select

    from tests.photo_factory import make_photo

    photos = [
        make_photo(scratch / f"IMG_20260312_09{i:02d}.jpg", (1200, 900), text=str(i))
        for i in range(3)
    ]
    text = scratch / "bien-ban-nhap.jpg"
    text.write_text("không phải ảnh", encoding="utf-8")
    Select(driver.find_element("id", "criterion")).select_by_value("C3")
    driver.find_element("id", "caption").send_keys("Bảng niêm yết TTHC")
    driver.find_element("id", "pick").send_keys(str(photos[0]))
    wait.until(lambda b: _done(b, 1))
    Select(driver.find_element("id", "criterion")).select_by_value("")
    driver.find_element("id", "caption").clear()
    chosen = [photos[1], photos[2], photos[0], text]
    driver.find_element("id", "pick").send_keys("\n".join(map(str, chosen)))
    wait.until(lambda b: _done(b, 5))
    driver.execute_script("window.scrollTo(0, 0)")


def _done(driver: object, count: int) -> bool:
    items = driver.find_elements("css selector", "#list .item")  # type: ignore[attr-defined]
    final = ("stored", "duplicate", "refused", "failed")
    return len(items) >= count and all(i.get_attribute("data-status") in final for i in items)


if __name__ == "__main__":
    sys.exit(main())
