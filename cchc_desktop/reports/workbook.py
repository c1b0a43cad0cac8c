"""The consolidated report as an XLSX workbook: the per-unit table, areas, weak criteria, follow-up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.reports.previous import previous_sheet

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from cchc_desktop.reports.data import ReportData


def _put(sheet: Worksheet, row: int, column: int, value: Any) -> Any:
    """Write a cell and return it; text is always text (a finding starting with "=" is not a
    formula)."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _table(sheet: Worksheet, headers: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE4EE")
    for column, header in enumerate(headers, start=1):
        cell = _put(sheet, 1, column, header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, values in enumerate(rows, start=2):
        for column, value in enumerate(values, start=1):
            _put(sheet, r, column, value).alignment = Alignment(wrap_text=True, vertical="top")

    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value / 100, 4)


def report_workbook(data: ReportData) -> bytes:
    """The workbook's bytes (sheets: Tổng hợp, Theo lĩnh vực, Tiêu chí chưa đạt, Kiến nghị, Thông tin)."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    units = book.active
    assert units is not None
    units.title = "Tổng hợp"
    area_codes = [a.code for a in data.areas]
    _table(
        units,
        [
            "STT",
            "Đơn vị",
            "Loại",
            "Trực thuộc",
            "Ngày kiểm tra",
            "Trưởng đoàn",
            "Đã đánh giá",
            "Đạt",
            "Đạt một phần",
            "Không đạt",
            "Không áp dụng",
            "Tỷ lệ đạt",
            *[f"Lĩnh vực {c}" for c in area_codes],
        ],
        [
            [
                n,
                u.unit_name,
                u.unit_kind,
                u.parent_name,
                dmy(u.date),
                u.leader,
                f"{u.answered}/{u.total}",
                u.dat,
                u.dat_mot_phan,
                u.khong_dat,
                u.khong_ap_dung,
                _pct(u.percent),
                *[_pct(u.area_percent.get(c)) for c in area_codes],
            ]
            for n, u in enumerate(data.units, start=1)
        ],
        [6, 36, 16, 22, 13, 22, 11, 7, 9, 9, 9, 10, *[10] * len(area_codes)],
    )
    for row in units.iter_rows(min_row=2, min_col=12, max_col=12 + len(area_codes)):
        for cell in row:
            cell.number_format = "0.0%"

    areas = book.create_sheet("Theo lĩnh vực")
    _table(
        areas,
        ["Mã", "Lĩnh vực", "Tỷ lệ đạt bình quân", "Số đơn vị có tồn tại"],
        [[a.code, a.title, _pct(a.percent), a.units_with_shortfall] for a in data.areas],
        [6, 60, 14, 14],
    )
    for row in areas.iter_rows(min_row=2, min_col=3, max_col=3):
        for cell in row:
            cell.number_format = "0.0%"

    weak = book.create_sheet("Tiêu chí chưa đạt")
    _table(
        weak,
        ["Mã", "Lĩnh vực", "Tiêu chí", "Không đạt", "Đạt một phần", "Số đơn vị đánh giá"],
        [
            [s.code, s.area, s.text, s.khong_dat, s.dat_mot_phan, s.answered]
            for s in data.shortfalls
        ],
        [7, 8, 80, 10, 12, 12],
    )

    follow = book.create_sheet("Kiến nghị")
    _table(
        follow,
        ["STT", "Đơn vị", "Kiến nghị", "Trách nhiệm", "Thời hạn", "Tình trạng", "Quá hạn"],
        [
            [
                n,
                r.unit_name,
                r.text,
                r.responsible,
                dmy(r.deadline),
                FollowUpStatus(r.status).label_vi,
                "Quá hạn" if r.overdue else "",
            ]
            for n, r in enumerate(data.recommendations, start=1)
        ],
        [6, 32, 70, 26, 12, 16, 10],
    )

    if data.previous:
        previous_sheet(book, data.previous, _table)

    about = book.create_sheet("Thông tin")
    plan = data.plan or {}
    rows = [
        ["Báo cáo", data.title],
        ["Kế hoạch", plan.get("number", "Tất cả")],
        ["Cơ quan ban hành", plan.get("issuer", "")],
        ["Lập ngày", dmy(data.generated_on)],
        ["Số đơn vị được kiểm tra", len(data.units)],
        ["Số kiến nghị", len(data.recommendations)],
        ["Kiến nghị đã hoàn thành", data.done],
        ["Kiến nghị quá hạn", data.overdue],
    ]
    _table(about, ["Mục", "Nội dung"], rows, [26, 70])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
