"""Document numbers of the biên bản: from the settings' pattern, per plan, never given twice.

A number is taken when the biên bản is issued (its first digital signature, or its issue for
signing on paper), never when it is looked at: a draft shows "…/BB-ĐKT" (``draft_number``).

Every number handed out is a record in ``doc_numbers`` (kept forever; a trigger refuses to
delete one), and the next number is one above the highest ever recorded for the plan, so a
number whose minutes were abandoned is still never reused. The record's id is derived from
(plan, running number): if two laptops hand out the same number while offline, a merge meets
two records with one id and different inspections and reports a conflict for the secretary,
rather than silently keeping two documents with one number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_desktop.store import records
from cchc_desktop.store.connection import transaction

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def next_seq(ws: Workspace, plan_id: str) -> int:
    """One above the highest number ever recorded for the plan (abandoned ones included)."""
    row = ws.db.execute(
        "SELECT coalesce(max(seq), 0) FROM doc_numbers WHERE plan_id = ?", [plan_id]
    ).fetchone()
    return int(row[0]) + 1


def allocate(
    ws: Workspace, plan_id: str, *, inspection_id: str, revision_no: int, year: int
) -> str:
    """Give the next number of the plan to one revision of an inspection's minutes."""
    # The settings keep the pattern valid (an unusable one falls back to the default).
    settings = ws.settings()
    with transaction(ws.db):
        seq = next_seq(ws, plan_id)
        number = settings.doc_number(seq, year)
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
    row = ws.db.execute(
        "SELECT doc_number FROM doc_numbers WHERE inspection_id = ? AND revision_no = ?"
        " AND deleted = 0 ORDER BY seq LIMIT 1",
        [inspection_id, revision_no],
    ).fetchone()
    return None if row is None else str(row[0])


def given_to_another(ws: Workspace, plan_id: str, number: str, inspection_id: str) -> bool:
    """Whether the plan's register gives ``number`` to another inspection: after a merge met
    two laptops that handed out the same number, the one the secretary did not keep."""
    row = ws.db.execute(
        "SELECT 1 FROM doc_numbers WHERE plan_id = ? AND doc_number = ? AND deleted = 0"
        " AND inspection_id IS NOT ? LIMIT 1",
        [plan_id, number, inspection_id],
    ).fetchone()
    return row is not None


def draft_number(ws: Workspace, year: int) -> str:
    """A draft's number: the pattern with a blank for the running number ("…/BB-ĐKT")."""
    pattern = ws.settings().doc_number_pattern
    return pattern.replace("{so}", "…").replace("{nam}", str(year))


def number_for(ws: Workspace, inspection: dict[str, Any], revision_no: int) -> str | None:
    """The number a revision already has, without taking one: given to it earlier, or typed
    by hand into the inspection (the văn thư's register) and not given to another; else None."""
    number = number_of(ws, inspection["id"], revision_no)
    if (
        number is None
        and revision_no == 1
        and inspection["doc_number"]
        and not given_to_another(
            ws, inspection["plan_id"], inspection["doc_number"], inspection["id"]
        )
    ):
        number = str(inspection["doc_number"])
    return number


def peek(ws: Workspace, inspection: dict[str, Any], revision_no: int) -> str:
    """The number issuing this revision now would give (nothing is taken)."""
    known = number_for(ws, inspection, revision_no)
    if known is not None:
        return known
    return ws.settings().doc_number(
        next_seq(ws, inspection["plan_id"]), int(inspection["date"][:4])
    )
