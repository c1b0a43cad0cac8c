"""The checklist editor driven by the keyboard, stored at once, and all there after a restart."""

from __future__ import annotations

import json
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.inspection.checklist_model import Column
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.store import records
from cchc_desktop.store.answers import answer_identity, answers_of
from cchc_desktop.store.workspace import Workspace
from tests.gui.inspection_support import (
    checklist,
    demo_loc_binh,
    focused,
    new_commune_inspection,
    open_view,
    press,
    show_active,
    type_text,
    visible_codes,
)

K = Qt.Key


def _stored(ws: Workspace, inspection: str) -> dict[str, tuple[str | None, str]]:
    return {code: (a["result"], a["note"]) for code, a in answers_of(ws, inspection).items()}


def test_five_answers_and_a_note_by_keyboard_survive_a_restart(
    qtbot: QtBot, ws: Workspace, data_dir: Path
) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    assert editor.current_code() == "A1"  # the first unanswered criterion
    assert focused() is editor.tree

    press(qtbot, "1", K.Key_Down, "2", K.Key_Down, "3")
    assert editor.panel.note_prompt.isVisible()  # Không đạt asks for a note…
    press(qtbot, K.Key_Return)  # …Enter goes to it…
    assert focused() is editor.panel.note
    type_text("Chưa gửi báo cáo quý II")
    press(qtbot, K.Key_Escape)  # …Esc stores it and returns to the list.
    assert focused() is editor.tree
    press(qtbot, K.Key_Down, "4", K.Key_Down, "1")

    expected = {
        "A1": ("dat", ""),
        "A2": ("dat_mot_phan", ""),
        "A3": ("khong_dat", "Chưa gửi báo cáo quý II"),
        "A4": ("khong_ap_dung", ""),
        "A5": ("dat", ""),
    }
    assert _stored(ws, inspection) == expected  # stored at once, no Save button
    assert view.header.answered.text() == "Đã trả lời 5/60"
    assert view.header.missing.text() == "Thiếu ghi chú: 1"  # A2 still owes its note

    # Restart: close the view and the workspace, open new ones on the same data folder.
    view.close()
    ws.close()
    again = Workspace.open(data_dir)
    try:
        assert _stored(again, inspection) == expected
        reopened = open_view(qtbot, again, inspection)
        editor = checklist(reopened)
        assert editor.current_code() == "A6"  # it resumes at the first unanswered criterion
        editor.select("A3")
        assert editor.panel.note.toPlainText() == "Chưa gửi báo cáo quý II"
        assert editor.panel.buttons["khong_dat"].isChecked()
        a3 = editor.model.criterion_index("A3", Column.RESULT)
        assert a3.data() == "Không đạt"
        # Every change left its line in the audit log.
        trail = records.audit_trail(again, answer_identity(inspection, "A3"))
        assert [t["action"] for t in trail] == ["insert", "update"]
        assert json.loads(trail[0]["new_value"])["result"] == "khong_dat"
        assert (trail[1]["field"], json.loads(trail[1]["new_value"])) == (
            "note",
            "Chưa gửi báo cáo quý II",
        )
    finally:
        again.close()


def test_a_note_is_stored_after_a_pause_in_typing(qtbot: QtBot, ws: Workspace) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    press(qtbot, "3", K.Key_Return)
    with qtbot.waitSignal(view.changed, timeout=10_000):
        type_text("Biển tên chưa đúng")
    # The focus never left the note: the pause alone stored it.
    assert focused() is editor.panel.note
    assert answers_of(ws, inspection)["A1"]["note"] == "Biển tên chưa đúng"
    assert editor.saved.text().startswith("✓ Đã lưu")


def test_a_note_typed_just_before_the_widget_dies_is_not_lost(
    qtbot: QtBot, ws: Workspace, data_dir: Path
) -> None:
    inspection = new_commune_inspection(ws)
    view = InspectionView(ws)
    show_active(qtbot, view)
    view.open_inspection(inspection)
    # Đạt một phần owes a note: answering puts the cursor in it (answering moves on: default).
    press(qtbot, "2")
    assert focused() is checklist(view).panel.note
    type_text("Thiếu 02 Phiếu xin lỗi")
    assert "A1" not in answers_of(ws, inspection) or not answers_of(ws, inspection)["A1"]["note"]
    shiboken6.delete(view)  # no close, no hide, no event loop: gone at once
    with Workspace.open(data_dir) as again:
        assert answers_of(again, inspection)["A1"]["note"] == "Thiếu 02 Phiếu xin lỗi"


def test_arrows_step_over_area_titles_and_ctrl_enter_finds_the_next_gap(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    view = open_view(qtbot, demo_ws, demo_loc_binh(demo_ws))
    editor = checklist(view)
    editor.select("A7")
    editor.tree.setFocus()
    press(qtbot, K.Key_Down)
    assert editor.current_code() == "B1"  # not the "B. Cải cách thể chế" title
    press(qtbot, K.Key_Up)
    assert editor.current_code() == "A7"
    press(qtbot, "j", "j")
    assert editor.current_code() == "B2"
    editor.select("C6")
    press(qtbot, K.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert editor.current_code() == "D3"  # D1, D2 answered in the demo


def test_undo_and_redo_write_the_previous_values_back(qtbot: QtBot, ws: Workspace) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    press(qtbot, "1", "3", K.Key_Return)
    type_text("Chưa có")
    press(qtbot, K.Key_Escape)
    assert _stored(ws, inspection)["A1"] == ("khong_dat", "Chưa có")

    stack = view.undo_stack()
    press(qtbot, "z", modifier=Qt.KeyboardModifier.ControlModifier)  # the note
    assert _stored(ws, inspection)["A1"] == ("khong_dat", "")
    assert editor.panel.note.toPlainText() == ""
    press(qtbot, "z", modifier=Qt.KeyboardModifier.ControlModifier)  # Không đạt → Đạt
    assert _stored(ws, inspection)["A1"] == ("dat", "")
    assert editor.panel.buttons["dat"].isChecked()
    stack.undo()  # Đạt → nothing
    assert _stored(ws, inspection)["A1"] == (None, "")
    assert view.header.answered.text() == "Đã trả lời 0/60"
    press(qtbot, "y", modifier=Qt.KeyboardModifier.ControlModifier)
    stack.redo()
    assert _stored(ws, inspection)["A1"] == ("khong_dat", "")
    stack.redo()
    assert _stored(ws, inspection)["A1"] == ("khong_dat", "Chưa có")
    # Undoing is a new revision, not a rewrite: the log holds every step.
    trail = records.audit_trail(ws, answer_identity(inspection, "A1"))
    assert json.loads(trail[0]["new_value"])["result"] == "dat"
    results = [
        json.loads(t["new_value"]) if t["new_value"] else None
        for t in trail
        if t["field"] == "result"
    ]
    assert results == ["khong_dat", "dat", None, "dat", "khong_dat"]


def test_a_window_undo_action_takes_ctrl_z_without_ambiguity(qtbot: QtBot, ws: Workspace) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    inspection = new_commune_inspection(ws)
    window = QMainWindow()
    qtbot.addWidget(window)
    view = InspectionView(ws)
    window.setCentralWidget(view)
    undo = view.undo_stack().createUndoAction(window, "Hoàn tác")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    window.menuBar().addMenu("Sửa").addAction(undo)
    show_active(qtbot, window)
    view.open_inspection(inspection)
    checklist(view).advance_after_answer = False  # stay in the list: Ctrl+Z is the window's
    checklist(view).tree.setFocus()
    press(qtbot, "1", K.Key_Down, "2")
    press(qtbot, "z", modifier=Qt.KeyboardModifier.ControlModifier)
    assert view.undo_stack().index() == 1  # one step back, taken once
    assert _stored(ws, inspection) == {"A1": ("dat", ""), "A2": (None, "")}


def test_filters_show_the_right_criteria_with_counts(qtbot: QtBot, demo_ws: Workspace) -> None:
    view = open_view(qtbot, demo_ws, demo_loc_binh(demo_ws))
    editor = checklist(view)
    buttons = editor.filter_buttons
    assert buttons["all"].text() == "Tất cả (60)"
    assert buttons["unanswered"].text() == "Chưa trả lời (51)"
    assert buttons["unmet"].text() == "Chưa đạt (3)"
    assert buttons["missing_note"].text() == "Thiếu ghi chú (0)"

    qtbot.mouseClick(buttons["unmet"], Qt.MouseButton.LeftButton)
    assert visible_codes(editor) == ["D5", "D14", "E3"]
    qtbot.mouseClick(buttons["unanswered"], Qt.MouseButton.LeftButton)
    assert len(visible_codes(editor)) == 51 and "A1" not in visible_codes(editor)
    # Answering in the filtered list keeps the row in place (no jump) and updates the counts.
    first = editor.current_code()
    editor.tree.setFocus()
    press(qtbot, "3")
    assert editor.current_code() == first and first in visible_codes(editor)
    assert buttons["unanswered"].text() == "Chưa trả lời (50)"
    assert buttons["missing_note"].text() == "Thiếu ghi chú (1)"
    qtbot.mouseClick(buttons["missing_note"], Qt.MouseButton.LeftButton)
    assert visible_codes(editor) == [first]
    qtbot.mouseClick(buttons["all"], Qt.MouseButton.LeftButton)
    assert len(visible_codes(editor)) == 60


def test_a_shortfall_without_a_note_is_flagged_until_it_has_one(
    qtbot: QtBot, ws: Workspace
) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    press(qtbot, "3")
    flag = editor.model.criterion_index("A1", Column.NOTE)
    assert flag.data() == "⚠ Cần ghi chú"
    # Red ink on its own tint: as readable on the high-contrast theme's black as on white.
    assert flag.data(Qt.ItemDataRole.ForegroundRole).name() == "#b42318"
    assert flag.data(Qt.ItemDataRole.BackgroundRole).name() == "#fde2de"
    assert editor.panel.note_prompt.isVisible()
    assert "cần ghi lý do" in editor.panel.note_prompt.text()
    assert view.header.missing.text() == "Thiếu ghi chú: 1"
    press(qtbot, K.Key_Down)  # not blocking: the lead may come back later
    assert editor.current_code() == "A2"
    press(qtbot, K.Key_Up, K.Key_Return)
    type_text("Không có kế hoạch")
    press(qtbot, K.Key_Escape)
    assert flag.data() == "Không có kế hoạch"
    assert not editor.panel.note_prompt.isVisible()
    assert view.header.missing.text() == "Thiếu ghi chú: 0"


def test_result_buttons_and_score_store_at_once(qtbot: QtBot, ws: Workspace) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    qtbot.mouseClick(editor.panel.buttons["dat_mot_phan"], Qt.MouseButton.LeftButton)
    assert _stored(ws, inspection)["A1"] == ("dat_mot_phan", "")
    assert focused() is editor.tree  # a click keeps the keyboard in the list
    assert editor.panel.buttons["dat_mot_phan"].text() == "2  Đạt một phần"
    editor.panel.score.setValue(1.5)
    assert answers_of(ws, inspection)["A1"]["score"] == 1.5
    assert view.header.score.text() == "Điểm: 1,5/2"
    editor.panel.score.setValue(editor.panel.score.minimum())  # "Tự tính": no score given
    assert answers_of(ws, inspection)["A1"]["score"] is None
    assert view.header.score.text() == "Điểm: 1/2"  # half of 2, implied by Đạt một phần


def test_text_waiting_for_its_debounce_is_saved_by_the_dying_widget(
    qtbot: QtBot, ws: Workspace, data_dir: Path
) -> None:
    # The note never had the focus (no focus-out to save it): only the pending buffer can.
    inspection = new_commune_inspection(ws)
    view = InspectionView(ws)
    view.open_inspection(inspection)
    editor = checklist(view)
    editor.panel.note.setPlainText("Dán từ biên bản cũ")
    assert editor._pending.has_any()
    del editor
    shiboken6.delete(view)
    with Workspace.open(data_dir) as again:
        assert answers_of(again, inspection)["A1"]["note"] == "Dán từ biên bản cũ"
