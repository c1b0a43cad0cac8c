"""The consolidated report as an XLSX workbook people can work with.

Numbers are numbers and dates are dates (never "9/58" or "01/07/2024" as text); a rate is a
fraction shown as a percentage; every table has its header frozen, an autofilter over its rows,
a totals row under them (outside the filter, so sorting leaves it last), and a landscape print
set-up one page wide with the header repeated on every page. Units inspected with different
checklist templates get a sheet of each kind per template, numbered, as the Thông tin sheet
says: their criteria never share a total.

Written in openpyxl's write-only mode, row by row, each cell made with its named style's
ready-made style array: a province's five years (tens of thousands of cells) take about as
long as openpyxl writing the bare values (docs/BENCHMARKS.md, "Report").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import invalid, stored_date
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.reports.numbers import DEFINITIONS
from cchc_desktop.reports.previous import SHEET as PREVIOUS_SHEET

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import Cell

    from cchc_desktop.reports.figures import ReportData, Tally, TemplateSection
    from cchc_desktop.reports.issuing import Issuing

# Named styles: one object each, shared by every cell of their kind.
HEAD, TEXT, WORDS, NUMBER, DATE, RATE, TOTAL, TOTAL_RATE = (
    "cchc_head",
    "cchc_text",
    "cchc_words",
    "cchc_number",
    "cchc_date",
    "cchc_rate",
    "cchc_total",
    "cchc_total_rate",
)


# openpyxl's WriteOnlyWorksheet: its type stubs lack the column widths and page set-up it has.
Worksheet = Any
A4 = "9"  # the paper size's code in SpreadsheetML (openpyxl's Worksheet.PAPERSIZE_A4)


@dataclass(frozen=True)
class Col:
    """A column: header, width in characters, and the style of its cells."""

    header: str
    width: float
    style: str = NUMBER


def _styles(book: Workbook) -> dict[str, Any]:
    """Add the named styles to ``book``; return each one's style array, to give cells."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    specs: list[tuple[str, dict[str, Any]]] = [
        (
            HEAD,
            {
                "font": Font(bold=True),
                "fill": PatternFill("solid", fgColor="DDE4EE"),
                "alignment": Alignment(horizontal="center", vertical="center", wrap_text=True),
            },
        ),
        (TEXT, {"alignment": top}),
        (WORDS, {"alignment": wrap}),
        # General: counts show as whole numbers, points keep their half ("4.5").
        (NUMBER, {"alignment": top, "number_format": "General"}),
        (DATE, {"alignment": top, "number_format": "DD/MM/YYYY"}),
        (RATE, {"alignment": top, "number_format": "0.0%"}),
        (TOTAL, {"font": Font(bold=True), "alignment": top, "number_format": "General"}),
        (TOTAL_RATE, {"font": Font(bold=True), "alignment": top, "number_format": "0.0%"}),
    ]
    arrays = {}
    for name, parts in specs:
        style = NamedStyle(name=name, border=border)
        for key, value in parts.items():
            setattr(style, key, value)
        book.add_named_style(style)
        # Bound to the book now: the array of font, fill, border… ids a cell of it carries.
        arrays[name] = style.as_tuple()
    return arrays


class _Cells:
    """Writes a sheet's rows, each cell in a named style; text stays text (a finding starting
    with "=" is not a formula).

    One cell per named style is made once and handed to openpyxl for every cell of that
    style, its value set just before: the write-only sheet writes each cell as the row's
    generator yields it, before asking for the next (tests/unit/test_report_figures.py reads
    back every kind of cell).
    """

    def __init__(self, sheet: Worksheet, styles: dict[str, Any]) -> None:
        from openpyxl.cell import Cell

        self.sheet = sheet
        self.cells = {name: Cell(sheet, 1, 1, None, array) for name, array in styles.items()}
        # openpyxl's write-only sheet takes each item of a row as a plain value first and,
        # for a styled cell, fails (an exception and the cell's repr) before taking it as a
        # cell, then makes itself a new scratch cell: that was a third of this workbook's
        # time. Our rows hold cells only, so they go to the writer as they are. (openpyxl
        # 3.1's WriteOnlyWorksheet._values_to_row; without it, the documented path below.)
        if hasattr(sheet, "_values_to_row"):
            sheet._values_to_row = _placed

    def append(self, values: Iterable[tuple[Any, str]]) -> None:
        """Write one row of (value, style name)."""
        self.sheet.append(self._row(values))

    def _row(self, values: Iterable[tuple[Any, str]]) -> Iterator[Cell]:
        for value, style in values:
            cell = self.cells[style]
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
            yield cell


def _placed(cells: Iterable[Cell], row: int) -> Iterator[Cell]:
    """Each cell of a row given its place, as the sheet's writer takes them."""
    for column, cell in enumerate(cells, start=1):
        cell.row, cell.column = row, column
        yield cell


def _table(
    sheet: Worksheet,
    styles: dict[str, Any],
    columns: list[Col],
    rows: list[list[Any]],
    totals: list[Any] | None = None,
) -> None:
    """The sheet's set-up (widths, frozen header, autofilter, print), then the header, rows
    and the totals row (write-only: everything about the sheet before its first row)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    for c, col in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = col.width
    last = len(rows) + 1
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(2, last)}"
    sheet.print_title_rows = "1:1"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.gridLines = False
    cells = _Cells(sheet, styles)
    cells.append((col.header, HEAD) for col in columns)
    kinds = [col.style for col in columns]
    for values in rows:
        cells.append(
            (value, kind if value is not None else TEXT)
            for kind, value in zip(kinds, values, strict=True)
        )
    if totals is not None:
        cells.append(
            (value, TOTAL_RATE if kind == RATE else TOTAL)
            for kind, value in zip(kinds, totals, strict=True)
        )


def _day(value: str | None) -> dt.date | str | None:
    """A stored date as an Excel date; one that is not a date is shown as it is, marked
    invalid (`cchc check` lists it), never a crash."""
    if not value:
        return None
    return stored_date(value) or invalid(value)


def _rate(t: Tally) -> float | None:
    rate = t.pass_rate
    return None if rate is None else round(rate / 100, 4)


def _units_sheet(sheet: Worksheet, styles: dict[str, Any], section: TemplateSection) -> None:
    codes = [a.code for a in section.areas]
    columns = [
        Col("STT", 6),
        Col("Đơn vị", 36, WORDS),
        Col("Loại", 18, TEXT),
        Col("Trực thuộc", 22, WORDS),
        Col("Kế hoạch", 18, TEXT),
        Col("Ngày kiểm tra", 13, DATE),
        Col("Trưởng đoàn", 22, TEXT),
        Col("Số tiêu chí", 9),
        Col("Đã đánh giá", 10),
        Col("Được chấm", 10),
        Col("Đạt", 7),
        Col("Đạt một phần", 9),
        Col("Không đạt", 9),
        Col("Không áp dụng", 10),
        Col("Tỷ lệ đạt", 10, RATE),
        Col("Điểm đạt", 9),
        Col("Điểm tối đa", 9),
        *[Col(f"Tỷ lệ đạt lĩnh vực {c}", 10, RATE) for c in codes],
    ]
    rows = []
    for n, u in enumerate(section.units, start=1):
        t = u.result
        rows.append(
            [
                n,
                u.unit_name,
                u.unit_kind,
                u.parent_name,
                u.plan_number,
                _day(u.date),
                u.leader,
                t.total,
                t.answered,
                t.assessed,
                t.dat,
                t.dat_mot_phan,
                t.khong_dat,
                t.khong_ap_dung,
                _rate(t),
                t.score,
                t.max_score,
                *[_rate(u.areas[c]) if c in u.areas else None for c in codes],
            ]
        )
    t = section.result
    label = f"Cộng ({len(section.units)} đơn vị)"
    totals = [None, label, None, None, None, None, None, t.total, t.answered, t.assessed, t.dat,
              t.dat_mot_phan, t.khong_dat, t.khong_ap_dung, _rate(t), t.score, t.max_score,
              *[_rate(a.result) for a in section.areas]]  # fmt: skip
    _table(sheet, styles, columns, rows, totals)


def _areas_sheet(sheet: Worksheet, styles: dict[str, Any], section: TemplateSection) -> None:
    columns = [
        Col("Mã", 6, TEXT),
        Col("Lĩnh vực", 50, WORDS),
        Col("Số tiêu chí", 9),
        Col("Được chấm", 10),
        Col("Đạt", 7),
        Col("Đạt một phần", 9),
        Col("Không đạt", 9),
        Col("Không áp dụng", 10),
        Col("Tỷ lệ đạt", 10, RATE),
        Col("Điểm đạt", 9),
        Col("Điểm tối đa", 9),
        Col("Đơn vị có tiêu chí chưa đạt", 14),
        Col("Đơn vị đã chấm", 10),
    ]
    rows = [
        [a.code, a.title, a.criteria, a.result.assessed, a.result.dat, a.result.dat_mot_phan,
         a.result.khong_dat, a.result.khong_ap_dung, _rate(a.result), a.result.score,
         a.result.max_score, a.units_with_shortfall, a.units_assessed]
        for a in section.areas
    ]  # fmt: skip
    t = section.result
    totals = [None, "Cộng", section.criteria, t.assessed, t.dat, t.dat_mot_phan, t.khong_dat,
              t.khong_ap_dung, _rate(t), t.score, t.max_score, None, None]  # fmt: skip
    _table(sheet, styles, columns, rows, totals)


def _shortfalls_sheet(sheet: Worksheet, styles: dict[str, Any], section: TemplateSection) -> None:
    columns = [
        Col("Mã", 7, TEXT),
        Col("Lĩnh vực", 8, TEXT),
        Col("Tiêu chí", 80, WORDS),
        Col("Không đạt", 10),
        Col("Đạt một phần", 12),
        Col("Số đơn vị được chấm", 12),
    ]
    rows = [
        [s.code, s.area, s.text, s.khong_dat, s.dat_mot_phan, s.assessed]
        for s in section.shortfalls
    ]
    _table(sheet, styles, columns, rows)


def _follow_up_sheet(sheet: Worksheet, styles: dict[str, Any], data: ReportData) -> None:
    columns = [
        Col("STT", 6),
        Col("Đơn vị", 32, WORDS),
        Col("Kiến nghị", 70, WORDS),
        Col("Trách nhiệm", 26, WORDS),
        Col("Thời hạn", 12, DATE),
        Col("Tình trạng", 16, TEXT),
        Col("Quá hạn", 10, TEXT),
    ]
    rows = [
        [n, r.unit_name, r.text, r.responsible, _day(r.deadline),
         FollowUpStatus(r.status).label_vi, "Quá hạn" if r.overdue else ""]
        for n, r in enumerate(data.recommendations, start=1)
    ]  # fmt: skip
    totals = [None, f"Cộng: {len(rows)} kiến nghị", None, None, None,
              f"Đã hoàn thành: {data.done}", f"Quá hạn: {data.overdue}"]  # fmt: skip
    _table(sheet, styles, columns, rows, totals)


def _previous_sheet(sheet: Worksheet, styles: dict[str, Any], data: ReportData) -> None:
    """Per unit, the earlier inspections' recommendations and how many were carried out."""
    columns = [
        Col("STT", 6),
        Col("Đơn vị", 36, WORDS),
        Col("Ngày kiểm tra", 13, DATE),
        Col("Số kiến nghị kỳ trước", 12),
        Col("Đã hoàn thành", 12),
        Col("Đang thực hiện", 12),
        Col("Chưa thực hiện", 12),
        Col("Đã xem xét khi kiểm tra", 14),
    ]
    items = data.previous
    rows = [
        [n, i.unit_name, _day(i.date), i.total, i.done, i.in_progress, i.not_started, i.looked_at]
        for n, i in enumerate(items, start=1)
    ]
    totals = [None, f"Cộng: {len(rows)} đơn vị", None, *(
        sum(getattr(i, name) for i in items)
        for name in ("total", "done", "in_progress", "not_started", "looked_at")
    )]  # fmt: skip
    _table(sheet, styles, columns, rows, totals)


def _about_sheet(
    sheet: Worksheet,
    styles: dict[str, Any],
    data: ReportData,
    issuing: Issuing,
    names: list[str],
) -> None:
    from openpyxl.utils import get_column_letter

    rows: list[list[Any]] = [
        ["Báo cáo", data.title],
        ["Cơ quan ban hành", issuing.body],
        ["Số, ký hiệu", issuing.doc_number.strip()],
        ["Kế hoạch", "; ".join(p["number"] for p in data.plans) or "Tất cả"],
        ["Lập ngày", _day(data.generated_on)],
        ["Số đơn vị được kiểm tra", len(data.units)],
        ["Số kiến nghị", len(data.recommendations)],
        ["Kiến nghị đã hoàn thành", data.done],
        ["Kiến nghị quá hạn", data.overdue],
    ]
    for section, suffix in zip(data.sections, names, strict=True):
        rows.append(
            [f"Bảng kiểm{suffix}", f"{section.title} ({section.key}, phiên bản {section.version})"]
        )
    rows.append(["Cách tính", DEFINITIONS])
    headers = (("Mục", 28), ("Nội dung", 90))
    for c, (_header, width) in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    cells = _Cells(sheet, styles)
    cells.append((header, HEAD) for header, _width in headers)
    for label, value in rows:
        style = DATE if isinstance(value, dt.date) else NUMBER if isinstance(value, int) else WORDS
        cells.append(((label, TEXT), (value, style)))


def report_workbook(data: ReportData, issuing: Issuing) -> bytes:
    """The workbook's bytes: Tổng hợp, Theo lĩnh vực, Tiêu chí chưa đạt (one of each per
    checklist template, numbered when there are several), Kiến nghị, Thông tin."""
    import io

    from openpyxl import Workbook

    book = Workbook(write_only=True)
    styles = _styles(book)

    def sheet(title: str) -> Worksheet:
        made: Worksheet = book.create_sheet(title)
        return made

    # Nothing inspected yet: the sheets are there, with their headers.
    sections = data.sections or [_empty_section()]
    names = [f" {n}" for n in range(1, len(sections) + 1)] if data.mixed else [""]
    for section, suffix in zip(sections, names, strict=True):
        _units_sheet(sheet(f"Tổng hợp{suffix}"), styles, section)
    for section, suffix in zip(sections, names, strict=True):
        _areas_sheet(sheet(f"Theo lĩnh vực{suffix}"), styles, section)
    for section, suffix in zip(sections, names, strict=True):
        _shortfalls_sheet(sheet(f"Tiêu chí chưa đạt{suffix}"), styles, section)
    _follow_up_sheet(sheet("Kiến nghị"), styles, data)
    if data.previous:
        _previous_sheet(sheet(PREVIOUS_SHEET), styles, data)
    _about_sheet(sheet("Thông tin"), styles, data, issuing, names[: len(data.sections)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _empty_section() -> TemplateSection:
    from cchc_desktop.reports.figures import TemplateSection

    return TemplateSection("", "", 0, "", 0, [], [], [])
