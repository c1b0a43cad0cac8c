"""Findings of an inspection (ưu điểm, tồn tại, kiến nghị) and the follow-up of recommendations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from cchc_desktop.domain.dates import iso, parse_date
from cchc_desktop.domain.findings import FindingKind, FollowUpStatus
from cchc_desktop.domain.text import clean, clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_rows, transaction
from cchc_desktop.store.inspections import ensure_editable, get_inspection
from cchc_desktop.store.listings import followup_rows
from cchc_desktop.store.lookup import live_record
from cchc_desktop.store.rows import FindingRow, FollowUpRow

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def add_finding(
    ws: Workspace,
    inspection_id: str,
    *,
    kind: str | FindingKind,
    text: str,
    criterion: str | None = None,
    deadline: str | None = None,
    responsible: str = "",
) -> str:
    """Add a finding at the end of its kind's list; return its id."""
    finding_kind = kind if isinstance(kind, FindingKind) else FindingKind.parse(kind)
    body = clean_multiline(text)
    if not body:
        raise UserError(
            "Nội dung nhận xét không được để trống.", "The finding text must not be empty."
        )
    if finding_kind is not FindingKind.KIEN_NGHI and (deadline or responsible):
        raise UserError(
            "Chỉ kiến nghị mới có thời hạn và đơn vị chịu trách nhiệm.",
            "Only a recommendation has a deadline and a responsible party.",
        )
    with transaction(ws.db):
        inspection = ensure_editable(ws, inspection_id)
        code = _criterion_code(ws, inspection["template_id"], criterion)
        position = ws.db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM findings WHERE inspection_id = ? AND kind = ?",
            [inspection_id, finding_kind.value],
        ).fetchone()[0]
        return records.insert(
            ws,
            "findings",
            {
                "inspection_id": inspection_id,
                "kind": finding_kind.value,
                "text": body,
                "criterion_code": code,
                "responsible": clean(responsible),
                "deadline": iso(parse_date(deadline, field="thời hạn")) if deadline else None,
                "status": FollowUpStatus.CHUA_THUC_HIEN.value,
                "position": position,
            },
        )


class FindingChanges(TypedDict, total=False):
    """What ``update_finding`` may change, each as a person gives it (checked and cleaned there)."""

    text: str
    criterion_code: str | None
    deadline: str | None  # YYYY-MM-DD or dd/mm/yyyy; empty or None clears it
    responsible: str
    status: str  # a FollowUpStatus value (or its label)
    status_note: str | None
    position: int


# What may change on a signed inspection's kiến nghị: how the unit carried it out since.
_FOLLOW_UP = frozenset({"status", "status_note"})


def update_finding(
    ws: Workspace, finding_id: str, **changes: Unpack[FindingChanges]
) -> dict[str, tuple[Any, Any]]:
    """Edit a finding's text, criterion, deadline, responsible party, status (with the note of
    its evidence, ``status_note``) or position."""
    with transaction(ws.db):
        current = live_record(ws, "findings", finding_id)
        # Follow-up status moves after signing too: it records what the unit did, not the minutes.
        if set(changes) - _FOLLOW_UP:
            inspection = ensure_editable(ws, current["inspection_id"])
        else:
            inspection = get_inspection(ws, current["inspection_id"])
        values = {
            name: _normalise(ws, inspection["template_id"], name, raw)
            for name, raw in changes.items()
        }
        return records.update(ws, "findings", current["id"], values)


def _normalise(ws: Workspace, template_id: str, name: str, raw: Any) -> Any:
    """One finding field as stored, validated and cleaned."""
    if name == "text":
        text = clean_multiline(raw)
        if not text:
            raise UserError(
                "Nội dung nhận xét không được để trống.", "The finding text must not be empty."
            )
        return text
    if name == "deadline":
        return iso(parse_date(raw, field="thời hạn")) if raw else None
    if name == "responsible":
        return clean(raw)
    if name == "status":
        return FollowUpStatus.parse(raw).value
    if name == "status_note":
        return clean_multiline(raw or "")
    if name == "criterion_code":
        return _criterion_code(ws, template_id, raw)
    if name == "position":
        return int(raw)
    raise ValueError(f"not an editable finding field: {name}")


def delete_finding(ws: Workspace, finding_id: str) -> None:
    """Delete a finding (a tombstone stays, so a merge and an undo can tell what happened)."""
    with transaction(ws.db):
        current = live_record(ws, "findings", finding_id)
        ensure_editable(ws, current["inspection_id"])
        records.delete(ws, "findings", current["id"])


def restore_finding(ws: Workspace, finding_id: str, *, index: int | None = None) -> None:
    """Bring a deleted finding back (the window's undo of a delete), at ``index`` in its list
    when given; a new revision, so the audit log keeps the deletion and the return."""
    with transaction(ws.db):
        current = records.get(ws, "findings", finding_id, include_deleted=True)
        if current is None:  # not a full id: the start of a live one, or a clear refusal
            current = live_record(ws, "findings", finding_id)
        ensure_editable(ws, current["inspection_id"])
        records.update(ws, "findings", current["id"], {"deleted": 0})
        if index is not None:
            move_finding(ws, current["id"], index)


def move_finding(ws: Workspace, finding_id: str, index: int) -> int:
    """Put a finding at ``index`` (0 = first, clamped) of its kind's list; return where it went.

    Positions of the list are renumbered 0, 1, 2…; only the findings whose position really
    changes get a new revision (and an audit line).
    """
    with transaction(ws.db):
        current = live_record(ws, "findings", finding_id)
        finding_id = current["id"]
        ensure_editable(ws, current["inspection_id"])
        siblings = [
            row
            for row in findings_of(ws, current["inspection_id"])
            if row["kind"] == current["kind"] and row["id"] != finding_id
        ]
        index = max(0, min(index, len(siblings)))
        order = [row["id"] for row in siblings]
        order.insert(index, finding_id)
        positions = {row["id"]: row["position"] for row in siblings}
        positions[finding_id] = current["position"]
        for position, record_id in enumerate(order):
            if positions[record_id] != position:
                records.update(ws, "findings", record_id, {"position": position})
    return index


def findings_of(ws: Workspace, inspection_id: str) -> list[FindingRow]:
    """The live findings of an inspection, by kind (ưu điểm, tồn tại, kiến nghị) then position."""
    order = {kind.value: index for index, kind in enumerate(FindingKind)}
    rows = fetch_rows(
        ws.db,
        FindingRow,
        "SELECT id, kind, text, criterion_code, responsible, deadline, status, position"
        " FROM findings WHERE inspection_id = ? AND deleted = 0",
        [inspection_id],
    )
    rows.sort(key=lambda r: (order[r["kind"]], r["position"], r["id"]))
    return rows


def followups(
    ws: Workspace, *, overdue: bool = False, today: dt.date | None = None
) -> list[FollowUpRow]:
    """Recommendations with their deadlines, soonest first; ``overdue`` keeps the late, unfinished ones.

    Each row names its inspection (id, date), unit (with its parent, so a district's name
    finds its communes), plan (id and number), the note of the evidence seen
    (``status_note``) and the date of the later inspection that saw it (``checked_on``, None
    when none did), and whether it is overdue ``today``.
    """
    return followup_rows(ws.db, overdue=overdue, today=today)


def _criterion_code(ws: Workspace, template_id: str, code: str | None) -> str | None:
    if not code:
        return None
    wanted = code.strip().upper()
    found = ws.db.execute(
        "SELECT code FROM criteria WHERE template_id = ? AND upper(code) = ? AND deleted = 0",
        [template_id, wanted],
    ).fetchone()
    if found is None:
        raise UserError(
            f"Tiêu chí «{wanted}» không có trong bảng kiểm của cuộc kiểm tra này.",
            f"Criterion '{wanted}' is not in this inspection's checklist.",
        )
    return str(found[0])
