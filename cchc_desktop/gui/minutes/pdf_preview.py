"""The PDF preview: pages as they will print (pypdfium2 in a worker), zoom, page navigation,
printing through Qt's print dialog (``PrintRunner``: off the window's thread, with progress
and Hủy), and the system viewer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cchc_desktop.gui import workers
from cchc_desktop.gui.minutes.print_document import Document
from cchc_desktop.gui.minutes.print_runner import PrintRunner
from cchc_desktop.minutes.pages import Bitmap, PdfPages
from cchc_desktop.progress import Progress

ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


def to_qimage(bitmap: Bitmap) -> QImage:
    """PDFium's BGRX pixels as a QImage (a copy, so the bytes may go)."""
    image = QImage(
        bitmap.pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
    )
    return image.copy()


class PdfPreview(QWidget):
    """Shows a PDF one page at a time; ``set_pdf`` with bytes or a file."""

    pageCountChanged = Signal(int)
    pageShown = Signal(int)
    printFinished = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._data: bytes = b""
        self._file: Path | None = None
        self._page = 0
        self._zoom: float | None = None  # None: fit the width
        self._task: workers.Task | None = None
        self._generation = 0
        # Renders still running on a document, and the documents let go while they ran: a
        # document is closed when its last render ends, never under a running one (PDFium
        # would be handed a closed document: a crash in the background task).
        self._renders: dict[PdfPages, int] = {}
        self._retired: set[PdfPages] = set()
        # Injectable for tests: how "open in the system viewer" opens a file.
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self._build()
        self._update_controls()

    def _build(self) -> None:
        def button(text: str, tip: str, slot: Callable[[], Any]) -> QToolButton:
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.clicked.connect(slot)
            return b

        self.previous_button = button("◀", self.tr("Trang trước"), self.previous_page)
        self.next_button = button("▶", self.tr("Trang sau"), self.next_page)
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.count_label = QLabel("/ 0", self)
        self.zoom_out_button = button("−", self.tr("Thu nhỏ"), self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_in_button = button("+", self.tr("Phóng to"), self.zoom_in)
        self.fit_button = button(self.tr("Vừa khung"), self.tr("Vừa chiều rộng"), self.fit_width)
        self.print_button = button(self.tr("In…"), self.tr("In biên bản"), self.print_dialog)
        self.open_button = button(
            # Short: the toolbar shares a laptop's width with the signing column.
            self.tr("Mở tệp PDF"),
            self.tr("Mở tệp PDF bằng chương trình đọc PDF của máy"),
            self.open_in_system_viewer,
        )
        bar = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.page_box,
            self.count_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.open_button)
        self.page_label = QLabel(self)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setStyleSheet("background: #8a8a8a;")
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pdfPageScroll")  # a page larger than the view scrolls
        self.scroll_area.setWidget(self.page_label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel(self)
        self.printer = PrintRunner(self)
        self.printer.finished.connect(self._printed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.printer)
        layout.addWidget(self.status)
        # A preview inside a tab never gets a closeEvent: let PDFium's document go when the
        # application ends, not at some collection after PDFium itself has shut down.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear)

    # -- content ----------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self._pages.count if self._pages else 0

    @property
    def current_page(self) -> int:
        return self._page

    @property
    def pdf_bytes(self) -> bytes:
        return self._data

    def set_pdf(self, source: bytes | Path) -> None:
        """Show a PDF (opened in the background; ``pageCountChanged`` tells when)."""
        # A named .pdf file opens as it is in the system viewer; bytes (or a media blob,
        # which has no extension) get a temporary .pdf copy when that is asked for.
        pdf_file = isinstance(source, Path) and source.suffix.lower() == ".pdf"
        self._file = source if isinstance(source, Path) and pdf_file else None
        self._generation += 1
        generation = self._generation

        def work(progress: Progress) -> tuple[bytes, PdfPages]:
            data = source.read_bytes() if isinstance(source, Path) else source
            return data, PdfPages(data)

        def done(result: tuple[bytes, PdfPages]) -> None:
            if not isValid(self) or generation != self._generation:
                result[1].close()
                return
            if self._pages is not None:
                self._let_go(self._pages)
            self._data, self._pages = result
            self._page = 0
            self.page_box.blockSignals(True)
            self.page_box.setMaximum(max(1, self._pages.count))
            self.page_box.setValue(1)
            self.page_box.blockSignals(False)
            self._update_controls()
            self.pageCountChanged.emit(self._pages.count)
            self._render()

        workers.start(work, on_result=done, on_error=self._show_error)

    def clear(self) -> None:
        self._generation += 1
        if self._pages is not None:
            self._let_go(self._pages)
        self._pages, self._data, self._file = None, b"", None
        self.page_label.clear()
        self._update_controls()
        self.pageCountChanged.emit(0)

    # -- navigation and zoom ----------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if not self._pages or not 0 <= index < self._pages.count:
            return
        self._page = index
        if self.page_box.value() != index + 1:
            self.page_box.blockSignals(True)
            self.page_box.setValue(index + 1)
            self.page_box.blockSignals(False)
        self._update_controls()
        self._render()

    def next_page(self) -> None:
        self.show_page(self._page + 1)

    def previous_page(self) -> None:
        self.show_page(self._page - 1)

    def zoom(self) -> float:
        """The scale on screen: 1.0 is the page's real size at the screen's resolution."""
        if self._zoom is not None:
            return self._zoom
        if not self._pages:
            return 1.0
        width_pt, _ = self._pages.size(self._page)
        available = max(200, self.scroll_area.viewport().width() - 24)
        return available / (width_pt / 72 * self._screen_dpi())

    def zoom_in(self) -> None:
        current = self.zoom()
        self._zoom = next((z for z in ZOOMS if z > current + 0.01), ZOOMS[-1])
        self._render()

    def zoom_out(self) -> None:
        current = self.zoom()
        self._zoom = next((z for z in reversed(ZOOMS) if z < current - 0.01), ZOOMS[0])
        self._render()

    def fit_width(self) -> None:
        self._zoom = None
        self._render()

    def _screen_dpi(self) -> float:
        return float(self.logicalDpiX() or 96)

    def _render(self) -> None:
        if not self._pages:
            return
        pages, index, generation = self._pages, self._page, self._generation
        ratio = self.devicePixelRatioF()
        dpi = self.zoom() * self._screen_dpi() * ratio
        self.zoom_label.setText(f"{round(self.zoom() * 100)}%")

        def work(progress: Progress) -> QImage:
            return to_qimage(pages.render(index, dpi))

        def done(image: QImage) -> None:
            if not isValid(self) or generation != self._generation or index != self._page:
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.page_label.setPixmap(pixmap)
            self.pageShown.emit(index)

        self._renders[pages] = self._renders.get(pages, 0) + 1

        def finished() -> None:
            left = self._renders.pop(pages) - 1
            if left:
                self._renders[pages] = left
            elif pages in self._retired:
                self._retired.discard(pages)
                pages.close()

        workers.start(work, on_result=done, on_error=self._show_error, on_finished=finished)

    def _let_go(self, pages: PdfPages) -> None:
        """Close a document this preview no longer shows, or once its renders have ended."""
        if self._renders.get(pages):
            self._retired.add(pages)
        else:
            pages.close()

    def closeEvent(self, event: Any) -> None:
        self.clear()  # PDFium's document is let go now, not at some later collection
        super().closeEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._zoom is None and self._pages:
            self._render()

    def _update_controls(self) -> None:
        count = self.page_count
        self.count_label.setText(f"/ {count}")
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)
        for widget in (self.page_box, self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.open_button):  # fmt: skip
            widget.setEnabled(count > 0)
        self.print_button.setEnabled(count > 0 and not self.printer.busy)

    def _show_error(self, message: str) -> None:
        if isValid(self):  # a job may end after its window has closed
            self.status.setText(message)

    # -- printing and the system viewer -----------------------------------------------------

    def print_dialog(self) -> None:
        """Qt's print dialog, then printing in the background."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In biên bản"))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCollateCopies, True)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, dpi: float | None = None) -> workers.Task | None:
        """Print every page in the background at the settings' resolution (never above the
        printer's), with progress and Hủy under the pages; ``printFinished`` says how it ended."""
        if not self._pages or self.printer.busy:
            return None
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Đang in…"))
        title = self.tr("Biên bản")
        return self.printer.start(printer, [Document(title, self._data)], dpi)

    def _printed(self, ok: bool, message: str) -> None:
        self.status.setText(message)
        self._update_controls()
        self.printFinished.emit(ok, "" if ok else message)

    def open_in_system_viewer(self) -> None:
        """Open the PDF with the computer's own PDF reader; unsaved bytes are written to a
        temporary .pdf first, in the background."""
        if not self._data:
            return
        if self._file is not None:
            self.open_url(QUrl.fromLocalFile(str(self._file)))
            return
        data, generation = self._data, self._generation

        def work(progress: Progress) -> Path:
            path = Path(tempfile.mkdtemp(prefix="cchc-bien-ban-")) / "bien-ban.pdf"
            path.write_bytes(data)
            return path

        def done(path: Path) -> None:
            if not isValid(self):
                return
            if generation == self._generation:
                self._file = path  # opening it again needs no second copy
            self.open_url(QUrl.fromLocalFile(str(path)))

        workers.start(work, on_result=done, on_error=self._show_error)
