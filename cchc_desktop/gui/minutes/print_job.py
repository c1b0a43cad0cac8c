"""Printing PDFs off the window's thread: one or many biên bản, in order, in one print job.

The job runs in a worker (``gui.workers``). Each page is rendered by PDFium at the resolution
the job needs — the settings' (300 dpi unless changed, at most 600), never above the
printer's — one page ahead in a second thread, while this thread hands the previous page to
the printer as bands of ink (``minutes.print_bands``): white paper is never encoded, and no
single call into Qt is long enough to stall the window.

Copies and duplex come from the print dialog; the job makes the copies itself, in the order
``minutes.print_order`` gives (each biên bản's copies together, a blank back after an odd
page count when printing on both sides).
Cancel stops at the next band and abandons the printer's job (a PDF file is removed).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from cchc_desktop.errors import UserError, pick
from cchc_desktop.gui.minutes.print_document import DEFAULT_DPI, Document, Printed
from cchc_desktop.minutes.pages import Bitmap, PdfPages
from cchc_desktop.minutes.print_bands import Band, content_bands
from cchc_desktop.minutes.print_order import Side, sides
from cchc_desktop.progress import Progress

# Pages rendered ahead of the printer. Two ahead measured no faster than one (bench_print:
# the two threads take turns on Python's lock, which Qt keeps while it encodes a band), and
# each page waiting costs 35 MB at 300 dpi.
AHEAD = 1


def job_dpi(printer: QPrinter, wanted: float) -> float:
    """The resolution to render at: what the settings want, never above the printer's."""
    return float(min(wanted, printer.resolution() or wanted))


def prepare(printer: QPrinter) -> tuple[int, bool, bool]:
    """Set the printer for documents that carry their own margins (A4, full page) and take
    over its copies: (copies, collate, duplex) as the print dialog left them."""
    copies = max(1, printer.copyCount())
    duplex = printer.duplex() != QPrinter.DuplexMode.DuplexNone
    collate = printer.collateCopies()
    printer.setCopyCount(1)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return copies, collate, duplex


def _render(pages: PdfPages, index: int, dpi: float, cost: Printed) -> tuple[Bitmap, list[Band]]:
    """A page's pixels and where its ink is (runs in the render-ahead thread)."""
    started = time.thread_time()
    bitmap = pages.render(index, dpi)
    bands = content_bands(bitmap)
    cost.render_cpu += time.thread_time() - started
    return bitmap, bands


def paint_documents(
    printer: QPrinter,
    documents: Sequence[Document],
    *,
    dpi: float = DEFAULT_DPI,
    progress: Progress | None = None,
) -> Printed:
    """Print ``documents`` in order as one job (call from a worker thread)."""
    progress = progress or Progress()
    copies, collate, duplex = prepare(printer)
    dpi = job_dpi(printer, dpi)
    opened: list[PdfPages] = []
    try:
        for document in documents:
            opened.append(PdfPages(document.pdf))  # a damaged one: those before are closed
        steps = list(sides([p.count for p in opened], copies, collate, duplex))
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                "Không mở được máy in; hãy kiểm tra máy in (đã bật, còn giấy, đúng máy) rồi thử "
                "lại.",
                "Cannot open the printer; check it (on, with paper, the right one) and try again.",
            )
        done = False
        cost = Printed(len(documents), sum(p.count for p in opened))
        cost.impressions = sum(1 for s in steps if not s.blank)
        try:
            _paint(painter, printer, opened, documents, steps, dpi, progress, cost)
            done = True
        finally:
            if not done:
                printer.abort()
            painter.end()
            if not done:
                _remove_output(printer)
        return cost
    finally:
        for pages_of in opened:
            pages_of.close()


def _paint(
    painter: QPainter,
    printer: QPrinter,
    opened: list[PdfPages],
    documents: Sequence[Document],
    steps: list[Side],
    dpi: float,
    progress: Progress,
    cost: Printed,
) -> None:
    paper = painter.viewport()
    started = time.thread_time()
    # Pages rendered ahead of the one being painted, in order, each its future.
    ahead: deque[Future[tuple[Bitmap, list[Band]]]] = deque()
    pages_to_render = (s for s in steps if s.page >= 0)
    with ThreadPoolExecutor(1, thread_name_prefix="cchc-print-render") as renderer:

        def keep_ahead() -> None:
            while len(ahead) < AHEAD:
                step = next(pages_to_render, None)
                if step is None:
                    return
                ahead.append(renderer.submit(_render, opened[step.document], step.page, dpi, cost))

        keep_ahead()
        try:
            for position, step in enumerate(steps):
                document = documents[step.document]
                count = opened[step.document].count
                text = (
                    pick(
                        f"{document.title} – trang {step.page + 1}/{count}",
                        f"{document.title} – page {step.page + 1}/{count}",
                    )
                    if step.page >= 0
                    else document.title
                )
                progress.step(position, len(steps), text)
                if position:
                    printer.newPage()
                if step.page < 0:
                    continue  # the blank back of an odd page count
                bitmap, bands = ahead.popleft().result()
                keep_ahead()
                image = QImage(
                    bitmap.pixels,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                )
                width_pt, height_pt = opened[step.document].size(step.page)
                scale = min(paper.width() / width_pt, paper.height() / height_pt) * 72 / dpi
                left = (paper.width() - bitmap.width * scale) / 2
                top = (paper.height() - bitmap.height * scale) / 2
                for band in bands:
                    progress.check()
                    call = time.thread_time()
                    painter.drawImage(
                        QRectF(
                            left + band.left * scale,
                            top + band.top * scale,
                            band.width * scale,
                            band.height * scale,
                        ),
                        image,
                        QRectF(band.left, band.top, band.width, band.height),
                    )
                    cost.longest_call = max(cost.longest_call, time.thread_time() - call)
                del image  # it points into the bitmap's bytes, which go with this page
        finally:
            for future in ahead:  # cancelled or failed: pages not started are not rendered
                future.cancel()
        progress.step(
            len(steps), len(steps), pick("Đang gửi tới máy in…", "Sending to the printer…")
        )
    cost.paint_cpu = time.thread_time() - started


def _remove_output(printer: QPrinter) -> None:
    """A cancelled job to a file leaves no half-written file behind."""
    name = printer.outputFileName()
    if name:
        Path(name).unlink(missing_ok=True)
