"""Answers to the criteria of an inspection: one record per criterion, saved as soon as given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.results import Result
from cchc_desktop.domain.text import clean_multiline
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_rows, transaction
from cchc_desktop.store.inspections import ensure_editable
from cchc_desktop.store.rows import AnswerRow, StoredAnswer

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

_UNSET: Any = object()


@dataclass(frozen=True)
class Saved:
    """What an answer write did: the answer's id, what changed, and whether a note is still owed."""

    answer_id: str
    changed: dict[str, tuple[Any, Any]]
    needs_note: bool


def answer_identity(inspection_id: str, code: str) -> str:
    """One answer per criterion per inspection, the same id on every laptop (so edits meet)."""
    return records.natural_id("answer", inspection_id, code.upper())


def set_answer(
    ws: Workspace,
    inspection_id: str,
    code: str,
    result: Result | str | None = _UNSET,
    *,
    note: str | None = None,
    score: float | None = _UNSET,
) -> Saved:
    """Record a result, note and/or score for one criterion; fields not given stay as they are.

    Refuses, leaving everything as it was: a missing or signed inspection, a code not in the
    inspection's template, a result other than the four, a score outside 0…max.
    """
    with transaction(ws.db):
        inspection = ensure_editable(ws, inspection_id)
        code = code.strip().upper()
        criterion = ws.db.execute(
            "SELECT c.max_score, t.version FROM criteria c JOIN templates t ON t.id = c.template_id"
            " WHERE c.template_id = ? AND upper(c.code) = ? AND c.deleted = 0",
            [inspection["template_id"], code],
        ).fetchone()
        if criterion is None:
            raise UserError(
                f"Tiêu chí «{code}» không có trong bảng kiểm của cuộc kiểm tra này.",
                f"Criterion '{code}' is not in this inspection's checklist.",
            )
        max_score, template_version = criterion
        values: dict[str, Any] = {}
        if result is not _UNSET:
            values["result"] = None if result is None else Result.parse(str(result)).value
        if note is not None:
            values["note"] = clean_multiline(note)
        if score is not _UNSET:
            if score is not None and not (0 <= float(score) <= max_score):
                raise UserError(
                    f"Điểm {score:g} của tiêu chí {code} phải từ 0 đến {max_score:g}.",
                    f"The score {score:g} of {code} must be between 0 and {max_score:g}.",
                )
            values["score"] = None if score is None else float(score)
        answer_id = answer_identity(inspection_id, code)
        current = records.get(ws, "answers", answer_id, include_deleted=True)
        if current is None:
            row = {
                "inspection_id": inspection_id,
                "criterion_code": code,
                "template_id": inspection["template_id"],
                "template_version": template_version,
                "result": None,
                "note": "",
                "score": None,
                **values,
            }
            records.insert(ws, "answers", row, record_id=answer_id)
            changed = {k: (None, v) for k, v in values.items()}
            final = row
        else:
            if current["deleted"]:
                values["deleted"] = 0
            changed = records.update(ws, "answers", answer_id, values)
            final = {**current, **values}
    needs_note = bool(final["result"]) and Result(final["result"]).needs_note and not final["note"]
    return Saved(answer_id, changed, needs_note)


def stored_answer(ws: Workspace, inspection_id: str, code: str) -> StoredAnswer | None:
    """One criterion's answer as stored (result, note, score, updated_at), or None."""
    rows = fetch_rows(
        ws.db,
        StoredAnswer,
        "SELECT result, note, score, updated_at FROM answers WHERE id = ?",
        [answer_identity(inspection_id, code)],
    )
    return rows[0] if rows else None


def answers_of(ws: Workspace, inspection_id: str) -> dict[str, AnswerRow]:
    """The live answers of an inspection by criterion code."""
    return {
        row["criterion_code"]: row
        for row in fetch_rows(
            ws.db,
            AnswerRow,
            "SELECT id, criterion_code, result, note, score, template_version, updated_at"
            " FROM answers WHERE inspection_id = ? AND deleted = 0",
            [inspection_id],
        )
    }
