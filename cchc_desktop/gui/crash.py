"""The global handler for bugs: an unexpected error becomes a log file and a dialog, never a
silent exit.

``sys.excepthook`` (which PySide6 also calls for errors raised in slots and event handlers),
``threading.excepthook`` and background tasks (``workers._report_crash`` →
``app.report_crash``) all end in ``CrashReporter.report``. A SQLite error that tells of the
file or the disk (busy, full, read-only, damaged: ``sqlite_errors``) is no bug: a message says
what to do, and no crash log is written.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from cchc_desktop import __version__
from cchc_desktop.domain.dates import utc_now, vietnam_now
from cchc_desktop.errors import UserError
from cchc_desktop.sqlite_errors import describe_sqlite_error

log = logging.getLogger(__name__)

ShowDialog = Callable[[str, Path | None], None]
ShowProblem = Callable[[str], None]

_open_boxes: list[object] = []


class CrashReporter:
    """Writes each unexpected error to ``logs/crash-….log`` and tells the user where it is.

    ``show`` is injectable: the window shows a non-modal dialog; tests pass a recorder. A
    busy, full, read-only or damaged database is no bug: ``tell`` shows its message instead.
    """

    def __init__(
        self,
        logs_dir: Path | None,
        show: ShowDialog | None = None,
        tell: ShowProblem | None = None,
    ) -> None:
        self.logs_dir = logs_dir
        self.show = show
        self.tell = tell
        self.reports: list[Path] = []
        self._reporting = False

    def install(self) -> None:
        """Become the process's handler for uncaught errors (main and other threads)."""
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def excepthook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        import traceback

        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        problem = describe_sqlite_error(exc)
        if problem is None and isinstance(exc, UserError):
            # A person's problem that a slot did not catch (a damaged device.json met while
            # the window shows the folder): its message says what is wrong and what to do.
            problem = exc
        if problem is not None:
            # The file or the disk, not the program: what to do, no crash log.
            log.warning("database or file problem: %s", problem.message)
            if self.tell is not None:
                self.tell(problem.message)
            return
        self.report("".join(traceback.format_exception(exc_type, exc, tb)))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        import traceback

        if args.exc_value is None:
            return
        self.report(
            "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        )

    def report(self, text: str) -> Path | None:
        """Log ``text`` (a traceback), show where it went; return the log file (None if unwritable)."""
        log.error("unexpected error:\n%s", text)
        print(text, file=sys.stderr)
        path = self._write(text)
        if path is not None:
            self.reports.append(path)
        if self.show is not None and not self._reporting:
            # An error raised while showing the dialog must not loop back here forever.
            self._reporting = True
            try:
                self.show(text, path)
            finally:
                self._reporting = False
        return path

    def _write(self, text: str) -> Path | None:
        # Imported here: a crash is rare, start-up is every day.
        import platform
        import tempfile

        stamp = vietnam_now().strftime("%Y%m%d-%H%M%S")
        body = (
            f"CCHC Desktop {__version__}\n"
            f"time (UTC): {utc_now()}\n"
            f"system: {platform.platform()} / Python {platform.python_version()}\n\n{text}"
        )
        for folder in (self.logs_dir, Path(tempfile.gettempdir())):
            if folder is None:
                continue
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"crash-{stamp}-{len(self.reports) + 1}.log"
                path.write_text(body, encoding="utf-8")
            except OSError:
                continue
            return path
        return None


def show_crash_dialog(text: str, path: Path | None) -> None:
    """A non-modal dialog: what happened, that saved work is safe, and where the log is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cchc_desktop.gui.i18n import tr

    app = QApplication.instance()
    if app is None:
        return
    where = str(path) if path is not None else tr("(không ghi được tệp nhật ký)")
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("CCHC Desktop gặp lỗi ngoài dự kiến"),
        tr(
            "Đã xảy ra lỗi ngoài dự kiến. Những gì đã lưu trước đó vẫn an toàn.\n\n"
            "Chi tiết lỗi đã được ghi vào tệp:\n{path}\n\n"
            "Hãy gửi tệp này cho người hỗ trợ kỹ thuật."
        ).replace("{path}", where),
        QMessageBox.StandardButton.Close,
        QApplication.activeWindow(),
    )
    box.setObjectName("crashDialog")
    box.setDetailedText(text)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Without a parent window the box belongs to Python: keep it until it is closed.
    _open_boxes.append(box)
    box.finished.connect(lambda _result: _open_boxes.remove(box))
    box.show()


def show_problem_dialog(message: str) -> None:
    """A non-modal warning: a problem with the database file or the disk, and what to do."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "CCHC Desktop",
        message,
        QMessageBox.StandardButton.Close,
        QApplication.activeWindow(),
    )
    box.setObjectName("databaseProblem")
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.finished.connect(lambda _result: _open_boxes.remove(box))
    box.show()
