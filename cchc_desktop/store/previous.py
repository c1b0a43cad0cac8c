"""Previous recommendations (kiến nghị kỳ trước) of an inspection, and their review on site.

An inspection's previous recommendations are the kiến nghị of every earlier inspection (by
date) of its unit or of a unit it was formed from, following ``units.merged_from``
transitively: a commune formed on 1/7/2025 from two communes sees what 2024 asked of both.

The team lead reviews each during the visit: its follow-up status (the very ``status`` the
follow-up page shows), a short note of the evidence seen (``status_note``), and which
inspection looked at it (``checked_in``), all on the recommendation's own record through
``records`` (revision, version vector, audit log), so the review travels in packages like
any other change (an export of the reviewing inspection carries them: ``store.synced``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import iso
from cchc_desktop.domain.findings import FollowUpStatus, is_overdue
from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.inspections import ensure_editable, get_inspection
from cchc_desktop.store.lookup import live_record, resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# Deeper than any real history of mergers; stops a cycle typed by mistake.
_MAX_DEPTH = 30

_LINEAGE = f"""
WITH RECURSIVE lineage(id, depth) AS (
    SELECT ?, 0
    UNION
    SELECT j.value, l.depth + 1 FROM lineage l JOIN units u ON u.id = l.id,
           json_each(u.merged_from) j
    WHERE l.depth < {_MAX_DEPTH}
)
"""

_PREVIOUS_SQL = (
    _LINEAGE
    + """
SELECT f.id, f.text, f.responsible, f.deadline, f.status, f.status_note, f.checked_in,
       i.id AS inspection_id, i.date, u.id AS unit_id, u.name AS unit, p.number AS plan_number,
       coalesce((SELECT m.doc_number FROM minutes m WHERE m.inspection_id = i.id
                 AND m.deleted = 0 ORDER BY m.signed DESC, m.revision_no DESC LIMIT 1),
                i.doc_number, '') AS doc_number
FROM findings f JOIN inspections i ON i.id = f.inspection_id
JOIN units u ON u.id = i.unit_id JOIN plans p ON p.id = i.plan_id
WHERE f.kind = 'kien_nghi' AND f.deleted = 0 AND i.deleted = 0
  AND i.unit_id IN (SELECT id FROM lineage) AND i.id <> ? AND i.date < ? {one}
ORDER BY i.date DESC, u.sort_key, i.id, f.position, f.id
"""
)


@dataclass(frozen=True)
class Review:
    """What a review writes on a recommendation: status, evidence note, the visit that saw it."""

    status: str
    status_note: str
    checked_in: str | None

    @classmethod
    def of(cls, row: dict[str, Any]) -> Review:
        return cls(row["status"], row["status_note"], row["checked_in"])


def _depths(ws: Workspace, unit_id: str) -> dict[str, int]:
    """Each unit of the lineage with how many mergers back it lies (the unit itself: 0)."""
    rows = ws.db.execute(
        _LINEAGE + "SELECT id, min(depth) FROM lineage GROUP BY id", [unit_id]
    ).fetchall()
    return {str(row[0]): int(row[1]) for row in rows}


def lineage(ws: Workspace, unit_id: str) -> list[str]:
    """The unit and every unit it was formed from, at any depth (the unit first)."""
    depths = _depths(ws, unit_id)
    return sorted(depths, key=lambda unit: (depths[unit], unit))


def predecessors(ws: Workspace, unit_id: str) -> list[dict[str, Any]]:
    """The units ``unit_id`` was formed from, at any depth (tombstones too): the nearest
    mergers first, each generation in Vietnamese order of name."""
    depths = _depths(ws, unit_id)
    ids = [unit for unit, depth in depths.items() if depth > 0]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = fetch_all(ws.db, f"SELECT id, name, sort_key FROM units WHERE id IN ({marks})", ids)
    rows.sort(key=lambda r: (depths[r["id"]], r["sort_key"], r["id"]))
    return [{"id": r["id"], "name": r["name"]} for r in rows]


def previous_recommendations(
    ws: Workspace, inspection_ref: str, *, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """The inspection's previous recommendations, newest inspection first.

    Each row: ``id``, ``text``, ``unit`` (the name of the unit it was addressed to),
    ``unit_id``, ``inspection_id``, ``date`` (of that inspection), ``doc_number`` (of its
    biên bản, '' when none), ``plan_number``, ``responsible``, ``deadline``, ``status``,
    ``status_note``, ``checked_in``, ``checked`` (looked at during this inspection) and
    ``overdue`` (deadline passed ``today`` and not done).
    """
    return previous_of(ws, live_record(ws, "inspections", inspection_ref), today=today)


def previous_of(
    ws: Workspace, inspection: dict[str, Any], *, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """``previous_recommendations`` of an inspection record already read (its ``id``,
    ``unit_id`` and ``date``): one query."""
    return _previous(ws, inspection, None, today)


def _previous(
    ws: Workspace, inspection: dict[str, Any], finding_id: str | None, today: dt.date | None
) -> list[dict[str, Any]]:
    """The query: every previous recommendation, or the one ``finding_id`` (if it is one)."""
    day = iso(today or dt.date.today())
    params = [inspection["unit_id"], inspection["id"], inspection["date"]]
    sql = _PREVIOUS_SQL.format(one="AND f.id = ?" if finding_id else "")
    rows = fetch_all(ws.db, sql, [*params, finding_id] if finding_id else params)
    for row in rows:
        _derive(row, inspection["id"], day)
    return rows


def _derive(row: dict[str, Any], inspection_id: str, day: str) -> None:
    row["checked"] = row["checked_in"] == inspection_id
    row["overdue"] = is_overdue(row["deadline"], row["status"], day)


def unreviewed(ws: Workspace, inspection_id: str) -> list[dict[str, Any]]:
    """The previous recommendations nobody looked at during this inspection yet."""
    return [row for row in previous_recommendations(ws, inspection_id) if not row["checked"]]


def review_previous(
    ws: Workspace,
    inspection_id: str,
    finding_ref: str,
    *,
    status: str | FollowUpStatus | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Record, during ``inspection_id``, what was seen of one previous recommendation.

    ``status`` None keeps the status it has (confirmed as seen); ``note`` None keeps the note.
    The recommendation is marked as looked at in this inspection. Refused when the
    inspection is signed (its biên bản already states the review) or when the
    recommendation is not one of its previous ones. Returns the row as
    ``previous_recommendations`` gives it.
    """
    with transaction(ws.db):
        row = _previous_row(ws, inspection_id, finding_ref)
        values: dict[str, Any] = {"checked_in": inspection_id}
        if status is not None:
            values["status"] = FollowUpStatus.parse(status).value
        if note is not None:
            values["status_note"] = clean_multiline(note)
        records.update(ws, "findings", row["id"], values)
    row.update(values)
    _derive(row, inspection_id, iso(dt.date.today()))
    return row


def restore_review(ws: Workspace, inspection_id: str, finding_id: str, review: Review) -> None:
    """Put a recommendation's review back as it was (the window's undo); a new revision."""
    with transaction(ws.db):
        row = _previous_row(ws, inspection_id, finding_id)
        if review.checked_in is not None:
            get_inspection(ws, review.checked_in)
        records.update(
            ws,
            "findings",
            row["id"],
            {
                "status": FollowUpStatus(review.status).value,
                "status_note": clean_multiline(review.status_note),
                "checked_in": review.checked_in,
            },
        )


def _previous_row(ws: Workspace, inspection_id: str, finding_ref: str) -> dict[str, Any]:
    """One of the inspection's previous recommendations, its inspection still editable."""
    inspection = ensure_editable(ws, inspection_id)
    found = next(iter(_previous(ws, inspection, resolve(ws, "findings", finding_ref), None)), None)
    if found is None:
        raise UserError(
            "Kiến nghị này không phải kiến nghị của đoàn kiểm tra kỳ trước đối với đơn vị được "
            "kiểm tra (hoặc các đơn vị hợp thành đơn vị này).",
            "This recommendation was not made by an earlier inspection of this unit (or of the "
            "units it was formed from).",
        )
    return found
