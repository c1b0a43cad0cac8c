"""Draw the photo gallery off screen at 1280×800 with generated evidence photos → a PNG.

The pictures are drawn and tagged by the demo's own ``draw_scene`` and ``phone_exif``; they go
in as a person's drop would (one file is not a photo, to show its refusal).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/screenshot_gallery.py [OUT.png]
(default docs/screenshots/gallery.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"

# (file, upright size, background, sign text, caption, criterion)
SCENES = [
    (
        "IMG_0412.jpg",
        (1600, 1200),
        (214, 226, 240),
        "BỘ PHẬN MỘT CỬA",
        "Quầy tiếp nhận và trả kết quả",
        "D13",
    ),
    (
        "IMG_0413.jpg",
        (1600, 1200),
        (240, 228, 200),
        "NIÊM YẾT TTHC",
        "Bảng niêm yết thiếu danh mục thủ tục",
        "C1",
    ),
    (
        "IMG_0415.jpg",
        (1200, 1600),
        (226, 240, 222),
        "KIOSK ĐÁNH GIÁ",
        "Máy đánh giá mức độ hài lòng không hoạt động",
        "D10",
    ),
    (
        "IMG_0417.jpg",
        (1600, 1200),
        (244, 222, 222),
        "PHIẾU XIN LỖI",
        "Không có phiếu xin lỗi hồ sơ trễ hạn",
        "D5",
    ),
    (
        "IMG_0420.jpg",
        (1600, 1200),
        (230, 230, 230),
        "SỔ THEO DÕI",
        "Sổ theo dõi hồ sơ năm 2024",
        None,
    ),
    ("IMG_0421.jpg", (1600, 1200), (222, 236, 244), "HỘP THƯ GÓP Ý", "", None),
    (
        "IMG_0425.jpg",
        (1600, 1200),
        (236, 226, 244),
        "THANH TOÁN TRỰC TUYẾN",
        "Hướng dẫn thanh toán trực tuyến",
        None,
    ),
    ("IMG_0426.jpg", (1200, 1600), (244, 238, 214), "LỊCH TIẾP DÂN", "Lịch tiếp công dân", None),
]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "gallery.png"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.demo.photos import draw_scene, phone_exif
    from cchc_desktop.gui.gallery import GalleryWidget
    from cchc_desktop.photos import library
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="cchc-shot-") as scratch_name:
        scratch = Path(scratch_name)
        data = scratch / "data"
        initialise(data)
        # Taken at the Bình Gia one-stop shop on the morning of the visit.
        exif = phone_exif(taken="2024:07:01 09:42:10", gps=(22.0454, 106.3182))
        files = [
            str(draw_scene(scratch / name, sign, colour, size=size, exif=exif))
            for name, size, colour, sign, _caption, _code in SCENES
        ]
        bad = scratch / "bien-ban-nhap.jpg"
        bad.write_text("không phải ảnh", encoding="utf-8")
        with Workspace.open(data) as ws:
            load_demo(ws)
            gallery = GalleryWidget(ws)
            gallery.resize(1280, 800)
            gallery.show()
            gallery.open_inspection(INSPECTION)
            # Wait in an event loop (a busy processEvents() loop trips a PySide refcount bug).
            loop = QEventLoop()
            gallery.importFinished.connect(lambda _result: loop.quit())
            gallery.import_files([*files, str(bad)])
            loop.exec()
            for row, (name, *_rest, caption, code) in zip(
                library.photos_of(ws, INSPECTION), SCENES, strict=True
            ):
                assert row["filename"] == name
                library.update_photo(ws, row["id"], caption=caption, criterion=code)
            excluded = library.photos_of(ws, INSPECTION)[5]["id"]
            library.update_photo(ws, excluded, include_in_minutes=False)
            gallery.model.reload()
            gallery.select_photo(library.photos_of(ws, INSPECTION)[1]["id"])
            ready = QEventLoop()

            def check() -> None:
                if gallery.model.thumbnails_ready():
                    ready.quit()

            timer = QTimer()
            timer.timeout.connect(check)
            timer.start(50)
            ready.exec()
            timer.stop()
            app.processEvents()  # one pass: paint what the loaded thumbnails changed
            out.parent.mkdir(parents=True, exist_ok=True)
            gallery.grab().save(str(out))
            gallery.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
