"""What the consolidated report says, gathered once from the store as plain data
(``reports.figures``).

Every rendering (the Mẫu 1.4 PDF, its Word copy and the XLSX) is built from one
``ReportData``, so the figures in the documents and in the spreadsheet can never disagree.
Units are grouped by checklist template, and areas and criteria are added up within a
template only (the definitions are in ``reports.figures``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.findings import is_overdue
from cchc_desktop.domain.results import Result
from cchc_desktop.domain.units import UnitKind
from cchc_desktop.reports.figures import (
    AreaResult,
    CriterionShortfall,
    Remark,
    ReportData,
    Tally,
    TemplateSection,
    UnitResult,
)
from cchc_desktop.reports.previous import previous_follow_up
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.detail import checklist, progress
from cchc_desktop.store.lookup import live_record
from cchc_desktop.store.plans import list_teams

if TYPE_CHECKING:
    from cchc_desktop.store.detail import Progress
    from cchc_desktop.store.workspace import Workspace


def tally(items: list[dict[str, Any]]) -> Tally:
    """Count criteria rows (``result``, ``note``, ``score``, ``max_score``) into a Tally; the
    points follow the checklist's own rule (``store.detail.progress``)."""
    return _of(progress(items))


def _of(counts: Progress) -> Tally:
    return Tally(
        counts.total,
        counts.dat,
        counts.dat_mot_phan,
        counts.khong_dat,
        counts.khong_ap_dung,
        counts.score,
        counts.max_score,
    )


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
        "SELECT i.id, i.date, i.template_id, i.plan_id, u.name AS unit_name, u.kind AS unit_kind,"
        " u.sort_key, coalesce(p.name, '') AS parent_name, pl.number AS plan_number,"
        " (SELECT m.name FROM team_members m WHERE m.team_id = i.team_id AND m.deleted = 0"
        "  AND m.role = 'truong_doan' LIMIT 1) AS leader"
        " FROM inspections i JOIN units u ON u.id = i.unit_id JOIN plans pl ON pl.id = i.plan_id"
        f" LEFT JOIN units p ON p.id = u.parent_id WHERE {where} ORDER BY i.date, u.sort_key",
        params,
    )
    units: list[UnitResult] = []
    gathered: dict[str, _SectionBuilder] = {}
    for inspection in inspections:
        template_id = inspection["template_id"]
        items = checklist(ws, inspection["id"], template_id)
        section = gathered.get(template_id)
        if section is None:
            section = gathered[template_id] = _SectionBuilder(items)
        overall = progress(items)
        per_area = {code: tally(rows) for code, rows in _by_area(items).items()}
        unit = UnitResult(
            inspection_id=inspection["id"],
            unit_name=inspection["unit_name"],
            unit_kind=UnitKind(inspection["unit_kind"]).label_vi,
            parent_name=inspection["parent_name"],
            date=inspection["date"],
            leader=inspection["leader"] or "",
            template_id=template_id,
            plan_number=inspection["plan_number"],
            result=_of(overall),
            missing_notes=overall.missing_notes,
            areas=per_area,
        )
        section.add(unit, items)
        units.append(unit)
    sections = [
        builder.build(template_id, _template(ws, template_id))
        for template_id, builder in gathered.items()
    ]
    remarks = _remarks(ws, [i["id"] for i in inspections], day)
    plans = [plan_row] if plan_row is not None else covered_plans(ws, None)
    return ReportData(
        title=(plan_row["title"] if plan_row else "Kết quả kiểm tra công tác cải cách hành chính"),
        plan=plan_row,
        generated_on=day,
        units=units,
        sections=sections,
        strengths=[r for r in remarks if r.kind == "uu_diem"],
        shortcomings=[r for r in remarks if r.kind == "ton_tai"],
        recommendations=[r for r in remarks if r.kind == "kien_nghi"],
        teams=list_teams(ws, plan_row["id"]) if plan_row else [],
        plans=plans,
        previous=previous_follow_up(ws, [i["id"] for i in inspections]),
    )


def covered_plans(ws: Workspace, plan: str | None) -> list[dict[str, Any]]:
    """The plans a report covers, oldest first: the one named, or every plan with a live
    inspection (what the report's opening cites and its issuer is chosen from)."""
    if plan:
        return [live_record(ws, "plans", plan)]
    return fetch_all(
        ws.db,
        "SELECT * FROM plans p WHERE p.deleted = 0 AND EXISTS (SELECT 1 FROM inspections i"
        " WHERE i.plan_id = p.id AND i.deleted = 0) ORDER BY p.date, p.number",
    )


def _by_area(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The criteria grouped by area, areas in the template's order."""
    areas: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        areas.setdefault(item["area"], []).append(item)
    return areas


def _template(ws: Workspace, template_id: str) -> dict[str, Any]:
    rows = fetch_all(ws.db, "SELECT key, version, title FROM templates WHERE id = ?", [template_id])
    return rows[0] if rows else {"key": "", "version": 0, "title": ""}


class _SectionBuilder:
    """Adds up one template's units: areas and criteria by code, within the template only."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.criteria = len(items)
        self.area_titles = {item["area"]: item["area_title"] for item in items}
        self.area_sizes = {code: len(rows) for code, rows in _by_area(items).items()}
        self.units: list[UnitResult] = []
        self.area_sums: dict[str, Tally] = {}
        self.area_shortfall: dict[str, int] = {}
        self.area_assessed: dict[str, int] = {}
        self.criteria_stats: dict[str, dict[str, Any]] = {}

    def add(self, unit: UnitResult, items: list[dict[str, Any]]) -> None:
        self.units.append(unit)
        for code, counts in unit.areas.items():
            self.area_sums[code] = self.area_sums.get(code, Tally()) + counts
            if counts.assessed:
                self.area_assessed[code] = self.area_assessed.get(code, 0) + 1
            if counts.khong_dat or counts.dat_mot_phan:
                self.area_shortfall[code] = self.area_shortfall.get(code, 0) + 1
        for item in items:
            result = item["result"]
            if not result or result == Result.KHONG_AP_DUNG:
                continue
            stat = self.criteria_stats.setdefault(
                item["code"],
                {
                    "code": item["code"],
                    "area": item["area"],
                    "text": item["text"],
                    "khong_dat": 0,
                    "dat_mot_phan": 0,
                    "assessed": 0,
                },
            )
            stat["assessed"] += 1
            if result == Result.KHONG_DAT:
                stat["khong_dat"] += 1
            elif result == Result.DAT_MOT_PHAN:
                stat["dat_mot_phan"] += 1

    def build(self, template_id: str, template: dict[str, Any]) -> TemplateSection:
        areas = [
            AreaResult(
                code,
                title,
                self.area_sizes.get(code, 0),
                self.area_sums.get(code, Tally()),
                self.area_shortfall.get(code, 0),
                self.area_assessed.get(code, 0),
            )
            for code, title in self.area_titles.items()
        ]
        weakest = sorted(
            (
                CriterionShortfall(**s)
                for s in self.criteria_stats.values()
                if s["khong_dat"] or s["dat_mot_phan"]
            ),
            key=lambda s: (-s.khong_dat, -s.dat_mot_phan, s.code),
        )
        return TemplateSection(
            template_id=template_id,
            key=template["key"],
            version=int(template["version"]),
            title=template["title"],
            criteria=self.criteria,
            units=self.units,
            areas=areas,
            shortfalls=weakest,
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
