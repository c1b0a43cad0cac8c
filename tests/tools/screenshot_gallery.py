"""Draw the photo gallery off screen at 1280×800 with generated evidence photos → a PNG.

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


def scene(path: Path, size: tuple[int, int], colour: tuple[int, int, int], sign: str) -> None:
    """A plain picture of a wall with a sign: enough to tell the thumbnails apart."""
    from PIL import Image, ImageDraw, ImageFont

    from tests.photo_factory import exif_bytes

    width, height = size
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 3 // 4, width, height), fill=tuple(c - 60 for c in colour))
    board = (width // 8, height // 6, width * 7 // 8, height * 2 // 3)
    draw.rectangle(board, fill=(250, 250, 246), outline=(120, 30, 30), width=12)
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", width // 16)
        small = ImageFont.truetype("DejaVuSans.ttf", width // 40)
    except OSError:
        font = small = ImageFont.load_default(width // 16)
    draw.text((width // 2, height // 3), sign, font=font, fill=(160, 20, 20), anchor="mm")
    for line in range(4):
        y = height // 3 + width // 12 + line * width // 28
        draw.text((width // 5, y), "— " + "▬" * (8 + 3 * line), font=small, fill=(60, 60, 60))
    grain = Image.merge("RGB", [Image.effect_noise(size, 18) for _ in range(3)])
    image = Image.blend(image, grain, 0.08)
    image.save(
        path, "JPEG", quality=90, exif=exif_bytes(orientation=1, taken="2024:07:01 09:42:10")
    )


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "gallery.png"
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.gui.gallery import GalleryWidget
    from cchc_desktop.photos import library
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="cchc-shot-") as scratch_name:
        scratch = Path(scratch_name)
        data = scratch / "data"
        initialise(data)
        files = []
        for name, size, colour, sign, _caption, _code in SCENES:
            scene(scratch / name, size, colour, sign)
            files.append(str(scratch / name))
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
