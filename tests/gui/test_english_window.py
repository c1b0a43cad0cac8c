"""A window started with the settings language "en" speaks English in every area: the
inspection view, the gallery, the minutes panel and the exchange page."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cchc_desktop.errors import set_language
from cchc_desktop.gui.app import CchcApplication, install_language
from cchc_desktop.gui.gallery.details import TAKEN
from cchc_desktop.gui.gallery.widget import GalleryWidget
from cchc_desktop.gui.inspection.view import InspectionView
from cchc_desktop.gui.main_window import MainWindow
from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
from cchc_desktop.settings import Settings
from cchc_desktop.store.datafolder import DataFolder
from tests.gui.helpers import OpenWindow
from tests.gui.inspection_support import demo_loc_binh


@pytest.fixture
def english_window(
    qapp: CchcApplication, open_window: OpenWindow, demo_dir: Path
) -> Iterator[MainWindow]:
    """The demo folder with "English" chosen in the settings, opened as `cchc-desktop` starts:
    the settings' language installs the translators and the core's language first."""
    settings_file = DataFolder(demo_dir).settings_file
    dataclasses.replace(Settings.load(settings_file), language="en").save(settings_file)
    install_language(qapp, Settings.load(settings_file).language)
    try:
        yield open_window(demo_dir)
    finally:
        for translator in qapp.translators:
            qapp.removeTranslator(translator)
        qapp.translators = []
        set_language(None)


def test_every_area_of_an_english_window_is_in_english(
    qtbot: QtBot, english_window: MainWindow
) -> None:
    window = english_window
    host = window.open_inspection(demo_loc_binh(window.ctx.ws))
    view = host.view  # type: ignore[attr-defined]
    assert isinstance(view, InspectionView)

    # The inspection view: its tab titles, header and checklist.
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == [
        "Checklist",
        "Previous recommendations",
        "Findings",
        "Photo evidence",
        "Sign && export minutes",
    ]
    assert view.header.answered.text() == "Answered 9/60"
    checklist = view.tab("checklist")
    assert checklist.filter_buttons["all"].text() == "All (60)"  # type: ignore[attr-defined]
    assert checklist.model.headerData(2, Qt.Orientation.Horizontal) == "Result"  # type: ignore[attr-defined]

    # Previous recommendations: the Lộc Bình centre was formed from no unit inspected before.
    previous = view.tab("previous")
    assert previous.heading.text() == "Recommendations of earlier inspections to this unit."  # type: ignore[attr-defined]
    assert previous.summary.text() == "No recommendations from earlier inspections"  # type: ignore[attr-defined]

    # The gallery: its buttons, and the facts panel's labels (marked apart from the class).
    gallery = view.tab("photos")
    assert isinstance(gallery, GalleryWidget)
    assert gallery.add_button.text() == "Add photos…"
    taken = gallery.details.facts.labelForField(gallery.details._fact_labels[TAKEN])
    assert taken is not None and taken.text() == "Taken"

    # The minutes panel: buttons, and the preview's page count (a plural) once it is drawn.
    panel = view.tab("minutes")
    assert isinstance(panel, SignExportPanel)
    assert panel.sign_button.text() == "Sign &digitally…"
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        view.show_tab("minutes")
    assert panel.status.text().startswith("Preview (draft): ")
    assert panel.status.text().endswith(" pages.")
    assert panel.checklist.summary.text().startswith("Not ready to sign: ")
    # A job of the panel's document mixin keeps the panel's translations.
    panel.ask_docx_path = lambda: window.ctx.folder.root / "draft.docx"
    with qtbot.waitSignal(panel.busyChanged, check_params_cb=lambda busy: not busy):
        panel.export_docx()
        assert panel.status.text() == "Exporting the Word draft…"

    # The exchange page: its own texts from exchange_en.ts; the kinds of records in the
    # preview come from the core's labels, which follow the language the start set for it.
    exchange = window.show_page("exchange")
    qtbot.waitUntil(lambda: exchange.page is not None)  # type: ignore[attr-defined]
    page = exchange.page  # type: ignore[attr-defined]
    assert page.export_button.text() == "Export sync package…"
    assert page.tabs.tabText(1) == "Conflicts (0)"
    assert page.preview.merge_button.text() == "Merge into the database"
    assert page.conflicts.keep_both.text() == "Keep both"
