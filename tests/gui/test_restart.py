"""The issue's promise in the whole window: create an inspection with the dialog, answer five
criteria by keyboard and add a note, close, start again on the same folder, find everything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.dialogs.inspection_dialog import InspectionDialog
from cchc_desktop.gui.dialogs.unit_picker import UnitPicker
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.store.answers import answers_of
from tests.gui.helpers import OpenWindow, reopen
from tests.gui.inspection_support import checklist, focused, press, type_text

K = Qt.Key
EXPECTED = {
    "A1": ("dat", ""),
    "A2": ("dat_mot_phan", "Mới hoàn thành 8/10 nhiệm vụ"),
    "A3": ("khong_dat", ""),
    "A4": ("khong_ap_dung", ""),
    "A5": ("dat", ""),
}


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

    view = window.pages["inspection"].view
    assert isinstance(view, InspectionView)
    editor = checklist(view)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    assert editor.current_code() == "A1"
    # Answering moves on (the default): Đạt on A1 goes to A2; Đạt một phần there owes a note,
    # so the cursor goes to the note; Enter in the note returns to the list, on A3.
    press(qtbot, "1", "2")
    assert focused() is editor.panel.note
    type_text("Mới hoàn thành 8/10 nhiệm vụ")
    press(qtbot, K.Key_Return)
    assert focused() is editor.tree and editor.current_code() == "A3"
    # Không đạt owes a note too; the lead leaves it for later (Esc), goes on to A4 and A5.
    press(qtbot, "3", K.Key_Escape, K.Key_Down, "4", "1")
    stored = {c: (a["result"], a["note"]) for c, a in answers_of(window.ctx.ws, inspection).items()}
    assert stored == EXPECTED  # stored at once: there is no Save button

    window = reopen(qtbot, open_window, window)  # the lid closed, the laptop restarted
    listing = window.pages["inspections"]
    row = listing.model.row(listing.model.row_of(inspection))
    assert (row["unit_name"], row["date"], row["leader"]) == (
        "Xã Hữu Lũng",
        "2026-11-20",
        "Nguyễn Văn An",
    )
    # A3 is Không đạt without a note: the list says a note is missing.
    assert (row["answered"], row["total"], row["not_met"], row["missing_notes"]) == (5, 60, 1, 1)
    assert listing.select(inspection)
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    view = window.pages["inspection"].view
    assert view.header.answered.text() == "Đã trả lời 5/60"
    editor = checklist(view)
    assert editor.current_code() == "A6"  # it resumes at the first unanswered criterion
    editor.select("A2")
    assert editor.panel.note.toPlainText() == "Mới hoàn thành 8/10 nhiệm vụ"
    assert editor.panel.buttons["dat_mot_phan"].isChecked()


def test_edit_undo_in_the_window_undoes_the_last_answer(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Edit > Hoàn tác (Ctrl+Z) acts on the open inspection's changes, stored in the database."""
    window = open_window(tmp_path / "laptop")
    listing = window.pages["inspections"]
    qtbot.waitUntil(lambda: listing.proxy.rowCount() == 16)
    inspection = listing.model.row(0)["id"]
    window.open_inspection(inspection)
    view = window.pages["inspection"].view
    undo = window.actions_by_name["undo"]
    assert not undo.isEnabled() or view.undo_stack().count() == 0
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = checklist(view)
    editor.select("B1")
    editor.tree.setFocus()
    qtbot.waitUntil(editor.tree.hasFocus)
    press(qtbot, "3")
    assert answers_of(window.ctx.ws, inspection)["B1"]["result"] == "khong_dat"
    assert undo.isEnabled()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers_of(window.ctx.ws, inspection)["B1"]["result"] is None
    window.actions_by_name["redo"].trigger()
    assert answers_of(window.ctx.ws, inspection)["B1"]["result"] == "khong_dat"
    window.show_page("plans")
    assert not undo.isEnabled()  # other pages have nothing to undo
