"""The one way the window runs background work: a task on a thread pool that reports progress,
can be cancelled, and delivers its result or error back on the GUI thread.

File, image, PDF, package and merge work never runs on the GUI thread. A task gets a
``Progress`` (cchc_desktop.progress) to step and to honour Cancel. SQLite connections do not
cross threads: a task that needs the database opens its own ``Workspace`` on the data folder
(``Workspace.open(folder)``) and closes it when done.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from cchc_desktop.errors import UserError
from cchc_desktop.progress import Cancelled, Progress
from cchc_desktop.sqlite_errors import describe_sqlite_error

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    """Emitted from the worker thread; Qt queues them to the receiver's (GUI) thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)  # a message for a person (UserError), in their language
    crashed = Signal(str)  # a bug: the traceback text, for the crash handler
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """A callable run on a pool thread as ``work(progress)``."""

    def __init__(self, work: Callable[[Progress], Any], database: Path | None = None) -> None:
        super().__init__()
        self.work = work
        self.database = database  # named in a message about the file (busy, damaged…)
        self.signals = TaskSignals()
        self.progress = Progress(self.signals.progress.emit)
        self.setAutoDelete(False)  # the Task object lives as long as its owner keeps it

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:
            # A busy, full, read-only or damaged database is the person's to fix; any other
            # error (SQLite's "no such column" included) is a bug for the crash handler.
            user = describe_sqlite_error(exc, self.database)
            if user is not None:
                self.signals.failed.emit(user.message)
            else:
                text = traceback.format_exc()
                log.error("background task failed:\n%s", text)
                self.signals.crashed.emit(text)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


_running: set[Task] = set()


def start(
    work: Callable[[Progress], Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_crash: Callable[[str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    database: Path | None = None,
) -> Task:
    """Run ``work(progress)`` in the background and wire its outcome to the callbacks.

    The returned task can be cancelled (``task.cancel()``); the callbacks run on the GUI
    thread. A crash with no ``on_crash`` goes to the application's crash handler.
    ``on_finished`` runs last, whatever the outcome. A problem of the ``database`` file
    (busy, full, damaged…) is said with its path.
    """
    task = Task(work, database)
    signals = task.signals
    if on_result is not None:
        signals.succeeded.connect(on_result)
    # A message nobody asked to hear (a thumbnail loader's) is at least logged.
    signals.failed.connect(on_error or _unheard)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    if on_cancelled is not None:
        signals.cancelled.connect(on_cancelled)
    signals.crashed.connect(on_crash or _report_crash)
    _running.add(task)
    signals.finished.connect(lambda: _running.discard(task))
    if on_finished is not None:
        signals.finished.connect(on_finished)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def _unheard(message: str) -> None:
    log.warning("background task refused: %s", message)


def _report_crash(text: str) -> None:
    """Hand a background bug to the app's global handler (installed by the app at start)."""
    from PySide6.QtWidgets import QApplication

    handler = getattr(QApplication.instance(), "report_crash", None)
    if callable(handler):
        handler(text)
    else:
        log.error("unhandled background error:\n%s", text)
