"""The start page's list: in its first frame when the folder needs no preparation, read in the
background when it does or when it is long."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from cchc_desktop.gui import context
from cchc_desktop.gui.context import AppContext
from cchc_desktop.gui.models.inspections import InspectionsModel
from cchc_desktop.gui.pages.inspections_page import InspectionsPage
from cchc_desktop.store.reading import SIGN_HISTORY_FLAG
from tests.gui.helpers import OpenWindow

DEMO_INSPECTIONS = 16


class _FirstPaint(QObject):
    """Notes how many rows the table had when its rows area was first painted."""

    def __init__(self, table: QTableView, seen: list[int]) -> None:
        super().__init__(table)
        self._table = table
        self._seen = seen
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen.append(self._table.model().rowCount())
        return False


def _watch_start(
    monkeypatch: pytest.MonkeyPatch,
    page_class: type[Any] = InspectionsPage,
    then: Callable[[Any], object] | None = None,
) -> tuple[list[int], list[dict[str, Any]]]:
    """What the start page's table showed in its first frame, and what the page showed when
    the folder's preparation began (and what ``then(page)`` answered at that moment)."""
    first_frame: list[int] = []
    at_prepare: list[dict[str, Any]] = []
    built = page_class.__init__
    prepare = AppContext.prepare

    def building(page: Any, *args: Any, **kwargs: Any) -> None:
        built(page, *args, **kwargs)
        _FirstPaint(page.table, first_frame)

    def preparing(ctx: AppContext) -> None:
        if not at_prepare:
            page = ctx.parent().stack.currentWidget()  # type: ignore[attr-defined]
            shown = {"rows": page.model.total(), "ready": ctx.ready}
            for name in ("open_button", "new_button"):
                if hasattr(page, name):
                    shown[name.removesuffix("_button")] = getattr(page, name).isEnabled()
            if then is not None:
                shown["then"] = then(page)
            at_prepare.append(shown)
        prepare(ctx)

    monkeypatch.setattr(page_class, "__init__", building)
    monkeypatch.setattr(AppContext, "prepare", preparing)
    return first_frame, at_prepare


def _count_fills(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    fills: list[int] = []
    original = InspectionsModel.set_rows

    def filling(model: InspectionsModel, rows: Any) -> None:
        fills.append(len(rows))
        original(model, rows)

    monkeypatch.setattr(InspectionsModel, "set_rows", filling)
    return fills


def test_the_list_is_in_the_first_frame_of_its_page(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An up-to-date folder: the list is read at once and drawn with its page, before the
    folder is prepared; nothing opens until it is, and it is not read a second time."""
    first_frame, at_prepare = _watch_start(monkeypatch)
    fills = _count_fills(monkeypatch)
    window = open_window(demo_dir)
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)

    assert first_frame == [DEMO_INSPECTIONS]
    assert at_prepare == [{"rows": DEMO_INSPECTIONS, "ready": False, "open": False, "new": False}]
    # Once the folder is ready: the chosen row opens, a new inspection can be added.
    qtbot.waitUntil(lambda: page.open_button.isEnabled() and page.new_button.isEnabled())
    assert page.selected_id() is not None
    assert fills == [DEMO_INSPECTIONS]
    assert page.count_label.text() == f"{DEMO_INSPECTIONS} cuộc kiểm tra"


def test_the_recommendations_list_is_in_the_first_frame_when_it_is_the_start_page(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed on "Theo dõi kiến nghị": that list is read at once too; its status keys wait
    for the folder."""
    import dataclasses

    from cchc_desktop.gui.pages.followups_page import FollowupsPage
    from cchc_desktop.settings import Settings

    first_frame, at_prepare = _watch_start(
        monkeypatch, FollowupsPage, then=lambda page: page.set_status("da_hoan_thanh")
    )
    settings = dataclasses.replace(Settings(), last_page="followups")
    window = open_window(demo_dir, settings=settings, persist_settings=False)
    page = window.pages["followups"]
    assert isinstance(page, FollowupsPage)
    total = page.model.total()
    assert total > 0
    assert first_frame == [min(total, page.model.CHUNK)]
    assert at_prepare[0] == {"rows": total, "ready": False, "then": False}  # key ignored
    assert page.set_status("da_hoan_thanh")  # the folder is ready now: stored


def test_a_folder_with_work_waiting_is_listed_once_prepared(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """History to sign (migration m0008's flag): the list waits for the preparation, which
    signs it, then shows."""
    with sqlite3.connect(demo_dir / "cchc.sqlite") as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, '1')", [SIGN_HISTORY_FLAG])
    conn.close()
    first_frame, at_prepare = _watch_start(monkeypatch)
    window = open_window(demo_dir)
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)

    assert first_frame == [0]
    assert at_prepare[0]["rows"] == 0
    assert page.model.total() == DEMO_INSPECTIONS
    flag = window.ctx.ws.db.execute("SELECT 1 FROM meta WHERE key = ?", [SIGN_HISTORY_FLAG])
    assert flag.fetchone() is None


def test_a_list_too_long_to_read_at_once_is_read_in_the_background(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read that would hold the window longer than its bound (a province's merged folder)
    is stopped and made in the background once the folder is ready."""
    monkeypatch.setattr(context, "READ_AT_ONCE_SECONDS", 0.0)
    first_frame, at_prepare = _watch_start(monkeypatch)
    fills = _count_fills(monkeypatch)
    window = open_window(demo_dir)
    page = window.pages["inspections"]
    assert isinstance(page, InspectionsPage)

    assert first_frame == [0]
    assert at_prepare[0]["rows"] == 0
    assert fills == [DEMO_INSPECTIONS]
    assert page.model.total() == DEMO_INSPECTIONS


def test_garbage_is_collected_again_once_the_start_page_is_drawn(tmp_path: Path) -> None:
    """The real program: no collection while it starts (it would find nothing), collection
    from the moment the start page is drawn, with start-up's objects set aside."""
    import os
    import subprocess
    import sys

    script = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from cchc_desktop.gui import entry\n"
        "import cchc_desktop.gui.screenshot as shot\n"
        "def take(window, path, page):\n"
        "    print('STARTING', gc.isenabled())\n"
        "    while not window.idle():\n"
        "        QApplication.processEvents()\n"
        "    print('DRAWN', gc.isenabled(), gc.get_freeze_count() > 0)\n"
        "    return 0\n"
        "shot.take_screenshot = take\n"
        "sys.exit(entry.main(sys.argv[1:]))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(tmp_path / "d"), "--screenshot", "x.png"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == ["STARTING False", "DRAWN True True"]


def test_recommendations_whose_folding_runs_over_time_are_read_in_the_background(
    qtbot: QtBot, open_window: OpenWindow, demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recommendations' words are folded for the search after SQLite has read them, out
    of the read's clock (1,500 recommendations of 2,000 characters: read in 24 ms, folded in
    280 on the window's thread). The folding keeps to the same bound: over it, the list is
    read in the background."""
    import dataclasses
    import time

    from cchc_desktop.gui.models import followups
    from cchc_desktop.gui.pages.followups_page import FollowupsPage
    from cchc_desktop.settings import Settings

    fold = followups.fold

    def slow_fold(text: str) -> str:
        time.sleep(0.01)  # long texts: 26 recommendations take 260 ms
        return fold(text)

    held: list[float] = []
    read_at_once = AppContext.read_at_once

    def timed(ctx: AppContext, query: Any) -> Any:
        started = time.perf_counter()
        try:
            return read_at_once(ctx, query)
        finally:
            held.append(time.perf_counter() - started)

    monkeypatch.setattr(followups, "fold", slow_fold)
    monkeypatch.setattr(AppContext, "read_at_once", timed)
    first_frame, _ = _watch_start(monkeypatch, FollowupsPage)
    settings = dataclasses.replace(Settings(), last_page="followups")
    window = open_window(demo_dir, settings=settings, persist_settings=False)
    page = window.pages["followups"]
    assert isinstance(page, FollowupsPage)
    assert first_frame == [0]
    assert held and max(held) < 0.1
    qtbot.waitUntil(lambda: page.model.total() > 0)
