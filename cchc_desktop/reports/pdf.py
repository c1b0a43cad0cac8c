"""The báo cáo's blocks as a PDF: the minutes' typeface, styles, header and layout, and ruled
tables drawn from plain strings.

Table cells are plain strings, wrapped here to their column (``simpleSplit``) rather than made
into Paragraphs: a report of several hundred units lays out in a fraction of the time, and the
text is the same.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cchc_desktop.documents import styles as st
from cchc_desktop.reports.document import ReportBlock, report_blocks, subject
from cchc_desktop.reports.tables import TableBlock

if TYPE_CHECKING:
    from cchc_desktop.documents.fonts import FontNames
    from cchc_desktop.reports.figures import ReportData
    from cchc_desktop.reports.issuing import Issuing

TABLE_SIZE = 11  # tables are smaller than the 13 pt body, as ND 30 allows for tables
SMALLEST = 7.0
# ReportLab's frame keeps 6 pt inside each margin: a table as wide as the text, not wider.
TABLE_WIDTH = st.FRAME_WIDTH - 12


def _wrapped(text: str, font: str, size: float, width: float) -> str:
    """``text`` broken into lines that fit ``width`` (its own line breaks kept)."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for line in text.split("\n"):
        if stringWidth(line, font, size) <= width:
            lines.append(line)
        else:
            lines += simpleSplit(line, font, size, width) or [""]
    return "\n".join(lines)


def table_flowable(block: TableBlock, frame: float, fonts: FontNames) -> Any:
    """A ruled table, header row bold and repeated on every page, the totals row bold: words
    run from the left, figures are centred."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    widths = [w * frame for w in block.widths]
    padding = 2.0 if block.fit else 4.0
    size = float(TABLE_SIZE)
    if block.fit:
        narrowest = min(w for i, w in enumerate(widths) if i not in block.text_columns)
        while (
            size > SMALLEST
            and stringWidth(block.fit, fonts.regular, size) + 2 * padding > narrowest
        ):
            size -= 0.5
    last = len(block.rows) - 1
    rows = []
    for r, row in enumerate(block.rows):
        bold = r == 0 or (block.totals and r == last)
        font = fonts.bold if bold else fonts.regular
        rows.append(
            [
                _wrapped(text, font, size, width - 2 * padding)
                for text, width in zip(row, widths, strict=True)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        # ReportLab's table default is Helvetica, which would sit unembedded in the file.
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, size + 2),
        ("FONT", (0, 0), (-1, 0), fonts.bold, size, size + 2),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
    ]
    for column in block.text_columns:
        commands.append(("ALIGN", (column, 1), (column, -1), "LEFT"))
    if block.totals:
        commands.append(("FONT", (0, last), (-1, last), fonts.bold, size, size + 2))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def report_pdf(data: ReportData, issuing: Issuing, *, today: dt.date | None = None) -> bytes:
    """The báo cáo as PDF bytes (A4, ND 30 margins, fonts embedded, page numbers from page 2)."""
    from io import BytesIO

    from reportlab.platypus import Spacer

    from cchc_desktop.documents.fonts import default_fonts, register
    from cchc_desktop.documents.layout import Layout
    from cchc_desktop.documents.pdf import binary_streams, nd30_document, page_number

    day = today or dt.date.fromisoformat(data.generated_on)
    names = register(default_fonts())
    layout = Layout(st.sheet(names), lambda _sha: None)
    flow: list[Any] = []
    run: list[Any] = []  # blocks laid out together (signatures look at their neighbours)
    blocks: list[ReportBlock] = report_blocks(data, issuing, day)
    for block in blocks:
        if isinstance(block, TableBlock):
            flow += layout.flowables(run)
            run = []
            flow += [table_flowable(block, TABLE_WIDTH, names), Spacer(1, 8)]
        else:
            run.append(block)
    flow += layout.flowables(run)
    buffer = BytesIO()
    doc = nd30_document(buffer, names, title=f"Báo cáo: {subject(data)}", author=issuing.body)
    with binary_streams():
        doc.build(flow, onLaterPages=page_number(names))
    return buffer.getvalue()
