"""Writing a checklist template as an .xlsx workbook (see xlsx_layout for the sheets)."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from cchc_desktop.checklists.model import Template
from cchc_desktop.checklists.xlsx_layout import (
    COLUMNS,
    HEADERS,
    INFO_LABELS,
    SHEET_CRITERIA,
    SHEET_INFO,
    scope_names,
)
from cchc_desktop.domain.dates import invalid, stored_date
from cchc_desktop.errors import UserError

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def export_xlsx(template: Template) -> bytes:
    """The template as an .xlsx workbook (sheets "Tiêu chí" and "Thông tin mẫu")."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.properties import PageSetupProperties

    book = Workbook()
    book.properties.creator = "CCHC Desktop"
    book.properties.title = template.title
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE4EE")
    wrap_top = Alignment(wrap_text=True, vertical="top")

    sheet = book.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = SHEET_CRITERIA
    for column, (header, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[_letter(column)].width = width
    for row, (area, criterion) in enumerate(template.criteria(), start=2):
        values: tuple[object, ...] = (
            criterion.code,
            f"{area.code}. {area.title}",
            criterion.text,
            criterion.guidance,
            criterion.evidence,
            _number(criterion.max_score),
            criterion.source,
        )
        for column, value in enumerate(values, start=1):
            cell = _put(sheet, row, column, value, where=f"{criterion.code}, {HEADERS[column - 1]}")
            cell.alignment = wrap_top
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{_letter(len(COLUMNS))}{max(2, len(template.criteria()) + 1)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

    info = book.create_sheet(SHEET_INFO)
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 100
    info_values: dict[str, object] = {
        "key": template.key,
        "version": template.version,
        "title": template.title,
        "scope": scope_names(template.scope),
        "valid_from": _date_value(template.valid_from),
        "valid_to": _date_value(template.valid_to),
        "description": template.description,
        "basis": "\n".join(template.basis),
    }
    for row, (label, field) in enumerate(INFO_LABELS, start=1):
        label_cell = info.cell(row=row, column=1, value=label)
        label_cell.font = bold
        label_cell.alignment = wrap_top
        cell = _put(info, row, 2, info_values[field], where=label)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if isinstance(info_values[field], dt.date):
            cell.number_format = "DD/MM/YYYY"  # how a Vietnamese reader writes dates

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _put(sheet: Worksheet, row: int, column: int, value: object, *, where: str) -> Any:
    """Write a cell, keeping text that looks like a formula as text."""
    from openpyxl.utils.exceptions import IllegalCharacterError

    cell = sheet.cell(row=row, column=column)
    try:
        cell.value = value  # type: ignore[assignment]  # our values are str/int/float/date
    except IllegalCharacterError as exc:
        raise UserError(
            f"Không ghi được ra Excel: mục «{where}» chứa ký tự điều khiển mà Excel không "
            "cho phép. Hãy xóa ký tự đó rồi xuất lại.",
            f"Cannot write to Excel: '{where}' contains a control character Excel does not "
            "allow. Remove it and export again.",
        ) from exc
    if isinstance(value, str) and value.startswith("="):
        # openpyxl would store "= …" as a formula; the criterion text must stay text, and the
        # quote prefix keeps Excel from turning it into one when the cell is edited.
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _number(value: float) -> int | float:
    """A score as Excel should show it: 1, not 1.0."""
    return int(value) if float(value).is_integer() else value


def _date_value(iso: str | None) -> dt.date | str | None:
    """A stored date as an Excel date; one that is not a date is shown marked invalid."""
    if not iso:
        return None
    return stored_date(iso) or invalid(iso)


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)
