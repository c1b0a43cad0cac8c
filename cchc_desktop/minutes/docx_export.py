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
from typing import Any

from cchc_desktop.atomic import write_atomic
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
from cchc_desktop.minutes.layout import QUOC_HIEU, TIEU_NGU, header_lines
from cchc_desktop.minutes.sections import DRAFT_MARK, document
from cchc_desktop.minutes.snapshot import MinutesSnapshot

# Word documents name the ND 30 face itself; a machine without it substitutes a metric twin.
FONT = "Times New Roman"
# Each kind of paragraph and its named style: (name, size, bold, italic, centred).
STYLES: dict[str, tuple[str, float, bool, bool, bool]] = {
    Style.TITLE: ("Tên loại văn bản", 14, True, False, True),
    Style.SUBJECT: ("Trích yếu", 14, True, False, True),
    Style.NOTE: ("Ghi chú", st.BODY_SIZE, False, True, True),
    Style.BASIS: ("Căn cứ", st.BODY_SIZE, False, True, False),
    Style.HEADING: ("Heading 1", st.BODY_SIZE, True, False, False),
    Style.SUBHEADING: ("Heading 2", st.BODY_SIZE, True, False, False),
    Style.BODY: ("Body Text", st.BODY_SIZE, False, False, False),
    Style.ITEM: ("Gạch đầu dòng", st.BODY_SIZE, False, False, False),
    Style.APPENDIX: ("Phụ lục", 14, True, False, True),
    Style.CAPTION: ("Caption", 12, False, False, True),
    "header": ("Thể thức", st.HEADER_SIZE, False, False, True),
    "signer": ("Chữ ký", st.BODY_SIZE, False, False, True),
    "recipients_heading": ("Nơi nhận", 12, True, True, False),
    "recipients": ("Nơi nhận - danh sách", 11, False, False, False),
    "draft": ("Dự thảo", 12, True, False, False),
}


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
    _styles(doc)
    _page_numbers(section, DRAFT_MARK)
    writer = _Writer(doc)
    for block in document(snapshot):
        writer.block(block)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def write_docx(snapshot: MinutesSnapshot, target: Path) -> None:
    """The Word draft written to ``target``, whole or not at all."""
    write_atomic(target, docx_bytes(snapshot))


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
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the face named


def _styles(doc: Any) -> None:
    """The named styles, on the ND 30 face and sizes (Word's headings made black and plain)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(st.BODY_SIZE)
    _font_everywhere(normal.element, FONT)
    names = {s.name for s in doc.styles}
    for key, (name, size, bold, italic, centred) in STYLES.items():
        style = (
            doc.styles[name]
            if name in names
            else doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        )
        style.base_style = normal
        font = style.font
        font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, italic
        font.color.rgb = RGBColor(0, 0, 0)
        _font_everywhere(style.element, FONT)
        fmt = style.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(st.SPACE_AFTER if key in Style.__members__.values() else 0)
        fmt.line_spacing = Pt(st.LEADING)
        fmt.keep_with_next = key in (Style.HEADING, Style.SUBHEADING, Style.TITLE)
        if centred:
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.first_line_indent = Cm(0)
        elif key in (Style.BODY, Style.ITEM, Style.BASIS, Style.HEADING, Style.SUBHEADING):
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Cm(1)
        else:
            fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
            fmt.first_line_indent = Cm(0)
    draft = doc.styles[STYLES["draft"][0]].paragraph_format
    draft.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _page_numbers(section: Any, mark: str = "") -> None:
    """Every page's header: from page 2 the page number centred (ND 30); ``mark`` ("DỰ THẢO")
    on the right of every page, first included."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    if mark:
        for header in (section.first_page_header, section.header):
            marked = header.paragraphs[0]
            marked.style = STYLES["draft"][0]
            marked.add_run(mark)
        number = section.header.add_paragraph()
    else:
        number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = number._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"})
    number._p.append(field)


class _Writer:
    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def block(self, block: Block) -> None:
        if isinstance(block, Header):
            self.header(block)
        elif isinstance(block, Para):
            self.para(block)
        elif isinstance(block, Signatures):
            self.signatures(block)
        elif isinstance(block, Recipients):
            self.recipients(block)
        elif isinstance(block, PageBreak):
            self.doc.add_page_break()
        elif isinstance(block, Figure):
            self.figure(block)

    def para(self, block: Para) -> Any:
        paragraph = self.doc.add_paragraph(style=STYLES[block.style][0])
        for run in block.runs:
            r = paragraph.add_run(run.text)
            # Only what differs from the style is set on the run (a bold label in the body).
            if run.bold and not STYLES[block.style][2]:
                r.bold = True
            if run.italic and not STYLES[block.style][3]:
                r.italic = True
        if block.style is Style.SUBJECT:
            self.rule(self.doc, 5)
        return paragraph

    def line(self, cell: Any, text: str, *, key: str = "signer", bold: bool = False,
             italic: bool = False, underline: bool = False) -> Any:  # fmt: skip
        paragraph = cell.add_paragraph(style=STYLES[key][0])
        run = paragraph.add_run(text)
        run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
        return paragraph

    def rule(self, container: Any, length_cm: float, width_cm: float = 16.5) -> None:
        """A centred short rule: an empty paragraph with a bottom border, indented both sides."""
        from docx.oxml.ns import qn
        from docx.shared import Cm, Pt

        paragraph = container.add_paragraph(style=STYLES["header"][0])
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
                cell.paragraphs[0].style = STYLES["header"][0]
        return table

    def header(self, block: Header) -> None:
        from cchc_desktop.minutes.fonts import default_fonts, register

        # The bodies' names break where the PDF breaks them (between word groups): Word's
        # Times New Roman has the metrics of the PDF's serif.
        fonts = register(default_fonts())
        table = self._table(1, [st.HEADER_LEFT, st.HEADER_RIGHT])
        left, right = table.rows[0].cells
        first = left.paragraphs[0]
        if block.parent_body:
            lines = header_lines(
                block.parent_body.upper(), fonts.regular, st.HEADER_SIZE, st.HEADER_LEFT
            )
            first.add_run("\n".join(lines))
        lines = header_lines(block.issuer.upper(), fonts.bold, st.HEADER_SIZE, st.HEADER_LEFT)
        self.line(left, "\n".join(lines), key="header", bold=True)
        self.rule(left, 2.5, width_cm=st.HEADER_LEFT / st.CM)
        self.line(left, f"Số: {block.number}", key="header")
        head = right.paragraphs[0]
        head.add_run(QUOC_HIEU).bold = True
        self.line(right, TIEU_NGU, key="header", bold=True, underline=True)
        if block.place_date:  # a báo cáo's "Lạng Sơn, ngày …" (a biên bản has none)
            self.line(right, block.place_date, key="header", italic=True)

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
                for _ in range(4):  # room to sign on paper: a draft never holds a signature
                    self.line(cell, "")
                self.line(cell, signer.name, bold=True)
            self.doc.add_paragraph(style=STYLES[Style.BODY][0])

    def recipients(self, block: Recipients) -> None:
        self.doc.add_paragraph("Nơi nhận:", style=STYLES["recipients_heading"][0])
        for text in block.listed():
            self.doc.add_paragraph(text, style=STYLES["recipients"][0])

    def figure(self, block: Figure) -> None:
        """The photo's lines, and where the picture is: the PDF (a Word draft holds none)."""
        for number, text in enumerate(block.lines):
            caption = self.doc.add_paragraph(style=STYLES[Style.CAPTION][0])
            caption.add_run(text).bold = number == 0 or None
        note = self.doc.add_paragraph(style=STYLES[Style.CAPTION][0])
        note.add_run(f"(Ảnh: {Path(block.photo.path).name} — xem trong bản PDF)").italic = True
