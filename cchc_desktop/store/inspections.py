"""Inspections: one visit of one team to one unit on one day, with its checklist template."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from cchc_desktop.domain.dates import iso, parse_date, parse_time
from cchc_desktop.domain.text import clean, clean_multiline
from cchc_desktop.domain.units import TWO_TIER_START
from cchc_desktop.errors import NotFound, UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import transaction
from cchc_desktop.store.listings import inspection_rows
from cchc_desktop.store.lookup import resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# Templates chosen when none is named: the one-stop rules in force on the inspection's date.
DEFAULT_TEMPLATE_BEFORE_TWO_TIERS = "mot-cua-nd61"
DEFAULT_TEMPLATE = "ttpvhcc-xa"

STATUS_OPEN = "dang_kiem_tra"
STATUS_SIGNED = "da_ky"

EDITABLE_FIELDS = (
    "date",
    "place",
    "start_time",
    "end_time",
    "team_id",
    "conclusion",
    "unit_opinion",
    "doc_number",
)


def default_template_key(when: dt.date) -> str:
    """The checklist of the rules in force on the inspection's date (one-stop shops before
    1/7/2025, commune service centres after)."""
    return DEFAULT_TEMPLATE_BEFORE_TWO_TIERS if when < TWO_TIER_START else DEFAULT_TEMPLATE


def new_inspection(
    ws: Workspace,
    *,
    plan: str,
    unit: str,
    date: str,
    team: str | None = None,
    template: str | None = None,
    place: str | None = None,
    record_id: str | None = None,
) -> str:
    """Start an inspection and return its id; the template defaults to the era of its date.

    ``record_id`` gives a known identity (the demo data uses one so that loading it twice
    finds the same inspections); normally a new UUID is made.
    """
    plan_id = resolve(ws, "plans", plan)
    unit_id = resolve(ws, "units", unit)
    when = parse_date(date, field="ngày kiểm tra")
    team_id = None
    if team:
        team_id = resolve(ws, "teams", team)
        _refuse_team_of_other_plan(ws, team_id, plan_id)
    # Imported here: the checklist model is more than listing inspections needs.
    from cchc_desktop.store import templates

    if template:
        template_id = templates.resolve(ws, template)
    else:
        template_id = templates.resolve(ws, default_template_key(when))
    if place is None:
        place = ws.db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()[0]
    return records.insert(
        ws,
        "inspections",
        {
            "plan_id": plan_id,
            "unit_id": unit_id,
            "team_id": team_id,
            "template_id": template_id,
            "date": iso(when),
            "place": clean(place or ""),
            "status": STATUS_OPEN,
        },
        record_id=record_id,
    )


class InspectionChanges(TypedDict, total=False):
    """What ``update_inspection`` may change (EDITABLE_FIELDS), each as a person types it."""

    date: str  # YYYY-MM-DD or dd/mm/yyyy
    place: str
    start_time: str  # HH:MM (or 8h30); empty clears it
    end_time: str
    team_id: str | None
    conclusion: str
    unit_opinion: str
    doc_number: str


def update_inspection(
    ws: Workspace, inspection_id: str, **changes: Unpack[InspectionChanges]
) -> dict[str, tuple[Any, Any]]:
    """Change the inspection's own fields (date, place, times, conclusion…), validated."""
    with transaction(ws.db):
        current = ensure_editable(ws, inspection_id)
        values = {name: _normalise(ws, name, raw) for name, raw in changes.items()}
        if values.get("team_id"):
            _refuse_team_of_other_plan(ws, values["team_id"], current["plan_id"])
        return records.update(ws, "inspections", inspection_id, values)


def _refuse_team_of_other_plan(ws: Workspace, team_id: str, plan_id: str) -> None:
    team_plan = ws.db.execute("SELECT plan_id FROM teams WHERE id = ?", [team_id]).fetchone()[0]
    if team_plan != plan_id:
        raise UserError(
            "Đoàn kiểm tra này thuộc kế hoạch khác; hãy chọn đoàn của kế hoạch đã chọn.",
            "That team belongs to another plan; choose a team of the chosen plan.",
        )


def _normalise(ws: Workspace, name: str, raw: Any) -> Any:
    """One inspection field as stored, validated and cleaned."""
    if name not in EDITABLE_FIELDS:
        raise ValueError(f"not an editable inspection field: {name}")
    if name == "date":
        return iso(parse_date(raw, field="ngày kiểm tra"))
    if name in ("start_time", "end_time"):
        return parse_time(raw).strftime("%H:%M") if raw else ""
    if name in ("conclusion", "unit_opinion"):
        return clean_multiline(raw)
    if name == "team_id":
        return resolve(ws, "teams", raw) if raw else None
    return clean(raw)


def find_inspection(ws: Workspace, inspection_id: str) -> dict[str, Any] | None:
    """The live inspection as stored, or None when there is none (deleted or never made)."""
    return records.get(ws, "inspections", inspection_id)


def inspection_ids_by_date(ws: Workspace, first: str | None = None) -> list[str]:
    """The live inspections' ids; with ``first`` (an ISO date), those on or after it first,
    earliest first, then the others, latest first (the screenshots' choice of a visit)."""
    if first is None:
        rows = ws.db.execute("SELECT id FROM inspections WHERE deleted = 0 ORDER BY date DESC")
    else:
        rows = ws.db.execute(
            "SELECT id FROM inspections WHERE deleted = 0"
            " ORDER BY (date >= ?) DESC, CASE WHEN date >= ? THEN date END, date DESC",
            [first, first],
        )
    return [str(record_id) for (record_id,) in rows]


def get_inspection(ws: Workspace, inspection_id: str) -> dict[str, Any]:
    """The live inspection as stored; NotFound (said for a person) when it is gone."""
    row = records.get(ws, "inspections", inspection_id)
    if row is None:
        raise NotFound(
            "Không tìm thấy cuộc kiểm tra này (có thể đã bị xóa).",
            "This inspection no longer exists (it may have been deleted).",
        )
    return row


def is_signed(row: dict[str, Any]) -> bool:
    """Whether an inspection's minutes are signed, which locks its content."""
    return bool(row["status"] == STATUS_SIGNED)


def ensure_editable(ws: Workspace, inspection_id: str) -> dict[str, Any]:
    """The inspection, if it may still change; a signed one is refused (a supplement is needed)."""
    row = get_inspection(ws, inspection_id)
    if is_signed(row):
        raise UserError(
            "Cuộc kiểm tra này đã ký biên bản (hoặc đã phát hành biên bản để ký giấy) nên không "
            "sửa trực tiếp được; hãy lập biên bản bổ sung.",
            "This inspection's minutes are signed (or issued for signing on paper), so it cannot "
            "be edited; make a supplementary record.",
        )
    return row


def list_inspections(
    ws: Workspace, *, plan: str | None = None, unit: str | None = None
) -> list[dict[str, Any]]:
    """Live inspections by date then unit (Vietnamese order), with answer progress; only those
    of the plan and the unit a person named (``lookup.resolve``), when given."""
    return inspection_rows(
        ws.db,
        plan_id=resolve(ws, "plans", plan) if plan else None,
        unit_id=resolve(ws, "units", unit) if unit else None,
    )
