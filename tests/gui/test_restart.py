"""The issue's promise, as far as the window shell goes: create an inspection in the window,
answer criteria, close, start again on the same folder, and find everything there.

Answering by keyboard (1–4, notes, arrows) belongs to the inspection view; until it lands the
answers go through the core (the same function the view calls), and the placeholder view
shows them after the restart. The inspection view's own test completes this story.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.dialogs.inspection_dialog import InspectionDialog
from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.store.answers import set_answer
from tests.gui.helpers import OpenWindow, reopen

ANSWERS = [
    ("A1", "dat", ""),
    ("A2", "dat_mot_phan", "Mới hoàn thành 8/10 nhiệm vụ"),
    ("A3", "khong_dat", ""),
    ("A4", "khong_ap_dung", ""),
    ("A5", "dat", ""),
]


def test_create_answer_restart_find_everything(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    root = tmp_path / "laptop"
    window = open_window(root)  # first start: the demo data is made
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(InspectionDialog)
    f = dialog.form
    f.planCombo.setCurrentIndex(f.planCombo.findText("45/KH-UBND", Qt.MatchFlag.MatchStartsWith))
    f.unitButton.click()
    picker = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, UnitPicker) and w.isVisible()
    )
    qtbot.keyClicks(picker.search, "xa huu lung")
    qtbot.waitUntil(lambda: picker.tree.currentIndex().data() == "Xã Hữu Lũng")
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)
    qtbot.keyClicks(f.dateEdit, "20/11/2026")
    qtbot.keyClick(f.dateEdit, Qt.Key.Key_Return)
    inspection = dialog.record_id
    assert inspection and window.current_key == "inspection"

    for code, result, note in ANSWERS:
        set_answer(window.ctx.ws, inspection, code, result, note=note or None)
    set_answer(window.ctx.ws, inspection, "A3", note="Chưa có báo cáo quý III")

    window = reopen(qtbot, open_window, window)  # the lid closed, the laptop restarted
    listing = window.pages["inspections"]
    row = listing.model.row(listing.model.row_of(inspection))
    assert (row["unit_name"], row["date"], row["leader"]) == (
        "Xã Hữu Lũng",
        "2026-11-20",
        "Nguyễn Văn An",
    )
    assert (row["answered"], row["total"], row["not_met"], row["missing_notes"]) == (5, 60, 1, 0)
    assert listing.select(inspection)
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    view = window.pages["inspection"].view
    progress = view.findChild(QLabel, "inspectionProgress")
    if progress is not None:  # the placeholder; the inspection view has its own test
        assert progress.text() == "Đã trả lời 5/60 · Không đạt 1 · Thiếu ghi chú 0"
