"""Checklist templates as Excel workbooks, so a secretary can edit criteria in Excel or LibreOffice.

Two sheets: "Tiêu chí" (one row per criterion) and "Thông tin mẫu" (key, version, title…, one
label/value row each). Writing is in xlsx_export, reading in xlsx_import (the information
sheet in xlsx_info), the shared layout in xlsx_layout.
"""

from cchc_desktop.checklists.xlsx_export import export_xlsx
from cchc_desktop.checklists.xlsx_import import import_xlsx
from cchc_desktop.checklists.xlsx_layout import (
    COLUMNS,
    HEADERS,
    INFO_LABELS,
    SHEET_CRITERIA,
    SHEET_INFO,
    Problem,
    WorkbookRejected,
)

__all__ = [
    "COLUMNS",
    "HEADERS",
    "INFO_LABELS",
    "SHEET_CRITERIA",
    "SHEET_INFO",
    "Problem",
    "WorkbookRejected",
    "export_xlsx",
    "import_xlsx",
]
