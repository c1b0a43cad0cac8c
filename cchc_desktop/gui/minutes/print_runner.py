"""A print job with its progress where the eye is: a bar, the page being sent, and "Hủy".

Used by the biên bản preview (one document) and the batch print dialog (many, and their
combined copy): the job itself (``print_job.paint_documents``, or any ``run`` job) goes to a
worker; this widget starts it, shows its steps and cancels it. ``finished(ok, message)`` says
how it ended, in words a person reads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from shiboken6 import isValid

from cchc_desktop.gui import workers
from cchc_desktop.gui.minutes.print_document import DEFAULT_DPI, Document, Printed
from cchc_desktop.progress import Progress


def settings_dpi(widget: QWidget) -> float:
    """The print resolution the settings ask for (the window's context), else 300 dpi."""
    ctx = getattr(widget.window(), "ctx", None)
    settings = getattr(ctx, "settings", None)
    return float(getattr(settings, "print_dpi", DEFAULT_DPI))


class PrintRunner(QWidget):
    """Progress bar, what is being sent, and Hủy; hidden while no job runs."""

    finished = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printRunner")
        self.task: workers.Task | None = None
        self.bar = QProgressBar(self)
        self.bar.setObjectName("printProgress")
        self.bar.setTextVisible(True)
        self.label = QLabel(self)
        self.label.setObjectName("printStep")
        self.cancel_button = QPushButton(self.tr("&Hủy"), self)
        self.cancel_button.setObjectName("cancelPrint")
        self.cancel_button.setToolTip(self.tr("Dừng ngay; máy in không nhận thêm trang nào"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(
        self,
        printer: QPrinter,
        documents: Sequence[Document] | Callable[[], Sequence[Document]],
        dpi: float | None = None,
    ) -> workers.Task | None:
        """Print ``documents`` in order as one job, in the background; a callable gives them
        in the worker (reading many PDFs is work too)."""
        wanted = settings_dpi(self) if dpi is None else dpi

        def work(progress: Progress) -> Printed:
            # Loaded here, in the worker: showing a preview costs the window no print machinery.
            from cchc_desktop.gui.minutes.print_job import paint_documents

            docs = list(documents() if callable(documents) else documents)
            return paint_documents(printer, docs, dpi=wanted, progress=progress)

        def said(printed: Printed) -> str:
            return self.tr("Đã gửi %n trang tới máy in.", "", printed.impressions)

        return self.run(
            work,
            said,
            self.tr("Đang chuẩn bị in…"),
            self.tr("Đã hủy in; máy in không nhận thêm trang nào."),
        )

    def run(
        self,
        work: Callable[[Progress], Any],
        said: Callable[[Any], str],
        first: str,
        cancelled: str,
    ) -> workers.Task | None:
        """Run any job here: ``said(result)`` is the message it ends with, ``cancelled`` the
        one after Hủy."""
        if self.busy:
            return None
        self.bar.setRange(0, 0)
        self.label.setText(first)
        self.cancel_button.setEnabled(True)
        self.show()
        self.task = workers.start(
            work,
            on_result=self._alive(lambda result: self._ended(True, said(result))),
            on_error=self._alive(lambda message: self._ended(False, message)),
            on_cancelled=self._alive(lambda: self._ended(False, cancelled)),
            on_progress=self._alive(self._step),
        )
        return self.task

    def cancel(self) -> None:
        """Stop at the next band; the printer's job is abandoned."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Đang dừng…"))

    def _alive(self, slot: Any) -> Any:
        def call(*args: Any) -> None:
            if isValid(self):  # the window may have closed while the job ran
                slot(*args)

        return call

    def _step(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if text and self.cancel_button.isEnabled():
            self.label.setText(text)

    def _ended(self, ok: bool, message: str) -> None:
        self.task = None
        self.hide()
        self.finished.emit(ok, message)
