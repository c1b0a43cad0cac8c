"""What the consolidated report says, gathered once from the store as plain data.

Both renderings (the Mẫu 1.4 PDF and the XLSX) are built from one ``ReportData``, so the
figures in the document and in the spreadsheet can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.findings import FollowUpStatus, is_overdue
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.units import UnitKind
from cchc_desktop.reports.previous import PreviousFollowUp, previous_follow_up
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.detail import checklist, progress
from cchc_desktop.store.lookup import live_record
from cchc_desktop.store.plans import list_teams

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


@dataclass(frozen=True)
class UnitResult:
    """One inspected unit's results (one row of the per-unit table)."""

    inspection_id: str
    unit_name: str
    unit_kind: str
    parent_name: str
    date: str
    leader: str
    template: str
    total: int
    answered: int
    dat: int
    dat_mot_phan: int
    khong_dat: int
    khong_ap_dung: int
    missing_notes: int
    score: float
    max_score: float
    area_percent: dict[str, float | None]

    @property
    def percent(self) -> float | None:
        """The share of the maximum score reached, in percent; None when nothing was scored."""
        return _percent(self.score, self.max_score)


@dataclass(frozen=True)
class AreaResult:
    code: str
    title: str
    percent: float | None
    units_with_shortfall: int


@dataclass(frozen=True)
class CriterionShortfall:
    """A criterion not (fully) met in several units: where the province should act."""

    code: str
    area: str
    text: str
    khong_dat: int
    dat_mot_phan: int
    answered: int


@dataclass(frozen=True)
class Remark:
    unit_name: str
    kind: str
    text: str
    responsible: str = ""
    deadline: str | None = None
    status: str = FollowUpStatus.CHUA_THUC_HIEN.value
    overdue: bool = False


@dataclass(frozen=True)
class ReportData:
    title: str
    plan: dict[str, Any] | None
    generated_on: str
    units: list[UnitResult]
    areas: list[AreaResult]
    shortfalls: list[CriterionShortfall]
    strengths: list[Remark]
    shortcomings: list[Remark]
    recommendations: list[Remark]
    teams: list[dict[str, Any]] = field(default_factory=list)
    # Per unit, the earlier inspections' recommendations carried out (reports/previous.py).
    previous: list[PreviousFollowUp] = field(default_factory=list)

    @property
    def period(self) -> tuple[str, str] | None:
        """The first and last inspection days, or None without inspections."""
        dates = sorted(u.date for u in self.units)
        return (dates[0], dates[-1]) if dates else None

    @property
    def overdue(self) -> int:
        """How many recommendations are late."""
        return sum(1 for r in self.recommendations if r.overdue)

    @property
    def done(self) -> int:
        """How many recommendations are done."""
        return sum(1 for r in self.recommendations if r.status == FollowUpStatus.DA_HOAN_THANH)


def _percent(score: float, max_score: float) -> float | None:
    return None if not max_score else 100.0 * score / max_score


def build_report(
    ws: Workspace, plan: str | None = None, *, today: dt.date | None = None
) -> ReportData:
    """Gather the report of one plan (or of every inspection when no plan is named)."""
    day = (today or dt.date.today()).isoformat()
    params: list[Any] = []
    where = "i.deleted = 0"
    plan_row = None
    if plan:
        plan_row = live_record(ws, "plans", plan)
        where += " AND i.plan_id = ?"
        params.append(plan_row["id"])
    inspections = fetch_all(
        ws.db,
        "SELECT i.id, i.date, i.template_id, u.name AS unit_name, u.kind AS unit_kind,"
        " u.sort_key, coalesce(p.name, '') AS parent_name, t.key || '@' || t.version AS template,"
        " (SELECT m.name FROM team_members m WHERE m.team_id = i.team_id AND m.deleted = 0"
        "  AND m.role = 'truong_doan' LIMIT 1) AS leader"
        " FROM inspections i JOIN units u ON u.id = i.unit_id"
        " LEFT JOIN units p ON p.id = u.parent_id JOIN templates t ON t.id = i.template_id"
        f" WHERE {where} ORDER BY i.date, u.sort_key",
        params,
    )
    units: list[UnitResult] = []
    area_titles: dict[str, str] = {}
    area_scores: dict[str, list[float]] = {}
    area_shortfall_units: dict[str, set[str]] = {}
    shortfalls: dict[str, dict[str, Any]] = {}
    for inspection in inspections:
        items = checklist(ws, inspection["id"], inspection["template_id"])
        overall = progress(items)
        per_area: dict[str, float | None] = {}
        for code in dict.fromkeys(item["area"] for item in items):
            in_area = [item for item in items if item["area"] == code]
            area_titles.setdefault(code, in_area[0]["area_title"])
            counts = progress(in_area)
            per_area[code] = _percent(counts.score, counts.max_score)
            if counts.max_score:
                area_scores.setdefault(code, []).append(counts.score / counts.max_score)
            if counts.khong_dat or counts.dat_mot_phan:
                area_shortfall_units.setdefault(code, set()).add(inspection["id"])
        for item in items:
            if not item["result"]:
                continue
            stat = shortfalls.setdefault(
                item["code"],
                {
                    "code": item["code"],
                    "area": item["area"],
                    "text": item["text"],
                    "khong_dat": 0,
                    "dat_mot_phan": 0,
                    "answered": 0,
                },
            )
            stat["answered"] += 1
            if item["result"] == Result.KHONG_DAT:
                stat["khong_dat"] += 1
            elif item["result"] == Result.DAT_MOT_PHAN:
                stat["dat_mot_phan"] += 1
        units.append(
            UnitResult(
                inspection_id=inspection["id"],
                unit_name=inspection["unit_name"],
                unit_kind=UnitKind(inspection["unit_kind"]).label,
                parent_name=inspection["parent_name"],
                date=inspection["date"],
                leader=inspection["leader"] or "",
                template=inspection["template"],
                total=overall.total,
                answered=overall.answered,
                dat=overall.dat,
                dat_mot_phan=overall.dat_mot_phan,
                khong_dat=overall.khong_dat,
                khong_ap_dung=overall.khong_ap_dung,
                missing_notes=overall.missing_notes,
                score=overall.score,
                max_score=overall.max_score,
                area_percent=per_area,
            )
        )
    areas = [
        AreaResult(
            code,
            area_titles[code],
            100.0 * sum(area_scores[code]) / len(area_scores[code])
            if area_scores.get(code)
            else None,
            len(area_shortfall_units.get(code, ())),
        )
        for code in sorted(area_titles)
    ]
    weakest = sorted(
        (
            CriterionShortfall(**s)
            for s in shortfalls.values()
            if s["khong_dat"] or s["dat_mot_phan"]
        ),
        key=lambda s: (-s.khong_dat, -s.dat_mot_phan, s.code),
    )
    remarks = _remarks(ws, [i["id"] for i in inspections], day)
    return ReportData(
        title=(plan_row["title"] if plan_row else "Kết quả kiểm tra công tác cải cách hành chính"),
        plan=plan_row,
        generated_on=day,
        units=units,
        areas=areas,
        shortfalls=weakest,
        strengths=[r for r in remarks if r.kind == "uu_diem"],
        shortcomings=[r for r in remarks if r.kind == "ton_tai"],
        recommendations=[r for r in remarks if r.kind == "kien_nghi"],
        teams=list_teams(ws, plan_row["id"]) if plan_row else [],
        previous=previous_follow_up(ws, [i["id"] for i in inspections]),
    )


def _remarks(ws: Workspace, inspection_ids: list[str], day: str) -> list[Remark]:
    if not inspection_ids:
        return []
    marks = ",".join("?" for _ in inspection_ids)
    rows = fetch_all(
        ws.db,
        "SELECT f.kind, f.text, f.responsible, f.deadline, f.status, f.position, u.name AS unit_name,"
        " u.sort_key, i.date FROM findings f JOIN inspections i ON i.id = f.inspection_id"
        f" JOIN units u ON u.id = i.unit_id WHERE f.deleted = 0 AND f.inspection_id IN ({marks})",
        inspection_ids,
    )
    rows.sort(key=lambda r: (r["date"], r["sort_key"], r["position"]))
    return [
        Remark(
            r["unit_name"],
            r["kind"],
            r["text"],
            r["responsible"],
            r["deadline"],
            r["status"],
            r["kind"] == "kien_nghi" and is_overdue(r["deadline"], r["status"], day),
        )
        for r in rows
    ]
