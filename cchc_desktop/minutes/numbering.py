"""Document numbers of the biên bản: from the settings' pattern, per plan, never given twice.

Every number handed out is a record in ``doc_numbers`` (kept forever; a trigger refuses to
delete one), and the next number is one above the highest ever recorded for the plan, so a
number whose minutes were abandoned is still never reused. The record's id is derived from
(plan, running number): if two laptops hand out the same number while offline, a merge meets
two records with one id and different inspections and reports a conflict for the secretary,
rather than silently keeping two documents with one number.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import transaction

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_FIELDS = {"so", "nam"}


def format_number(pattern: str, seq: int, year: int) -> str:
    """The number as printed: ``{so}`` two digits at least (ND 30: "05"), ``{nam}`` the year."""
    used = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    if "so" not in used or not used <= _FIELDS:
        raise UserError(
            f"Mẫu số biên bản «{pattern}» không hợp lệ: cần có {{so}} (số thứ tự), có thể có "
            "{nam} (năm), ví dụ «{so}/BB-ĐKT».",
            f"The minutes number pattern '{pattern}' is invalid: it needs {{so}} (the running "
            "number) and may have {nam} (the year), e.g. '{so}/BB-ĐKT'.",
        )
    return pattern.format(so=f"{seq:02d}", nam=year)


def next_seq(ws: Workspace, plan_id: str) -> int:
    """One above the highest number ever recorded for the plan (abandoned ones included)."""
    row = ws.db.conn.execute(
        "SELECT coalesce(max(seq), 0) FROM doc_numbers WHERE plan_id = ?", [plan_id]
    ).fetchone()
    return int(row[0]) + 1


def allocate(
    ws: Workspace, plan_id: str, *, inspection_id: str, revision_no: int, year: int
) -> str:
    """Give the next number of the plan to one revision of an inspection's minutes."""
    pattern = ws.settings().doc_number_pattern
    with transaction(ws.db):
        seq = next_seq(ws, plan_id)
        number = format_number(pattern, seq, year)
        records.insert(
            ws,
            "doc_numbers",
            {
                "plan_id": plan_id,
                "seq": seq,
                "doc_number": number,
                "inspection_id": inspection_id,
                "revision_no": revision_no,
            },
            record_id=records.natural_id("doc-number", plan_id, str(seq)),
        )
    return number


def number_of(ws: Workspace, inspection_id: str, revision_no: int) -> str | None:
    """The number already given to this revision of the inspection's minutes, if any."""
    row = ws.db.conn.execute(
        "SELECT doc_number FROM doc_numbers WHERE inspection_id = ? AND revision_no = ?"
        " AND deleted = 0 ORDER BY seq LIMIT 1",
        [inspection_id, revision_no],
    ).fetchone()
    return None if row is None else str(row[0])
