"""The scanned paper-signed biên bản as one PDF: a scanner's PDF as it is, or photos of the pages.

Every file is checked before anything is stored: a PDF must open (PDFium), a photo must be one
the photos module accepts (JPEG, PNG, WebP, HEIC; size and pixel limits before decoding). One
PDF is kept byte for byte; several files, or photos, become one PDF in the order given, each
photo upright on an A4 page of its own orientation.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from cchc_desktop.errors import UserError, read_named_file

# A4 in points, and the margin a photographed page keeps from the paper's edge.
_A4 = (595.28, 841.89)
_MARGIN = 14.0
# A page photo is kept at up to this long edge (about 300 dpi over A4): sharp, not huge.
_LONG_EDGE = 3508


def _refuse(path: Path, vi: str, en: str) -> UserError:
    return UserError(f"Không nhận tệp «{path}»: {vi}", f"Refused '{path}': {en}")


def _pdf_pages(path: Path, data: bytes) -> int:
    from cchc_desktop.minutes.pages import PDFIUM_LOCK, pdfium_library

    pdfium = pdfium_library()
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise _refuse(
                path,
                "tệp PDF hỏng, có mật khẩu hoặc không đọc được.",
                "the PDF is damaged, password-protected or unreadable.",
            ) from exc
        try:
            count = len(document)
        finally:
            document.close()
    if count == 0:
        raise _refuse(path, "tệp PDF không có trang nào.", "the PDF has no page.")
    return count


def _photo_page(path: Path) -> bytes:
    """A one-page PDF holding a page photo (upright, fitted to A4, JPEG inside)."""
    from PIL import ImageOps
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from cchc_desktop.photos.probe import Refused, check_size, open_checked

    try:
        check_size(path)
        with open_checked(path) as opened:
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((_LONG_EDGE, _LONG_EDGE))
            image = image.convert("RGB")
    except Refused as exc:
        raise _refuse(path, exc.vi, exc.en) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise _refuse(
            path, "tệp ảnh bị hỏng hoặc chưa chép hết.", "the photo is damaged or cut short."
        ) from exc
    jpeg = BytesIO()
    image.save(jpeg, format="JPEG", quality=85)
    width, height = image.size
    page = _A4 if height >= width else (_A4[1], _A4[0])
    scale = min((page[0] - 2 * _MARGIN) / width, (page[1] - 2 * _MARGIN) / height)
    out = BytesIO()
    canvas = Canvas(out, pagesize=page, invariant=1)
    jpeg.seek(0)
    w, h = width * scale, height * scale
    canvas.drawImage(ImageReader(jpeg), (page[0] - w) / 2, (page[1] - h) / 2, w, h)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def scanned_pdf(paths: list[Path]) -> tuple[bytes, int]:
    """(one PDF, its page count) from the scan files, in the order given."""
    from cchc_desktop.minutes.pages import PDFIUM_LOCK, pdfium_library

    if not paths:
        raise UserError(
            "Hãy chọn tệp bản quét (PDF) hoặc ảnh chụp các trang biên bản đã ký.",
            "Choose the scan (PDF) or photos of the signed pages.",
        )
    parts: list[tuple[Path, bytes, int]] = []
    for path in paths:
        data = read_named_file(path)
        if data.lstrip()[:5] == b"%PDF-":
            parts.append((path, data, _pdf_pages(path, data)))
        else:
            parts.append((path, _photo_page(path), 1))
    if len(parts) == 1:  # a scanner's PDF byte for byte, or the one photo's page
        return parts[0][1], parts[0][2]
    pdfium = pdfium_library()
    with PDFIUM_LOCK:
        joined = pdfium.PdfDocument.new()
        try:
            for _path, data, _count in parts:
                source = pdfium.PdfDocument(data)
                try:
                    joined.import_pages(source)
                finally:
                    source.close()
            out = BytesIO()
            joined.save(out)
            pages = len(joined)
        finally:
            joined.close()
    return out.getvalue(), pages
