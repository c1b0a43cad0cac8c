"""What `cchc inspections list` and `cchc followups list` print: a table for people, JSON for
scripts. The same text whether the command took the quick path (cli/quick.py) or the full
parser (cmd_work.py); written whole, in one write, by the caller.
"""

from __future__ import annotations

from cchc_desktop.cli import output
from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.errors import pick

# For the type checker only (``typing`` costs a listing milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from cchc_desktop.store.rows import FollowUpRow


def inspections_text(rows: list[dict[str, Any]], as_json: bool) -> str:
    """The inspections of ``store.listings.inspection_rows``: id, date, unit, plan, lead,
    answered of all, not met."""
    if as_json:
        return output.json_text(rows)
    date = _shown_dates(r["date"] for r in rows)
    return output.table_text(
        (
            [
                r["id"][:8],
                date[r["date"]],
                r["unit_name"],
                r["plan_number"],
                r["leader"] or "",
                f"{r['answered']}/{r['total']}",
                r["not_met"],
            ]
            for r in rows
        ),
        [
            pick("Mã id", "Id"),
            pick("Ngày", "Date"),
            pick("Đơn vị", "Unit"),
            pick("Kế hoạch", "Plan"),
            pick("Trưởng đoàn", "Lead"),
            pick("Đã trả lời", "Answered"),
            pick("Không đạt", "Not met"),
        ],
    )


def followups_text(rows: list[FollowUpRow], as_json: bool) -> str:
    """The kiến nghị of ``store.listings.followup_rows``: id, unit, text, responsible,
    deadline, status (overdue ones said so)."""
    if as_json:
        return output.json_text(rows)
    # Each status's words once, not per row (a province has thousands of kiến nghị).
    status = {s.value: s.label for s in FollowUpStatus}
    late = pick(" (quá hạn)", " (overdue)")
    deadline = _shown_dates(r["deadline"] for r in rows)
    return output.table_text(
        (
            [
                r["id"][:8],
                r["unit_name"],
                r["text"][:60],
                r["responsible"],
                deadline[r["deadline"]],
                status[r["status"]] + (late if r["overdue"] else ""),
            ]
            for r in rows
        ),
        [
            pick("Mã id", "Id"),
            pick("Đơn vị", "Unit"),
            pick("Kiến nghị", "Recommendation"),
            pick("Trách nhiệm", "Responsible"),
            pick("Thời hạn", "Deadline"),
            pick("Tình trạng", "Status"),
        ],
    )


def _shown_dates(values: Iterable[str | None]) -> dict[str | None, str]:
    """Each stored date as shown (``dmy``), once per date: many rows share a day."""
    return {value: dmy(value) for value in set(values)}
