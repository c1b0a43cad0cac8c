"""The unsigned draft as a Word document (python-docx), for the secretary's last edits.

The same blocks as the PDF (``sections.document``), in the ND 30 page set-up: A4, the same
margins, Times New Roman 13 (LibreOffice shows its metric twin, Liberation Serif), justified
paragraphs with a 1 cm first-line indent, page numbers at the top from page 2.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from cchc_desktop.minutes import styles as st
from cchc_desktop.minutes.document import (
    Block,
    Figure,
    Header,
    PageBreak,
    Para,
    Recipients,
    Signatures,
    Style,
)
from cchc_desktop.minutes.layout import QUOC_HIEU, TIEU_NGU, ImageSource, header_lines
from cchc_desktop.minutes.sections import document
from cchc_desktop.minutes.snapshot import MinutesSnapshot
from cchc_desktop.store.atomic import write_atomic

# Word documents name the ND 30 face itself; a machine without it substitutes a metric twin.
FONT = "Times New Roman"
_SIZES = {
    Style.TITLE: 14,
    Style.SUBJECT: 14,
    Style.APPENDIX: 14,
    Style.CAPTION: 12,
}
_CENTRED = {Style.TITLE, Style.SUBJECT, Style.NOTE, Style.APPENDIX, Style.CAPTION}
_BOLD = {Style.TITLE, Style.SUBJECT, Style.HEADING, Style.SUBHEADING, Style.APPENDIX}


def docx_bytes(snapshot: MinutesSnapshot, images: ImageSource) -> bytes:
    """The draft biên bản as .docx bytes."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = docx.Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(st.BODY_SIZE)
    _font_everywhere(normal.element, FONT)
    _page_numbers(section)
    writer = _Writer(doc, images)
    for block in document(snapshot):
        writer.block(block)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def write_docx(snapshot: MinutesSnapshot, images: ImageSource, target: Path) -> None:
    write_atomic(target, docx_bytes(snapshot, images))


def _font_everywhere(element: Any, name: str) -> None:
    """Set the face for every script slot, so Vietnamese letters never fall back to another font."""
    from docx.oxml.ns import qn

    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), name)


def _page_numbers(section: Any) -> None:
    """A centred PAGE field in the header of every page but the first (ND 30)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = paragraph._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"})
    paragraph._p.append(field)


class _Writer:
    def __init__(self, doc: Any, images: ImageSource) -> None:
        self.doc = doc
        self.images = images

    def block(self, block: Block) -> None:
        if isinstance(block, Header):
            self.header(block)
        elif isinstance(block, Para):
            self.para(self.doc, block)
        elif isinstance(block, Signatures):
            self.signatures(block)
        elif isinstance(block, Recipients):
            self.recipients(block)
        elif isinstance(block, PageBreak):
            self.doc.add_page_break()
        elif isinstance(block, Figure):
            self.figure(block)

    def para(self, container: Any, block: Para) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.space_after = Pt(st.SPACE_AFTER)
        fmt.line_spacing = Pt(st.LEADING)
        if block.style in _CENTRED:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Cm(1)
        for run in block.runs:
            r = paragraph.add_run(run.text)
            r.bold = run.bold or block.style in _BOLD
            r.italic = run.italic or block.style in (Style.BASIS, Style.NOTE)
            r.font.size = Pt(_SIZES.get(block.style, st.BODY_SIZE))
        if block.style is Style.SUBJECT:
            self.rule(container, 5)
        return paragraph

    def line(self, cell: Any, text: str, *, bold: bool = False, italic: bool = False,
             size: float = st.BODY_SIZE, underline: bool = False) -> Any:  # fmt: skip
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        paragraph = cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = bold, italic, underline
        run.font.size = Pt(size)
        return paragraph

    def rule(self, container: Any, length_cm: float, width_cm: float = 16.5) -> None:
        """A centred short rule: an empty paragraph with a bottom border, indented both sides."""
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        side = max(0.0, (width_cm - length_cm) / 2)
        fmt.left_indent, fmt.right_indent = Cm(side), Cm(side)
        fmt.space_after = Pt(6)
        fmt.line_spacing = Pt(2)
        ppr = paragraph._p.get_or_add_pPr()
        borders = ppr.makeelement(qn("w:pBdr"), {})
        bottom = borders.makeelement(
            qn("w:bottom"),
            {qn("w:val"): "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): "000000"},
        )
        borders.append(bottom)
        ppr.append(borders)

    def _table(self, rows: int, widths: list[float]) -> Any:
        from docx.shared import Pt

        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.autofit = False
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)
                cell.paragraphs[0].paragraph_format.space_after = Pt(0)
        return table

    def header(self, block: Header) -> None:
        from cchc_desktop.minutes.fonts import default_fonts, register

        # The bodies' names break where the PDF breaks them ("ỦY BAN NHÂN DÂN / TỈNH …"):
        # Word's Times New Roman has the metrics of the PDF's serif.
        fonts = register(default_fonts())
        table = self._table(1, [st.HEADER_LEFT, st.HEADER_RIGHT])
        left, right = table.rows[0].cells
        first = left.paragraphs[0]
        if block.parent_body:
            lines = header_lines(
                block.parent_body.upper(), fonts.regular, st.HEADER_SIZE, st.HEADER_LEFT
            )
            first.add_run("\n".join(lines))
            first.alignment = 1
        lines = header_lines(block.issuer.upper(), fonts.bold, st.HEADER_SIZE, st.HEADER_LEFT)
        self.line(left, "\n".join(lines), bold=True)
        self.rule(left, 2.5, width_cm=st.HEADER_LEFT / st.CM)
        self.line(left, f"Số: {block.number}")
        head = right.paragraphs[0]
        head.alignment = 1
        run = head.add_run(QUOC_HIEU)
        run.bold = True
        self.line(right, TIEU_NGU, bold=True, underline=True)

    def signatures(self, block: Signatures) -> None:
        half = st.FRAME_WIDTH / 2
        for row in block.rows:
            table = self._table(1, [half, half])
            cells = table.rows[0].cells
            if len(row) == 1:
                cells = [cells[0].merge(cells[1])]
            for cell, signer in zip(cells, row, strict=False):
                self.line(cell, signer.heading, bold=True)
                if signer.post:
                    self.line(cell, signer.post, italic=True)
                image = self.images(signer.image_sha256) if signer.image_sha256 else None
                if image:
                    from docx.shared import Mm

                    picture = cell.add_paragraph()
                    picture.alignment = 1
                    picture.add_run().add_picture(BytesIO(image), height=Mm(20))
                else:
                    for _ in range(4):
                        self.line(cell, "")
                self.line(cell, signer.name, bold=True)
            self.doc.add_paragraph()

    def recipients(self, block: Recipients) -> None:
        from docx.shared import Pt

        heading = self.doc.add_paragraph()
        heading.paragraph_format.space_after = Pt(0)
        run = heading.add_run("Nơi nhận:")
        run.bold, run.italic, run.font.size = True, True, Pt(12)
        for text in block.listed():
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.add_run(text).font.size = Pt(11)

    def figure(self, block: Figure) -> None:
        from docx.shared import Pt

        photo = block.photo
        scale = min(st.PHOTO_MAX_WIDTH / photo.width, st.PHOTO_MAX_HEIGHT / photo.height)
        picture = self.doc.add_paragraph()
        picture.alignment = 1
        picture.add_run().add_picture(photo.path, width=Pt(photo.width * scale))
        for number, text in enumerate(block.lines):
            caption = self.doc.add_paragraph()
            caption.alignment = 1
            run = caption.add_run(text)
            run.bold, run.italic = number == 0, number > 0
            run.font.size = Pt(12)
