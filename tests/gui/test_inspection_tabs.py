"""The photos and minutes tabs inside the inspection view, working with the other tabs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.gallery.widget import GalleryWidget
from cchc_desktop.gui.minutes.sign_panel import SignExportPanel
from cchc_desktop.store.answers import answers_of
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.gui.inspection_support import checklist, demo_loc_binh, open_view, press
from tests.pki import PASSWORD, standard


@pytest.fixture(autouse=True)
def _jobs_end_before_widgets() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(20000)
    QApplication.processEvents()


def test_signing_in_the_minutes_tab_locks_the_checklist(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    inspection = demo_loc_binh(demo_ws)
    samples.make_ready(demo_ws, inspection)  # whole: nothing blocks the signature
    view = open_view(qtbot, demo_ws, inspection)
    assert isinstance(view.tab("photos"), GalleryWidget)
    panel = view.tab("minutes")
    assert isinstance(panel, SignExportPanel)
    p12 = tmp_path / "truong-doan.p12"
    p12.write_bytes(standard()["lead"].p12())
    panel.ask_p12 = lambda: p12
    panel.ask_password = lambda _path: PASSWORD
    panel.capture_signature = lambda _role: samples.signature_png()
    panel.confirm = lambda _summary, then: then()
    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        view.show_tab("minutes")
    with qtbot.waitSignal(panel.signedDone, timeout=30_000):
        panel.sign_digitally()
    assert view.signed_banner.isVisible()

    before = answers_of(demo_ws, inspection)
    view.show_tab("checklist")
    editor = checklist(view)
    editor.select("B1")
    press(qtbot, "3")  # a locked checklist takes no answers
    assert answers_of(demo_ws, inspection) == before

    with qtbot.waitSignal(panel.previewReady, timeout=30_000):
        panel.start_supplement()  # a biên bản bổ sung unlocks it again
    assert not view.signed_banner.isVisible()
    view.show_tab("checklist")
    editor.select("B1")
    press(qtbot, "3")
    assert answers_of(demo_ws, inspection)["B1"]["result"] == "khong_dat"


def test_each_tab_names_the_modules_the_window_loads_ahead(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    """The window's warm-up loads a tab's modules one per turn before building it: the
    list must name the module whose class the tab's factory makes (else the warm-up loads
    the wrong code and the first show pays again)."""
    import importlib

    from cchc_desktop.gui.inspection.tabs import TABS

    for spec in TABS:
        assert spec.modules, spec.key
        for module in spec.modules:
            importlib.import_module(module)
        widget = spec.factory(demo_ws, None)
        qtbot.addWidget(widget)
        assert type(widget).__module__ == spec.modules[-1], spec.key
