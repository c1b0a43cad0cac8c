"""Snapshot → PDF bytes: pages, page numbers from page 2, empty signature fields in the signer blocks.

The output depends only on the snapshot, the images it names and the fonts, so the same input
gives the same bytes (ReportLab's invariant mode; the document dates are the inspection's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from cchc_desktop.documents import styles as st
from cchc_desktop.documents.fonts import FontNames, SerifFonts, default_fonts, register
from cchc_desktop.documents.layout import ImageSource, Layout, SignatureBox
from cchc_desktop.documents.pdf import binary_streams, nd30_document, page_number
from cchc_desktop.minutes.sections import DRAFT_MARK, document, title_lines
from cchc_desktop.minutes.snapshot import MinutesSnapshot
from cchc_desktop.progress import Progress, step

FIELD_PREFIX = "ky_so_"
DRAFT_KEYWORD = "CCHC Desktop: dự thảo biên bản"


def field_name(role: str) -> str:
    """The PDF signature field of a role: the verifier reads the role back from it."""
    return FIELD_PREFIX + role


def role_of_field(name: str) -> str | None:
    return name[len(FIELD_PREFIX) :] if name.startswith(FIELD_PREFIX) else None


@dataclass(frozen=True)
class RenderResult:
    """The PDF and what the signing step needs to know about its layout."""

    pdf: bytes
    page_count: int
    boxes: dict[str, SignatureBox] = field(default_factory=dict)
    font_family: str = ""


def render(
    snapshot: MinutesSnapshot,
    images: ImageSource,
    *,
    fonts: SerifFonts | None = None,
    progress: Progress | None = None,
) -> RenderResult:
    """Lay out and write the biên bản; ``images`` gives a signature PNG's bytes by SHA-256."""
    chosen = fonts or default_fonts()
    names = register(chosen)
    layout = Layout(st.sheet(names), images)
    step(progress, 0, 3, "Dựng nội dung")
    flowables = layout.flowables(document(snapshot))
    kind, subject = title_lines(snapshot)
    subject = subject.replace("\n", " ")
    buffer = BytesIO()
    title = f"{kind.capitalize()} số {snapshot.doc_number}: {subject}"
    doc = nd30_document(
        buffer,
        names,
        title=f"{DRAFT_MARK.capitalize()} {title[:1].lower()}{title[1:]}"
        if snapshot.draft
        else title,
        author=snapshot.issuer,
        subject=subject,
        keywords=DRAFT_KEYWORD if snapshot.draft else "",
        invariant=1,
    )
    stamp = _timestamp(snapshot.date)
    numbered = page_number(names)

    def first_page(canvas: Any, _doc: Any) -> None:
        canvas._doc._timeStamp = stamp  # the document's dates: the inspection's, not "now"
        if snapshot.draft:
            draft_mark(canvas, names)

    def later_page(canvas: Any, doc: Any) -> None:
        numbered(canvas, doc)
        if snapshot.draft:
            draft_mark(canvas, names)

    step(progress, 1, 3, "Dàn trang")
    with binary_streams():
        doc.build(flowables, onFirstPage=first_page, onLaterPages=later_page)
    pages = doc.page
    # Only a document to be signed digitally has the fields: never a draft, never paper. Each
    # field's /TU carries the name printed under it.
    printed = (
        {}
        if snapshot.draft or snapshot.paper
        else {s.role: s.name for s in snapshot.signers if s.name}
    )
    boxes = {role: box for role, box in layout.boxes.items() if role in printed}
    step(progress, 2, 3, "Tạo ô chữ ký số")
    # The snapshot names the document: its hash is the second half of the PDF's /ID.
    pdf = with_signature_fields(buffer, boxes, bytes.fromhex(snapshot.sha256())[:16], printed)
    step(progress, 3, 3, "Xong")
    return RenderResult(pdf, pages, boxes, chosen.family)


def draft_mark(canvas: Any, names: FontNames) -> None:
    """ "DỰ THẢO" boxed in the top margin's right corner of a draft's page, so no page of a
    draft passes for the issued document. (Text, not a watermark across the page: a
    watermark's letters would mix into the text a reader copies from the body.)"""
    canvas.saveState()
    canvas.setFont(names.bold, 12)
    right = st.PAGE_WIDTH - st.MARGIN_RIGHT
    baseline = st.PAGE_HEIGHT - st.MARGIN_TOP / 2 - 4
    width = canvas.stringWidth(DRAFT_MARK, names.bold, 12)
    canvas.drawRightString(right - 4, baseline, DRAFT_MARK)
    canvas.setLineWidth(0.8)
    canvas.rect(right - width - 8, baseline - 4, width + 8, 17)
    canvas.restoreState()


def is_draft_pdf(pdf: bytes) -> bool:
    """Whether a PDF is one of our drafts (its document information says so)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        keywords = PdfFileReader(BytesIO(pdf), strict=False).document_meta_view.keywords
    except Exception:
        return False
    return DRAFT_KEYWORD in (keywords or [])


def _timestamp(date: str) -> Any:
    """ReportLab's document time stamp fixed at noon of the inspection day, Vietnam time."""
    from reportlab.lib.utils import TimeStamp

    moment = dt.datetime.fromisoformat(date).replace(
        hour=12, tzinfo=dt.timezone(dt.timedelta(hours=7))
    )
    stamp = TimeStamp(1)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh, stamp.dmm, stamp.tzname = 7, 0, "ICT"
    return stamp


def with_signature_fields(
    buffer: BytesIO,
    boxes: dict[str, SignatureBox],
    document_id: bytes,
    names: dict[str, str] | None = None,
) -> bytes:
    """The PDF in ``buffer`` with an empty signature field in each signer's block, appended in
    place (a document with thirty photos is not copied again).

    Any PAdES signer (ours, or a CA's token software) then finds where each party signs; the
    field name carries the role, and the field's /TU the name printed under it, so signing
    and verifying can hold the certificate's holder against it from the PDF alone.
    """
    if not boxes:
        return buffer.getvalue()
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    class _Writer(IncrementalPdfFileWriter):
        # Leave the document information as ReportLab wrote it (pyHanko would stamp "now"
        # into ModDate), so the same snapshot still gives the same bytes.
        def _update_meta(self) -> None:
            return None

    writer = _Writer(buffer)
    for role, box in sorted(boxes.items()):
        append_signature_field(
            writer,
            SigFieldSpec(
                sig_field_name=field_name(role),
                on_page=box.page,
                box=box.whole_points(),
                readable_field_name=(names or {}).get(role) or None,
            ),
        )
    first_id = writer._document_id[0]
    writer._document_id = generic.ArrayObject([first_id, generic.ByteStringObject(document_id)])
    writer.write_in_place()  # type: ignore[no-untyped-call]
    return buffer.getvalue()
