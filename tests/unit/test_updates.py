"""Editing plans, units, teams and inspections: validated like creation, through records.update."""

from __future__ import annotations

import json

import pytest

from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.inspections import list_inspections, new_inspection, update_inspection
from cchc_desktop.store.plans import add_plan, add_team, get_team, update_plan, update_team
from cchc_desktop.store.units import add_unit, child_counts, get_unit, list_units, update_unit
from cchc_desktop.store.workspace import Workspace


def _plan(ws: Workspace, number: str = "80/KH-BCĐCCHC", date: str = "2024-05-29") -> str:
    return add_plan(ws, number=number, date=date, issuer="BCĐ CCHC tỉnh", title="Kiểm tra CCHC")


def test_update_plan_changes_fields_and_keeps_the_id(ws: Workspace) -> None:
    plan_id = _plan(ws)
    changed = update_plan(ws, plan_id, title="Kiểm tra công tác CCHC năm 2024", date="02/06/2024")
    assert changed == {
        "title": ("Kiểm tra CCHC", "Kiểm tra công tác CCHC năm 2024"),
        "date": ("2024-05-29", "2024-06-02"),
    }
    row = records.get(ws, "plans", plan_id)
    assert row is not None and row["rev"] == 2 and row["date"] == "2024-06-02"
    assert [t["field"] for t in records.audit_trail(ws, plan_id)[1:]] == ["title", "date"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"number": "  "}, "Số kế hoạch không được để trống."),
        ({"title": ""}, "Tên kế hoạch không được để trống."),
        ({"date": "31/02/2024"}, "Ngày kế hoạch không hợp lệ"),
    ],
)
def test_update_plan_refuses_bad_values(
    ws: Workspace, changes: dict[str, str], message: str
) -> None:
    plan_id = _plan(ws)
    with pytest.raises(UserError, match=message):
        update_plan(ws, plan_id, **changes)
    assert records.get(ws, "plans", plan_id)["rev"] == 1  # type: ignore[index]


def test_plans_may_not_share_number_and_date(ws: Workspace) -> None:
    first = _plan(ws)
    second = _plan(ws, number="45/KH-UBND", date="2026-03-16")
    with pytest.raises(UserError, match="đã có"):
        update_plan(ws, second, number="80/KH-BCĐCCHC", date="2024-05-29")
    # A corrected plan keeps its old id; adding its new number again is still refused.
    update_plan(ws, first, number="81/KH-BCĐCCHC")
    with pytest.raises(UserError, match="đã có"):
        _plan(ws, number="81/KH-BCĐCCHC")


def test_update_unit_validates_like_add(ws: Workspace) -> None:
    province = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20")
    district = add_unit(ws, name="Huyện Lộc Bình", kind="huyen", code="188", parent=province)
    commune = add_unit(ws, name="Xã Khánh Xuân", kind="xa", parent=district)
    with pytest.raises(UserError, match="không được để trống"):
        update_unit(ws, commune, name=" ")
    with pytest.raises(UserError, match="Mã 188 đã dùng"):
        update_unit(ws, commune, code="188")
    with pytest.raises(UserError, match="chính nó hoặc đơn vị cấp dưới"):
        update_unit(ws, province, parent_id=commune)
    with pytest.raises(UserError, match="đứng trước ngày bắt đầu"):
        update_unit(ws, district, valid_from="2020-01-01", valid_to="2019-12-31")
    with pytest.raises(UserError, match="hợp nhất từ chính nó"):
        update_unit(ws, commune, merged_from=[commune])
    assert records.get(ws, "units", commune)["rev"] == 1  # type: ignore[index]

    changed = update_unit(
        ws, district, valid_to="30/06/2025", name="Huyện  Lộc Bình (cũ)", kind="Huyện"
    )
    assert changed == {
        "name": ("Huyện Lộc Bình", "Huyện Lộc Bình (cũ)"),
        "valid_to": (None, "2025-06-30"),
    }
    new = add_unit(ws, name="Xã Lộc Bình", kind="xa", parent=province)
    update_unit(ws, new, merged_from=[commune, "188"])
    assert get_unit(ws, new)["merged_from"] == [commune, district]
    with pytest.raises(ValueError, match="not unit fields"):
        update_unit(ws, new, sort_key="x")


def test_units_listed_level_by_level(ws: Workspace) -> None:
    province = add_unit(ws, name="Tỉnh Lạng Sơn", kind="tinh", code="20")
    add_unit(ws, name="Huyện Lộc Bình", kind="huyen", parent=province)
    add_unit(ws, name="Huyện Bình Gia", kind="huyen", parent=province)
    add_unit(ws, name="Sở Nội vụ", kind="so_nganh")
    assert [u["name"] for u in list_units(ws, top_level=True)] == ["Sở Nội vụ", "Tỉnh Lạng Sơn"]
    assert [u["name"] for u in list_units(ws, parent=province)] == [
        "Huyện Bình Gia",
        "Huyện Lộc Bình",
    ]
    assert child_counts(ws) == {None: 2, province: 2}


def test_update_team_replaces_people_and_keeps_ids(ws: Workspace) -> None:
    plan_id = _plan(ws)
    team_id = add_team(
        ws,
        plan=plan_id,
        leader=("Hoàng Anh Tuấn", "Phó Giám đốc Sở Nội vụ"),
        members=[("Trần Thị Bình", "Chuyên viên")],
        secretary=("Nguyễn Hải Hoàng", "Chuyên viên"),
    )
    before = {m["name"]: m["id"] for m in get_team(ws, team_id)["members"]}
    counts = update_team(
        ws,
        team_id,
        leader=("Hoàng Anh Tuấn", "Giám đốc Sở Nội vụ"),
        deputies=[("Lê Văn Cường", "Phó Chánh Văn phòng")],
        secretary=("Nguyễn Hải Hoàng", "Chuyên viên"),
        decision="Quyết định số 12/QĐ-BCĐ",
    )
    assert counts == {"added": 1, "changed": 1, "removed": 1}
    team = get_team(ws, team_id)
    assert team["decision"] == "Quyết định số 12/QĐ-BCĐ"
    assert [(m["name"], m["role"], m["title"]) for m in team["members"]] == [
        ("Hoàng Anh Tuấn", "truong_doan", "Giám đốc Sở Nội vụ"),
        ("Lê Văn Cường", "pho_doan", "Phó Chánh Văn phòng"),
        ("Nguyễn Hải Hoàng", "thu_ky", "Chuyên viên"),
    ]
    assert {m["name"]: m["id"] for m in team["members"]}["Hoàng Anh Tuấn"] == before[
        "Hoàng Anh Tuấn"
    ]
    gone = records.get(ws, "team_members", before["Trần Thị Bình"], include_deleted=True)
    assert gone is not None and gone["deleted"] == 1
    # Someone listed again comes back under the same identity.
    update_team(ws, team_id, leader=("Hoàng Anh Tuấn", ""), members=[("Trần Thị Bình", "")])
    assert before["Trần Thị Bình"] in {m["id"] for m in get_team(ws, team_id)["members"]}


@pytest.mark.parametrize(
    ("leader", "members", "message"),
    [
        (("", "Trưởng đoàn"), [], "họ tên trưởng đoàn"),
        (("An", ""), [("", "Chuyên viên")], "chưa ghi họ tên"),
        (("An", ""), [("An", "")], "hai lần"),
    ],
)
def test_update_team_refusals_change_nothing(
    ws: Workspace, leader: tuple[str, str], members: list[tuple[str, str]], message: str
) -> None:
    team_id = add_team(ws, plan=_plan(ws), leader=("Bình", "Trưởng đoàn"))
    with pytest.raises(UserError, match=message):
        update_team(ws, team_id, leader=leader, members=members)
    assert [m["name"] for m in get_team(ws, team_id)["members"]] == ["Bình"]


def test_update_inspection_keeps_the_team_in_the_plan(demo_ws: Workspace) -> None:
    rows = list_inspections(demo_ws, plan="45/KH-UBND")
    inspection = rows[0]
    assert inspection["missing_notes"] == 0 and inspection["answered"] > 0
    other_plan_team = next(
        t[0]
        for t in demo_ws.db.execute("SELECT id, plan_id FROM teams")
        if t[1] != inspection["plan_id"]
    )
    with pytest.raises(UserError, match="thuộc kế hoạch khác"):
        update_inspection(demo_ws, inspection["id"], team_id=other_plan_team)
    update_inspection(demo_ws, inspection["id"], place="Trụ sở UBND xã Lộc Bình", team_id="")
    row = records.get(demo_ws, "inspections", inspection["id"])
    assert row is not None and row["place"] == "Trụ sở UBND xã Lộc Bình" and row["team_id"] is None


def test_inspection_list_counts_missing_notes(demo_ws: Workspace) -> None:
    from cchc_desktop.store.answers import set_answer

    unit = add_unit(demo_ws, name="Xã Thử", kind="xa")
    inspection = new_inspection(demo_ws, plan="45/KH-UBND", unit=unit, date="2026-12-01")
    set_answer(demo_ws, inspection, "A1", "khong_dat")
    set_answer(demo_ws, inspection, "A2", "dat_mot_phan", note="Còn thiếu")
    set_answer(demo_ws, inspection, "A3", "dat")
    row = next(r for r in list_inspections(demo_ws) if r["id"] == inspection)
    assert (row["answered"], row["not_met"], row["missing_notes"]) == (3, 1, 1)
    assert json.loads(records.get(demo_ws, "units", unit)["merged_from"]) == []  # type: ignore[index]
