""" "Xuất gộp PDF": the chosen biên bản as one PDF for a print shop, every page marked as a copy.

The originals are only read. Their pages are copied into a new document (PDFium), the
signature stamps and form fields flattened into the page (a copy carries pictures of the
signatures, not signatures that would claim to be valid), and "BẢN SAO" stamped in the top
margin of every page, in the minutes' own serif, in red.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.errors import UserError, describe_os_error, pick
from cchc_desktop.minutes.pages import PDFIUM_LOCK, pdfium_library
from cchc_desktop.progress import Progress, step

if TYPE_CHECKING:
    from cchc_desktop.minutes.batch import BatchItem
    from cchc_desktop.store.workspace import Workspace

COPY_MARK = "BẢN SAO"
_MM = 72 / 25.4
# The mark: a red box in the top margin, at the right, clear of the centred page number.
_MARK_SIZE = 13
_MARK_PADDING = 2.5 * _MM
_MARK_RIGHT = 15 * _MM  # ND 30's right margin
_MARK_TOP = 6 * _MM
_RED = (0.78, 0.08, 0.08)


def mark_pdf(text: str = COPY_MARK) -> tuple[bytes, float, float]:
    """A one-page PDF holding just the mark (box and words), and its width and height."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from cchc_desktop.documents.fonts import default_fonts, register

    fonts = register(default_fonts())
    width = stringWidth(text, fonts.bold, _MARK_SIZE) + 2 * _MARK_PADDING
    height = _MARK_SIZE + 2 * _MARK_PADDING
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1)
    canvas.setStrokeColorRGB(*_RED)
    canvas.setFillColorRGB(*_RED)
    canvas.setLineWidth(1.2)
    canvas.rect(0.6, 0.6, width - 1.2, height - 1.2)
    canvas.setFont(fonts.bold, _MARK_SIZE)
    canvas.drawCentredString(width / 2, _MARK_PADDING + 0.22 * _MARK_SIZE, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue(), width, height


def combined_copy(
    documents: Sequence[tuple[str, bytes]],
    *,
    mark: str = COPY_MARK,
    progress: Progress | None = None,
) -> tuple[bytes, int]:
    """Every page of ``documents`` ((name, PDF bytes) each) in order, flattened and marked;
    (PDF bytes, page count)."""
    pdfium = pdfium_library()
    stamp, width, height = mark_pdf(mark)
    with PDFIUM_LOCK:  # PDFium is not thread-safe: one call at a time in the process
        out = pdfium.PdfDocument.new()
        mark_doc = pdfium.PdfDocument(stamp)
        try:
            for number, (name, data) in enumerate(documents):
                step(progress, number, len(documents), pick("Đang ghép biên bản…", "Joining…"))
                try:
                    source = pdfium.PdfDocument(data)
                except pdfium.PdfiumError as exc:
                    raise UserError(
                        f"Không mở được tệp PDF của {name} (tệp hỏng); hãy chạy «cchc check».",
                        f"Cannot open the PDF of {name} (damaged); run «cchc check».",
                    ) from exc
                try:
                    _flatten(source)
                    out.import_pages(source)
                finally:
                    source.close()
            pages = len(out)
            mark_object = mark_doc.page_as_xobject(0, out)
            for index in range(pages):
                if index % 8 == 0:
                    step(progress, index, pages, pick("Đang đóng dấu bản sao…", "Marking…"))
                page = out[index]
                page_width, page_height = page.get_size()
                placed = mark_object.as_pageobject()
                placed.transform(
                    pdfium.PdfMatrix().translate(
                        page_width - _MARK_RIGHT - width, page_height - _MARK_TOP - height
                    )
                )
                page.insert_obj(placed)
                page.gen_content()
                page.close()
            buffer = BytesIO()
            out.save(buffer)
            return buffer.getvalue(), pages
        finally:
            mark_doc.close()
            out.close()


def _flatten(source: Any) -> None:
    """Draw the form fields and annotations (the signature stamps) into each page's content,
    in the opened copy only (the bytes it was opened from stay as they are). A document with no
    form at all (issued for paper, a scan) has nothing to flatten."""
    source.init_forms()  # before any page is taken: flattening needs the form environment
    if not source.formenv:
        return
    for index in range(len(source)):
        page = source[index]
        try:
            page.flatten()
        finally:
            page.close()


def write_combined_copy(
    ws: Workspace,
    items: list[BatchItem],
    target: Path,
    *,
    progress: Progress | None = None,
) -> int:
    """Join the items' biên bản into one marked copy at ``target`` (atomically); return pages.

    Refused, with nothing written, when an item has no biên bản yet."""
    from cchc_desktop.atomic import write_atomic
    from cchc_desktop.minutes.batch import read_documents

    if target.suffix.lower() != ".pdf":
        raise UserError(
            f"Không ghi được bản gộp ra «{target.name}»: hãy dùng đuôi .pdf.",
            f"Cannot write the combined copy as '{target.name}': use .pdf.",
        )
    documents = [(item.title, data) for item, data in read_documents(ws, items)]
    pdf, pages = combined_copy(documents, progress=progress)
    step(progress, pages, pages, pick("Đang ghi tệp…", "Writing the file…"))
    try:
        write_atomic(target, pdf)
    except OSError as exc:
        raise describe_os_error(exc, target) from exc
    return pages
