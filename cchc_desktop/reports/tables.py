"""The report's tables as plain rows of text: per unit, per area, and the annex.

The PDF and the Word copy draw the same ``TableBlock``; the spreadsheet writes the same figures
as numbers (``workbook``). Every table is one template's: figures of two templates never share
a total. The per-unit columns are declared once in ``UNIT_COLUMNS``: a new column is one
entry there (its width taken from the unit's name column).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cchc_desktop.domain.dates import dmy
from cchc_desktop.reports.figures import AreaResult, Tally, TemplateSection, UnitResult
from cchc_desktop.reports.numbers import DASH, of_total, points, rate, two_digits


@dataclass(frozen=True)
class TableBlock:
    """A ruled table: the first row is the header (repeated on every page)."""

    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text frame's width, adding up to 1
    text_columns: frozenset[int]  # words, from the left, may wrap; other columns are centred
    totals: bool = False  # the last row adds up the others (bold)
    fit: str = ""  # a figure every centred column must hold on one line (the type shrinks)


@dataclass(frozen=True)
class Column:
    """One column of the per-unit table: its header, width, a unit's cell, the totals' cell."""

    header: str
    width: float
    cell: Callable[[int, UnitResult], str]
    total: Callable[[TemplateSection], str] = lambda _s: ""
    text: bool = False


def _rate_cell(t: Tally) -> str:
    # The rate, then the counts it comes from (on a second line where the column is narrow).
    return rate(t)


UNIT_COLUMNS: tuple[Column, ...] = (
    Column("STT", 0.05, lambda n, _u: two_digits(n)),
    Column(
        "Đơn vị được kiểm tra",
        0.26,
        lambda _n, u: u.unit_name,
        lambda s: f"Cộng ({two_digits(len(s.units))} đơn vị)",
        text=True,
    ),
    Column("Ngày kiểm tra", 0.13, lambda _n, u: dmy(u.date)),
    Column("Đã đánh giá", 0.09, lambda _n, u: of_total(u.result), lambda s: of_total(s.result)),
    Column("Đạt", 0.06, lambda _n, u: str(u.dat), lambda s: str(s.result.dat)),
    Column(
        "Đạt một phần",
        0.08,
        lambda _n, u: str(u.dat_mot_phan),
        lambda s: str(s.result.dat_mot_phan),
    ),
    Column("Không đạt", 0.07, lambda _n, u: str(u.khong_dat), lambda s: str(s.result.khong_dat)),
    Column("Tỷ lệ đạt", 0.16, lambda _n, u: _rate_cell(u.result), lambda s: _rate_cell(s.result)),
    Column("Điểm", 0.10, lambda _n, u: points(u.result), lambda s: points(s.result)),
)


def unit_table(section: TemplateSection, start: int = 1) -> TableBlock:
    """One row per unit inspected with the template, then the template's totals."""
    rows = [tuple(c.header for c in UNIT_COLUMNS)]
    rows += [
        tuple(c.cell(n, u) for c in UNIT_COLUMNS) for n, u in enumerate(section.units, start=start)
    ]
    rows.append(tuple(c.total(section) for c in UNIT_COLUMNS))
    return TableBlock(
        tuple(rows),
        tuple(c.width for c in UNIT_COLUMNS),
        frozenset(i for i, c in enumerate(UNIT_COLUMNS) if c.text),
        totals=True,
    )


def _units_with_shortfall(area: AreaResult) -> str:
    if not area.units_assessed:
        return DASH
    return f"{area.units_with_shortfall}/{area.units_assessed}"


def area_table(section: TemplateSection) -> TableBlock:
    """One row per area of the template: criteria, pass rate with counts, points, units."""
    rows: list[tuple[str, ...]] = [
        (
            "Mã",
            "Lĩnh vực",
            "Số tiêu chí",
            "Tỷ lệ đạt",
            "Điểm",
            "Đơn vị có tiêu chí chưa đạt",
        )
    ]
    rows += [
        (
            a.code,
            a.title,
            str(a.criteria),
            _rate_cell(a.result),
            points(a.result),
            _units_with_shortfall(a),
        )
        for a in section.areas
    ]
    return TableBlock(tuple(rows), (0.07, 0.41, 0.1, 0.15, 0.12, 0.15), frozenset({1}))


def annex_table(section: TemplateSection) -> TableBlock:
    """Units down, areas across, each cell "Đạt/được chấm" ("3/4"; "–": nothing assessed);
    the last column the unit's whole pass rate; the last row the areas' totals."""
    codes = [a.code for a in section.areas]

    def counts(t: Tally | None) -> str:
        return f"{t.dat}/{t.assessed}" if t is not None and t.assessed else DASH

    rows: list[tuple[str, ...]] = [("Đơn vị", *codes, "Cả bảng kiểm")]
    rows += [
        (u.unit_name, *[counts(u.areas.get(c)) for c in codes], _rate_cell(u.result))
        for u in section.units
    ]
    rows.append(("Cộng", *[counts(a.result) for a in section.areas], _rate_cell(section.result)))
    first, last = 0.24, 0.12
    column = (1 - first - last) / max(1, len(codes))
    return TableBlock(
        tuple(rows),
        (first, *[column] * len(codes), last),
        frozenset({0}),
        totals=True,
        fit="00/00",
    )
