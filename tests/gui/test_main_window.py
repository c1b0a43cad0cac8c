"""The main window on a demo folder: pages, lists, search, keyboard, status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.gui.pages import INSPECTION_TABS
from cchc_desktop.gui.pages.inspection_host import InspectionHost
from tests.gui.helpers import OpenWindow


def _column(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_first_start_makes_the_demo_data(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    root = tmp_path / "new"
    window = open_window(root)
    listing = window.pages["inspections"]
    assert window.current_key == "inspections"
    assert listing.model.total() == 16
    assert "Lộc Bình" in " ".join(_column(listing.proxy, 1))
    assert str(root) in window.findChild(QLabel, "folderLabel").text()
    device = window.ctx.ws.device_id
    assert device[:8] in window.findChild(QLabel, "deviceLabel").text()
    assert window.statusBar().currentMessage().startswith("Đã tạo dữ liệu mẫu")


def test_plans_page_lists_plans_and_their_teams(open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = window.show_page("plans")
    assert _column(page.proxy, 0) == ["45/KH-UBND", "80/KH-BCĐCCHC"]
    assert _column(page.proxy, 1) == ["16/03/2026", "29/05/2024"]
    page.select_plan(page.model.row(1)["id"])
    leaders = _column(page.teams, 0)
    assert len(leaders) == 3 and any(name.startswith("Hồ Tiến Thiệu") for name in leaders)
    # "Xem các cuộc kiểm tra" shows the list filtered by the chosen plan.
    page.show_button.click()
    listing = window.pages["inspections"]
    assert window.current_key == "inspections"
    assert listing.plan_filter.currentText().startswith("80/KH-BCĐCCHC")


def test_plan_filter_and_search_without_diacritics(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    window = open_window(demo_dir)
    listing = window.pages["inspections"]
    index = listing.plan_filter.findText("45/KH-UBND", Qt.MatchFlag.MatchStartsWith)
    listing.plan_filter.setCurrentIndex(index)
    qtbot.waitUntil(lambda: listing.model.total() == 4)
    assert listing.count_label.text() == "4 cuộc kiểm tra"

    listing.plan_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: listing.model.total() == 16)
    qtbot.keyClicks(listing.search, "loc binh")
    qtbot.waitUntil(lambda: listing.proxy.rowCount() == 4)
    # The district's own one-stop shop, its two communes, and today's Lộc Bình centre.
    assert set(_column(listing.proxy, 1)) == {
        "Bộ phận Một cửa UBND huyện Lộc Bình",
        "Xã Khánh Xuân",
        "Xã Đồng Bục",
        "Trung tâm Phục vụ hành chính công xã Lộc Bình",
    }
    assert listing.count_label.text() == "4 / 16 cuộc kiểm tra khớp với tìm kiếm"
    listing.search.clear()
    # Any case, with or without diacritics (typed as an input method would: QTest can only
    # type ASCII key by key).
    listing.search.insert("HÀ MẠNH cuong")
    qtbot.waitUntil(lambda: listing.proxy.rowCount() == 3)
    assert set(_column(listing.proxy, 3)) == {"Hà Mạnh Cường"}


def test_units_tree_search(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    page = window.show_page("units")
    top = page.proxy.index(0, 0)
    assert top.data() == "Tỉnh Lạng Sơn" and page.tree.isExpanded(top)
    qtbot.keyClicks(page.search, "loc binh")
    qtbot.waitUntil(lambda: page.proxy.query == "loc binh")
    top = page.proxy.index(0, 0)  # indexes from before the search are gone with the reset
    names = [page.proxy.index(r, 0, top).data() for r in range(page.proxy.rowCount(top))]
    assert names == ["Huyện Lộc Bình", "Xã Lộc Bình"]
    commune = page.proxy.index(1, 0, top)
    assert page.proxy.index(0, 0, commune).data() == "Trung tâm Phục vụ hành chính công xã Lộc Bình"
    assert page.selected_unit() is not None


def test_keyboard_drives_the_window(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    window = open_window(demo_dir)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for key, page in (
        (Qt.Key.Key_1, "plans"),
        (Qt.Key.Key_2, "units"),
        (Qt.Key.Key_4, "followups"),
        (Qt.Key.Key_6, "settings"),
        (Qt.Key.Key_3, "inspections"),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key == page
    listing = window.pages["inspections"]
    assert listing.table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert listing.search.hasFocus()
    qtbot.keyClicks(listing.search, "dong kinh")
    qtbot.waitUntil(lambda: listing.proxy.rowCount() == 1)
    listing.table.setFocus()
    qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    assert window.current_key == "inspection"
    host = window.pages["inspection"]
    assert isinstance(host, InspectionHost)
    view = host.view
    assert isinstance(view, InspectionView)
    title = view.findChild(QLabel, "inspectionTitle")
    assert title is not None
    assert title.full_text() == "Trung tâm Phục vụ hành chính công phường Đông Kinh"  # type: ignore[attr-defined]
    facts = view.findChild(QLabel, "inspectionFacts")
    assert facts is not None and "03/12/2026" in facts.full_text()  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_key == "inspections"
    assert listing.selected_id() == host.inspection_id


def test_text_size_and_contrast_apply_and_persist(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, qapp: QApplication
) -> None:
    from cchc_desktop.settings import Settings
    from tests.gui.helpers import reopen

    window = open_window(demo_dir)
    window.actions_by_name["text_bigger"].trigger()
    window.actions_by_name["text_bigger"].trigger()
    assert qapp.font().pointSizeF() == 13.0  # A+ twice: 130 %
    window.actions_by_name["high_contrast"].trigger()
    assert qapp.palette().window().color().name() == "#000000"
    assert qapp.palette().highlight().color().name() == "#ffff00"
    saved = Settings.load(demo_dir / "settings.json")
    assert (saved.text_scale, saved.high_contrast) == (130, True)

    window = reopen(qtbot, open_window, window)
    assert qapp.font().pointSizeF() == 13.0
    assert qapp.palette().window().color().name() == "#000000"
    assert window.actions_by_name["high_contrast"].isChecked()
    window.actions_by_name["text_normal"].trigger()
    window.actions_by_name["high_contrast"].trigger()
    assert qapp.font().pointSizeF() == 10.0
    assert qapp.palette().window().color().name() != "#000000"


def test_window_remembers_its_page_and_geometry(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    from tests.gui.helpers import reopen

    window = open_window(demo_dir)
    window.show_page("units")
    window.resize(1100, 700)
    window = reopen(qtbot, open_window, window)
    assert window.current_key == "units"
    assert window.ctx.settings.window_geometry  # stored at close, as base64 of Qt's geometry
    # The offscreen test screen is 800×600, so Qt fits the width back to the window's minimum;
    # the height shows the saved geometry came back.
    assert window.height() == 700


def test_a_package_opens_its_merge_preview(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, tmp_path: Path
) -> None:
    """`cchc-desktop FILE.cchc` (or Tệp > Mở gói dữ liệu): the exchange page verifies it and
    shows what a merge would add."""
    from cchc_desktop.cli import main as cchc

    other = tmp_path / "may-2"
    package = tmp_path / "ban-giao.cchc"
    assert cchc(["--data-dir", str(other), "init"]) == 0
    assert cchc(["--data-dir", str(other), "demo"]) == 0
    assert cchc(["--data-dir", str(other), "export", "--all", "-o", str(package)]) == 0
    window = open_window(demo_dir)
    host = window.page("exchange")
    qtbot.waitUntil(lambda: host.page is not None)
    with qtbot.waitSignal(host.page.previewReady, timeout=30_000):
        window.open_package(package)
    assert window.current_key == "exchange"
    assert host.findChild(QLabel, "exchangeTitle").text() == "Trao đổi dữ liệu"
    assert host.page.verified is not None and host.page.verified.path == package


def test_about_box_shows_the_version(qtbot: QtBot, open_window: OpenWindow, demo_dir: Path) -> None:
    from cchc_desktop import __version__
    from cchc_desktop.gui.dialogs.about_dialog import AboutDialog

    window = open_window(demo_dir)
    window.actions_by_name["about"].trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    assert __version__ in about.findChild(QLabel, "aboutVersion").text()
    about.close()


def _contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        parts = [
            c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
            for c in (color.redF(), color.greenF(), color.blueF())
        ]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_label_is_readable_in_both_themes(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, high_contrast: bool
) -> None:
    """Each text shown on every page and tab keeps a contrast of 4.5:1 with what is behind it:
    no colour written for the light theme turns grey on black in high contrast."""
    from tests.gui.inspection_support import demo_loc_binh

    window = open_window(demo_dir)
    window.apply_look(high_contrast=high_contrast)
    faint: list[str] = []

    def look(where: str) -> None:
        qtbot.waitUntil(lambda: window.ctx.pending == 0, timeout=30_000)
        for label in window.findChildren(QLabel):
            if not (label.isVisible() and label.text()):
                continue
            label.ensurePolished()  # the style sheets' colours reach the palette
            palette = label.palette()
            ink, behind = (
                palette.color(label.foregroundRole()),
                palette.color(QPalette.ColorRole.Window),
            )
            if _contrast(ink, behind) < 4.5:
                faint.append(f"{where}: {label.text()[:40]!r} {ink.name()} on {behind.name()}")

    for page in ("plans", "units", "inspections", "followups", "exchange", "settings"):
        window.show_page(page)
        look(page)
    host = window.open_inspection(demo_loc_binh(window.ctx.ws))
    for tab in INSPECTION_TABS:
        host.show_tab(tab)  # type: ignore[attr-defined]
        look(tab)
    assert faint == []


@pytest.mark.parametrize("text_scale", [100, 130])
def test_the_inspection_panels_fit_beside_their_lists(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, text_scale: int
) -> None:
    """At 1280×800, at the normal and the largest-but-one text size, the checklist's and the
    findings' panels fit beside their lists: nothing scrolls sideways, the four result
    buttons show whole."""
    from PySide6.QtWidgets import QScrollArea

    from tests.gui.inspection_support import checklist, demo_loc_binh

    window = open_window(demo_dir, size=(1280, 800))
    window.apply_look(text_scale=text_scale)
    host = window.open_inspection(demo_loc_binh(window.ctx.ws))
    view = host.view  # type: ignore[attr-defined]

    def sideways() -> list[str]:
        return [
            area.widget().objectName() or type(area.widget()).__name__
            for area in view.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()
        ]

    for tab in ("checklist", "findings"):
        view.show_tab(tab)
        # Laid out on the next turns of the event loop; a panel too wide never stops scrolling.
        qtbot.waitUntil(lambda: sideways() == [], timeout=10_000)
    view.show_tab("checklist")
    qtbot.waitUntil(lambda: sideways() == [], timeout=10_000)
    for button in checklist(view).panel.buttons.values():
        assert button.visibleRegion().boundingRect().size() == button.size(), button.text()


def test_words_take_the_free_width_and_long_names_end_in_an_ellipsis(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """At 1366 px and 130 % text the unit's name, the plan's title and the recommendation get
    the width the dates, codes and counts leave; a name still too long is cut at its end,
    whole in the tooltip."""
    import dataclasses

    from cchc_desktop.gui.models.followups import TEXT_COLUMN as RECOMMENDATION
    from cchc_desktop.gui.models.inspections import UNIT_COLUMN
    from cchc_desktop.gui.models.plans import TITLE_COLUMN
    from cchc_desktop.settings import Settings

    settings = dataclasses.replace(Settings(), text_scale=130)
    window = open_window(demo_dir, settings=settings, persist_settings=False, size=(1366, 697))
    for page, column in (
        ("inspections", UNIT_COLUMN),
        ("plans", TITLE_COLUMN),
        ("followups", RECOMMENDATION),
    ):
        table = window.show_page(page).table  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0, timeout=5000)

        def widths(t=table) -> list[int]:
            header = t.horizontalHeader()
            return [header.sectionSize(c) for c in range(header.count()) if not t.isColumnHidden(c)]

        # The word column is the widest of its table, and every column is in sight (once the
        # rows are laid out: the columns are shared again as content columns grow).
        def fitted(t=table, c=column) -> bool:
            return t.columnWidth(c) == max(widths(t)) and sum(widths(t)) <= t.viewport().width()

        qtbot.waitUntil(fitted, timeout=5000)
        assert table.textElideMode() == Qt.TextElideMode.ElideRight
        index = table.model().index(0, column)
        assert index.data() in index.data(Qt.ItemDataRole.ToolTipRole), page  # the whole text


def test_templates_of_a_newer_version_are_installed_after_the_first_list(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder made by an older version lacks a template the app now ships: the window adds
    it at start, once the inspections list is read (the check reads and validates every
    bundled template, which would otherwise compete with that read)."""
    import sqlite3

    from cchc_desktop.store.bootstrap import initialise

    root = tmp_path / "older"
    initialise(root)
    with sqlite3.connect(root / "cchc.sqlite") as db:
        (template,) = db.execute("SELECT id FROM templates WHERE key = 'ttpvhcc-xa'").fetchone()
        db.execute("DELETE FROM criteria WHERE template_id = ?", [template])
        db.execute("DELETE FROM templates WHERE id = ?", [template])
    list_read_first = _list_read_before(monkeypatch, "_install_new_templates")
    window = open_window(root)

    def keys() -> list[str]:
        return [r[0] for r in window.ctx.ws.db.execute("SELECT key FROM templates ORDER BY key")]

    # A few seconds after the list (the inspection page is built first, when idle).
    qtbot.waitUntil(lambda: keys() == ["mot-cua-nd61", "ttpvhcc-xa"], timeout=20_000)
    assert list_read_first == [True]


def test_the_sign_tab_is_made_while_the_lead_reads_and_filled_when_shown(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path
) -> None:
    """The window makes the Ký & xuất panel in its idle warm-up (its first show held the
    window 150-250 ms); the panel reads the inspection only when it is shown."""
    from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
    from cchc_desktop.gui.screenshot import demo_inspection_2026

    window = open_window(demo_dir)

    def made() -> bool:
        host = window.pages.get("inspection")
        return isinstance(host, InspectionHost) and host.view.built_tab("minutes") is not None

    qtbot.waitUntil(made, timeout=15_000)
    host = window.pages["inspection"]
    assert isinstance(host, InspectionHost)
    panel = host.view.built_tab("minutes")
    assert isinstance(panel, SignExportPanel)
    assert panel.inspection_id is None  # made, not yet filled

    inspection = demo_inspection_2026(window)
    assert inspection is not None
    window.open_inspection(inspection)
    assert panel.inspection_id is None  # another tab is in front: nothing read yet
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        host.show_tab("minutes")
    assert panel.inspection_id == inspection
    assert panel.readiness is not None and panel.checklist.summary.text()


def test_what_a_killed_merge_left_is_tidied_after_the_first_list(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge killed last session left its staging folder: the window removes it at start,
    once the inspections list is read (tidying shared the interpreter with that read)."""
    dead = 2**22 + 12345  # above Linux's default pid_max: no such process
    staging = demo_dir / "staging" / f"pkg-{dead}-goi"
    staging.mkdir(parents=True)
    (staging / "records.jsonl").write_text("{}\n", encoding="utf-8")
    list_read_first = _list_read_before(monkeypatch, "_tidy")
    open_window(demo_dir)
    qtbot.waitUntil(lambda: not staging.exists(), timeout=10_000)
    assert list_read_first == [True]


def _list_read_before(monkeypatch: pytest.MonkeyPatch, step: str) -> list[bool]:
    """Wrap the start-up step ``AppContext.<step>``: each time it runs, whether the
    inspections list had been read by then."""
    from cchc_desktop.gui.context import AppContext

    seen: list[bool] = []
    original = getattr(AppContext, step)

    def checking(ctx: AppContext) -> None:
        listing = ctx.parent().pages.get("inspections")  # type: ignore[attr-defined]
        seen.append(bool(listing is not None and listing.loaded_once))
        original(ctx)

    monkeypatch.setattr(AppContext, step, checking)
    return seen
