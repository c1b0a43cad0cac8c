"""Opening a workbook a person chose: what kind of file it is, within limits, its formulas.

The refusals here come before any cell is read: an empty file, an .xls, an .ods or another
format, a workbook over the limits of xlsx_limits, a damaged archive. Formulas whose result the
file does not carry are found here too, so the import can name them instead of calling their
cells empty.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from typing import TYPE_CHECKING

from cchc_desktop.checklists.xlsx_layout import OLE_MAGIC, ZIP_MAGIC
from cchc_desktop.domain.text import fold
from cchc_desktop.errors import UserError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

_HINT_VI = "Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng Excel (.xlsx)."
_HINT_EN = "Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)."


def check_kind(content: bytes, name: str) -> None:
    """Refuse what is plainly not an .xlsx (empty, .xls, .ods, another format) by name."""
    hint_vi, hint_en = _HINT_VI, _HINT_EN
    if not content:
        raise UserError(f"Tệp «{name}» rỗng.", f"The file '{name}' is empty.")
    if content.startswith(OLE_MAGIC):
        raise UserError(
            f"Tệp «{name}» là bảng tính Excel 97-2003 (.xls), chương trình chỉ đọc .xlsx. "
            + hint_vi,
            f"'{name}' is an Excel 97-2003 (.xls) file; only .xlsx can be read. " + hint_en,
        )
    if not content.startswith(ZIP_MAGIC):
        raise UserError(
            f"Tệp «{name}» không phải bảng tính Excel (.xlsx): nội dung của nó không đúng định "
            "dạng, có thể tệp đã bị đổi tên hoặc bị hỏng. " + hint_vi,
            f"'{name}' is not an Excel workbook (.xlsx): its content is in another format; it may "
            "have been renamed or damaged. " + hint_en,
        )
    if b"opendocument" in content[:200]:  # the "mimetype" entry leads an .ods archive
        raise UserError(
            f"Tệp «{name}» là bảng tính LibreOffice (.ods), không phải .xlsx. " + hint_vi,
            f"'{name}' is a LibreOffice spreadsheet (.ods), not .xlsx. " + hint_en,
        )


def open_workbook(content: bytes, name: str, *, values: bool = True) -> Workbook:
    """Load the workbook (checked by xlsx_limits first), turning "this is not an .xlsx" into
    a message instead of a traceback. ``values``: formulas read as their stored results."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, conditional formats…);
            # none of them matter for reading the cell values.
            warnings.simplefilter("ignore")
            return load_workbook(io.BytesIO(content), data_only=values)
    except Exception as exc:  # a damaged archive fails in many ways inside openpyxl
        raise UserError(
            f"Không đọc được tệp «{name}»: tệp Excel bị hỏng hoặc không đúng định dạng .xlsx. "
            + _HINT_VI,
            f"Cannot read '{name}': the Excel file is damaged or not a valid .xlsx. " + _HINT_EN,
        ) from exc


# Formula cells by sheet title, then by (row, column): the formula's text.
Formulas = dict[tuple[int, int], str]


def formulas(content: bytes, name: str) -> dict[str, Formulas]:
    """The formulas of every sheet (read only when some formula has no stored result)."""
    book = open_workbook(content, name, values=False)
    try:
        return {
            sheet.title: {
                (int(cell.row or 0), int(cell.column or 0)): str(cell.value)
                for row in sheet.iter_rows()
                for cell in row
                if cell.data_type == "f"
            }
            for sheet in book.worksheets
        }
    finally:
        book.close()


def formula_problem(formula: str) -> tuple[str, str]:
    return (
        f"ô chứa công thức «{short(formula)}» mà tệp không lưu kết quả của nó; hãy mở tệp bằng "
        "Excel hoặc LibreOffice rồi lưu lại (để công thức được tính), hoặc thay công thức bằng "
        "giá trị",
        f"the cell holds the formula '{short(formula)}' with no stored result; open the file in "
        "Excel or LibreOffice and save it again (so the formula is calculated), or replace it "
        "with a value",
    )


def cell_text(value: object) -> str:
    """A cell as text, the way it reads on screen (1 not 1.0, dates as yyyy-mm-dd)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def short(value: object) -> str:
    """A cell value quoted in a message, cut if long."""
    text = " ".join(cell_text(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def normalise_header(text: str) -> str:
    """Header text compared without case, diacritics, punctuation or extra spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())
