"""PDFium is not thread-safe: every call into it, and every close of one of its objects, holds
the app's one lock — also the close pypdfium2 does late, from the garbage collector, in
whatever thread happens to allocate (the window's workers open and render PDFs while the
main thread lets go of the last preview's document)."""

from __future__ import annotations

import gc
import threading
from io import BytesIO
from typing import Any

from cchc_desktop.minutes.pages import PDFIUM_LOCK, PdfPages, pdfium_library


def _blank_pdf(pages: int = 2) -> bytes:
    library = pdfium_library()
    with PDFIUM_LOCK:
        document = library.PdfDocument.new()
        try:
            for _ in range(pages):
                document.new_page(595, 842).close()
            out = BytesIO()
            document.save(out)
        finally:
            document.close()
    return out.getvalue()


def _spy_on_close(document: Any, seen: list[bool]) -> None:
    """Record, when PDFium is asked to close ``document``, whether this thread holds the lock."""
    info = document._fin_info
    real = info.close_func

    def close(raw: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(PDFIUM_LOCK._is_owned())  # type: ignore[attr-defined]
        return real(raw, *args, **kwargs)

    info.close_func = close


def test_a_document_nobody_closed_is_closed_under_the_lock_from_another_thread() -> None:
    pages = PdfPages(_blank_pdf())
    seen: list[bool] = []
    _spy_on_close(pages._doc, seen)
    # A cycle, so only the collector frees it — and in a thread that holds no lock of ours.
    holder: list[Any] = [pages]
    holder.append(holder)
    del pages, holder

    def collect() -> None:
        gc.collect()

    thread = threading.Thread(target=collect)
    thread.start()
    thread.join()
    assert seen == [True]


def test_a_late_close_waits_while_another_thread_is_in_pdfium() -> None:
    pages = PdfPages(_blank_pdf())
    seen: list[bool] = []
    _spy_on_close(pages._doc, seen)
    entered, finished = threading.Event(), threading.Event()

    box = [pages]
    del pages

    def let_go() -> None:
        entered.set()
        box.clear()  # the last reference: pypdfium2's finalizer closes the document here
        finished.set()

    with PDFIUM_LOCK:  # as a worker rendering a page holds it
        thread = threading.Thread(target=let_go)
        thread.start()
        entered.wait()
        # The close is queued behind this thread's work, not run in the middle of it.
        assert not finished.is_set()
        assert seen == []
    thread.join()
    assert finished.is_set()
    assert seen == [True]


def test_an_explicit_close_under_the_lock_goes_straight_through() -> None:
    pages = PdfPages(_blank_pdf(3))
    assert pages.count == 3
    with PDFIUM_LOCK:
        pages.close()  # the lock is re-entrant: no deadlock
