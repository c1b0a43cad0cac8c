"""Helpers for the window tests: reopening a window on the same folder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def trust_sender(page: Any) -> None:
    """The trust step on the exchange page as a secretary takes it: the dialog opens, the
    digit groups are compared aloud (ticked), and the laptop is trusted."""
    dialog = page.trust_device()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.trust_button.isEnabled()  # not before the groups are compared
    dialog.compared.click()
    dialog.trust_button.click()
