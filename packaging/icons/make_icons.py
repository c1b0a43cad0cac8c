"""Render the app icon (cchc-desktop.svg) to the PNG sizes desktops use and a Windows .ico.

Run after changing the SVG: `.venv/bin/python packaging/icons/make_icons.py`. The PNGs and
the .ico are committed so that building a bundle needs no SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs an application to paint
    renderer = QSvgRenderer(str(HERE / "cchc-desktop.svg"))
    if not renderer.isValid():
        raise SystemExit("cchc-desktop.svg is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"cchc-desktop-{size}.png"))
    largest = Image.open(HERE / "cchc-desktop-256.png")
    largest.save(HERE / "cchc-desktop.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    # The window's own icon (title bar, task bar) comes from resources/, found by cchc_desktop.paths.
    app_icons = HERE.parents[1] / "resources" / "icons"
    app_icons.mkdir(parents=True, exist_ok=True)
    (app_icons / "cchc-desktop.svg").write_bytes((HERE / "cchc-desktop.svg").read_bytes())
    (app_icons / "cchc-desktop.png").write_bytes((HERE / "cchc-desktop-256.png").read_bytes())
    print(f"wrote {len(SIZES)} PNGs and cchc-desktop.ico in {HERE}, and the window icon")


if __name__ == "__main__":
    main()
