"""Inspection plans (kế hoạch kiểm tra) and the teams (đoàn kiểm tra) that carry them out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cchc_desktop.domain.dates import iso, parse_date
from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.domain.text import clean, clean_multiline, sort_key
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.lookup import resolve

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def plan_identity(number: str, date: str) -> str:
    """A plan is its number and date: the same plan typed on two laptops is one record."""
    return records.natural_id("plan", number, date)


def add_plan(
    ws: Workspace,
    *,
    number: str,
    date: str,
    issuer: str,
    title: str,
    parent_body: str = "",
    basis: str = "",
    exist_ok: bool = False,
) -> str:
    """Create a plan and return its id (the existing one with ``exist_ok``)."""
    number = clean(number)
    if not number:
        raise UserError("Số kế hoạch không được để trống.", "The plan number must not be empty.")
    when = iso(parse_date(date, field="ngày kế hoạch"))
    issuer, title = clean(issuer), clean(title)
    if not issuer or not title:
        raise UserError(
            "Kế hoạch cần có cơ quan ban hành (--issuer) và tên (--title).",
            "A plan needs an issuer (--issuer) and a title (--title).",
        )
    plan_id = plan_identity(number, when)
    existing = records.get(ws, "plans", plan_id)
    if existing is not None:
        if exist_ok:
            return plan_id
        raise UserError(
            f"Kế hoạch số {number} ngày {when} đã có (id {plan_id}).",
            f"Plan {number} of {when} already exists (id {plan_id}).",
        )
    return records.insert(
        ws,
        "plans",
        {
            "number": number,
            "date": when,
            "issuer": issuer,
            "title": title,
            "parent_body": clean(parent_body),
            "basis": clean_multiline(basis),
        },
        record_id=plan_id,
    )


def list_plans(ws: Workspace) -> list[dict[str, Any]]:
    """Live plans, newest first, with how many inspections each has."""
    return [
        dict(r)
        for r in fetch_all(
            ws.db,
            "SELECT p.id, p.number, p.date, p.issuer, p.parent_body, p.title,"
            " (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0) AS inspections"
            " FROM plans p WHERE p.deleted = 0 ORDER BY p.date DESC, p.number",
        )
    ]


def get_plan(ws: Workspace, plan_id: str) -> dict[str, Any]:
    plan = records.get(ws, "plans", plan_id)
    if plan is None:
        resolve(ws, "plans", plan_id)  # raises the NotFound a person can read
        raise AssertionError
    return plan


def parse_person(text: str) -> tuple[str, str]:
    """ "Họ tên|Chức vụ" as the CLI takes it; the title may be left out."""
    name, _, title = text.partition("|")
    name, title = clean(name), clean(title)
    if not name:
        raise UserError(
            f'Thiếu họ tên trong «{text}». Ghi theo dạng "Họ tên|Chức vụ".',
            f"No name in '{text}'. Write it as \"Name|Title\".",
        )
    return name, title


def add_team(
    ws: Workspace,
    *,
    plan: str,
    leader: tuple[str, str],
    members: Sequence[tuple[str, str]] = (),
    secretary: tuple[str, str] | None = None,
    deputies: Sequence[tuple[str, str]] = (),
    name: str = "",
    decision: str = "",
    exist_ok: bool = False,
) -> str:
    """Create a team under a plan with its leader, members and secretary; return its id.

    A team is known by its plan and its leader (one leader leads one team per plan), so the
    same team entered on two laptops is one record.
    """
    plan_id = resolve(ws, "plans", plan)
    team_id = records.natural_id("team", plan_id, leader[0])
    if records.get(ws, "teams", team_id) is not None:
        if exist_ok:
            return team_id
        raise UserError(
            f"Kế hoạch này đã có đoàn do {leader[0]} làm trưởng đoàn (id {team_id}).",
            f"This plan already has a team led by {leader[0]} (id {team_id}).",
        )
    people: list[tuple[MemberRole, tuple[str, str]]] = [(MemberRole.TRUONG_DOAN, leader)]
    people += [(MemberRole.PHO_DOAN, p) for p in deputies]
    people += [(MemberRole.THANH_VIEN, p) for p in members]
    if secretary:
        people.append((MemberRole.THU_KY, secretary))
    seen: set[str] = set()
    with transaction(ws.db):
        records.insert(
            ws,
            "teams",
            {
                "plan_id": plan_id,
                "name": clean(name) or f"Đoàn kiểm tra do {leader[0]} làm Trưởng đoàn",
                "decision": clean(decision),
            },
            record_id=team_id,
        )
        for position, (role, (person, title)) in enumerate(people):
            member_id = records.natural_id("member", team_id, person)
            if member_id in seen:
                raise UserError(
                    f"{person} có tên hai lần trong đoàn.", f"{person} is listed twice in the team."
                )
            seen.add(member_id)
            records.insert(
                ws,
                "team_members",
                {
                    "team_id": team_id,
                    "name": person,
                    "title": title,
                    "role": role.value,
                    "position": position,
                },
                record_id=member_id,
            )
    return team_id


def list_teams(ws: Workspace, plan: str | None = None) -> list[dict[str, Any]]:
    """Teams (of one plan, or all) with their members in order."""
    params: list[Any] = []
    where = "t.deleted = 0"
    if plan:
        where += " AND t.plan_id = ?"
        params.append(resolve(ws, "plans", plan))
    teams = [
        dict(r)
        for r in fetch_all(
            ws.db,
            f"SELECT t.id, t.plan_id, p.number AS plan_number, t.name, t.decision FROM teams t"
            f" JOIN plans p ON p.id = t.plan_id WHERE {where}",
            params,
        )
    ]
    for team in teams:
        team["members"] = team_members(ws, team["id"])
    teams.sort(key=lambda t: (t["plan_number"], sort_key(_leader_name(t))))
    return teams


def team_members(ws: Workspace, team_id: str) -> list[dict[str, Any]]:
    members = [
        dict(r)
        for r in fetch_all(
            ws.db,
            "SELECT id, name, title, role, organisation FROM team_members"
            " WHERE team_id = ? AND deleted = 0 ORDER BY position",
            [team_id],
        )
    ]
    for member in members:
        member["role_label"] = MemberRole(member["role"]).label
    return members


def _leader_name(team: dict[str, Any]) -> str:
    return next((m["name"] for m in team["members"] if m["role"] == MemberRole.TRUONG_DOAN), "")
