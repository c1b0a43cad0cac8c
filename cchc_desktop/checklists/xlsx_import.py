"""Reading a checklist template from an .xlsx workbook a secretary edited.

Forgiving about what spreadsheet programs do to a file (reordered columns, numbers stored as
text, merged area cells, dates turned into date cells) and strict about content: every problem
is reported with its row and column, all at once, so the file can be fixed in one pass.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.checklists.model import FORMAT, Template
from cchc_desktop.checklists.xlsx_layout import (
    AREA,
    AREA_RE,
    CODE,
    CRITERION_CODE_RE,
    DATE_VN_RE,
    EVIDENCE,
    GUIDANCE,
    HEADER_SEARCH_ROWS,
    HEADERS,
    INFO_LABELS,
    KEY_RE,
    REQUIRED_INFO,
    SCORE,
    SHEET_CRITERIA,
    SHEET_INFO,
    SOURCE,
    TEXT,
    Problem,
    WorkbookRejected,
    scope_codes,
)
from cchc_desktop.checklists.xlsx_limits import check_workbook
from cchc_desktop.checklists.xlsx_open import Formulas as _Formulas
from cchc_desktop.checklists.xlsx_open import cell_text as _text
from cchc_desktop.checklists.xlsx_open import check_kind as _check_kind
from cchc_desktop.checklists.xlsx_open import formula_problem as _formula_problem
from cchc_desktop.checklists.xlsx_open import formulas as _formulas
from cchc_desktop.checklists.xlsx_open import open_workbook as _open_workbook
from cchc_desktop.checklists.xlsx_open import short as _short
from cchc_desktop.domain.text import clean, fold, printable
from cchc_desktop.errors import read_named_file

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


def import_xlsx(path: Path) -> Template:
    """Read a template from an .xlsx workbook, or raise a UserError listing every problem."""
    from cchc_desktop.checklists.schema import validate_template

    name = printable(path.name)
    content = read_named_file(path)
    _check_kind(content, name)
    scan = check_workbook(content, name)
    book = _open_workbook(content, name)
    try:
        problems: list[Problem] = []
        info_sheet = _find_sheet(book, SHEET_INFO, problems)
        criteria_sheet = _find_sheet(book, SHEET_CRITERIA, problems)
        formulas = _formulas(content, name) if scan.uncached_formulas else {}
        info = (
            _read_info(info_sheet, problems, formulas.get(info_sheet.title, {}))
            if info_sheet is not None
            else {}
        )
        areas = (
            _read_criteria(criteria_sheet, problems, formulas.get(criteria_sheet.title, {}))
            if criteria_sheet is not None
            else []
        )
    finally:
        book.close()
    if problems:
        raise WorkbookRejected(name, problems)
    data = {"format": FORMAT, **info, "areas": areas}
    # Everything the schema checks was checked above with row and column; this is the safety net
    # that keeps a workbook from ever producing a template the JSON form would refuse.
    return validate_template(data, origin=f"Tệp «{name}»")


def _normalise_header(text: str) -> str:
    """Header text compared without case, diacritics, punctuation or extra spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def _find_sheet(book: Workbook, title: str, problems: list[Problem]) -> Worksheet | None:
    wanted = _normalise_header(title)
    for sheet in book.worksheets:
        if _normalise_header(sheet.title) == wanted:
            return sheet
    present = ", ".join(f"«{s.title}»" for s in book.worksheets)
    present_en = ", ".join(f"'{s.title}'" for s in book.worksheets)
    problems.append(
        Problem(
            f"Thiếu trang tính «{title}» (các trang có trong tệp: {present}).",
            f"The sheet '{title}' is missing (the file has: {present_en}).",
        )
    )
    return None


def _merged_values(sheet: Worksheet) -> dict[tuple[int, int], object]:
    """Values of merged cells spread over the whole range, as a reader of the sheet sees them."""
    spread: dict[tuple[int, int], object] = {}
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(row=merged.min_row, column=merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                spread[(row, column)] = value
    return spread


# --- criteria sheet ---------------------------------------------------------------------------


# Reports a problem (Vietnamese, English) at a place the caller already knows.
_Report = Callable[[str, str], None]


@dataclass
class _AreaDraft:
    code: str
    title: str | None
    title_row: int | None
    criteria: list[dict[str, Any]]


def _read_criteria(
    sheet: Worksheet, problems: list[Problem], formulas: _Formulas
) -> list[dict[str, Any]]:
    """The areas and criteria of the sheet as schema-shaped dicts; problems go to the list.

    A formula with no stored result is reported as such, once, and nothing else is said
    about its cell (it is not "empty": the file just does not carry its value)."""
    from openpyxl.utils import get_column_letter

    merged = _merged_values(sheet)

    def value(row: int, column: int) -> object:
        return merged.get((row, column), sheet.cell(row=row, column=column).value)

    header_row, columns = _find_header(sheet, value)
    if header_row is None:
        problems.append(
            Problem(
                f"Trang «{SHEET_CRITERIA}»: không tìm thấy dòng tiêu đề "
                f"({' | '.join(HEADERS)}) trong {HEADER_SEARCH_ROWS} dòng đầu.",
                f"Sheet '{SHEET_CRITERIA}': no header row ({' | '.join(HEADERS)}) "
                f"in the first {HEADER_SEARCH_ROWS} rows.",
            )
        )
        return []
    missing = [h for h in HEADERS if h not in columns]
    for header in missing:
        problems.append(
            Problem(
                f"Trang «{SHEET_CRITERIA}», dòng {header_row}: thiếu cột «{header}».",
                f"Sheet '{SHEET_CRITERIA}', row {header_row}: the column '{header}' is missing.",
            )
        )
    if missing:
        return []

    def where(row: int, header: str) -> tuple[str, str]:
        letter = get_column_letter(columns[header])
        return (f"Dòng {row}, cột {letter} ({header})", f"Row {row}, column {letter} ({header})")

    uncached: set[tuple[int, str]] = set()

    def problem(row: int, header: str, vi: str, en: str) -> None:
        if (row, header) in uncached:
            return  # its formula was reported; "empty" or "not a number" would mislead
        at_vi, at_en = where(row, header)
        problems.append(Problem(f"{at_vi}: {vi}", f"{at_en}: {en}"))

    areas: dict[str, _AreaDraft] = {}
    code_rows: dict[str, int] = {}
    rows_seen = 0
    for row in range(header_row + 1, sheet.max_row + 1):
        cells = {header: value(row, column) for header, column in columns.items()}
        unread = {
            header: formulas[(row, column)]
            for header, column in columns.items()
            if cells[header] is None and (row, column) in formulas
        }
        if not unread and all(_text(v).strip() == "" for v in cells.values()):
            continue  # blank rows (trailing or spacing) carry nothing
        rows_seen += 1
        for header, formula in unread.items():
            problem(row, header, *_formula_problem(formula))
            uncached.add((row, header))

        code = clean(_text(cells[CODE])).upper()
        code_match = CRITERION_CODE_RE.match(code)
        if not code:
            problem(row, CODE, "để trống", "empty")
        elif code_match is None:
            problem(
                row,
                CODE,
                f"«{_short(cells[CODE])}» không đúng dạng mã tiêu chí (chữ cái của lĩnh vực "
                "rồi số thứ tự, ví dụ A1)",
                f"'{_short(cells[CODE])}' is not a criterion code (area letter then a number, "
                "e.g. A1)",
            )
        elif code in code_rows:
            problem(
                row,
                CODE,
                f"mã «{code}» bị trùng với dòng {code_rows[code]}",
                f"the code '{code}' is also used on row {code_rows[code]}",
            )
        else:
            code_rows[code] = row

        area = _read_area(row, cells[AREA], areas, functools.partial(problem, row, AREA))
        if area is not None and code_match is not None and code_match.group(1) != area.code:
            problem(
                row,
                CODE,
                f"mã «{code}» không bắt đầu bằng chữ của lĩnh vực «{area.code}»",
                f"the code '{code}' does not start with its area letter '{area.code}'",
            )

        text = _text(cells[TEXT])
        if not text.strip():
            problem(row, TEXT, "để trống", "empty")

        score = _read_score(cells[SCORE], functools.partial(problem, row, SCORE))

        if area is not None:
            area.criteria.append(
                {
                    "code": code,
                    "text": text,
                    "guidance": _text(cells[GUIDANCE]),
                    "evidence": _text(cells[EVIDENCE]),
                    "max_score": score,
                    "source": _text(cells[SOURCE]),
                }
            )

    if not rows_seen:
        problems.append(
            Problem(
                f"Trang «{SHEET_CRITERIA}» chưa có tiêu chí nào (dưới dòng tiêu đề {header_row}).",
                f"Sheet '{SHEET_CRITERIA}' has no criteria (below the header row {header_row}).",
            )
        )
    # Areas keep the order in which they first appear; a criterion added at the bottom of the
    # sheet joins its area rather than splitting it in two.
    return [
        {"code": a.code, "title": a.title, "criteria": a.criteria}
        for a in areas.values()
        if a.title is not None and a.criteria
    ]


def _find_header(
    sheet: Worksheet, value: Callable[[int, int], object]
) -> tuple[int | None, dict[str, int]]:
    """The header row (the best match among the first rows) and each known header's column."""
    wanted = {_normalise_header(h): h for h in HEADERS}
    best_row: int | None = None
    best: dict[str, int] = {}
    last_column = min(sheet.max_column, 60)
    for row in range(1, min(sheet.max_row, HEADER_SEARCH_ROWS) + 1):
        found: dict[str, int] = {}
        for column in range(1, last_column + 1):
            header = wanted.get(_normalise_header(_text(value(row, column))))
            if header is not None and header not in found:
                found[header] = column
        if len(found) > len(best):
            best_row, best = row, found
    return best_row, best


def _read_area(
    row: int, raw: object, areas: dict[str, _AreaDraft], problem: _Report
) -> _AreaDraft | None:
    """The area a row belongs to, registering a new one on its first "A. Title"."""
    text = clean(_text(raw))
    if not text:
        problem("để trống", "empty")
        return None
    match = AREA_RE.match(text)
    if match is None:
        problem(
            f"«{_short(raw)}» thiếu mã lĩnh vực; ghi dạng «A. Tên lĩnh vực»",
            f"'{_short(raw)}' has no area code; write it as 'A. Area title'",
        )
        return None
    code = match.group(1).upper()
    title = clean(match.group(2) or "") or None
    area = areas.get(code)
    if area is None:
        area = areas[code] = _AreaDraft(code, title, row if title else None, [])
        if title is None:
            problem(
                f"lĩnh vực «{code}» chưa có tên; ở dòng đầu tiên của lĩnh vực hãy ghi dạng "
                f"«{code}. Tên lĩnh vực»",
                f"the area '{code}' has no title; on the area's first row write "
                f"'{code}. Area title'",
            )
        return area
    if title is not None:
        if area.title is None:
            area.title, area.title_row = title, row
        elif title != area.title:
            problem(
                f"lĩnh vực «{code}» đã có tên khác ở dòng {area.title_row} "
                f"(«{_short(area.title)}»)",
                f"the area '{code}' has another title on row {area.title_row} "
                f"('{_short(area.title)}')",
            )
    return area


def _read_score(raw: object, problem: _Report) -> float:
    """A maximum score from a number or a number typed as text ("2", "1,5"); blank means 1."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return 1.0
    number: float | None
    if isinstance(raw, bool):
        number = None
    elif isinstance(raw, int | float):
        number = float(raw)
    else:
        text = _text(raw).strip().replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")  # Vietnamese decimal comma
        try:
            number = float(text)
        except ValueError:
            number = None
    if number is None or not math.isfinite(number):
        problem(f"«{_short(raw)}» không phải là số", f"'{_short(raw)}' is not a number")
        return 1.0
    if not 0 <= number <= 100:
        problem(
            f"«{_short(raw)}» phải nằm trong khoảng 0 đến 100",
            f"'{_short(raw)}' must be between 0 and 100",
        )
        return 1.0
    return number


# --- information sheet ------------------------------------------------------------------------


def _read_info(sheet: Worksheet, problems: list[Problem], formulas: _Formulas) -> dict[str, Any]:
    """The template's own fields from the label/value rows of the information sheet."""
    labels = {_normalise_header(label): (label, field) for label, field in INFO_LABELS}
    found: dict[str, tuple[int, object]] = {}
    for row in range(1, sheet.max_row + 1):
        known = labels.get(_normalise_header(_text(sheet.cell(row=row, column=1).value)))
        if known is not None and known[0] not in found:
            found[known[0]] = (row, sheet.cell(row=row, column=2).value)

    uncached: set[str] = set()

    def problem(label: str, vi: str, en: str) -> None:
        if label in uncached:
            return  # its formula was reported
        row = found[label][0]
        problems.append(
            Problem(
                f"Trang «{SHEET_INFO}», dòng {row}, cột B ({label}): {vi}",
                f"Sheet '{SHEET_INFO}', row {row}, column B ({label}): {en}",
            )
        )

    for label, (row, value) in found.items():
        if value is None and (row, 2) in formulas:
            problem(label, *_formula_problem(formulas[(row, 2)]))
            uncached.add(label)

    for label in REQUIRED_INFO:
        if label not in found:
            problems.append(
                Problem(
                    f"Trang «{SHEET_INFO}»: thiếu dòng «{label}» (nhãn ở cột A, giá trị ở cột B).",
                    f"Sheet '{SHEET_INFO}': the row '{label}' is missing "
                    "(label in column A, value in column B).",
                )
            )

    def raw(label: str) -> object:
        return found[label][1] if label in found else None

    info: dict[str, Any] = {}
    key = clean(_text(raw("Mã mẫu")))
    if "Mã mẫu" in found:
        if not key:
            problem("Mã mẫu", "để trống", "empty")
        elif not KEY_RE.match(key):
            problem(
                "Mã mẫu",
                f"«{_short(key)}» chỉ được gồm chữ thường không dấu, chữ số, dấu gạch ngang, "
                "dấu chấm, gạch dưới (2-64 ký tự), ví dụ «ttpvhcc-xa»",
                f"'{_short(key)}' may only hold lower-case ASCII letters, digits, '-', '.', '_' "
                "(2-64 characters), e.g. 'ttpvhcc-xa'",
            )
    info["key"] = key

    info["version"] = 1
    if "Phiên bản" in found:
        version = _whole_number(raw("Phiên bản"))
        if version is None or version < 1:
            problem(
                "Phiên bản",
                f"«{_short(raw('Phiên bản'))}» không phải là số nguyên từ 1 trở lên",
                f"'{_short(raw('Phiên bản'))}' is not a whole number of 1 or more",
            )
        else:
            info["version"] = version

    info["title"] = clean(_text(raw("Tên mẫu")))
    if "Tên mẫu" in found and not info["title"]:
        problem("Tên mẫu", "để trống", "empty")

    info["scope"] = scope_codes(clean(_text(raw("Phạm vi"))))
    for label, field in (("Hiệu lực từ", "valid_from"), ("Hiệu lực đến", "valid_to")):
        info[field] = None
        if label in found:
            try:
                info[field] = _date(raw(label))
            except ValueError:
                problem(
                    label,
                    f"«{_short(raw(label))}» không phải là ngày hợp lệ (ghi dạng dd/mm/yyyy)",
                    f"'{_short(raw(label))}' is not a valid date (write dd/mm/yyyy)",
                )
    if info["valid_from"] and info["valid_to"] and info["valid_to"] < info["valid_from"]:
        problem(
            "Hiệu lực đến",
            "ngày hết hiệu lực ở trước ngày bắt đầu hiệu lực",
            "the end date is before the start date",
        )

    info["description"] = _text(raw("Mô tả"))
    info["basis"] = [line for line in (clean(s) for s in _text(raw("Căn cứ")).splitlines()) if line]
    return info


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
