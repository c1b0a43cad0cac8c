"""Limits a workbook must keep before openpyxl reads it, checked on the raw XML.

openpyxl makes one object for every cell it meets, and more: a merged range or a hyperlink
over ``J1:XFD1048576`` becomes seventeen billion cell objects while the workbook loads (a
21 KB file grew ``templates import`` past 3.5 GB). So the zip and its worksheets are read
here first, streamed and bounded, counting cells and measuring every range; a workbook over
a limit is refused with the sheet and the limit named before openpyxl sees it. A checklist
template has a few hundred rows and seven columns: the limits are tens of times that, and
keep openpyxl within seconds and a couple of hundred MB.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO
from xml.etree.ElementTree import ParseError, iterparse

from cchc_desktop.errors import UserError

MAX_MEMBERS = 1_000
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # every member, as declared (zipfile never reads past it)
MAX_ROWS = 20_000  # the highest row number a cell or a range may reach
MAX_COLUMNS = 200  # the highest column (GR)
MAX_CELLS = 100_000  # cells written in the whole workbook (openpyxl: ~20 µs and ~1 KB each)
MAX_RANGE_CELLS = 50_000  # cells covered by merged ranges and hyperlinks, all sheets together
# Merged ranges and hyperlinks, all sheets together: openpyxl spends about a millisecond on
# each (20 000 small merges took 20 s); a template merges one area cell per area.
MAX_RANGES = 2_000

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")
_HINT = (
    "Hãy xoá các dòng, cột, ô gộp thừa (hoặc chép các trang cần thiết sang một tệp mới) rồi "
    "lưu lại.",
    "Delete the extra rows, columns and merged cells (or copy the sheets you need into a new "
    "file) and save it again.",
)


@dataclass
class Scan:
    """What the worksheets hold, counted before loading them."""

    cells: int = 0
    ranges: int = 0
    range_cells: int = 0
    # Formula cells without a stored result: openpyxl (data_only) reads them as empty.
    uncached_formulas: int = 0
    sheets: list[str] = field(default_factory=list)


def column_number(letters: str) -> int:
    """ "A" → 1, "Z" → 26, "AA" → 27, "XFD" → 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _position(ref: str) -> tuple[int, int] | None:
    match = _REF.match(ref)
    if match is None:
        return None
    return int(match.group(2)), column_number(match.group(1))


def _refuse(name: str, vi: str, en: str) -> UserError:
    return UserError(
        f"Không nhập tệp «{name}»: {vi}. {_HINT[0]}", f"Cannot import '{name}': {en}. {_HINT[1]}"
    )


def check_workbook(content: bytes, name: str) -> Scan:
    """Refuse a workbook over a limit (UserError naming the sheet and the limit); else say
    what it holds. ``content`` has been checked to start like a zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, OSError, EOFError) as exc:
        raise _damaged(name) from exc
    scan = Scan()
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(name, "tệp có quá nhiều thành phần", "the file has too many parts")
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
            raise _refuse(
                name,
                f"nội dung giải nén vượt {MAX_UNPACKED_BYTES // (1024 * 1024)} MB",
                f"its content unpacks to over {MAX_UNPACKED_BYTES // (1024 * 1024)} MB",
            )
        titles = _sheet_titles(archive)
        for info in infos:
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                sheet = titles.get(info.filename, info.filename.rsplit("/", 1)[-1])
                scan.sheets.append(sheet)
                try:
                    with archive.open(info) as stream:
                        _scan_sheet(stream, sheet, name, scan)
                except (
                    zipfile.BadZipFile,
                    zlib.error,
                    NotImplementedError,
                    RuntimeError,
                    struct.error,
                    EOFError,
                    ValueError,
                    OSError,
                    ParseError,
                ) as exc:
                    raise _damaged(name) from exc
    return scan


def _damaged(name: str) -> UserError:
    return UserError(
        f"Không đọc được tệp «{name}»: tệp Excel bị hỏng hoặc không đúng định dạng .xlsx. Hãy mở "
        "tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng Excel (.xlsx).",
        f"Cannot read '{name}': the Excel file is damaged or not a valid .xlsx. Open it in Excel "
        "or LibreOffice and save it again as an Excel workbook (.xlsx).",
    )


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet member → the sheet's title («Tiêu chí»), as far as the workbook says."""
    relations = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    try:
        targets = {}
        with archive.open("xl/_rels/workbook.xml.rels") as stream:
            for _event, element in iterparse(stream):
                if element.tag.endswith("Relationship"):
                    target = (element.get("Target") or "").lstrip("/")
                    if not target.startswith("xl/"):
                        target = "xl/" + target
                    targets[element.get("Id")] = target
        titles = {}
        with archive.open("xl/workbook.xml") as stream:
            for _event, element in iterparse(stream):
                if element.tag == f"{_MAIN}sheet" and element.get(relations) in targets:
                    titles[targets[element.get(relations)]] = f"«{element.get('name', '')}»"
        return titles
    except (
        KeyError,
        ParseError,
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        struct.error,
        OSError,
        ValueError,
        EOFError,
    ):
        return {}  # the titles only make a message clearer; the scan goes on without them


def _scan_sheet(stream: IO[bytes], sheet: str, name: str, scan: Scan) -> None:
    row = column = 0
    formula = value = False
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == f"{_MAIN}row":
                # A row alone (its height, its format) makes no cell: only its number is kept.
                row = _number(element.get("r"), row + 1)
                column = 0
            elif tag == f"{_MAIN}c":
                row, column = _start_cell(element.get("r"), (row, column), name, sheet, scan)
                formula = value = False
            elif tag in (f"{_MAIN}mergeCell", f"{_MAIN}hyperlink"):
                _range(element.get("ref") or "", name, sheet, scan)
            continue
        if tag == f"{_MAIN}f":
            formula = True
        elif tag == f"{_MAIN}v":
            value = bool((element.text or "").strip())
        elif tag == f"{_MAIN}c":
            if formula and not value:
                scan.uncached_formulas += 1
            element.clear()  # keep memory flat: the parsed cells are not needed any more
        elif tag == f"{_MAIN}row":
            element.clear()


def _start_cell(
    ref: str | None, after: tuple[int, int], name: str, sheet: str, scan: Scan
) -> tuple[int, int]:
    """Where a cell starts (its reference, else right of the last one), counted and bounded."""
    row, column = after
    where = _position(ref) if ref else (row, column + 1)
    if where is None:
        raise _damaged(name)
    row, column = where
    _within(name, sheet, row, column)
    scan.cells += 1
    if scan.cells > MAX_CELLS:
        raise _refuse(
            name,
            f"có hơn {_vn(MAX_CELLS)} ô có dữ liệu hoặc định dạng",
            f"it has over {MAX_CELLS:,} cells with content or formatting",
        )
    return row, column


def _vn(number: int) -> str:
    """A number as Vietnamese write it: 1.048.576."""
    return f"{number:,}".replace(",", ".")


def _number(text: str | None, default: int) -> int:
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return default


def _within(name: str, sheet: str, row: int, column: int) -> None:
    if row > MAX_ROWS or column > MAX_COLUMNS:
        raise _refuse(
            name,
            f"trang {sheet} có ô ở dòng {_vn(row)}, cột {_vn(column)} (giới hạn "
            f"{_vn(MAX_ROWS)} dòng, {MAX_COLUMNS} cột)",
            f"sheet {sheet} has a cell at row {row:,}, column {column:,} (the limit is "
            f"{MAX_ROWS:,} rows, {MAX_COLUMNS} columns)",
        )


def _range(ref: str, name: str, sheet: str, scan: Scan) -> None:
    """A merged range or a hyperlink's range: inside the limits, and counted."""
    first, _, last = ref.partition(":")
    start, end = _position(first), _position(last or first)
    if start is None or end is None:
        return  # openpyxl refuses a malformed range itself
    for row, column in (start, end):
        _within(name, sheet, row, column)
    rows = abs(end[0] - start[0]) + 1
    columns = abs(end[1] - start[1]) + 1
    scan.ranges += 1
    scan.range_cells += rows * columns
    if scan.ranges > MAX_RANGES:
        raise _refuse(
            name,
            f"có hơn {_vn(MAX_RANGES)} vùng ô gộp hoặc liên kết",
            f"it has over {MAX_RANGES:,} merged ranges or links",
        )
    if scan.range_cells > MAX_RANGE_CELLS:
        raise _refuse(
            name,
            f"các ô gộp phủ hơn {_vn(MAX_RANGE_CELLS)} ô",
            f"its merged cells cover over {MAX_RANGE_CELLS:,} cells",
        )
