"""How the report writes its figures, the same way in the PDF, the Word copy and the prose.

Vietnamese writes a decimal comma ("16,7%"); a rate is never shown without the counts it comes
from ("16,7% (1/6)"); points are points ("12/30 điểm"), never turned into a percentage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_desktop.reports.figures import Tally

DASH = "–"

# Said on the page under the tables, so a reader knows what each figure is.
DEFINITIONS = (
    "Đã đánh giá: số tiêu chí đã có kết quả trên tổng số tiêu chí của bảng kiểm. "
    "Tỷ lệ đạt = số tiêu chí Đạt ÷ số tiêu chí được chấm (Đạt, Đạt một phần, Không đạt; "
    "không tính tiêu chí Không áp dụng và tiêu chí chưa đánh giá), ghi kèm hai số đếm. "
    "Điểm: tổng điểm đạt được trên tổng điểm tối đa của các tiêu chí được chấm."
)


def decimal(value: float, places: int = 1) -> str:
    """ "16,7" — one decimal place and a comma, as Vietnamese documents write numbers."""
    return f"{value:.{places}f}".replace(".", ",")


def percent(value: float | None) -> str:
    """ "16,7%", or a dash when there is nothing to divide by."""
    return DASH if value is None else f"{decimal(value)}%"


def rate(t: Tally) -> str:
    """The pass rate with its counts: "16,7% (1/6)"; a dash when nothing was assessed."""
    if not t.assessed:
        return DASH
    return f"{percent(t.pass_rate)} ({t.dat}/{t.assessed})"


def whole(value: float) -> str:
    """A score as people write it: "12", "7,5"."""
    return str(int(value)) if float(value).is_integer() else decimal(value)


def points(t: Tally) -> str:
    """Points reached of the points at stake: "12/30"; a dash when nothing was scored."""
    return f"{whole(t.score)}/{whole(t.max_score)}" if t.max_score else DASH


def of_total(t: Tally) -> str:
    """Criteria answered of the template's criteria: "9/58"."""
    return f"{t.answered}/{t.total}"


def two_digits(count: int) -> str:
    """Counts in prose as ND 30 documents write them: "05 đơn vị", "12 đơn vị"."""
    return f"{count:02d}"
