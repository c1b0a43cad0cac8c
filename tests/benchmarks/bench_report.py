"""The consolidated report of a province's five years (576 inspections, 2,024 kiến nghị), as
PDF and XLSX, against the plain library writing the same content.

The floors: plain ReportLab (platypus, the same embedded font and page) writing every text
block of the report as a Paragraph and every table's rows as a Table of plain strings, with
a grid and the header repeated; plain openpyxl in write-only mode writing the very cells of
our workbook (read back from it), without styles. Both sides start from the same gathered
figures (``build_report``, timed on its own). The Word copy has no floor here; it is timed.

Usage: bench_report.py [--data-dir DIR] [--repeat N] [--out FILE] [scenario options]
(--data-dir reuses a province built by province.py; otherwise one is built, ~30 s.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cchc_desktop.reports.data import build_report
from cchc_desktop.reports.docx_report import report_docx
from cchc_desktop.reports.figures import ReportData
from cchc_desktop.reports.issuing import Issuing, default_issuing
from cchc_desktop.reports.pdf import report_pdf
from cchc_desktop.reports.workbook import report_workbook
from cchc_desktop.store.workspace import Workspace
from tests.benchmarks.province import TODAY, add_options, build_province, scenario_from
from tests.benchmarks.report import machine, median_time, write_section


def plain_pdf(data: ReportData, issuing: Issuing) -> bytes:
    """The report's text and tables through plain ReportLab: the floor."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from cchc_desktop.documents import styles as st
    from cchc_desktop.documents.blocks import Para
    from cchc_desktop.documents.fonts import default_fonts, register
    from cchc_desktop.reports.document import report_blocks
    from cchc_desktop.reports.tables import TableBlock

    names = register(default_fonts())
    body = ParagraphStyle("body", fontName=names.regular, fontSize=13, leading=17)
    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), names.regular, 11)]
    )
    story: list[Any] = []
    for block in report_blocks(data, issuing, dt.date.fromisoformat(data.generated_on)):
        if isinstance(block, TableBlock):
            widths = [w * (st.FRAME_WIDTH - 12) for w in block.widths]
            story.append(Table(list(block.rows), colWidths=widths, repeatRows=1, style=grid))
        elif isinstance(block, Para):
            story.append(Paragraph(escape(block.text), body))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT),
        leftMargin=st.MARGIN_LEFT,
        rightMargin=st.MARGIN_RIGHT,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        initialFontName=names.regular,
    )
    doc.build(story)
    return buffer.getvalue()


def workbook_cells(payload: bytes) -> list[tuple[str, list[list[Any]]]]:
    """Every sheet's name and cell values of a workbook (empty cells at a row's end left out:
    ours are there for their borders)."""
    from openpyxl import load_workbook

    def values(row: tuple[Any, ...]) -> list[Any]:
        cells = list(row)
        while cells and cells[-1] is None:
            cells.pop()
        return cells

    book = load_workbook(io.BytesIO(payload), read_only=True)
    sheets = [(s.title, [values(r) for r in s.iter_rows(values_only=True)]) for s in book]
    book.close()
    return sheets


def plain_xlsx(sheets: list[tuple[str, list[list[Any]]]]) -> bytes:
    """The same cells through openpyxl's write-only workbook, no styles: the floor."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def pdf_pages(payload: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(payload)
    try:
        return len(document)
    finally:
        document.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, help="a province built by province.py")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    add_options(parser)
    args = parser.parse_args()
    scenario = scenario_from(args)
    with tempfile.TemporaryDirectory() as scratch:
        built = 0.0
        data_dir = args.data_dir
        if data_dir is None:
            start = time.perf_counter()
            data_dir = build_province(Path(scratch) / "province", scenario)
            built = time.perf_counter() - start
        with Workspace.open(data_dir) as ws:
            gather = median_time(lambda: build_report(ws, None, today=TODAY), args.repeat)
            data = build_report(ws, None, today=TODAY)
            issuing = default_issuing(data.plans, ws.settings())
        counts = (len(data.units), len(data.recommendations))

        pdf = report_pdf(data, issuing)
        floor_pdf = plain_pdf(data, issuing)
        ours_pdf = median_time(lambda: report_pdf(data, issuing), args.repeat)
        base_pdf = median_time(lambda: plain_pdf(data, issuing), args.repeat)
        book = report_workbook(data, issuing)
        cells = workbook_cells(book)
        floor_book = plain_xlsx(cells)
        assert workbook_cells(floor_book) == cells
        ours_xlsx = median_time(lambda: report_workbook(data, issuing), args.repeat)
        base_xlsx = median_time(lambda: plain_xlsx(cells), args.repeat)
        docx = report_docx(data, issuing)
        ours_docx = median_time(lambda: report_docx(data, issuing), max(1, args.repeat // 2))

    cell_count = sum(len(row) for _title, rows in cells for row in rows)
    pdf_ratio, xlsx_ratio = ours_pdf / base_pdf, ours_xlsx / base_xlsx
    made = f", built in {built:.0f} s" if built else ""

    def verdict(ratio: float) -> str:
        return "met" if ratio <= 1.5 else "not met"

    body = f"""## Report: a province's five years as PDF and XLSX

{counts[0]} inspections and {counts[1]:,} kiến nghị (`tests/benchmarks/province.py`, seed
{scenario.seed}: {scenario.laptops} laptops × {scenario.per_year} inspections a year,
{scenario.years[0]}–{scenario.years[-1]}, every criterion answered{made}), one report of
everything (two checklist templates). Median of {args.repeat} runs, each side in the same
process, from the same gathered figures. Machine: {machine()} (shared with other work while
measured). Command: `.venv/bin/python tests/benchmarks/bench_report.py`.

| work | CCHC Desktop | plain library, same content | ratio (goal ≤ 1.5×) | output |
|---|---|---|---|---|
| gathering the figures (`build_report`: one pass over answers and findings) | {gather:.2f} s | | | |
| PDF (Mẫu 1.4 with its annex) | {ours_pdf:.2f} s | {base_pdf:.2f} s (ReportLab: a Paragraph per text block, a Table of strings per table) | **{pdf_ratio:.2f}×** ({verdict(pdf_ratio)}) | {pdf_pages(pdf)} pages, {len(pdf) / 1e6:.2f} MB (floor: {pdf_pages(floor_pdf)} pages) |
| XLSX (numbers, dates, named styles, filters, print set-up) | {ours_xlsx:.2f} s | {base_xlsx:.2f} s (openpyxl write-only, the same {cell_count:,} cells, no styles) | **{xlsx_ratio:.2f}×** ({verdict(xlsx_ratio)}) | {len(book) / 1e3:.0f} kB |
| DOCX (the Word copy) | {ours_docx:.2f} s | | | {len(docx) / 1e3:.0f} kB |
"""
    path = write_section("report", body, args.out)
    print(body)
    print(f"written to {path}")


if __name__ == "__main__":
    main()
