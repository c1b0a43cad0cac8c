"""The Exchange page removes merged packages past their days when it starts, and dates a
package it merges from the inbox so that its days start then."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.retention import DAY
from cchc_desktop.gui.exchange import ExchangePage
from cchc_desktop.store.workspace import Workspace
from tests.exchange_support import inspection_on, laptop, open_ws
from tests.gui.helpers import trust_sender


def test_old_merged_packages_go_at_start_and_a_merge_starts_the_days(
    tmp_path: Path, qtbot: QtBot
) -> None:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        package = export_package(ws, [inspection_on(ws)], target=tmp_path / "a.cchc").path
    # Made a year ago: its file says so, though it reaches the inbox only now.
    year_ago = time.time() - 365 * DAY
    os.utime(package, (year_ago, year_ago))
    done = s / "inbox" / "done"
    done.mkdir(parents=True)
    stale, recent = done / "cu.cchc", done / "moi.cchc"
    for path, age in ((stale, 120), (recent, 10)):
        shutil.copyfile(package, path)
        stamp = time.time() - age * DAY
        os.utime(path, (stamp, stamp))
    shutil.copyfile(package, s / "inbox" / "a.cchc")
    os.utime(s / "inbox" / "a.cchc", (year_ago, year_ago))

    ws = Workspace.open(s)
    page = ExchangePage(ws)
    qtbot.addWidget(page)
    try:
        assert not stale.exists() and recent.exists()  # the default: 90 days
        if page.verified is None:
            with qtbot.waitSignal(page.previewReady, timeout=10_000):
                page.refresh_inbox()
        trust_sender(page)
        with qtbot.waitSignal(page.merged, timeout=10_000):
            page.merge()
        merged = done / "a.cchc"
        assert merged.exists() and time.time() - merged.stat().st_mtime < DAY
        page._swept_at = 0.0  # the next rescan sweeps again (normally an hour later)
        page.sweep_done()
        assert merged.exists() and recent.exists()
    finally:
        page.close()
        ws.close()
