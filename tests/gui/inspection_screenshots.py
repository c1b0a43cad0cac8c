"""Draw the inspection view off screen to PNG, for looking at it (and for the docs).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.inspection_screenshots docs/screenshots

Renders the demo's 2026 inspection of the Lộc Bình centre at 1280×800 into checklist.png and
findings.png (the app's own --screenshot will later draw the whole window the same way).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)


def render(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.gui.inspection.view import InspectionView
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace
    from tests.gui.inspection_support import checklist, demo_loc_binh, findings

    app = QApplication.instance() or QApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        initialise(data)
        with Workspace.open(data) as ws:
            load_demo(ws)
            view = InspectionView(ws)
            view.resize(*SIZE)
            view.show()
            view.open_inspection(demo_loc_binh(ws))
            checklist(view).select("D14")
            app.processEvents()
            written.append(out_dir / "checklist.png")
            view.grab().save(str(written[-1]))
            view.show_tab("findings")
            editor = findings(view)
            first_recommendation = editor.model.items("kien_nghi")[0]["id"]
            editor.select(first_recommendation)
            app.processEvents()
            written.append(out_dir / "findings.png")
            view.grab().save(str(written[-1]))
            view.close()
            view.deleteLater()
            app.processEvents()
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
