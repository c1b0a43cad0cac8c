"""Fewer keys for the team lead: answering moves on, the note comes when it is owed, notes
written before come back, the search box leads into its results, a new kiến nghị's fields
never wait for the store, and good news is not shown as an error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.store.answers import answers_of, set_answer
from cchc_desktop.store.findings import findings_of
from cchc_desktop.store.workspace import Workspace
from tests.gui.helpers import OpenWindow
from tests.gui.inspection_support import (
    checklist,
    demo_loc_binh,
    findings,
    focused,
    new_commune_inspection,
    open_view,
    press,
    type_text,
)

K = Qt.Key


def test_answering_moves_on_and_a_shortfall_goes_to_its_note(qtbot: QtBot, ws: Workspace) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection, advance=True)
    editor = checklist(view)
    assert editor.current_code() == "A1" and focused() is editor.tree
    press(qtbot, "1", "4", "1")  # three answers, three keys
    assert editor.current_code() == "A4" and focused() is editor.tree
    press(qtbot, "3")  # Không đạt owes a note: the cursor goes to it, not to A5
    assert editor.current_code() == "A4" and focused() is editor.panel.note
    type_text("Chưa niêm yết")
    press(qtbot, K.Key_Return)  # Enter stores the note and returns to the list, on A5
    assert focused() is editor.tree and editor.current_code() == "A5"
    stored = {c: (a["result"], a["note"]) for c, a in answers_of(ws, inspection).items()}
    assert stored == {
        "A1": ("dat", ""),
        "A2": ("khong_ap_dung", ""),
        "A3": ("dat", ""),
        "A4": ("khong_dat", "Chưa niêm yết"),
    }
    # Shift+Enter is a new line within a note.
    press(qtbot, "2")
    type_text("Dòng một")
    press(qtbot, K.Key_Return, modifier=Qt.KeyboardModifier.ShiftModifier)
    type_text("Dòng hai")
    assert editor.panel.note.toPlainText() == "Dòng một\nDòng hai"
    assert focused() is editor.panel.note


def test_the_last_criterion_answered_says_so_in_green_and_it_goes_with_the_tab(
    qtbot: QtBot, ws: Workspace
) -> None:
    inspection = new_commune_inspection(ws)
    view = open_view(qtbot, ws, inspection, advance=True)
    editor = checklist(view)
    codes = [row["code"] for row in editor.model.rows()]
    for code in codes[:-1]:
        set_answer(ws, inspection, code, "dat")
    view.open_inspection(inspection)
    assert editor.current_code() == codes[-1]
    press(qtbot, "1")
    bar = view.message_bar
    assert bar.isVisible() and bar.kind == "success"  # not the red error bar
    assert bar.message().startswith("Mọi tiêu chí đã có kết quả.")
    assert "Tiếp theo" in bar.message()
    view.show_tab("findings")
    assert not bar.isVisible()  # it does not follow the lead to other tabs


def test_moving_on_is_a_setting(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    settings = window.show_page("settings")
    box = settings.form.advanceCheck  # type: ignore[attr-defined]
    assert box.isChecked()  # on by default
    box.setChecked(False)
    host = window.open_inspection(demo_loc_binh(window.ctx.ws))
    editor = checklist(host.view)  # type: ignore[attr-defined]
    assert editor.advance_after_answer is False
    box.setChecked(True)
    assert editor.advance_after_answer is True


def test_notes_written_before_are_offered_and_ctrl_d_repeats_the_last(
    qtbot: QtBot, ws: Workspace
) -> None:
    earlier = new_commune_inspection(ws, date="2026-11-03")
    set_answer(ws, earlier, "A2", "khong_dat", note="Chưa có sổ theo dõi")
    inspection = new_commune_inspection(ws)
    set_answer(ws, inspection, "A1", "dat", note="Đã ban hành đúng hạn")
    view = open_view(qtbot, ws, inspection)
    editor = checklist(view)
    editor.select("A2")
    offered = editor.notes.suggestions()
    # The same criterion's note in the other inspection first, then this inspection's notes.
    assert offered == ["Chưa có sổ theo dõi", "Đã ban hành đúng hạn"]
    menu = editor.notes.menu
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()
    assert editor.panel.note.toPlainText() == "Chưa có sổ theo dõi"
    editor.flush_pending()
    assert answers_of(ws, inspection)["A2"]["note"] == "Chưa có sổ theo dõi"
    # Ctrl+D on the next criterion repeats the note written last.
    editor.select("A3")
    editor.tree.setFocus()
    press(qtbot, "d", modifier=Qt.KeyboardModifier.ControlModifier)
    assert editor.panel.note.toPlainText() == "Chưa có sổ theo dõi"
    editor.flush_pending()
    assert answers_of(ws, inspection)["A3"]["note"] == "Chưa có sổ theo dõi"


def test_filters_and_drafting_have_keys(qtbot: QtBot, demo_ws: Workspace) -> None:
    view = open_view(qtbot, demo_ws, demo_loc_binh(demo_ws))
    editor = checklist(view)
    editor.tree.setFocus()
    press(qtbot, "3", modifier=Qt.KeyboardModifier.AltModifier)
    assert editor.proxy.mode == "unmet" and editor.filter_buttons["unmet"].isChecked()
    press(qtbot, "1", modifier=Qt.KeyboardModifier.AltModifier)
    assert editor.proxy.mode == "all"
    view.show_tab("findings")
    notes = findings(view)
    notes.tree.setFocus()
    press(
        qtbot,
        "d",
        modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert notes.draft_dialog is not None and notes.draft_dialog.isVisible()
    notes.draft_dialog.accept()
    # Success looks like success and says what comes next.
    bar = view.message_bar
    assert bar.kind == "success" and "Tiếp theo" in bar.message()


def test_a_new_recommendations_fields_stay_open_while_its_text_is_typed(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    inspection = demo_loc_binh(demo_ws)
    view = open_view(qtbot, demo_ws, inspection)
    view.show_tab("findings")
    editor = findings(view)
    before = len([f for f in findings_of(demo_ws, inspection) if f["kind"] == "kien_nghi"])
    editor.add_new("kien_nghi")
    panel = editor.panel
    assert panel.responsible.isEnabled() and panel.has_deadline.isEnabled()  # before any text
    type_text("Bố trí thêm ghế chờ")
    # Within the 400 ms pause: nothing stored yet, every field still open.
    assert panel.responsible.isEnabled() and panel.has_deadline.isEnabled()
    panel.responsible.setFocus()
    type_text("UBND xã")
    panel.has_deadline.setChecked(True)
    editor.flush_pending()
    added = [f for f in findings_of(demo_ws, inspection) if f["kind"] == "kien_nghi"]
    assert len(added) == before + 1
    new = added[-1]
    assert new["text"] == "Bố trí thêm ghế chờ"
    assert new["responsible"] == "UBND xã" and new["deadline"]


def test_down_and_enter_go_from_the_search_box_into_the_results(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    listing = window.show_page("inspections")
    listing.focus_search()
    qtbot.keyClicks(listing.search, "loc binh")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: listing.proxy.rowCount() >= 1)  # type: ignore[attr-defined]
    qtbot.keyClick(listing.search, K.Key_Down)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is listing.table  # type: ignore[attr-defined]
    assert listing.table.currentIndex().row() == 0  # type: ignore[attr-defined]
    listing.focus_search()
    qtbot.keyClick(listing.search, K.Key_Return)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is listing.table  # type: ignore[attr-defined]
    qtbot.keyClick(listing.table, K.Key_Return)  # type: ignore[attr-defined]
    assert window.current_key == "inspection"  # one key more opens it
