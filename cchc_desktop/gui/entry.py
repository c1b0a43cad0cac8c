"""`cchc-desktop`: start the window (or draw one page of it off screen and exit).

    cchc-desktop [--data-dir D] [FILE.cchc]
    cchc-desktop --screenshot FILE.png [--page NAME] [--size 1280x800] [--high-contrast]
                 [--scale 90|100|115|130]

Start-up is kept lean: only what the first paint needs is imported before the window is
shown; the start page's list is read at once when the folder needs no preparation, and
drawn with the page; then the data folder is prepared (created with the demo data, or
upgraded) in the background, and lists that could not be read at once fill in as their
data arrives.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cchc_desktop.gui.main_window import MainWindow
    from cchc_desktop.settings import Settings

# Set by the start-up benchmark: print "first-paint" when the window is first drawn,
# "page-drawn" when its page is, and "data-ready" when its list is filled, then quit.
PROBE_ENV = "CCHC_STARTUP_PROBE"

EXIT_OK = 0
EXIT_REFUSED = 1


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: use WIDTHxHEIGHT, e.g. 1280x800") from None
    if min(size) < 200:
        raise argparse.ArgumentTypeError(f"{text!r} is too small")
    return size


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    from cchc_desktop.gui.pages import screenshot_pages
    from cchc_desktop.settings import TEXT_SCALES

    parser = argparse.ArgumentParser(
        prog="cchc-desktop",
        description="CCHC Desktop: kiểm tra công tác cải cách hành chính (cửa sổ ứng dụng).",
    )
    parser.add_argument("--data-dir", type=Path, help="thư mục dữ liệu / data folder")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="draw off screen, save, exit"
    )
    parser.add_argument("--page", choices=screenshot_pages(), default="inspections")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--scale", type=int, choices=TEXT_SCALES, default=None)
    parser.add_argument("package", nargs="?", type=Path, metavar="FILE.cchc")
    args = parser.parse_args(argv)
    if args.screenshot is None and (args.high_contrast or args.scale):
        parser.error(
            "--high-contrast and --scale go with --screenshot (the window has them in its settings)"
        )
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window until it is closed (or save a screenshot); return the exit status."""
    started = time.perf_counter()
    # No cyclic garbage collection until the start page is drawn (``_collect_from_now``):
    # start-up makes and keeps tens of thousands of objects (modules, PySide's enum types,
    # widgets), and sixty passes of the collector over them found nothing to free, for ~8 ms.
    gc.disable()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QTimer

    from cchc_desktop.gui.app import application, install_crash_handler, install_language
    from cchc_desktop.gui.instance import FolderInUse, lock_data_folder
    from cchc_desktop.library_warnings import keep_off_screen
    from cchc_desktop.settings import Settings
    from cchc_desktop.store.datafolder import DataFolder, default_data_dir

    data_dir = (args.data_dir or default_data_dir()).expanduser().resolve()
    keep_off_screen(DataFolder(data_dir).logs_dir)
    app = application([sys.argv[0]])
    settings = Settings.load(DataFolder(data_dir).settings_file)
    install_language(app, window_language(settings))
    try:
        lock = lock_data_folder(data_dir)
    except FolderInUse as refused:
        return _refuse(refused.message, quietly=args.screenshot is not None)
    install_crash_handler(app, DataFolder(data_dir).logs_dir)

    screenshot = args.screenshot is not None
    if screenshot:
        settings = _screenshot_settings(settings, args)
    window = open_main_window(
        data_dir,
        settings=settings,
        persist_settings=not screenshot,
        size=args.size if screenshot else None,
    )
    window.start_page_drawn.connect(_collect_from_now)
    QTimer.singleShot(1000, _collect_from_now)  # never drawn (minimised): a second at most
    if os.environ.get(PROBE_ENV):
        _StartupProbe.attach(window, started)
    if args.package is not None:
        window.open_package(args.package)
    try:
        if screenshot:
            from cchc_desktop.gui.screenshot import take_screenshot

            status = take_screenshot(window, args.screenshot, args.page)
            # No event loop ran, so Qt will not say the app is ending: say it, so widgets that
            # hold resources (an import, an open PDF) let them go as after a real session.
            app.aboutToQuit.emit()
            return status
        return app.exec()
    finally:
        _shut_down(window)
        lock.unlock()


def _collect_from_now() -> None:
    """Start-up is over: garbage is collected again; what start-up made and kept is set
    aside (``gc.freeze``), so later collections do not walk it again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def window_language(settings: Settings) -> str:
    """The window's language: CCHC_LANG when set (as for the CLI), else the setting."""
    from cchc_desktop.errors import language_from_environment

    return language_from_environment() or settings.language


def open_main_window(
    data_dir: Path,
    *,
    settings: Settings | None = None,
    persist_settings: bool = True,
    size: tuple[int, int] | None = None,
    ask_device_name: bool | None = None,
) -> MainWindow:
    """Apply the settings' look, build and show the main window on a data folder, then
    prepare the folder in the background (first start: create it with the demo data).

    ``ask_device_name`` (by default: unless in screenshot mode) asks for this laptop's name
    once the folder is open, when no person has named it yet."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cchc_desktop.gui.app import apply_settings
    from cchc_desktop.gui.context import AppContext
    from cchc_desktop.gui.main_window import MainWindow
    from cchc_desktop.settings import Settings
    from cchc_desktop.store.datafolder import DataFolder

    if settings is None:
        settings = Settings.load(DataFolder(data_dir).settings_file)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_settings(app, settings)
    ctx = AppContext(data_dir, settings, persist_settings=persist_settings)
    window = MainWindow(ctx)
    window.ask_device_name = persist_settings if ask_device_name is None else ask_device_name
    ctx.setParent(window)
    if size is not None:
        window.fit_size(*size)
    window.show()
    # The folder is prepared once the start page is drawn (or after a second if it never is,
    # e.g. started minimised): neither the first frame nor the page waits for it. The page's
    # list is read at once when the folder needs no preparation (``read_at_once``), and a
    # worker running beside the page's build and first paint only slowed them down.
    window.start_page_drawn.connect(ctx.prepare)
    QTimer.singleShot(1000, ctx.prepare)
    return window


def _screenshot_settings(settings: Settings, args: argparse.Namespace) -> Settings:
    import dataclasses

    changes: dict[str, Any] = {}
    if args.high_contrast:
        changes["high_contrast"] = True
    if args.scale:
        changes["text_scale"] = args.scale
    return dataclasses.replace(settings, **changes)


def _refuse(message: str, *, quietly: bool) -> int:
    """Say that another window holds the folder; a screenshot run only prints it."""
    print(message, file=sys.stderr)
    if not quietly:
        from PySide6.QtWidgets import QMessageBox

        from cchc_desktop.gui.i18n import tr

        QMessageBox.warning(None, tr("CCHC Desktop đang mở"), message)
    return EXIT_REFUSED


def _shut_down(window: MainWindow) -> None:
    """Close the window and wait for background reads before the workspace closes."""
    from PySide6.QtCore import QThreadPool

    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    window.ctx.close()


class _StartupProbe:
    """Prints the moments the start-up benchmark measures, then ends the run."""

    @staticmethod
    def attach(window: MainWindow, started: float) -> None:
        # Only what the window imports before its first frame anyway: the probe must not add
        # to it (QEvent and Qt are imported when the page is up).
        from PySide6.QtCore import QObject, QTimer

        if TYPE_CHECKING:
            from PySide6.QtCore import QEvent

        def report(what: str) -> None:
            print(f"{what} {time.perf_counter() - started:.4f}", flush=True)

        class ListDrawn(QObject):
            """The list filled: the first paint of the inspections table once its rows
            are in: reported on the next turn of the event loop, after that frame, ahead of
            the work the window queued for after it (an event of high priority), so that
            work is not counted in the moment the list was on screen."""

            done = False

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                from PySide6.QtCore import QCoreApplication, QEvent, Qt

                page = window.pages.get("inspections")
                filled = bool(getattr(page, "loaded_once", False))
                if not self.done and filled and event.type() == QEvent.Type.Paint:
                    self.done = True
                    QCoreApplication.postEvent(
                        self, QEvent(QEvent.Type.User), Qt.EventPriority.HighEventPriority.value
                    )
                return False

            def event(self, event: QEvent) -> bool:
                from PySide6.QtCore import QEvent
                from PySide6.QtWidgets import QApplication

                if event.type() != QEvent.Type.User:
                    return super().event(event)
                report("data-ready")
                QApplication.quit()
                return True

        watcher = ListDrawn(window)

        def page_shown(key: str) -> None:
            QTimer.singleShot(0, lambda: report("page-drawn"))
            table = getattr(window.pages.get(key), "table", None)
            if key == "inspections" and table is not None:
                table.viewport().installEventFilter(watcher)

        def painted() -> None:
            report("first-paint")
            window.page_changed.connect(page_shown)

        window.first_painted.connect(painted)
