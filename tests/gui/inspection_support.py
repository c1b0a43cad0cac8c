"""Helpers shared by the inspection view tests: real data folders, real widgets, real keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.inspection.checklist_editor import ChecklistEditor
from cchc_desktop.gui.inspection.findings_editor import FindingsEditor
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.store.inspections import list_inspections, new_inspection
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.units import add_unit
from cchc_desktop.store.workspace import Workspace

LOC_BINH_2026 = "Trung tâm Phục vụ hành chính công xã Lộc Bình"


def new_commune_inspection(ws: Workspace, date: str = "2026-11-10") -> str:
    """A fresh 2026 inspection of a commune centre (the 60-criterion TTPVHCC template)."""
    plan = add_plan(
        ws,
        number="45/KH-UBND",
        date="2026-03-16",
        issuer="Ủy ban nhân dân tỉnh Lạng Sơn",
        title="Kiểm tra công tác cải cách hành chính năm 2026",
        exist_ok=True,
    )
    commune = add_unit(ws, name="Xã Lộc Bình", kind="xa", valid_from="2025-07-01", exist_ok=True)
    centre = add_unit(ws, name=LOC_BINH_2026, kind="ttpvhcc", parent=commune, exist_ok=True)
    team = add_team(
        ws, plan=plan, leader=("Nguyễn Văn An", "Phó Giám đốc Sở Nội vụ"), exist_ok=True
    )
    return new_inspection(ws, plan=plan, unit=centre, date=date, team=team)


def demo_loc_binh(ws: Workspace) -> str:
    """The demo's 2026 inspection of the Lộc Bình centre (9 answers, 3 not fully met)."""
    return next(
        r["id"]
        for r in list_inspections(ws)
        if r["unit_name"] == LOC_BINH_2026 and r["date"] == "2026-11-10"
    )


def open_view(
    qtbot: QtBot, ws: Workspace, inspection_id: str, *, advance: bool = False
) -> InspectionView:
    """A shown view on one inspection, every model under QAbstractItemModelTester (its
    complaints are Qt warnings, and Qt warnings fail the test). ``advance``: answering moves
    on to the next criterion (the app's default; off here so a test stays where it answers,
    the setting "advance_after_answer" off)."""
    view = InspectionView(ws)
    view.tab("checklist").advance_after_answer = advance  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.resize(1280, 800)
    watch_models(view)
    show_active(qtbot, view)
    view.open_inspection(inspection_id)
    return view


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Show a window and make it the active one, so key presses reach its focus widget."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def watch_models(view: InspectionView) -> None:
    mode = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [
        QAbstractItemModelTester(checklist(view).model, mode, view),
        QAbstractItemModelTester(checklist(view).proxy, mode, view),
        QAbstractItemModelTester(findings(view).model, mode, view),
    ]
    view._model_testers = testers  # type: ignore[attr-defined]  # keep them alive


def checklist(view: InspectionView) -> ChecklistEditor:
    editor = view.tab("checklist")
    assert isinstance(editor, ChecklistEditor)
    return editor


def findings(view: InspectionView) -> FindingsEditor:
    editor = view.tab("findings")
    assert isinstance(editor, FindingsEditor)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot,
    *keys: Qt.Key | str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press keys where the keyboard focus is, as a person at the laptop would."""
    for key in keys:
        qtbot.keyClick(focused(), key, modifier)


def type_text(text: str) -> None:
    """Type Vietnamese text where the focus is, one character per key press, as a Vietnamese
    keyboard (Unikey, the system's Telex) delivers it. (QTest's keyClicks only knows ASCII.)"""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                focused(), QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def visible_codes(editor: ChecklistEditor) -> list[str]:
    """The criterion codes the list shows now, top to bottom."""
    proxy = editor.proxy
    codes = []
    for area in range(proxy.rowCount()):
        parent = proxy.index(area, 0)
        for row in range(proxy.rowCount(parent)):
            codes.append(str(proxy.index(row, 0, parent).data()))
    return codes
