"""Everything about one inspection in one structure: what `inspections show`, the window and the
minutes read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.results import Result
from cchc_desktop.store import records
from cchc_desktop.store.findings import findings_of
from cchc_desktop.store.lookup import live_record
from cchc_desktop.store.plans import team_members
from cchc_desktop.store.previous import previous_of
from cchc_desktop.store.signers import signers_of
from cchc_desktop.store.units import ancestors, get_unit

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Progress:
    """Where an inspection stands: always visible to the lead while answering."""

    total: int
    answered: int
    dat: int
    dat_mot_phan: int
    khong_dat: int
    khong_ap_dung: int
    missing_notes: int
    score: float
    max_score: float

    @property
    def unanswered(self) -> int:
        return self.total - self.answered

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


_NEEDS_NOTE = frozenset(r.value for r in Result if r.needs_note)
_NOT_SCORED = Result.KHONG_AP_DUNG.value


def progress(criteria: list[dict[str, Any]]) -> Progress:
    """Counts over a list of criteria rows carrying ``result``, ``note``, ``score``, ``max_score``."""
    counts = dict.fromkeys((r.value for r in Result), 0)
    missing = 0
    score = max_score = 0.0
    for row in criteria:
        result = row["result"]
        if not result:
            continue
        counts[result] += 1
        if result in _NEEDS_NOTE and not row["note"]:
            missing += 1
        if result != _NOT_SCORED:
            max_score += row["max_score"]
            given = row["score"]
            score += given if given is not None else _implied(result, row)
    answered = sum(counts.values())
    return Progress(
        len(criteria),
        answered,
        counts["dat"],
        counts["dat_mot_phan"],
        counts["khong_dat"],
        counts["khong_ap_dung"],
        missing,
        score,
        max_score,
    )


def _implied(result: str, row: dict[str, Any]) -> float:
    """The score a result earns when the lead gave none: all, half, or nothing."""
    full = float(row["max_score"])
    return {"dat": full, "dat_mot_phan": full / 2}.get(result, 0.0)


_COLUMNS = (
    "code",
    "area",
    "area_title",
    "text",
    "guidance",
    "evidence",
    "max_score",
    "source",
    "result",
    "note",
    "score",
    "answered_at",
)
_NO_ANSWER = (None, "", None, None)


def checklist(ws: Workspace, inspection_id: str, template_id: str) -> list[dict[str, Any]]:
    """Every criterion of the inspection's template in order, with its answer (or none yet).

    The first time a template is met, one join reads criteria and answers together and keeps
    the criteria (a published template never changes); after that only the answers are read.
    """
    labels = {r.value: r.label for r in Result}
    criteria = ws.criteria_cache.get(template_id)
    if criteria is None:
        joined = ws.db.execute(
            "SELECT c.code, c.area, c.area_title, c.text, c.guidance, c.evidence, c.max_score,"
            " c.source, a.result, coalesce(a.note, ''), a.score, a.updated_at FROM criteria c"
            " LEFT JOIN answers a ON a.inspection_id = ? AND a.criterion_code = c.code"
            " AND a.deleted = 0 WHERE c.template_id = ? AND c.deleted = 0 ORDER BY c.position",
            [inspection_id, template_id],
        ).fetchall()
        ws.criteria_cache[template_id] = tuple(row[:8] for row in joined)
    else:
        answers = {
            row[0]: row[1:]
            for row in ws.db.execute(
                "SELECT criterion_code, result, note, score, updated_at FROM answers"
                " WHERE inspection_id = ? AND deleted = 0",
                [inspection_id],
            )
        }
        joined = [criterion + answers.get(criterion[0], _NO_ANSWER) for criterion in criteria]
    rows = []
    for values in joined:
        row = dict(zip(_COLUMNS, values, strict=True))
        row["result_label"] = labels.get(row["result"], "")
        rows.append(row)
    return rows


def show_inspection(ws: Workspace, ref: str) -> dict[str, Any]:
    """The inspection with its plan, unit (and the unit's parents), team, template, checklist
    answers, progress, findings, signers and previous recommendations (``store.previous``)."""
    row = live_record(ws, "inspections", ref)
    inspection_id = row["id"]
    plan = records.get(ws, "plans", row["plan_id"], include_deleted=True)
    template = records.get(ws, "templates", row["template_id"], include_deleted=True)
    assert plan is not None and template is not None
    team = None
    if row["team_id"]:
        team_row = records.get(ws, "teams", row["team_id"], include_deleted=True)
        if team_row is not None:
            team = {
                "id": team_row["id"],
                "name": team_row["name"],
                "decision": team_row["decision"],
                "members": team_members(ws, team_row["id"]),
            }
    items = checklist(ws, inspection_id, row["template_id"])
    return {
        "id": inspection_id,
        "date": row["date"],
        "place": row["place"],
        "start_time": row["start_time"],
        "end_time": row["end_time"],
        "status": row["status"],
        "doc_number": row["doc_number"],
        "conclusion": row["conclusion"],
        "unit_opinion": row["unit_opinion"],
        "rev": row["rev"],
        "updated_at": row["updated_at"],
        "plan": {
            k: plan[k] for k in ("id", "number", "date", "issuer", "parent_body", "title", "basis")
        },
        "unit": get_unit(ws, row["unit_id"]),
        "unit_ancestors": ancestors(ws, row["unit_id"]),
        "team": team,
        "template": {k: template[k] for k in ("id", "key", "version", "title")},
        "progress": progress(items).as_dict(),
        "checklist": items,
        "findings": findings_of(ws, inspection_id),
        "signers": signers_of(ws, inspection_id),
        "previous_recommendations": previous_of(ws, row),
    }
