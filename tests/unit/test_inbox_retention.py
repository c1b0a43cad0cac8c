"""Merged packages stay in inbox/done for the set days, counted from their merge, then go;
refused ones and other files stay."""

from __future__ import annotations

import os
import time
from pathlib import Path

from cchc_desktop.exchange.retention import DAY, expired, sweep_done
from cchc_desktop.settings import INBOX_DONE_DAYS, Settings


def _package(folder: Path, name: str, age_days: float, now: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"PK\x05\x06" + bytes(18))
    stamp = now - age_days * DAY
    os.utime(path, (stamp, stamp))
    return path


def test_packages_older_than_the_days_go_the_rest_stay(tmp_path: Path) -> None:
    now = time.time()
    done = tmp_path / "inbox" / "done"
    old = _package(done, "a.cchc", 91, now)
    upper = _package(done, "B.CCHC", 200, now)
    young = _package(done, "c.cchc", 89, now)
    note = _package(done, "ghi-chu.txt", 400, now)  # not a package: not ours to remove
    refused = _package(tmp_path / "inbox" / "refused", "d.cchc", 400, now)
    assert expired(done, 90, now) == sorted([upper, old])
    assert sweep_done(done, 90, now) == sorted([upper, old])
    assert not old.exists() and not upper.exists()
    assert young.exists() and note.exists() and refused.exists()
    assert sweep_done(done, 90, now) == []  # nothing left to do


def test_zero_days_keeps_everything_and_a_missing_folder_is_nothing(tmp_path: Path) -> None:
    now = time.time()
    done = tmp_path / "done"
    kept = _package(done, "a.cchc", 3650, now)
    assert sweep_done(done, 0, now) == [] and kept.exists()
    assert sweep_done(tmp_path / "nowhere", 90, now) == []


def test_the_setting_is_typed_with_a_default(tmp_path: Path) -> None:
    assert Settings().inbox_done_days == INBOX_DONE_DAYS == 90
    path = tmp_path / "settings.json"
    path.write_text('{"inbox_done_days": 30}', encoding="utf-8")
    assert Settings.load(path).inbox_done_days == 30
    path.write_text('{"inbox_done_days": "30"}', encoding="utf-8")  # not a number: default
    assert Settings.load(path).inbox_done_days == 90
    path.write_text('{"inbox_done_days": -5}', encoding="utf-8")
    assert Settings.load(path).inbox_done_days == 90
    path.write_text('{"inbox_done_days": 0}', encoding="utf-8")
    assert Settings.load(path).inbox_done_days == 0
