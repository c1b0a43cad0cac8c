"""The XLSX form of checklist templates: sheet names, columns, labels, and how a refusal reads.

The workbook has two sheets: "Tiêu chí" (one row per criterion) and "Thông tin mẫu" (the
template's key, version, title and so on, one label/value row each). Import is forgiving about
what spreadsheet programs do to a file (reordered columns, numbers stored as text, merged area
cells, dates turned into date cells) and strict about content: every problem is reported with
its row and column, all at once, so the file can be fixed in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cchc_desktop.errors import UserError

SHEET_CRITERIA = "Tiêu chí"
SHEET_INFO = "Thông tin mẫu"

# Header text and column width (in characters) of the criteria sheet, in export order.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("Mã", 8),
    ("Lĩnh vực", 30),
    ("Nội dung tiêu chí", 60),
    ("Hướng dẫn kiểm tra", 70),
    ("Minh chứng", 32),
    ("Điểm tối đa", 11),
    ("Căn cứ", 42),
)
HEADERS: tuple[str, ...] = tuple(name for name, _width in COLUMNS)
CODE, AREA, TEXT, GUIDANCE, EVIDENCE, SCORE, SOURCE = HEADERS

# Labels of the information sheet and the template field each one carries.
INFO_LABELS: tuple[tuple[str, str], ...] = (
    ("Mã mẫu", "key"),
    ("Phiên bản", "version"),
    ("Tên mẫu", "title"),
    ("Phạm vi", "scope"),
    ("Hiệu lực từ", "valid_from"),
    ("Hiệu lực đến", "valid_to"),
    ("Mô tả", "description"),
    ("Căn cứ", "basis"),
)
REQUIRED_INFO = ("Mã mẫu", "Phiên bản", "Tên mẫu")

KEY_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
CRITERION_CODE_RE = re.compile(r"^([A-Z]{1,3})([0-9]{1,3})$")
# "A. Chỉ đạo, điều hành", "A: …", "A) …", "A - …", or a bare "A". Titles start with a
# Vietnamese word, so 1–3 ASCII letters followed by a separator can only be an area code.
AREA_RE = re.compile(r"^([A-Za-z]{1,3})\s*(?:[.:)\-–—]\s*(.*))?$")
DATE_VN_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
HEADER_SEARCH_ROWS = 10  # a secretary may put a title line or two above the header
_MAX_LISTED = 50  # beyond this a list of problems stops helping

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 .xls (and .doc, .ppt)
ZIP_MAGIC = b"PK\x03\x04"


def scope_names(scope: str) -> str:
    """The kinds of unit a template is for, by their names: "huyen,xa" → "Huyện, Xã" (a code
    that names no kind is kept as it is)."""
    from cchc_desktop.domain.units import UnitKind

    names = []
    for code in filter(None, (part.strip() for part in scope.split(","))):
        try:
            names.append(UnitKind(code).label_vi)
        except ValueError:
            names.append(code)
    return ", ".join(names)


def scope_codes(text: str) -> str:
    """The stored form of a scope read from a workbook: names or codes → "huyen,xa" (kept as
    written when a part names no kind of unit)."""
    from cchc_desktop.domain.units import UnitKind
    from cchc_desktop.errors import UserError

    parts = [part.strip() for part in text.split(",") if part.strip()]
    codes = []
    for part in parts:
        try:
            codes.append(UnitKind.parse(part).value)
        except UserError:
            return text
    return ",".join(codes)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a workbook, in both languages, already saying where it is."""

    vi: str
    en: str


class WorkbookRejected(UserError):
    """A workbook that cannot become a template; ``problems`` lists each error with its place."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.problems = problems
        shown = problems[:_MAX_LISTED]
        more = len(problems) - len(shown)
        vi_lines = [f"- {p.vi}" for p in shown] + ([f"- … và {more} lỗi khác"] if more else [])
        en_lines = [f"- {p.en}" for p in shown] + ([f"- … and {more} more"] if more else [])
        super().__init__(
            f"Không nhập được mẫu bảng kiểm từ tệp «{name}». Cần sửa {len(problems)} lỗi:\n"
            + "\n".join(vi_lines),
            f"Cannot import the checklist template from '{name}'. "
            f"{len(problems)} problem(s) to fix:\n" + "\n".join(en_lines),
        )
