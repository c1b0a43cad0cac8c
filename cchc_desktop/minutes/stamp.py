"""The visible stamp of a digital signature: who signed, with which certificate, when.

Drawn with ReportLab in the document's own serif (so Vietnamese letters print correctly) as a
one-page PDF the size of the signature field; pyHanko places it as the field's appearance.
ND 30 asks for this text in Times New Roman 10, black, with the time in ISO 8601.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from cchc_desktop.documents.fonts import FontNames, default_fonts, register
from cchc_desktop.documents.pdf import binary_streams
from cchc_desktop.documents.styles import INK_BLUE
from cchc_desktop.minutes.certificates import CertificateInfo


def stamp_lines(info: CertificateInfo, signed_at: str) -> list[str]:
    serial = info.serial if len(info.serial) <= 20 else info.serial[:20] + "…"
    return [
        f"Ký số bởi: {info.subject}",
        f"Thời gian ký: {signed_at}",
        f"Chứng thư số: {serial}",
        f"Cấp bởi: {info.issuer}",
    ]


def stamp_pdf(width: float, height: float, info: CertificateInfo, signed_at: str) -> bytes:
    """A PDF page of exactly ``width`` × ``height`` points with the stamp drawn on it."""
    names = register(default_fonts())
    with binary_streams():
        return _draw_stamp(width, height, names, stamp_lines(info, signed_at))


def _draw_stamp(width: float, height: float, names: FontNames, lines: list[str]) -> bytes:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, initialFontName=names.regular)
    canvas.setStrokeColorRGB(*INK_BLUE)
    canvas.setLineWidth(0.8)
    canvas.roundRect(0.5, 0.5, width - 1, height - 1, 3)
    size = 8.5
    # Shrink the type until the longest line fits (long CA names).
    while size > 5 and max(
        stringWidth(line, names.bold if i == 0 else names.regular, size)
        for i, line in enumerate(lines)
    ) > (width - 8):
        size -= 0.5
    leading = size * 1.2
    top = height / 2 + leading * len(lines) / 2 - size
    canvas.setFillColorRGB(0, 0, 0)
    for index, line in enumerate(lines):
        canvas.setFont(names.bold if index == 0 else names.regular, size)
        canvas.drawString(4, top - index * leading, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def stamp_style(pdf: bytes) -> Any:
    """A pyHanko stamp style showing ``pdf``'s first page at full size, without a border."""
    from pyhanko.pdf_utils import content, layout
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    class _PageFromBytes(content.ImportedPdfPage):
        # pyHanko imports a page from a file name; this one comes from memory.
        def render(self) -> bytes:
            import binascii
            import uuid

            reader = PdfFileReader(BytesIO(pdf))
            xobj = self._ensure_writer.import_page_as_xobject(reader, page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return bytes(name + b" Do")

    return StaticStampStyle(
        border_width=0,
        background=_PageFromBytes("stamp.pdf"),  # type: ignore[no-untyped-call]
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]
        ),
    )
