"""Helpers for the window tests: reopening a window on the same folder."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from cchc_desktop.gui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


def reopen(qtbot: QtBot, open_window: OpenWindow, window: MainWindow) -> MainWindow:
    """Close a window as the user would and open a new one on the same folder."""
    root = window.ctx.data_dir
    window.close()
    qtbot.waitUntil(lambda: window.ctx.pending == 0)
    window.ctx.close()
    return open_window(root)
