"""Fixtures for driving the real window: the app class, a demo data folder, an open window."""

from __future__ import annotations

import logging
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


class _ErrorRecords(logging.Handler):
    """Keeps every record of level ERROR and above, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _errors_fail_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when an ERROR is logged while it runs: a background task that crashed
    (gui/workers.py logs it, the crash handler logs it) or any other error the window only
    logs would otherwise pass unseen (qutebrowser's discipline). A test that causes one on
    purpose says so with ``@pytest.mark.logs_errors``."""
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs_errors") is None:
        shown = "\n".join(f"{record.name}: {record.getMessage()}" for record in handler.records[:5])
        pytest.fail(f"{len(handler.records)} error(s) logged during the test:\n{shown}")


@pytest.fixture(autouse=True)
def _app_end_after_each_test(qapp: CchcApplication, _errors_fail_the_test: None) -> Iterator[None]:
    """Each test ends as a session of the app does: what waits for the app's end (an import
    to cancel, a previewed PDF to let go) is told, rather than left to interpreter exit.
    (After the error check's start, so an error logged while the pool drains still counts.)"""
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
