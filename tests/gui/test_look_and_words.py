"""Every glyph the window shows is drawn by a bundled font (or an icon); the window follows
CCHC_LANG as the CLI does; the first start fits a small screen; the message bar says what
kind of news it carries."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QRawFont
from pytestqt.qtbot import QtBot

from cchc_desktop.gui.entry import window_language
from cchc_desktop.gui.main_window import first_size
from cchc_desktop.gui.message_bar import MessageBar
from cchc_desktop.paths import resource
from cchc_desktop.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# What the window draws: its sources and forms (the CLI and the PDF documents have fonts and
# rules of their own), the texts between quotes.
SHOWN = [
    *sorted((ROOT / "cchc_desktop" / "gui").rglob("*.py")),
    *sorted((ROOT / "ui").glob("*.ui")),
]
STRING = re.compile(r"\"([^\"\n]*)\"|'([^'\n]*)'|<string>([^<]*)</string>")


def _drawn_characters() -> dict[str, str]:
    """Each character outside ASCII in the window's texts, with a file that uses it."""
    found: dict[str, str] = {}
    for path in SHOWN:
        text = path.read_text(encoding="utf-8")
        for match in STRING.finditer(text):
            for char in "".join(part for part in match.groups() if part):
                if ord(char) > 0x7F and unicodedata.category(char)[0] != "M":
                    found.setdefault(char, path.name)
    return found


def test_every_character_the_window_shows_is_in_a_bundled_font(qapp: object) -> None:
    fonts = [QRawFont(str(p), 12) for p in sorted(resource("fonts", "ui").glob("*.ttf"))]
    assert fonts and all(font.isValid() for font in fonts)
    missing = {
        char: f"U+{ord(char):04X} {unicodedata.name(char, '?')} ({where})"
        for char, where in _drawn_characters().items()
        if not any(font.supportsCharacter(ord(char)) for font in fonts)
    }
    assert missing == {}


def test_the_lock_of_a_signed_inspection_is_an_icon_not_an_emoji(qapp: object) -> None:
    assert "🔒" not in "".join(_drawn_characters())
    from cchc_desktop.gui.icons import lock_pixmap

    pixmap = lock_pixmap(20)
    image = pixmap.toImage()
    inked = sum(1 for x in range(20) for y in range(20) if image.pixelColor(x, y).alpha() > 0)
    assert 60 < inked < 400  # a shape, neither empty nor a filled square


@pytest.mark.parametrize(
    ("env", "setting", "expected"),
    [
        ("en", "vi", "en"),
        ("en_US.UTF-8", "vi", "en"),
        ("vi", "en", "vi"),
        ("", "en", "en"),
        (None, "vi", "vi"),
    ],
)
def test_cchc_lang_chooses_the_windows_language_and_the_setting_is_the_default(
    monkeypatch: pytest.MonkeyPatch, env: str | None, setting: str, expected: str
) -> None:
    if env is None:
        monkeypatch.delenv("CCHC_LANG", raising=False)
    else:
        monkeypatch.setenv("CCHC_LANG", env)
    assert window_language(Settings(language=setting)) == expected


def test_the_window_opens_in_english_under_cchc_lang_en(tmp_path: Path) -> None:
    """The real program: `cchc-desktop` with CCHC_LANG=en and the setting left Vietnamese."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from cchc_desktop.gui import entry\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import cchc_desktop.gui.screenshot as shot\n"
        "def take(window, path, page):\n"
        "    print('TITLE', window.windowTitle())\n"
        "    return 0\n"
        "shot.take_screenshot = take\n"
        "sys.exit(entry.main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "CCHC_LANG": "en", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--data-dir",
            str(tmp_path / "d"),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    title = next(line for line in done.stdout.splitlines() if line.startswith("TITLE"))
    assert title.startswith("TITLE CCHC Desktop") and "Kiểm tra" not in title, title


@pytest.mark.parametrize(
    ("available", "size", "maximised"),
    [
        (QSize(1366, 697), QSize(1280, 697), True),  # a 1366×768 laptop above its taskbar
        (QSize(1280, 720), QSize(1280, 720), True),
        (QSize(1920, 1040), QSize(1280, 800), False),
        (QSize(1280, 800), QSize(1280, 800), False),
    ],
)
def test_the_first_start_fits_the_screen(available: QSize, size: QSize, maximised: bool) -> None:
    assert first_size(available) == (size, maximised)


def test_the_message_bar_tells_error_from_success_and_clears(qtbot: QtBot) -> None:
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_error("Sai mật khẩu", cause="password")
    assert bar.isVisibleTo(None) or bar.kind == "error"
    assert bar.kind == "error" and bar.message() == "Sai mật khẩu"
    assert "#fde2de" in bar.styleSheet()  # red
    bar.resolve("signature")  # another cause: the error stays
    assert bar.kind == "error"
    bar.resolve("password")  # its cause fixed: it goes
    assert bar.kind is None and bar.message() == "" and bar.isHidden()
    opened: list[bool] = []
    bar.show_success(
        "Đã ký số.",
        next_step="Tiếp theo: xuất gói dữ liệu.",
        action=("Mở thư mục", lambda: opened.append(True)),
    )
    assert bar.kind == "success" and bar.message() == "Đã ký số. Tiếp theo: xuất gói dữ liệu."
    assert "#dcf1e1" in bar.styleSheet()  # green
    assert not bar.action_button.isHidden() and bar.action_button.text() == "Mở thư mục"
    bar.action_button.click()
    assert opened == [True] and bar.kind is None
    bar.show_info("Mọi tiêu chí đã có kết quả.")
    assert bar.kind == "info" and "#fde2de" not in bar.styleSheet()
    bar.close_button.click()
    assert bar.isHidden()
