"""The báo cáo as a Word document (python-docx): the same blocks as the PDF, in named styles.

A văn thư restyles a document by its styles, so every paragraph kind is a named style
("CCHC Nội dung", "CCHC Đề mục", …) built on Normal (Times New Roman 13), and every table
uses "Table Grid" with its header row repeated on each page. The header, signature and Nơi
nhận are laid out as the biên bản's Word draft lays them out (``minutes.docx_export``, whose
named styles for them the document carries too); the báo cáo is not a draft, so no "DỰ THẢO".
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from typing import TYPE_CHECKING, Any

from cchc_desktop.documents import styles as st
from cchc_desktop.documents.blocks import Para, Style
from cchc_desktop.documents.docx import FONT, Writer, apply_styles, font_everywhere, page_numbers
from cchc_desktop.documents.docx import STYLES as ENGINE_STYLES
from cchc_desktop.reports.document import report_blocks
from cchc_desktop.reports.tables import TableBlock

if TYPE_CHECKING:
    from cchc_desktop.reports.figures import ReportData
    from cchc_desktop.reports.issuing import Issuing

# The báo cáo's own style names, one per paragraph kind; sizes and faces are the engine's
# (documents.docx.STYLES), so the two documents' Word copies cannot drift apart.
_NAMES = {
    Style.TITLE: "CCHC Tên loại",
    Style.SUBJECT: "CCHC Trích yếu",
    Style.NOTE: "CCHC Ghi chú",
    Style.BASIS: "CCHC Căn cứ",
    Style.HEADING: "CCHC Đề mục",
    Style.SUBHEADING: "CCHC Mục nhỏ",
    Style.BODY: "CCHC Nội dung",
    Style.ITEM: "CCHC Gạch đầu dòng",
    Style.APPENDIX: "CCHC Phụ lục",
    Style.CAPTION: "CCHC Chú thích",
}
# Style name, size, bold, italic, centred — one per paragraph kind.
STYLES: dict[Style, tuple[str, float, bool, bool, bool]] = {
    kind: (name, *ENGINE_STYLES[kind][1:]) for kind, name in _NAMES.items()
}
TABLE_STYLE = "CCHC Bảng"
TABLE_SIZE = 11


def _named_styles(doc: Any) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    for name, size, bold, italic, centred in STYLES.values():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.quick_style = True
        style.font.size, style.font.bold, style.font.italic = Pt(size), bold, italic
        fmt = style.paragraph_format
        fmt.space_after = Pt(st.SPACE_AFTER)
        fmt.line_spacing = Pt(st.LEADING if size == st.BODY_SIZE else size + 4)
        if centred:
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.first_line_indent = Cm(1)
    cell = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = doc.styles["Normal"]
    cell.font.size = Pt(TABLE_SIZE)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


class _ReportWriter(Writer):
    """The biên bản's Word writer, with paragraphs in named styles and tables."""

    def __init__(self, doc: Any) -> None:
        super().__init__(doc)
        # Style ids looked up once: python-docx searches every style each time a style is
        # set by name or object, which made a report of 576 units take minutes.
        self.ids = {kind: doc.styles[spec[0]].style_id for kind, spec in STYLES.items()}
        self.cell_id = doc.styles[TABLE_STYLE].style_id
        self.grid_id = doc.styles["Table Grid"].style_id

    def para(self, block: Para) -> Any:
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self.ids[block.style]
        for run in block.runs:
            r = paragraph.add_run(run.text)
            if run.bold:
                r.bold = True
            if run.italic:
                r.italic = True
        if block.style is Style.SUBJECT:
            self.rule(self.doc, 5)
        return paragraph

    def table(self, block: TableBlock) -> None:
        """The table as one piece of WordprocessingML, parsed once: python-docx's cell by cell
        API costs seconds for the hundreds of rows a province's report can have."""
        from docx.oxml import parse_xml
        from docx.oxml.ns import nsdecls

        twips = [round(w * st.FRAME_WIDTH * 20) for w in block.widths]
        last = len(block.rows) - 1
        rows = []
        for r, values in enumerate(block.rows):
            bold = "<w:rPr><w:b/></w:rPr>" if r == 0 or (block.totals and r == last) else ""
            cells = []
            for c, text in enumerate(values):
                align = '<w:jc w:val="left"/>' if r and c in block.text_columns else ""
                lines = "<w:br/>".join(
                    f'<w:t xml:space="preserve">{_xml_text(line)}</w:t>'
                    for line in text.split("\n")
                )
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{twips[c]}" w:type="dxa"/><w:vAlign w:val="center"/>'
                    f'</w:tcPr><w:p><w:pPr><w:pStyle w:val="{self.cell_id}"/>{align}</w:pPr>'
                    f"<w:r>{bold}{lines}</w:r></w:p></w:tc>"
                )
            header = "<w:trPr><w:tblHeader/></w:trPr>" if r == 0 else ""  # again on every page
            rows.append(f"<w:tr>{header}{''.join(cells)}</w:tr>")
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in twips)
        table = parse_xml(
            f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{self.grid_id}"/>'
            f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )
        self.doc.element.body._insert_tbl(table)
        self.doc.add_paragraph()._p.style = self.ids[Style.BODY]


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10))


def _xml_text(text: str) -> str:
    """Text for a w:t element: XML's special characters escaped, control characters (which
    XML 1.0 cannot hold) left out."""
    from xml.sax.saxutils import escape

    return escape(text.translate(_CONTROL))


def report_docx(data: ReportData, issuing: Issuing, *, today: dt.date | None = None) -> bytes:
    """The báo cáo as .docx bytes: what the PDF says, in styles a văn thư can change."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    day = today or dt.date.fromisoformat(data.generated_on)
    doc = docx.Document()
    doc.core_properties.title = f"Báo cáo: {data.title}"
    doc.core_properties.author = issuing.body
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(st.BODY_SIZE)
    font_everywhere(normal.element, FONT)
    apply_styles(doc)  # the biên bản's: header, signer, Nơi nhận
    _named_styles(doc)
    page_numbers(section)
    writer = _ReportWriter(doc)
    for block in report_blocks(data, issuing, day):
        if isinstance(block, TableBlock):
            writer.table(block)
        else:
            writer.block(block)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
