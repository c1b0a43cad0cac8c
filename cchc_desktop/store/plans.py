"""Inspection plans (kế hoạch kiểm tra) and the teams (đoàn kiểm tra) that carry them out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from cchc_desktop.domain.dates import iso, parse_date
from cchc_desktop.domain.roles import MemberRole
from cchc_desktop.domain.text import clean, clean_multiline, sort_key
from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.connection import fetch_all, transaction
from cchc_desktop.store.lookup import live_record, resolve

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
    _refuse_same_number(ws, number, when, None)
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


PLAN_FIELDS = ("number", "date", "issuer", "title", "parent_body", "basis")


class PlanChanges(TypedDict, total=False):
    """What ``update_plan`` may change (PLAN_FIELDS), each as a person types it."""

    number: str
    date: str  # YYYY-MM-DD or dd/mm/yyyy
    issuer: str
    title: str
    parent_body: str
    basis: str


def update_plan(
    ws: Workspace, plan: str, **changes: Unpack[PlanChanges]
) -> dict[str, tuple[Any, Any]]:
    """Correct a plan's fields, validated as ``add_plan`` does; return what changed.

    The plan keeps its id (its teams and inspections keep pointing at it), even when its
    number or date is corrected.
    """
    plan_id = resolve(ws, "plans", plan)
    values: dict[str, Any] = {}
    given: dict[str, Any] = dict(changes)  # every value is text (PlanChanges)
    for name, raw in given.items():
        if name not in PLAN_FIELDS:
            raise ValueError(f"not a plan field: {name}")
        if name == "date":
            values[name] = iso(parse_date(raw, field="ngày kế hoạch"))
        elif name == "basis":
            values[name] = clean_multiline(raw)
        else:
            values[name] = clean(raw)
    for name, vi, en in (
        ("number", "Số kế hoạch", "The plan number"),
        ("issuer", "Cơ quan ban hành", "The issuing body"),
        ("title", "Tên kế hoạch", "The plan title"),
    ):
        if name in values and not values[name]:
            raise UserError(f"{vi} không được để trống.", f"{en} must not be empty.")
    with transaction(ws.db):
        current = get_plan(ws, plan_id)
        number = values.get("number", current["number"])
        when = values.get("date", current["date"])
        _refuse_same_number(ws, number, when, plan_id)
        return records.update(ws, "plans", plan_id, values)


def _refuse_same_number(ws: Workspace, number: str, when: str, plan_id: str | None) -> None:
    """Two live plans may not share a number and a date (a corrected plan keeps its old id)."""
    row = ws.db.execute(
        "SELECT id FROM plans WHERE number = ? AND date = ? AND deleted = 0 AND id <> ?",
        [number, when, plan_id or ""],
    ).fetchone()
    if row:
        raise UserError(
            f"Kế hoạch số {number} ngày {when} đã có (id {row[0]}).",
            f"Plan {number} of {when} already exists (id {row[0]}).",
        )


def list_plans(ws: Workspace) -> list[dict[str, Any]]:
    """Live plans, newest first, with how many inspections each has."""
    return fetch_all(
        ws.db,
        "SELECT p.id, p.number, p.date, p.issuer, p.parent_body, p.title,"
        " (SELECT count(*) FROM inspections i WHERE i.plan_id = p.id AND i.deleted = 0) AS inspections"
        " FROM plans p WHERE p.deleted = 0 ORDER BY p.date DESC, p.number",
    )


def get_plan(ws: Workspace, plan: str) -> dict[str, Any]:
    """The live plan as stored, named by its id, the start of it or its number."""
    return live_record(ws, "plans", plan)


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
    people = _line_up(leader, deputies, members, secretary)
    with transaction(ws.db):
        records.insert(
            ws,
            "teams",
            {
                "plan_id": plan_id,
                "name": clean(name) or _default_team_name(people[0][1]),
                "decision": clean(decision),
            },
            record_id=team_id,
        )
        _write_members(ws, team_id, people)
    return team_id


def update_team(
    ws: Workspace,
    team: str,
    *,
    leader: tuple[str, str],
    members: Sequence[tuple[str, str]] = (),
    secretary: tuple[str, str] | None = None,
    deputies: Sequence[tuple[str, str]] = (),
    name: str = "",
    decision: str = "",
) -> dict[str, int]:
    """Replace a team's people and details with the ones given; return how many members were
    added, changed and removed.

    The team keeps its id. People keep theirs (by name within the team), so a member whose
    title is corrected is one changed record; people no longer listed become tombstones.
    """
    team_id = resolve(ws, "teams", team)
    people = _line_up(leader, deputies, members, secretary)
    with transaction(ws.db):
        records.update(
            ws,
            "teams",
            team_id,
            {"name": clean(name) or _default_team_name(people[0][1]), "decision": clean(decision)},
        )
        counts = _write_members(ws, team_id, people)
    return counts


def get_team(ws: Workspace, team: str) -> dict[str, Any]:
    """One team with its plan number and its members in order."""
    team_id = resolve(ws, "teams", team)
    row = fetch_all(
        ws.db,
        "SELECT t.id, t.plan_id, p.number AS plan_number, t.name, t.decision FROM teams t"
        " JOIN plans p ON p.id = t.plan_id WHERE t.id = ?",
        [team_id],
    )[0]
    row["members"] = team_members(ws, team_id)
    return row


def _default_team_name(leader: tuple[str, str]) -> str:
    return f"Đoàn kiểm tra do {leader[0]} làm Trưởng đoàn"


def _line_up(
    leader: tuple[str, str],
    deputies: Sequence[tuple[str, str]],
    members: Sequence[tuple[str, str]],
    secretary: tuple[str, str] | None,
) -> list[tuple[MemberRole, tuple[str, str]]]:
    """The team's people in the order the minutes list them, names and titles cleaned."""
    people: list[tuple[MemberRole, tuple[str, str]]] = [(MemberRole.TRUONG_DOAN, leader)]
    people += [(MemberRole.PHO_DOAN, p) for p in deputies]
    people += [(MemberRole.THANH_VIEN, p) for p in members]
    if secretary:
        people.append((MemberRole.THU_KY, secretary))
    cleaned = [(role, (clean(person), clean(title))) for role, (person, title) in people]
    if not cleaned[0][1][0]:
        raise UserError(
            "Đoàn kiểm tra cần có họ tên trưởng đoàn.", "A team needs its leader's name."
        )
    for _role, (person, title) in cleaned:
        if not person:
            raise UserError(
                f"Có người trong đoàn chưa ghi họ tên (chức vụ «{title}»).",
                f"Someone in the team has no name (title '{title}').",
            )
    return cleaned


def _write_members(
    ws: Workspace, team_id: str, people: list[tuple[MemberRole, tuple[str, str]]]
) -> dict[str, int]:
    """Make the team's live members exactly ``people`` (inside the caller's transaction)."""
    counts = {"added": 0, "changed": 0, "removed": 0}
    seen: set[str] = set()
    for position, (role, (person, title)) in enumerate(people):
        member_id = records.natural_id("member", team_id, person)
        if member_id in seen:
            raise UserError(
                f"{person} có tên hai lần trong đoàn.", f"{person} is listed twice in the team."
            )
        seen.add(member_id)
        values = {"name": person, "title": title, "role": role.value, "position": position}
        current = records.get(ws, "team_members", member_id, include_deleted=True)
        if current is None:
            records.insert(ws, "team_members", {"team_id": team_id, **values}, record_id=member_id)
            counts["added"] += 1
        elif records.update(ws, "team_members", member_id, {**values, "deleted": 0}):
            counts["changed" if not current["deleted"] else "added"] += 1
    for (member_id,) in ws.db.execute(
        "SELECT id FROM team_members WHERE team_id = ? AND deleted = 0", [team_id]
    ).fetchall():
        if member_id not in seen:
            records.delete(ws, "team_members", member_id)
            counts["removed"] += 1
    return counts


def list_teams(ws: Workspace, plan: str | None = None) -> list[dict[str, Any]]:
    """Teams (of one plan, or all) with their members in order."""
    params: list[Any] = []
    where = "t.deleted = 0"
    if plan:
        where += " AND t.plan_id = ?"
        params.append(resolve(ws, "plans", plan))
    teams = fetch_all(
        ws.db,
        f"SELECT t.id, t.plan_id, p.number AS plan_number, t.name, t.decision FROM teams t"
        f" JOIN plans p ON p.id = t.plan_id WHERE {where}",
        params,
    )
    for team in teams:
        team["members"] = team_members(ws, team["id"])
    teams.sort(key=lambda t: (t["plan_number"], sort_key(_leader_name(t))))
    return teams


def team_members(ws: Workspace, team_id: str) -> list[dict[str, Any]]:
    """The live members of a team in order, each with its role's label."""
    members = fetch_all(
        ws.db,
        "SELECT id, name, title, role, organisation FROM team_members"
        " WHERE team_id = ? AND deleted = 0 ORDER BY position",
        [team_id],
    )
    for member in members:
        member["role_label"] = MemberRole(member["role"]).label
    return members


def _leader_name(team: dict[str, Any]) -> str:
    return next((m["name"] for m in team["members"] if m["role"] == MemberRole.TRUONG_DOAN), "")
