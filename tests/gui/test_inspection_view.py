"""The inspection view's seam: header and progress, tabs from one registry, signals, signed
inspections read-only, and every item model checked by QAbstractItemModelTester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.inspection import tabs
from cchc_desktop.gui.inspection.checklist_model import ChecklistFilter, ChecklistModel
from cchc_desktop.gui.inspection.findings_model import FindingsModel
from cchc_desktop.store import records
from cchc_desktop.store.answers import answers_of, set_answer
from cchc_desktop.store.detail import checklist as checklist_rows
from cchc_desktop.store.findings import findings_of
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.workspace import Workspace
from tests.gui.inspection_support import (
    checklist,
    demo_loc_binh,
    findings,
    new_commune_inspection,
    open_view,
    press,
)


def test_the_header_names_the_inspection_and_shows_its_progress(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    view = open_view(qtbot, demo_ws, demo_loc_binh(demo_ws))
    header = view.header
    assert header.title.full_text() == "Trung tâm Phục vụ hành chính công xã Lộc Bình"
    # The template by its title, never its key ("ttpvhcc-xa@1"); the version in the tooltip.
    title = demo_ws.db.execute("SELECT title FROM templates WHERE key = 'ttpvhcc-xa'").fetchone()[0]
    assert header.facts.full_text() == (
        f"Ngày 10/11/2026  ·  Kế hoạch số 45/KH-UBND  ·  Trưởng đoàn: Nguyễn Văn An  ·  {title}"
    )
    assert "@" not in header.facts.full_text() and "ttpvhcc-xa" not in header.facts.full_text()
    assert "(phiên bản 1)" in header.facts.toolTip()
    assert header.answered.text() == "Đã trả lời 9/60"
    assert header.not_met.text() == "Không đạt: 1"
    assert header.partly.text() == "Đạt một phần: 2"
    assert header.missing.text() == "Thiếu ghi chú: 0"
    assert header.score.text().startswith("Điểm: ")
    assert (header.bar.done, header.bar.total) == (9, 60)


def test_tabs_come_from_the_registry_and_show_tab_switches(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    assert [spec.key for spec in tabs.TABS] == [
        "checklist",
        "previous",
        "findings",
        "photos",
        "minutes",
    ]
    view = open_view(qtbot, demo_ws, demo_loc_binh(demo_ws))
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == [
        "Bảng kiểm",
        "Kiến nghị kỳ trước",
        "Ưu điểm, tồn tại, kiến nghị",
        "Ảnh minh chứng",
        "Ký && xuất biên bản",  # "&&" shows as "&" (a single "&" would mark a mnemonic)
    ]
    view.show_tab("findings")
    assert view.current_tab_key() == "findings"
    page = view.tabs.currentWidget()
    assert isinstance(page, QScrollArea) and page.widget() is findings(view)
    view.show_tab("checklist")
    assert view.current_tab_key() == "checklist"
    with pytest.raises(KeyError):
        view.show_tab("no-such-tab")


def test_opening_an_inspection_or_its_minutes_takes_no_document_number(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    """A number is taken when the biên bản is issued, never when it is looked at."""
    inspection = demo_loc_binh(demo_ws)
    view = open_view(qtbot, demo_ws, inspection)
    numbers = "SELECT count(*) FROM doc_numbers"
    panel = view.tab("minutes")
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        view.show_tab("minutes")
    assert demo_ws.db.execute(numbers).fetchone()[0] == 0


class _FakeTab(QLabel):
    """What a later issue's tab looks like to the view: a widget with open_inspection."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened: list[str] = []

    def open_inspection(self, inspection_id: str) -> None:
        self.opened.append(inspection_id)
        self.setText(inspection_id)


def test_a_later_tab_is_one_line_in_the_registry(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tabs, "TABS", [*tabs.TABS, tabs.TabSpec("extra", "Thêm", _FakeTab)])
    monkeypatch.setattr("cchc_desktop.gui.inspection.view.TABS", tabs.TABS)
    inspection = demo_loc_binh(demo_ws)
    view = open_view(qtbot, demo_ws, inspection)
    extra = view.tab("extra")
    assert isinstance(extra, _FakeTab) and extra.opened == [inspection]
    view.show_tab("extra")
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Thêm"


def test_changed_is_emitted_after_every_stored_change(qtbot: QtBot, ws: Workspace) -> None:
    view = open_view(qtbot, ws, new_commune_inspection(ws))
    seen: list[int] = []
    view.changed.connect(lambda: seen.append(1))
    press(qtbot, "1", Qt.Key.Key_Down, "3")
    assert len(seen) == 2
    view.undo_stack().undo()
    assert len(seen) == 3
    press(qtbot, "3")  # the same result again changes nothing, so no signal
    press(qtbot, "3")
    assert len(seen) == 4


def test_opening_another_inspection_starts_undo_afresh_and_keeps_typed_text(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    first = new_commune_inspection(demo_ws, date="2026-12-01")
    view = open_view(qtbot, demo_ws, first)
    press(qtbot, "2")
    checklist(view).panel.note.setPlainText("Gõ dở dang")  # still inside its debounce
    assert view.undo_stack().count() == 1
    view.open_inspection(demo_loc_binh(demo_ws))
    assert answers_of(demo_ws, first)["A1"]["note"] == "Gõ dở dang"
    assert view.undo_stack().count() == 0
    assert view.header.answered.text() == "Đã trả lời 9/60"


def test_a_signed_inspection_is_read_only_with_a_banner(qtbot: QtBot, demo_ws: Workspace) -> None:
    inspection = demo_loc_binh(demo_ws)
    records.update(demo_ws, "inspections", inspection, {"status": STATUS_SIGNED})
    before_answers = answers_of(demo_ws, inspection)
    before_findings = findings_of(demo_ws, inspection)
    view = open_view(qtbot, demo_ws, inspection)
    assert view.signed_banner.isVisible()
    assert "đã ký" in view.signed_banner.text()
    editor = checklist(view)
    press(qtbot, "1")
    assert view.message_bar.isVisible() and "chỉ để xem" in view.message_bar.message()
    assert view.message_bar.kind == "error"
    assert all(not b.isEnabled() for b in editor.panel.buttons.values())
    assert editor.panel.note.isReadOnly() and not editor.panel.score.isEnabled()
    view.show_tab("findings")
    notes = findings(view)
    assert not notes.draft_button.isEnabled()
    assert all(not b.isEnabled() for b in notes.add_buttons.values())
    assert notes.panel.text.isReadOnly()
    assert answers_of(demo_ws, inspection) == before_answers
    assert findings_of(demo_ws, inspection) == before_findings
    assert view.undo_stack().count() == 0


def test_every_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_ws: Workspace
) -> None:
    inspection = demo_loc_binh(demo_ws)
    template = records.get(demo_ws, "inspections", inspection)["template_id"]  # type: ignore[index]
    rows = checklist_rows(demo_ws, inspection, template)
    model = ChecklistModel()
    model.load(rows)
    qtmodeltester.check(model, force_py=False)
    proxy = ChecklistFilter()
    proxy.setSourceModel(model)
    for mode in ChecklistFilter.MODES:
        proxy.set_mode(mode)
        qtmodeltester.check(proxy, force_py=False)
    # Changes through the model's own path, still watched.
    set_answer(demo_ws, inspection, "A2", "khong_dat")
    model.apply("A2", {"result": "khong_dat"})
    proxy.refilter()
    findings_model = FindingsModel()
    findings_model.load(findings_of(demo_ws, inspection))
    qtmodeltester.check(findings_model, force_py=False)
    findings_model.sync(findings_of(demo_ws, inspection)[::-1])
    findings_model.sync([])
    qtmodeltester.check(findings_model, force_py=False)
