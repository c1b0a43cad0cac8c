"""Drafting findings from the checklist: tồn tại lines proposed from the criteria not fully met.

The lead writes why a criterion is not met in its note; the minutes' "tồn tại, hạn chế" are
mostly those notes. A draft is only a proposal: nothing is stored until the lead accepts a
line (``add_shortcomings``), possibly after editing it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.findings import FindingKind
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.detail import checklist
from cchc_desktop.store.findings import add_finding, findings_of
from cchc_desktop.store.lookup import live_record

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Proposal:
    """One proposed tồn tại line, tied to the criterion it comes from."""

    code: str
    result: str  # dat_mot_phan or khong_dat
    criterion_text: str
    note: str
    text: str  # the proposed line, for the lead to accept as it is or edit
    already_drafted: bool  # a live tồn tại line already names this criterion

    @property
    def result_label(self) -> str:
        """The result as the lead reads it ("Không đạt")."""
        return Result(self.result).label


def proposed_text(result: str, criterion_text: str, note: str) -> str:
    """The line proposed for one criterion: the lead's own note when there is one (it says what
    is wrong), else the criterion's requirement said as not met."""
    body = clean_multiline(note)
    if not body:
        lead = "Chưa đạt" if result == Result.KHONG_DAT.value else "Chưa đạt đầy đủ"
        body = f"{lead} yêu cầu: {clean_multiline(criterion_text)}"
    body = body[0].upper() + body[1:]
    return body if body.endswith((".", "!", "?", "…")) else body + "."


def propose_shortcomings(
    criteria: Iterable[Mapping[str, Any]], findings: Iterable[Mapping[str, Any]]
) -> list[Proposal]:
    """A proposal for every criterion answered Không đạt or Đạt một phần, in checklist order.

    ``criteria`` are rows as ``detail.checklist`` gives them, ``findings`` as ``findings_of``.
    A criterion already named by a tồn tại line is still proposed, marked ``already_drafted``
    so that a second draft does not add it twice unless the lead wants it.
    """
    drafted = {
        str(f["criterion_code"]).upper()
        for f in findings
        if f["kind"] == FindingKind.TON_TAI.value and f["criterion_code"]
    }
    shortfalls = {r.value for r in Result if r.is_shortfall}
    return [
        Proposal(
            code=row["code"],
            result=row["result"],
            criterion_text=row["text"],
            note=row["note"] or "",
            text=proposed_text(row["result"], row["text"], row["note"] or ""),
            already_drafted=str(row["code"]).upper() in drafted,
        )
        for row in criteria
        if row["result"] in shortfalls
    ]


def draft_shortcomings(ws: Workspace, inspection_id: str) -> list[Proposal]:
    """The proposals for one inspection, read from what is stored now."""
    inspection = live_record(ws, "inspections", inspection_id)
    rows = checklist(ws, inspection["id"], inspection["template_id"])
    return propose_shortcomings(rows, findings_of(ws, inspection["id"]))


def add_shortcomings(
    ws: Workspace, inspection_id: str, accepted: Sequence[tuple[str, str]]
) -> list[str]:
    """Store the accepted lines, given as (criterion code, text), as tồn tại findings at the end
    of the list, all or none; return their ids in order."""
    with transaction(ws.db):
        return [
            add_finding(ws, inspection_id, kind=FindingKind.TON_TAI, text=text, criterion=code)
            for code, text in accepted
        ]
