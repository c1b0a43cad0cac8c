"""Reading a checklist template from an .xlsx workbook a secretary edited.

Forgiving about what spreadsheet programs do to a file (reordered columns, numbers stored as
text, merged area cells, dates turned into date cells) and strict about content: every problem
is reported with its row and column, all at once, so the file can be fixed in one pass.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.checklists.model import FORMAT, Template
from cchc_desktop.checklists.xlsx_info import read_info
from cchc_desktop.checklists.xlsx_layout import (
    AREA,
    AREA_RE,
    CODE,
    CRITERION_CODE_RE,
    EVIDENCE,
    GUIDANCE,
    HEADER_SEARCH_ROWS,
    HEADERS,
    SCORE,
    SHEET_CRITERIA,
    SHEET_INFO,
    SOURCE,
    TEXT,
    Problem,
    WorkbookRejected,
)
from cchc_desktop.checklists.xlsx_limits import check_workbook
from cchc_desktop.checklists.xlsx_open import Formulas as _Formulas
from cchc_desktop.checklists.xlsx_open import cell_text as _text
from cchc_desktop.checklists.xlsx_open import check_kind as _check_kind
from cchc_desktop.checklists.xlsx_open import formula_problem as _formula_problem
from cchc_desktop.checklists.xlsx_open import formulas as _formulas
from cchc_desktop.checklists.xlsx_open import normalise_header
from cchc_desktop.checklists.xlsx_open import open_workbook as _open_workbook
from cchc_desktop.checklists.xlsx_open import short as _short
from cchc_desktop.domain.text import clean, printable
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
            read_info(info_sheet, problems, formulas.get(info_sheet.title, {}))
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


def _find_sheet(book: Workbook, title: str, problems: list[Problem]) -> Worksheet | None:
    wanted = normalise_header(title)
    for sheet in book.worksheets:
        if normalise_header(sheet.title) == wanted:
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
    merged = _merged_values(sheet)

    def value(row: int, column: int) -> object:
        return merged.get((row, column), sheet.cell(row=row, column=column).value)

    header_row, columns = _find_header(sheet, value)
    if not _has_every_column(header_row, columns, problems) or header_row is None:
        return []
    rows = _CriteriaRows(columns, problems)
    for row in range(header_row + 1, sheet.max_row + 1):
        cells = {header: value(row, column) for header, column in columns.items()}
        unread = {
            header: formulas[(row, column)]
            for header, column in columns.items()
            if cells[header] is None and (row, column) in formulas
        }
        if not unread and all(_text(v).strip() == "" for v in cells.values()):
            continue  # blank rows (trailing or spacing) carry nothing
        rows.read(row, cells, unread)
    if not rows.seen:
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
        for a in rows.areas.values()
        if a.title is not None and a.criteria
    ]


def _has_every_column(
    header_row: int | None, columns: dict[str, int], problems: list[Problem]
) -> bool:
    """Whether a header row was found holding every column; what is missing is reported."""
    if header_row is None:
        problems.append(
            Problem(
                f"Trang «{SHEET_CRITERIA}»: không tìm thấy dòng tiêu đề "
                f"({' | '.join(HEADERS)}) trong {HEADER_SEARCH_ROWS} dòng đầu.",
                f"Sheet '{SHEET_CRITERIA}': no header row ({' | '.join(HEADERS)}) "
                f"in the first {HEADER_SEARCH_ROWS} rows.",
            )
        )
        return False
    missing = [h for h in HEADERS if h not in columns]
    for header in missing:
        problems.append(
            Problem(
                f"Trang «{SHEET_CRITERIA}», dòng {header_row}: thiếu cột «{header}».",
                f"Sheet '{SHEET_CRITERIA}', row {header_row}: the column '{header}' is missing.",
            )
        )
    return not missing


class _CriteriaRows:
    """The criteria rows under the header, read one at a time; problems at their cells."""

    def __init__(self, columns: dict[str, int], problems: list[Problem]) -> None:
        from openpyxl.utils import get_column_letter

        self._letters = {header: get_column_letter(column) for header, column in columns.items()}
        self._problems = problems
        self._uncached: set[tuple[int, str]] = set()
        self._code_rows: dict[str, int] = {}
        self.areas: dict[str, _AreaDraft] = {}
        self.seen = 0

    def problem(self, row: int, header: str, vi: str, en: str) -> None:
        if (row, header) in self._uncached:
            return  # its formula was reported; "empty" or "not a number" would mislead
        letter = self._letters[header]
        self._problems.append(
            Problem(
                f"Dòng {row}, cột {letter} ({header}): {vi}",
                f"Row {row}, column {letter} ({header}): {en}",
            )
        )

    def read(self, row: int, cells: dict[str, object], unread: dict[str, str]) -> None:
        """One criterion row; its area is registered on its first "A. Title"."""
        self.seen += 1
        for header, formula in unread.items():
            self.problem(row, header, *_formula_problem(formula))
            self._uncached.add((row, header))
        code, code_match = self._code(row, cells[CODE])
        area = _read_area(row, cells[AREA], self.areas, functools.partial(self.problem, row, AREA))
        if area is not None and code_match is not None and code_match.group(1) != area.code:
            self.problem(
                row,
                CODE,
                f"mã «{code}» không bắt đầu bằng chữ của lĩnh vực «{area.code}»",
                f"the code '{code}' does not start with its area letter '{area.code}'",
            )
        text = _text(cells[TEXT])
        if not text.strip():
            self.problem(row, TEXT, "để trống", "empty")
        score = _read_score(cells[SCORE], functools.partial(self.problem, row, SCORE))
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

    def _code(self, row: int, raw: object) -> tuple[str, re.Match[str] | None]:
        """The criterion code in capitals and its match; a bad or repeated one is reported."""
        code = clean(_text(raw)).upper()
        code_match = CRITERION_CODE_RE.match(code)
        if not code:
            self.problem(row, CODE, "để trống", "empty")
        elif code_match is None:
            self.problem(
                row,
                CODE,
                f"«{_short(raw)}» không đúng dạng mã tiêu chí (chữ cái của lĩnh vực "
                "rồi số thứ tự, ví dụ A1)",
                f"'{_short(raw)}' is not a criterion code (area letter then a number, e.g. A1)",
            )
        elif code in self._code_rows:
            self.problem(
                row,
                CODE,
                f"mã «{code}» bị trùng với dòng {self._code_rows[code]}",
                f"the code '{code}' is also used on row {self._code_rows[code]}",
            )
        else:
            self._code_rows[code] = row
        return code, code_match


def _find_header(
    sheet: Worksheet, value: Callable[[int, int], object]
) -> tuple[int | None, dict[str, int]]:
    """The header row (the best match among the first rows) and each known header's column."""
    wanted = {normalise_header(h): h for h in HEADERS}
    best_row: int | None = None
    best: dict[str, int] = {}
    last_column = min(sheet.max_column, 60)
    for row in range(1, min(sheet.max_row, HEADER_SEARCH_ROWS) + 1):
        found: dict[str, int] = {}
        for column in range(1, last_column + 1):
            header = wanted.get(normalise_header(_text(value(row, column))))
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
