"""Pictures of "Nhận ảnh từ điện thoại" over the gallery, on the demo data, drawn off screen.

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/phone_dialog_shot.py OUT.png \
    [--window WINDOW.png] [--size 1366x768] [--scale 130] [--photos N] [--criterion D8]

The dialog serves on 127.0.0.1 (no traffic leaves this machine); ``--photos N`` sends N
generated photos through the real page's API first, so the count and the list show. Writes
OUT.png (the dialog alone) and, with ``--window``, the window with the dialog over it.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter


def post_photo(url: str, path: Path, criterion: str = "") -> None:
    """One upload as the phone page makes it (multipart: criterion, caption, file)."""
    boundary = uuid.uuid4().hex
    parts = []
    if criterion:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="criterion"\r\n\r\n'
            f"{criterion}\r\n".encode()
        )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
        "Content-Type: image/jpeg\r\n\r\n".encode()
        + path.read_bytes()
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(
        url + "api/upload",
        data=b"".join(parts),
        headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "User-Agent": "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36",
        },
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        response.read()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--window", type=Path, default=None)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=int, default=130)
    parser.add_argument("--photos", type=int, default=3)
    parser.add_argument("--criterion", default=None)
    args = parser.parse_args()

    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.gui.app import application
    from cchc_desktop.gui.entry import open_main_window
    from cchc_desktop.gui.screenshot import settle, show_for_screenshot, wait_until
    from cchc_desktop.phone.network import LocalAddress
    from cchc_desktop.settings import Settings
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace
    from tests.photo_factory import make_photo

    app = application([sys.argv[0]])
    width, height = (int(v) for v in args.size.split("x"))
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        initialise(data)
        with Workspace.open(data) as ws:
            load_demo(ws)
        settings = dataclasses.replace(Settings.load(data / "settings.json"), text_scale=args.scale)
        window = open_main_window(
            data, settings=settings, persist_settings=False, size=(width, height)
        )
        settle(window)
        show_for_screenshot(window, "photos")
        settle(window)
        gallery = window.pages["inspection"].view.tab("photos")
        gallery.phone_addresses = [LocalAddress("127.0.0.1", "lo", "other")]
        dialog = gallery.receive_from_phone(args.criterion)
        assert dialog is not None and dialog.server is not None
        for index in range(args.photos):
            name = f"IMG_20260312_09{index:02d}.jpg"
            photo = make_photo(Path(scratch) / name, (800, 600), text=name)
            post_photo(dialog.server.url, photo, "D8" if index == 0 else "")
        wait_until(lambda: len(dialog.verdicts) >= args.photos)
        settle(window)
        shot = window.grab()
        alone = dialog.grab()
        painter = QPainter(shot)
        # Where Qt puts it on a real screen: centred over the window.
        where = QPoint((width - alone.width()) // 2, (height - alone.height()) // 2)
        painter.drawPixmap(where, alone)
        painter.end()
        alone.save(str(args.out))
        if args.window is not None:
            shot.save(str(args.window))
        dialog.accept()
        window.close()
        app.aboutToQuit.emit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
