"""Reading the information sheet of a checklist workbook: the template's own fields.

One label/value row per field (label in column A, value in column B); every problem is
reported with its row, like the criteria sheet's (see xlsx_import).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING, Any

from cchc_desktop.checklists.xlsx_layout import (
    DATE_VN_RE,
    INFO_LABELS,
    KEY_RE,
    REQUIRED_INFO,
    SHEET_INFO,
    Problem,
    scope_codes,
)
from cchc_desktop.checklists.xlsx_open import Formulas, normalise_header
from cchc_desktop.checklists.xlsx_open import cell_text as _text
from cchc_desktop.checklists.xlsx_open import formula_problem as _formula_problem
from cchc_desktop.checklists.xlsx_open import short as _short
from cchc_desktop.domain.text import clean

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def read_info(sheet: Worksheet, problems: list[Problem], formulas: Formulas) -> dict[str, Any]:
    """The template's own fields from the label/value rows of the information sheet."""
    fields = _InfoRows(sheet, problems, formulas)
    info: dict[str, Any] = {
        "key": fields.key(),
        "version": fields.version(),
        "title": fields.title(),
        "scope": scope_codes(clean(_text(fields.raw("Phạm vi")))),
        "valid_from": fields.date("Hiệu lực từ"),
        "valid_to": fields.date("Hiệu lực đến"),
    }
    if info["valid_from"] and info["valid_to"] and info["valid_to"] < info["valid_from"]:
        fields.problem(
            "Hiệu lực đến",
            "ngày hết hiệu lực ở trước ngày bắt đầu hiệu lực",
            "the end date is before the start date",
        )
    info["description"] = _text(fields.raw("Mô tả"))
    info["basis"] = [
        line for line in (clean(s) for s in _text(fields.raw("Căn cứ")).splitlines()) if line
    ]
    return info


class _InfoRows:
    """The label/value rows found on the sheet; reports at a label's value cell.

    Finding the rows reports, at once, the formulas the file carries no value for and the
    required rows that are missing.
    """

    def __init__(self, sheet: Worksheet, problems: list[Problem], formulas: Formulas) -> None:
        labels = {normalise_header(label): (label, field) for label, field in INFO_LABELS}
        self._found: dict[str, tuple[int, object]] = {}
        for row in range(1, sheet.max_row + 1):
            known = labels.get(normalise_header(_text(sheet.cell(row=row, column=1).value)))
            if known is not None and known[0] not in self._found:
                self._found[known[0]] = (row, sheet.cell(row=row, column=2).value)
        self._problems = problems
        self._uncached: set[str] = set()
        for label, (row, value) in self._found.items():
            if value is None and (row, 2) in formulas:
                self.problem(label, *_formula_problem(formulas[(row, 2)]))
                self._uncached.add(label)
        for label in REQUIRED_INFO:
            if label not in self._found:
                problems.append(
                    Problem(
                        f"Trang «{SHEET_INFO}»: thiếu dòng «{label}» "
                        "(nhãn ở cột A, giá trị ở cột B).",
                        f"Sheet '{SHEET_INFO}': the row '{label}' is missing "
                        "(label in column A, value in column B).",
                    )
                )

    def problem(self, label: str, vi: str, en: str) -> None:
        if label in self._uncached:
            return  # its formula was reported
        row = self._found[label][0]
        self._problems.append(
            Problem(
                f"Trang «{SHEET_INFO}», dòng {row}, cột B ({label}): {vi}",
                f"Sheet '{SHEET_INFO}', row {row}, column B ({label}): {en}",
            )
        )

    def raw(self, label: str) -> object:
        return self._found[label][1] if label in self._found else None

    def key(self) -> str:
        key = clean(_text(self.raw("Mã mẫu")))
        if "Mã mẫu" not in self._found:
            return key
        if not key:
            self.problem("Mã mẫu", "để trống", "empty")
        elif not KEY_RE.match(key):
            self.problem(
                "Mã mẫu",
                f"«{_short(key)}» chỉ được gồm chữ thường không dấu, chữ số, dấu gạch ngang, "
                "dấu chấm, gạch dưới (2-64 ký tự), ví dụ «ttpvhcc-xa»",
                f"'{_short(key)}' may only hold lower-case ASCII letters, digits, '-', '.', '_' "
                "(2-64 characters), e.g. 'ttpvhcc-xa'",
            )
        return key

    def version(self) -> int:
        """The template's version, 1 when the row is missing or wrong (reported)."""
        if "Phiên bản" not in self._found:
            return 1
        version = _whole_number(self.raw("Phiên bản"))
        if version is None or version < 1:
            self.problem(
                "Phiên bản",
                f"«{_short(self.raw('Phiên bản'))}» không phải là số nguyên từ 1 trở lên",
                f"'{_short(self.raw('Phiên bản'))}' is not a whole number of 1 or more",
            )
            return 1
        return version

    def title(self) -> str:
        title = clean(_text(self.raw("Tên mẫu")))
        if "Tên mẫu" in self._found and not title:
            self.problem("Tên mẫu", "để trống", "empty")
        return title

    def date(self, label: str) -> str | None:
        """An ISO date, None when the row is missing, empty or not a date (reported)."""
        if label not in self._found:
            return None
        try:
            return _date(self.raw(label))
        except ValueError:
            self.problem(
                label,
                f"«{_short(self.raw(label))}» không phải là ngày hợp lệ (ghi dạng dd/mm/yyyy)",
                f"'{_short(self.raw(label))}' is not a valid date (write dd/mm/yyyy)",
            )
            return None


def _whole_number(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return int(raw) if raw.is_integer() else None
    text = _text(raw).strip()
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and number.is_integer() else None


def _date(raw: object) -> str | None:
    """An ISO date from a date cell, "dd/mm/yyyy", "yyyy-mm-dd" or an Excel serial number.

    None for an empty cell; ValueError when the value is not a date.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        # A date cell whose format was reset to "General" shows its serial number (45474…).
        from openpyxl.utils.datetime import from_excel

        if 1 <= raw <= 2958465:  # 1900-01-01 … 9999-12-31
            converted = from_excel(raw)
            if isinstance(converted, dt.datetime):
                return converted.date().isoformat()
        raise ValueError(raw)
    text = _text(raw).strip()
    match = DATE_VN_RE.match(text)
    if match is not None:
        day, month, year = (int(g) for g in match.groups())
        return dt.date(year, month, day).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return dt.date.fromisoformat(text).isoformat()
    raise ValueError(text)
