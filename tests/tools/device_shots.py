"""Pictures of naming a laptop and comparing its fingerprint, on the demo data, off screen.

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/device_shots.py OUT_DIR \
    [--size 1366x768] [--scale 130]

Writes OUT_DIR/device-name-dialog.png (the first-start dialog over the window),
OUT_DIR/laptop-settings-device-130.png (Cài đặt › Dữ liệu trên máy) and
OUT_DIR/trust-dialog.png (the trust step over Trao đổi, a second laptop's package open).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget


def over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with ``dialog`` drawn where Qt puts it on a screen: centred over it."""
    shot = window.grab()
    alone = dialog.grab()
    painter = QPainter(shot)
    painter.drawPixmap(
        QPoint((shot.width() - alone.width()) // 2, (shot.height() - alone.height()) // 2), alone
    )
    painter.end()
    return shot


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=int, default=130)
    args = parser.parse_args()

    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.exchange.export import export_package
    from cchc_desktop.gui.app import application
    from cchc_desktop.gui.entry import open_main_window
    from cchc_desktop.gui.screenshot import settle, wait_until
    from cchc_desktop.settings import Settings
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace

    app = application([sys.argv[0]])
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        data, other = Path(scratch) / "data", Path(scratch) / "other"
        initialise(data)
        initialise(other, "Máy đoàn 2 – Trần Thị Bình")
        with Workspace.open(data) as ws:
            load_demo(ws)
        with Workspace.open(other) as ws:
            load_demo(ws)
            package = export_package(ws, [], everything=True, target=Path(scratch) / "b.cchc")
        settings = dataclasses.replace(
            Settings.load(data / "settings.json"), text_scale=args.scale, user_name="Nguyễn Văn An"
        )
        window = open_main_window(
            data, settings=settings, persist_settings=False, size=(width, height)
        )
        settle(window)
        dialog = window.ask_for_device_name()
        settle(window)
        over(window, dialog).save(str(args.out / "device-name-dialog.png"))
        dialog.name_edit.setText("Máy đoàn 1 – Nguyễn Văn An")
        dialog.accept()

        page = window.show_page("settings")
        tabs = page.sections  # type: ignore[attr-defined]
        tabs.setCurrentIndex(tabs.count() - 1)
        settle(window)
        window.grab().save(str(args.out / "laptop-settings-device-130.png"))

        host = window.show_page("exchange")
        exchange = host.page  # type: ignore[attr-defined]
        exchange.auto_open = False
        exchange.open_package(package.path)
        wait_until(lambda: exchange.verified is not None)
        settle(window)
        trust = exchange.trust_device()
        settle(window)
        over(window, trust).save(str(args.out / "trust-dialog.png"))
        trust.reject()
        window.close()
        app.aboutToQuit.emit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
