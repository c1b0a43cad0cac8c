"""The report's account of previous recommendations: per inspected unit, how many of the
kiến nghị made to it (or to the units it was formed from) by earlier inspections were carried out.

Kept apart from the rest of the report on purpose: ``data.build_report`` fills
``ReportData.previous`` with ``previous_follow_up``; the PDF adds ``previous_blocks`` after the
shortcomings, the workbook a sheet of its own (``workbook._previous_sheet``). The counts follow each
recommendation's current status (``store.previous``), and say how many the visit looked at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.documents.blocks import Style, listed, para
from cchc_desktop.domain.dates import dmy
from cchc_desktop.domain.findings import FollowUpStatus
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.previous import previous_of

if TYPE_CHECKING:
    from cchc_desktop.documents.blocks import Block
    from cchc_desktop.store.workspace import Workspace

HEADING = "Thực hiện kiến nghị của đoàn kiểm tra kỳ trước"
SHEET = "Kiến nghị kỳ trước"


@dataclass(frozen=True)
class PreviousFollowUp:
    """One inspected unit's previous recommendations, counted by status."""

    inspection_id: str
    unit_name: str
    date: str
    total: int
    done: int
    in_progress: int
    not_started: int
    looked_at: int


def previous_follow_up(ws: Workspace, inspection_ids: list[str]) -> list[PreviousFollowUp]:
    """For each inspection (in the order given) that has previous recommendations, the counts."""
    found = []
    for inspection in _inspections(ws, inspection_ids):
        rows = previous_of(ws, inspection)
        if not rows:
            continue
        statuses = [r["status"] for r in rows]
        found.append(
            PreviousFollowUp(
                inspection_id=inspection["id"],
                unit_name=inspection["unit_name"],
                date=inspection["date"],
                total=len(rows),
                done=statuses.count(FollowUpStatus.DA_HOAN_THANH.value),
                in_progress=statuses.count(FollowUpStatus.DANG_THUC_HIEN.value),
                not_started=statuses.count(FollowUpStatus.CHUA_THUC_HIEN.value),
                looked_at=sum(1 for r in rows if r["checked"]),
            )
        )
    return found


def _inspections(ws: Workspace, inspection_ids: list[str]) -> list[dict[str, Any]]:
    """The inspections with their unit's name, read in a few queries, in the order given."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(inspection_ids), 500):  # SQLite caps the number of parameters
        chunk = inspection_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in fetch_all(
            ws.db,
            "SELECT i.id, i.unit_id, i.date, u.name AS unit_name FROM inspections i"
            f" JOIN units u ON u.id = i.unit_id WHERE i.id IN ({marks})",
            chunk,
        ):
            found[row["id"]] = row
    return [found[i] for i in inspection_ids if i in found]


def unit_line(item: PreviousFollowUp) -> str:
    """ "- Xã Bình Gia (kiểm tra ngày 04/12/2026): đã hoàn thành 1/3 kiến nghị; đang thực
    hiện 1, chưa thực hiện 1" (and how many the visit did not look at, if any)."""
    parts = [f"đã hoàn thành {item.done}/{item.total} kiến nghị"]
    rest = [
        f"{label} {count}"
        for label, count in (
            ("đang thực hiện", item.in_progress),
            ("chưa thực hiện", item.not_started),
        )
        if count
    ]
    if rest:
        parts.append(", ".join(rest))
    if item.looked_at < item.total:
        parts.append(f"{item.total - item.looked_at} kiến nghị chưa được đoàn xem xét")
    return f"- {item.unit_name} (kiểm tra ngày {dmy(item.date)}): {'; '.join(parts)}"


def previous_blocks(items: list[PreviousFollowUp], number: int) -> list[Block]:
    """The report's numbered part on previous recommendations (nothing when no unit had any)."""
    if not items:
        return []
    total = sum(i.total for i in items)
    done = sum(i.done for i in items)
    blocks: list[Block] = [
        para(f"{number}. {HEADING}", Style.SUBHEADING),
        para(
            f"Tại {len(items)} đơn vị có kiến nghị của đoàn kiểm tra kỳ trước (kể cả kiến nghị "
            f"với các đơn vị trước khi sắp xếp), đã hoàn thành {done}/{total} kiến nghị:"
        ),
    ]
    blocks += [para(line, Style.ITEM) for line in listed([unit_line(i) for i in items])]
    return blocks
