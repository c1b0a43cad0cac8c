"""`cchc-desktop --screenshot FILE.png [--page NAME]` draws each page off screen at the size asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cchc_desktop.gui.pages import EXCHANGE_VIEWS, INSPECTION_TABS, screenshot_pages
from cchc_desktop.gui.screenshot import take_screenshot
from cchc_desktop.settings import Settings
from tests.gui.helpers import OpenWindow


@pytest.mark.parametrize("page", screenshot_pages())
def test_every_page_has_a_picture(
    open_window: OpenWindow, demo_dir: Path, tmp_path: Path, page: str
) -> None:
    window = open_window(demo_dir, persist_settings=False, size=(1280, 800))
    picture = tmp_path / f"{page}.png"
    assert take_screenshot(window, picture, page) == 0
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1280, 800)
    expected = "inspection" if page in INSPECTION_TABS else page
    expected = "exchange" if page in EXCHANGE_VIEWS else expected
    assert window.current_key == expected


def test_the_command_draws_off_screen_without_touching_settings(
    demo_dir: Path, tmp_path: Path
) -> None:
    before = Settings.load(demo_dir / "settings.json")
    picture = tmp_path / "settings-hc.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc_desktop",
            "--data-dir",
            str(demo_dir),
            "--screenshot",
            str(picture),
            "--page",
            "settings",
            "--size",
            "1920x1080",
            "--high-contrast",
            "--scale",
            "130",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1920, 1080)
    # High contrast: the window background is black (beside the page's heading; the settings'
    # sections below sit on a near-black pane).
    assert image.pixelColor(1900, 120).name() == "#000000"
    assert Settings.load(demo_dir / "settings.json") == before
    assert not (demo_dir / ".lock").exists()


def test_unknown_page_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cchc_desktop",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--page",
            "nope",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 2 and "invalid choice" in done.stderr


def test_the_window_prints_no_library_warning(demo_dir: Path, tmp_path: Path) -> None:
    """The signing tab loads pyHanko; its deprecation notes are not the user's business."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONWARN")}
    done = subprocess.run(
        [sys.executable, "-m", "cchc_desktop", "--data-dir", str(demo_dir),
         "--screenshot", str(tmp_path / "minutes.png"), "--page", "minutes"],
        capture_output=True, text=True, check=False, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
