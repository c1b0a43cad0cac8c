"""Notes to offer while the lead writes one: what was written before, so the same finding is
not typed ten times.

Two sources, in this order: the notes written for the same criterion in the other
inspections made with the same template (the template's common notes, the most written
first), then the notes already written in this inspection (newest first). No Qt here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

LIMIT = 12


def note_suggestions(
    ws: Workspace, inspection_id: str, code: str, *, limit: int = LIMIT
) -> list[str]:
    """Up to ``limit`` distinct notes to offer for criterion ``code`` of an inspection."""
    template = ws.db.execute(
        "SELECT template_id FROM inspections WHERE id = ?", [inspection_id]
    ).fetchone()
    if template is None:
        return []
    common = ws.db.execute(
        "SELECT a.note, count(*) AS n FROM answers a JOIN inspections i ON i.id = a.inspection_id"
        " WHERE a.template_id = ? AND upper(a.criterion_code) = upper(?) AND a.deleted = 0"
        " AND i.deleted = 0 AND a.inspection_id != ? AND a.note != ''"
        " GROUP BY a.note ORDER BY n DESC, max(a.updated_at) DESC, max(a.rowid) DESC LIMIT ?",
        [template[0], code, inspection_id, limit],
    ).fetchall()
    here = ws.db.execute(
        "SELECT note FROM answers WHERE inspection_id = ? AND deleted = 0 AND note != ''"
        " AND upper(criterion_code) != upper(?) ORDER BY updated_at DESC, rowid DESC LIMIT ?",
        [inspection_id, code, limit],
    ).fetchall()
    seen: list[str] = []
    for note, *_rest in [*common, *here]:
        if note not in seen:
            seen.append(str(note))
    return seen[:limit]


def last_note(ws: Workspace, inspection_id: str, *, except_code: str = "") -> str:
    """The note written last in this inspection (on another criterion than ``except_code``).

    Two answers stored within the same millisecond carry the same ``updated_at``; the one
    stored later (the higher rowid: a new answer is a new row) is then taken as the last.
    """
    row = ws.db.execute(
        "SELECT note FROM answers WHERE inspection_id = ? AND deleted = 0 AND note != ''"
        " AND upper(criterion_code) != upper(?) ORDER BY updated_at DESC, rowid DESC LIMIT 1",
        [inspection_id, except_code],
    ).fetchone()
    return str(row[0]) if row else ""
