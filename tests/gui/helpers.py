"""Helpers for the window tests: waiting until a window has settled, reopening it."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from cchc_desktop.gui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


def settled(window: MainWindow) -> bool:
    """The folder is open, nothing runs in the background, the inspections list is filled."""
    listing = window.pages.get("inspections")
    return (
        window.ctx.ready
        and window.ctx.pending == 0
        and (listing is None or bool(getattr(listing, "loaded_once", True)))
    )


def reopen(qtbot: QtBot, open_window: OpenWindow, window: MainWindow) -> MainWindow:
    """Close a window as the user would and open a new one on the same folder."""
    root = window.ctx.data_dir
    window.close()
    qtbot.waitUntil(lambda: window.ctx.pending == 0)
    window.ctx.close()
    return open_window(root)
