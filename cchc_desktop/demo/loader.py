"""Loading the demo data through the same core functions the CLI and the window use.

One inspection (Xã Khánh Xuân, 04/7/2024) is recorded in full — every criterion answered, the
times, the conclusion, the unit's opinion and its representative — so the demo can be issued
and signed as it is; the others are left part-done, as a day's work in progress.

Safe to run again: every demo record has an identity derived from what it is (units by code
or name, plans by number and date, inspections by unit and date), so a second run finds
them and adds nothing; answers and findings are written only with a newly made inspection,
so a lead's later edits to demo data are never overwritten.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from cchc_desktop.paths import resource
from cchc_desktop.photos.library import criteria_of
from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.bootstrap import install_bundled_templates
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.findings import add_finding, findings_of, update_finding
from cchc_desktop.store.inspections import new_inspection, update_inspection
from cchc_desktop.store.plans import add_plan, add_team
from cchc_desktop.store.previous import review_previous
from cchc_desktop.store.signers import set_signer
from cchc_desktop.store.units import add_unit

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def demo_data() -> dict[str, Any]:
    """The demo data set as stored in resources/demo/lang-son.json."""
    data: dict[str, Any] = json.loads(resource("demo", "lang-son.json").read_text(encoding="utf-8"))
    return data


def load_demo(ws: Workspace, *, photos: bool = False) -> dict[str, int]:
    """Load the demo set in one transaction; return how many records of each kind were new.

    ``photos`` also draws and imports the demo's evidence photos (what `cchc demo` and the
    window's first start do; tests leave them out to stay quick).
    """
    data = demo_data()
    created: Counter[str] = Counter()
    with transaction(ws.db):
        created["templates"] = len(install_bundled_templates(ws))
        before = {table: _count(ws, table) for table in ("units", "plans", "teams")}
        units: dict[str, str] = {}
        for unit in data["units"]:
            units[unit["ref"]] = add_unit(
                ws,
                name=unit["name"],
                kind=unit["kind"],
                code=unit.get("code"),
                parent=units[unit["parent"]] if unit.get("parent") else None,
                valid_from=unit.get("valid_from"),
                valid_to=unit.get("valid_to"),
                merged_from=[units[ref] for ref in unit.get("merged_from", [])],
                exist_ok=True,
            )
        created["units"] = _count(ws, "units") - before["units"]
        plans: dict[str, str] = {}
        teams: dict[str, str] = {}
        for plan in data["plans"]:
            plans[plan["ref"]] = add_plan(
                ws,
                number=plan["number"],
                date=plan["date"],
                issuer=plan["issuer"],
                title=plan["title"],
                parent_body=plan["parent_body"],
                basis=plan["basis"],
                exist_ok=True,
            )
            for team in plan["teams"]:
                teams[team["ref"]] = add_team(
                    ws,
                    plan=plans[plan["ref"]],
                    leader=tuple(team["leader"]),
                    members=[tuple(m) for m in team.get("members", [])],
                    secretary=tuple(team["secretary"]) if team.get("secretary") else None,
                    exist_ok=True,
                )
        created["plans"] = _count(ws, "plans") - before["plans"]
        created["teams"] = _count(ws, "teams") - before["teams"]
        for item in data["inspections"]:
            inspection_id = records.natural_id("demo-inspection", units[item["unit"]], item["date"])
            if records.get(ws, "inspections", inspection_id, include_deleted=True) is not None:
                continue
            profile = data["profiles"][item["profile"]]
            _make_inspection(ws, inspection_id, item, plans, teams, units, profile)
            _review_previous(ws, inspection_id, item.get("reviews", []), units)
            created["inspections"] += 1
            if photos and profile.get("photos"):
                from cchc_desktop.demo.photos import add_demo_photos

                created["photos"] += add_demo_photos(ws, inspection_id, profile["photos"])
    return dict(created)


def _make_inspection(
    ws: Workspace,
    inspection_id: str,
    item: dict[str, Any],
    plans: dict[str, str],
    teams: dict[str, str],
    units: dict[str, str],
    profile: dict[str, Any],
) -> None:
    # No template named: new_inspection takes the one of the rules in force on the date.
    new_inspection(
        ws,
        plan=plans[item["plan"]],
        unit=units[item["unit"]],
        date=item["date"],
        team=teams[item["team"]],
        record_id=inspection_id,
    )
    given = set()
    for code, result, note in profile["answers"]:
        set_answer(ws, inspection_id, code, result, note=note)
        given.add(code)
    if profile.get("rest"):  # a fully answered record: every other criterion gets this result
        for criterion in criteria_of(ws, inspection_id):
            if criterion["code"] not in given:
                set_answer(ws, inspection_id, criterion["code"], profile["rest"])
    for finding in profile["findings"]:
        kind, text, *rest = finding
        responsible, deadline, status = [*rest, "", None, None][:3]
        finding_id = add_finding(
            ws,
            inspection_id,
            kind=kind,
            text=text,
            responsible=responsible or "",
            deadline=deadline,
        )
        if status:  # the follow-up a secretary recorded since
            update_finding(ws, finding_id, status=status)
    record = item.get("record", {})
    fields = {
        k: record[k]
        for k in ("start_time", "end_time", "conclusion", "unit_opinion")
        if k in record
    }
    if fields:  # a record written out in full, ready to sign
        update_inspection(ws, inspection_id, **fields)
    for role, name, title in record.get("signers", []):
        set_signer(ws, inspection_id, role=role, name=name, title=title)


def _review_previous(
    ws: Workspace, inspection_id: str, reviews: list[list[Any]], units: dict[str, str]
) -> None:
    """What the lead found of the earlier inspections' kiến nghị (by unit, date and place in
    that inspection's list of kiến nghị): status and the evidence seen."""
    for unit, date, index, status, note in reviews:
        earlier = records.natural_id("demo-inspection", units[unit], date)
        recommendations = [f for f in findings_of(ws, earlier) if f["kind"] == "kien_nghi"]
        review_previous(ws, inspection_id, recommendations[index]["id"], status=status, note=note)


def _count(ws: Workspace, table: str) -> int:
    return int(ws.db.execute(f"SELECT count(*) FROM [{table}] WHERE deleted = 0").fetchone()[0])
