"""The two lists people ask for most, as rows: inspections with their progress, and the
kiến nghị to follow up.

Their queries live here, apart from the modules that write inspections and findings, so that
`cchc inspections list` and `cchc followups list` read them importing nothing more than
SQLite and this module (cli/quick.py): the window and the full commands call the same
functions through ``store.inspections`` and ``store.findings``.
"""

from __future__ import annotations

import datetime as dt

from cchc_desktop.domain.findings import is_overdue
from cchc_desktop.store.connection import fetch_all

# For the type checker only (``typing`` costs a listing milliseconds).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from cchc_desktop.store.connection import Database
    from cchc_desktop.store.rows import FollowUpRow

_LIST_SQL = """
SELECT i.id, i.date, i.status, i.place, i.plan_id, p.number AS plan_number,
       i.unit_id, u.name AS unit_name, u.kind AS unit_kind, pu.name AS unit_parent_name,
       i.team_id,
       (SELECT m.name FROM team_members m WHERE m.team_id = i.team_id AND m.role = 'truong_doan'
         AND m.deleted = 0 LIMIT 1) AS leader,
       t.key AS template_key, t.version AS template_version,
       (SELECT count(*) FROM criteria c WHERE c.template_id = i.template_id AND c.deleted = 0) AS total,
       coalesce(a.answered, 0) AS answered, coalesce(a.not_met, 0) AS not_met,
       coalesce(a.missing_notes, 0) AS missing_notes
FROM inspections i
JOIN plans p ON p.id = i.plan_id
JOIN units u ON u.id = i.unit_id
LEFT JOIN units pu ON pu.id = u.parent_id
JOIN templates t ON t.id = i.template_id
LEFT JOIN (
    SELECT inspection_id, count(result) AS answered,
           sum(result = 'khong_dat') AS not_met,
           sum(result IN ('dat_mot_phan', 'khong_dat') AND note = '') AS missing_notes
    FROM answers WHERE deleted = 0 GROUP BY inspection_id
) a ON a.inspection_id = i.id
WHERE i.deleted = 0 {filters}
ORDER BY i.date, u.sort_key, i.id
"""


def list_sql(*, plan: bool = False, unit: bool = False) -> str:
    """The inspections' query (shared with the benchmark, which runs it in plain sqlite3)."""
    filters = ""
    if plan:
        filters += " AND i.plan_id = ?"
    if unit:
        filters += " AND i.unit_id = ?"
    return _LIST_SQL.format(filters=filters)


def inspection_rows(
    db: Database, *, plan_id: str | None = None, unit_id: str | None = None
) -> list[dict[str, Any]]:
    """Live inspections by date then unit (Vietnamese order), with answer progress; only
    those of a plan and of a unit, given their ids."""
    params = [value for value in (plan_id, unit_id) if value]
    return fetch_all(db, list_sql(plan=bool(plan_id), unit=bool(unit_id)), params)


def followups_sql(*, overdue: bool = False) -> str:
    """The follow-up list's query (shared with the benchmark, which runs it in plain sqlite3);
    with ``overdue`` it takes the day as its one parameter."""
    sql = (
        "SELECT f.id, f.text, f.responsible, f.deadline, f.status, f.status_note, f.inspection_id,"
        " i.date, u.name AS unit_name, coalesce(up.name, '') AS unit_parent_name,"
        " p.id AS plan_id, p.number AS plan_number, ci.date AS checked_on FROM findings f"
        " JOIN inspections i ON i.id = f.inspection_id JOIN units u ON u.id = i.unit_id"
        " LEFT JOIN units up ON up.id = u.parent_id JOIN plans p ON p.id = i.plan_id"
        " LEFT JOIN inspections ci ON ci.id = f.checked_in AND ci.deleted = 0"
        " WHERE f.kind = 'kien_nghi' AND f.deleted = 0 AND i.deleted = 0"
    )
    if overdue:
        sql += " AND f.deadline IS NOT NULL AND f.deadline < ? AND f.status <> 'da_hoan_thanh'"
    return sql + " ORDER BY f.deadline IS NULL, f.deadline, u.sort_key"


def followup_rows(
    db: Database, *, overdue: bool = False, today: dt.date | None = None
) -> list[FollowUpRow]:
    """Recommendations with their deadlines, soonest first; ``overdue`` keeps the late,
    unfinished ones (``store.findings.followups`` says what each row holds)."""
    day = (today or dt.date.today()).isoformat()
    # The query gives every column but ``overdue``, set here.
    rows: list[Any] = fetch_all(db, followups_sql(overdue=overdue), [day] if overdue else [])
    for row in rows:
        row["overdue"] = is_overdue(row["deadline"], row["status"], day)
    return rows
