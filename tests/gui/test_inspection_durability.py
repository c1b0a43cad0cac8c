"""Pull the power: a process answering in the real view is killed (SIGKILL) right after the
answers appear on screen; a new process on the same data folder finds every one of them.

(SIGKILL stops the process, not the operating system, so this proves nothing waits in the
app's memory; surviving a real power cut is SQLite's WAL with synchronous=FULL, which the
connection turns on and the last assertion checks.)
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cchc_desktop.store.answers import answers_of
from cchc_desktop.store.workspace import Workspace
from tests.gui.inspection_support import new_commune_inspection

ROOT = Path(__file__).resolve().parents[2]

_LEAD = r"""
import sys
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

app = QApplication([])
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.store.workspace import Workspace
from tests.gui.inspection_support import checklist

from pathlib import Path
ws = Workspace.open(Path(sys.argv[1]))
view = InspectionView(ws)
view.resize(1280, 800)
view.show()
view.open_inspection(sys.argv[2])
tree = checklist(view).tree
# Answering moves on (the default): 1 answers A1 and goes to A2, 3 answers A2.
for key in (Qt.Key.Key_1, Qt.Key.Key_3):
    QTest.keyClick(tree, key)
# A note typed, then the pause that stores it (no focus change, no close).
loop = QEventLoop()
view.changed.connect(loop.quit)
checklist(view).panel.note.setPlainText("Chưa có sổ theo dõi")
QTimer.singleShot(5000, loop.quit)
loop.exec()
print("answered", flush=True)
sys.stdin.read()  # wait here until killed
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_answers_survive_a_killed_process(ws: Workspace, data_dir: Path) -> None:
    inspection = new_commune_inspection(ws)
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    lead = subprocess.Popen(
        [sys.executable, "-c", _LEAD, str(data_dir), inspection],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert lead.stdout is not None
        line = lead.stdout.readline()
        assert line.strip() == "answered", lead.stderr.read() if lead.stderr else ""
        lead.send_signal(signal.SIGKILL)
        lead.wait(timeout=10)
    finally:
        if lead.poll() is None:
            lead.kill()
        lead.communicate()
    assert lead.returncode == -signal.SIGKILL

    with Workspace.open(data_dir) as again:
        stored = {c: (a["result"], a["note"]) for c, a in answers_of(again, inspection).items()}
        assert stored == {"A1": ("dat", ""), "A2": ("khong_dat", "Chưa có sổ theo dõi")}
        assert again.db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
