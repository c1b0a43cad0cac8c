"""The draft as a Word document (python-docx), for the secretary's last edits to the words.

A Word file can be edited into anything, so it is always a draft and never carries a
signature: no handwritten image, no digital stamp, no photo (the appendix lists the photos; the
pictures are in the PDF), "DỰ THẢO" in the header of every page, the number left blank
("Số: …/BB-ĐKT"). Every paragraph has a named style (the headings are Word's own "Heading 1"
and "Heading 2", the body "Body Text", Nơi nhận its own), so a văn thư restyles the whole by
changing a style, not each line. The same blocks as the PDF (``sections.document``), in the
ND 30 page set-up: A4, the same margins, Times New Roman 13 (LibreOffice shows its metric twin,
Liberation Serif), justified paragraphs with a 1 cm first-line indent, page numbers at the top
from page 2.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from cchc_desktop.atomic import write_atomic
from cchc_desktop.documents.docx import Writer, apply_styles, page_numbers
from cchc_desktop.minutes.sections import DRAFT_MARK, document
from cchc_desktop.minutes.snapshot import MinutesSnapshot


def docx_bytes(snapshot: MinutesSnapshot) -> bytes:
    """The biên bản as a Word draft (whatever the snapshot, the Word copy is a draft)."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    # Whatever it is made from, the Word copy is a draft: no number either ("…/BB-ĐKT").
    snapshot = snapshot.replace(draft=True, doc_number=re.sub(r"^\d+", "…", snapshot.doc_number))
    doc = docx.Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    apply_styles(doc)
    page_numbers(section, DRAFT_MARK)
    writer = Writer(doc)
    for block in document(snapshot):
        writer.block(block)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def write_docx(snapshot: MinutesSnapshot, target: Path) -> None:
    """The Word draft written to ``target``, whole or not at all."""
    write_atomic(target, docx_bytes(snapshot))
