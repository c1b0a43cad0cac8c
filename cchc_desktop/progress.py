"""Progress and cancellation for long core jobs (photo import, minutes, packages, merges).

A core function that may take long takes ``progress: Progress | None``. It calls
``progress.step(done, total, text)`` as it goes, which also raises ``Cancelled`` once the
user has asked to stop; the function must then leave stored data as it was (or with only
whole items stored, for batches) and let ``Cancelled`` propagate. The window's worker turns
``step`` into a Qt signal and its Cancel button into ``cancel()``; the CLI passes nothing
(or a printer), and Ctrl+C works as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from cchc_desktop.errors import UserError

Reporter = Callable[[int, int, str], None]


class Cancelled(UserError):
    """The user stopped the job; nothing half-done was kept."""

    def __init__(self) -> None:
        super().__init__(
            "Đã dừng theo yêu cầu; những gì chưa xong không được lưu.",
            "Stopped on request; nothing half-done was kept.",
        )


class Progress:
    """Thread-safe: the worker thread steps, the GUI thread cancels."""

    def __init__(self, report: Reporter | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next step (from any thread)."""
        self._cancelled.set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled

    def step(self, done: int, total: int, text: str = "") -> None:
        """Report that ``done`` of ``total`` items are finished; stop here if cancelled."""
        if self._report is not None:
            self._report(done, total, text)
        self.check()


def step(progress: Progress | None, done: int, total: int, text: str = "") -> None:
    """``progress.step`` for functions whose progress is optional."""
    if progress is not None:
        progress.step(done, total, text)
