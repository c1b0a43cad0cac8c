"""The team lead's laptop: 1366×768 (about 1366×697 above the taskbar), at 100 % and 130 %
text. On every page and inspection tab, what a person acts on and the feedback are in sight
without scrolling the page — checked by geometry (``tests/gui/geometry.py``), not pictures.

"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.main_window import MainWindow
from cchc_desktop.gui.pages import PAGES
from cchc_desktop.gui.screenshot import settle, show_for_screenshot
from cchc_desktop.settings import Settings
from tests.gui import geometry
from tests.gui.helpers import OpenWindow
from tests.gui.inspection_support import checklist

LAPTOPS = [(1366, 697), (1366, 768)]
SCALES = [100, 130]
# Every sidebar page, and every tab of the inspection.
SCREENS = [spec.key for spec in PAGES if spec.in_sidebar] + [
    "checklist", "previous", "findings", "photos", "minutes",
]  # fmt: skip
# Panels meant to scroll inside themselves: their content is reference, not action, or (the
# biên bản's fields and signers) reached through the readiness list's links, checked below.
SCROLL_INSIDE = (
    "referenceScroll", "photoDetailsFrame", "previousDetailsFrame", "minutesDetails",
    "pdfPageScroll",  # a page of the biên bản, like any document viewer's
)  # fmt: skip
# Of those, the ones whose buttons and fields are not all in sight at once.
ACTIONS_INSIDE = ("referenceScroll", "minutesDetails")


def _window(
    open_window: OpenWindow, demo_dir: Path, size: tuple[int, int], scale: int
) -> MainWindow:
    settings = dataclasses.replace(Settings(), text_scale=scale)
    window = open_window(demo_dir, settings=settings, persist_settings=False, size=size)
    assert (window.width(), window.height()) == size
    return window


def _problems(window: MainWindow, screen: str) -> list[str]:
    show_for_screenshot(window, screen)
    settle(window)
    page = window.stack.currentWidget()
    # A page in sections (Cài đặt) is checked section by section, each as it is shown.
    sections = page.findChild(QTabWidget, "settingsSections")
    if sections is None:
        return _problems_in_sight(page, screen)
    problems = []
    for index in range(sections.count()):
        sections.setCurrentIndex(index)
        settle(window)
        problems += _problems_in_sight(page, f"{screen}/{sections.tabText(index)}")
    return problems


def _problems_in_sight(page: QWidget, screen: str) -> list[str]:
    inner = tuple(
        area for area in page.findChildren(QScrollArea) if area.objectName() in ACTIONS_INSIDE
    )
    problems = geometry.all_out_of_sight(geometry.interactive_children(page, inside_ok=inner))
    problems += [
        reason
        for reason in geometry.scrolled_frames(page)
        if not any(name in reason for name in SCROLL_INSIDE)
    ]
    return [f"{screen}: {reason}" for reason in problems]


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("size", LAPTOPS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_laptop(
    open_window: OpenWindow, demo_dir: Path, size: tuple[int, int], scale: int
) -> None:
    window = _window(open_window, demo_dir, size, scale)
    problems = [reason for screen in SCREENS for reason in _problems(window, screen)]
    assert problems == []


@pytest.mark.parametrize("scale", SCALES)
def test_the_checklist_keeps_its_key_widgets_in_sight(
    open_window: OpenWindow, demo_dir: Path, scale: int
) -> None:
    """The named widgets of the checklist, one by one, at the smallest laptop height."""
    window = _window(open_window, demo_dir, (1366, 697), scale)
    show_for_screenshot(window, "checklist")
    settle(window)
    editor = checklist(window.pages["inspection"].view)  # type: ignore[attr-defined]
    panel = editor.panel
    key_widgets: list[QWidget] = [
        *editor.filter_buttons.values(),
        editor.tree,
        *panel.buttons.values(),
        panel.score,
        panel.note,
        editor.notes.button,
        editor.photos.add_button,
        panel.reference,
        window.pages["inspection"].view.header.title,  # type: ignore[attr-defined]
        window.pages["inspection"].back_button,  # type: ignore[attr-defined]
    ]
    assert geometry.all_out_of_sight(key_widgets) == []
    # The reference panel shows at least its first heading; the rest scrolls inside it.
    assert panel.reference.viewport().height() >= panel.fontMetrics().lineSpacing() * 2
    # The criterion list shows a useful number of rows.
    assert editor.tree.viewport().height() >= 10 * editor.tree.sizeHintForRow(1)
    # "Đã lưu" shows at the top of the tab once something is stored.
    editor.tree.setFocus()
    editor.set_result("dat")
    assert editor.saved.text().startswith("✓ Đã lưu")
    assert geometry.out_of_sight(editor.saved) is None


@pytest.mark.parametrize("scale", SCALES)
def test_messages_show_at_the_top_in_sight(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, scale: int
) -> None:
    window = _window(open_window, demo_dir, (1366, 697), scale)
    show_for_screenshot(window, "checklist")
    settle(window)
    view = window.pages["inspection"].view  # type: ignore[attr-defined]
    bar = view.message_bar
    view.show_problem("Không lưu được: thử nghiệm")
    assert geometry.out_of_sight(bar) is None and bar.kind == "error"
    # It looks like an error: its ground is the soft red (a success's, the soft green).
    ground = bar.grab().toImage().pixelColor(4, bar.height() // 2)
    assert ground.name() == "#fde2de", ground.name()
    # Nothing below the bar moved out of sight because of it.
    editor = checklist(view)
    assert geometry.all_out_of_sight([editor.tree, *editor.panel.buttons.values()]) == []
    view.show_tab("findings")
    assert not bar.isVisible()  # an error belongs to its tab


def test_page_headings_stand_alike(open_window: OpenWindow, demo_dir: Path) -> None:
    window = _window(open_window, demo_dir, (1366, 768), 100)
    places = {}
    for spec in PAGES:
        if not spec.in_sidebar:
            continue
        page = window.show_page(spec.key)
        settle(window)
        heading = next(
            label
            for label in page.findChildren(QLabel)
            if label.property("role") == "heading" and label.isVisible()
        )
        origin = heading.mapTo(window, heading.contentsRect().topLeft())
        places[spec.key] = (origin.x(), origin.y())
    assert len(set(places.values())) == 1, places


@pytest.mark.parametrize("scale", SCALES)
def test_the_minutes_fields_come_into_sight_from_the_readiness_list(
    open_window: OpenWindow, demo_dir: Path, scale: int
) -> None:
    """The biên bản's fields and signers scroll inside their frame on a laptop: each place a
    readiness item leads to is brought wholly into sight, with the cursor in it."""
    window = _window(open_window, demo_dir, (1366, 697), scale)
    show_for_screenshot(window, "minutes")
    settle(window)
    view = window.pages["inspection"].view  # type: ignore[attr-defined]
    panel = view.tab("minutes")
    targets = [
        ("start_time", "", panel.fields.start_time),
        ("conclusion", "", panel.fields.conclusion),
        ("unit_opinion", "", panel.fields.opinion),
        *((f"signer.{role}", "title", box.title_edit) for role, box in panel.boxes.items()),
    ]
    for target, field, widget in targets:
        view.go_to("minutes", target, field)
        settle(window)
        assert geometry.out_of_sight(widget) is None, target
        assert widget.hasFocus(), target
    # The fields' frame keeps room for a field and its label at this size.
    assert panel.details.viewport().height() >= panel.fields.opinion.height()
