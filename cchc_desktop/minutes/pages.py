"""PDF pages as pixels (pypdfium2): for the preview, printing, and pictures of the document.

PDFium is not thread-safe, so every call into it holds one process-wide lock; a document may
be opened in one worker and rendered in another, one at a time. Every module that calls PDFium
takes it through :func:`pdfium_library`, which also makes pypdfium2's own closing hold that lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, cast

_LOCK = threading.RLock()
# The same lock for every other PDFium user in the process (joining, marking copies).
PDFIUM_LOCK = _LOCK


def pdfium_library() -> Any:
    """The pypdfium2 module, with every PDFium object's closing serialised by the lock.

    pypdfium2 closes an object the program let go of from a garbage-collector finalizer, which
    runs in whichever thread happens to allocate, holding no lock of ours — while another
    thread may be inside PDFium, which then crashes the whole process (a segmentation fault,
    seen once in CI while the preview opened a document). Wrapping the one function its
    finalizers call makes a late close wait for the lock like any other call (the lock is
    re-entrant, so an explicit close under it goes straight through).
    """
    import pypdfium2
    from pypdfium2.internal import bases

    # A private function of the locked pypdfium2 (tests/unit/test_pdfium_lock.py fails if a
    # new version renames it); without it PDFium still works, closing as before.
    close = getattr(bases, "_close_template", None)
    if close is not None and not getattr(close, "cchc_locked", False):

        def locked_close(info: Any, owner: Any) -> None:
            with _LOCK:
                close(info, owner)

        locked_close.cchc_locked = True  # type: ignore[attr-defined]
        bases._close_template = locked_close
    return pypdfium2


@dataclass(frozen=True)
class Bitmap:
    """One rendered page: BGRX pixels (4 bytes each), ``stride`` bytes a row.

    ``pixels`` is the buffer PDFium drew into, not a copy (35 MB a page at 300 dpi, copied
    with Python's lock held, was a fifth of a print job's rendering); it is Python's memory,
    valid for as long as this object is kept.
    """

    width: int
    height: int
    stride: int
    pixels: bytes | memoryview

    def image(self, raw_mode: str = "BGRX") -> Any:
        """The pixels as a PIL image ("RGBX"), read in place (no copy)."""
        from PIL import Image

        # Any buffer will do for PIL; its type stubs name only bytes.
        pixels = cast("bytes", self.pixels)
        return Image.frombuffer(
            "RGBX", (self.width, self.height), pixels, "raw", raw_mode, self.stride, 1
        )


class PdfPages:
    """An opened PDF whose pages can be measured and rendered at any resolution."""

    def __init__(self, data: bytes) -> None:
        from cchc_desktop.errors import UserError

        library = pdfium_library()
        self._data = data  # PDFium reads from this buffer for as long as the document is open
        with _LOCK:
            try:
                self._doc: Any = library.PdfDocument(data)
                # Form support draws the signature fields' appearances (the digital stamps).
                self._doc.init_forms()
            except library.PdfiumError as exc:
                raise UserError(
                    "Không mở được tệp PDF (tệp hỏng hoặc không phải PDF).",
                    "Cannot open the PDF (damaged or not a PDF).",
                ) from exc
            self.count = len(self._doc)
            # Sizes are read once here, so a window can lay out pages without calling PDFium.
            self.sizes = [self._size(index) for index in range(self.count)]

    def size(self, index: int) -> tuple[float, float]:
        """Page size in points."""
        return self.sizes[index]

    def _size(self, index: int) -> tuple[float, float]:
        with _LOCK:
            page = self._doc[index]
            try:
                return float(page.get_width()), float(page.get_height())
            finally:
                page.close()

    def render(self, index: int, dpi: float) -> Bitmap:
        """The page at ``dpi`` dots per inch, with its annotations (signature stamps)."""
        with _LOCK:
            page = self._doc[index]
            try:
                # pypdfium2's default bitmap is "native": the buffer is a ctypes array of
                # Python's, and closing the bitmap releases only PDFium's handle to it.
                bitmap = page.render(
                    scale=dpi / 72, draw_annots=True, may_draw_forms=True, prefer_bgrx=True
                )
                try:
                    return Bitmap(
                        int(bitmap.width),
                        int(bitmap.height),
                        int(bitmap.stride),
                        memoryview(bitmap.buffer).cast("B"),
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()

    def png(self, index: int, dpi: float) -> bytes:
        """The page as a PNG (for pictures of the document)."""
        from io import BytesIO

        image = self.render(index, dpi).image().convert("RGB")
        out = BytesIO()
        image.save(out, format="PNG", optimize=True)
        return out.getvalue()

    def close(self) -> None:
        with _LOCK:
            self._doc.close()
