"""Fixtures for driving the real window: the app class, a demo data folder, an open window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.app import CchcApplication
from cchc_desktop.gui.main_window import MainWindow
from tests.gui.helpers import OpenWindow


@pytest.fixture(scope="session")
def qapp_cls() -> type[CchcApplication]:
    """pytest-qt makes the application from our class, so ``report_crash`` exists as in use."""
    return CchcApplication


@pytest.fixture(autouse=True)
def _app_end_after_each_test(qapp: CchcApplication) -> Iterator[None]:
    """Each test ends as a session of the app does: what waits for the app's end (an import
    to cancel, a previewed PDF to let go) is told, rather than left to interpreter exit."""
    yield
    QThreadPool.globalInstance().waitForDone(20_000)
    qapp.aboutToQuit.emit()


@pytest.fixture
def demo_dir(tmp_path: Path) -> Path:
    """A data folder initialised with the demo data, as a first start leaves it."""
    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace

    root = tmp_path / "demo"
    initialise(root)
    with Workspace.open(root) as ws:
        load_demo(ws)
    return root


@pytest.fixture
def open_window(qtbot: QtBot, qapp: CchcApplication) -> Iterator[OpenWindow]:
    """Opens the main window on a data folder and waits until its data is shown.

    Windows opened through it are closed after the test, and the application's look (text
    size, contrast) is put back, so one test's choices never leak into the next.
    """
    from cchc_desktop.gui.entry import open_main_window
    from cchc_desktop.gui.theme import apply_theme

    opened: list[MainWindow] = []

    def open_on(root: Path, **options: Any) -> MainWindow:
        # The first-start question naming the laptop only where a test asks for it.
        options.setdefault("ask_device_name", False)
        window = open_main_window(root, **options)
        qtbot.addWidget(window)
        opened.append(window)
        qtbot.waitUntil(window.idle, timeout=15000)
        return window

    yield open_on
    for window in opened:
        window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    for window in opened:
        window.ctx.close()
    apply_theme(qapp, high_contrast=False, text_scale=100)
