"""A picture of the "Ký & xuất" panel on the demo data, drawn off screen.

QT_QPA_PLATFORM=offscreen .venv/bin/python tests/tools/sign_panel_shot.py OUT.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def main(target: Path) -> None:
    app = QApplication([])
    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.signers import set_signer
    from cchc_desktop.store.workspace import Workspace
    from tests import minutes_samples as samples

    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        initialise(data)
        with Workspace.open(data) as ws:
            load_demo(ws)
            inspection = samples.demo_inspection(ws, "Xã Khánh Xuân")
            sha = ws.media.put_bytes(samples.signature_png())
            set_signer(ws, inspection, role="dai_dien_don_vi", name="Lương Văn Hùng",
                       title="Chủ tịch UBND xã Khánh Xuân", image_sha256=sha)  # fmt: skip
            panel = SignExportPanel(ws)
            panel.resize(1400, 900)
            panel.show()
            loop = QEventLoop()
            panel.preview.pageShown.connect(lambda _index: QTimer.singleShot(300, loop.quit))
            QTimer.singleShot(20000, loop.quit)
            panel.open_inspection(inspection)
            loop.exec()
            panel.grab().save(str(target))
            panel.close()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
