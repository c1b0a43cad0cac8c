"""`--screenshot`: draw the window (or one page of it) off screen into a PNG, then exit.

The README's pictures and the GUI checks use it. The picture is taken once the data folder
is open and no background read is running, so lists are filled, not half-loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QPoint, QThreadPool, QTimer
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop.gui.pages import EXCHANGE_VIEWS, INSPECTION_TABS

if TYPE_CHECKING:
    from cchc_desktop.gui.main_window import MainWindow

TIMEOUT_MS = 30_000


def wait_until(condition: Callable[[], bool], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Run the event loop until ``condition()`` holds (checked every few milliseconds)."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        if condition() or deadline.hasExpired():
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


def settle(window: MainWindow) -> bool:
    """Wait until the folder is open and nothing runs in the background (lists, thumbnails, the
    minutes' draft and its pages); then let pending layout and paint events through."""
    pool = QThreadPool.globalInstance()

    def idle() -> bool:
        return window.idle() and pool.activeThreadCount() == 0

    done = wait_until(idle)
    # A result handled starts the next step (a draft made → its pages rendered): go round
    # until a few turns of the loop bring no new work.
    for _ in range(5):
        for _ in range(3):
            QApplication.processEvents()
        done = wait_until(idle) and done
    return done


def show_for_screenshot(window: MainWindow, page: str) -> QWidget | None:
    """Bring ``page`` to the front: a registry page, a tab of the first 2026 demo inspection,
    or a view of the exchange page; return the dialog it opened, if any (drawn on top)."""
    if page in EXCHANGE_VIEWS:
        host = window.show_page("exchange")
        wait_until(lambda: getattr(host, "page", None) is not None)
        exchange = host.page  # type: ignore[attr-defined]
        if page == "conflicts":
            exchange.tabs.setCurrentIndex(1)
            return None
        dialog: QWidget = exchange.show_export_dialog()
        return dialog
    if page in INSPECTION_TABS or page == "inspection":
        inspection = demo_inspection_2026(window, with_previous=page == "previous")
        if inspection is None:
            window.show_page("inspections")
            return None
        host = window.open_inspection(inspection)
        if page != "inspection":
            host.show_tab(page)  # type: ignore[attr-defined]
    else:
        window.show_page(page)
    return None


def demo_inspection_2026(window: MainWindow, *, with_previous: bool = False) -> str | None:
    """The first inspection dated 2026 (the demo's TTPVHCC visits), else the latest one;
    ``with_previous``: the first that has previous recommendations (the demo's Xã Bình Gia)."""
    from cchc_desktop.store.inspections import inspection_ids_by_date
    from cchc_desktop.store.previous import previous_recommendations

    ids = inspection_ids_by_date(window.ctx.ws, first="2026-01-01")
    if not ids:
        return None
    if with_previous:
        for record_id in ids:
            if previous_recommendations(window.ctx.ws, record_id):
                return record_id
    return ids[0]


def take_screenshot(window: MainWindow, path: Path, page: str) -> int:
    """Save the picture of ``page``; return the process's exit status."""
    if not settle(window):
        print(f"the window did not finish loading within {TIMEOUT_MS // 1000} s", file=sys.stderr)
        return 1
    dialog = show_for_screenshot(window, page)
    settle(window)
    picture = window.grab()
    if dialog is not None:  # as a person sees it: the dialog over the window, centred
        painter = QPainter(picture)
        shot = dialog.grab()
        corner = QPoint(
            (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2
        )
        painter.drawPixmap(corner, shot)
        painter.setPen(dialog.palette().color(QPalette.ColorRole.Mid))  # its frame
        painter.drawRect(corner.x() - 1, corner.y() - 1, shot.width() + 1, shot.height() + 1)
        painter.end()
        dialog.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(path), "PNG"):
        print(f"could not write {path}", file=sys.stderr)
        return 1
    return 0
