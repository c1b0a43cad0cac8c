"""Findings lists can be reordered, and a deleted finding can come back (the window's undo)."""

from __future__ import annotations

import pytest

from cchc_desktop.errors import NotFound, UserError
from cchc_desktop.store import records
from cchc_desktop.store.findings import (
    add_finding,
    delete_finding,
    findings_of,
    move_finding,
    restore_finding,
    update_finding,
)
from cchc_desktop.store.inspections import STATUS_SIGNED, new_inspection
from cchc_desktop.store.workspace import Workspace


@pytest.fixture
def inspection(ws: Workspace) -> str:
    from cchc_desktop.store.plans import add_plan
    from cchc_desktop.store.units import add_unit

    plan = add_plan(ws, number="45/KH-UBND", date="2026-03-16", issuer="UBND tỉnh", title="KT")
    unit = add_unit(ws, name="Xã Lộc Bình", kind="xa", valid_from="2025-07-01")
    return new_inspection(ws, plan=plan, unit=unit, date="2026-11-10")


def _texts(ws: Workspace, inspection: str, kind: str = "ton_tai") -> list[str]:
    return [f["text"] for f in findings_of(ws, inspection) if f["kind"] == kind]


def test_move_renumbers_only_what_changes(ws: Workspace, inspection: str) -> None:
    ids = [add_finding(ws, inspection, kind="ton_tai", text=t) for t in ("Một", "Hai", "Ba")]
    add_finding(ws, inspection, kind="uu_diem", text="Tốt")
    assert move_finding(ws, ids[2], 0) == 0
    assert _texts(ws, inspection) == ["Ba", "Một", "Hai"]
    assert move_finding(ws, ids[2], 99) == 2  # clamped to the end
    assert _texts(ws, inspection) == ["Một", "Hai", "Ba"]
    assert _texts(ws, inspection, "uu_diem") == ["Tốt"]
    # Each position change left a revision and an audit line.
    trail = records.audit_trail(ws, ids[2])
    assert [(t["field"], t["new_value"]) for t in trail if t["field"] == "position"] == [
        ("position", "0"),
        ("position", "2"),
    ]


def test_restore_brings_a_deleted_finding_back_where_it_was(ws: Workspace, inspection: str) -> None:
    ids = [add_finding(ws, inspection, kind="ton_tai", text=t) for t in ("Một", "Hai", "Ba")]
    delete_finding(ws, ids[1])
    assert _texts(ws, inspection) == ["Một", "Ba"]
    restore_finding(ws, ids[1], index=1)
    assert _texts(ws, inspection) == ["Một", "Hai", "Ba"]
    actions = [t["action"] for t in records.audit_trail(ws, ids[1])]
    assert actions == ["insert", "delete", "insert"]


def test_a_signed_inspection_refuses_moves_and_restores(ws: Workspace, inspection: str) -> None:
    ids = [add_finding(ws, inspection, kind="ton_tai", text=t) for t in ("Một", "Hai")]
    delete_finding(ws, ids[1])
    records.update(ws, "inspections", inspection, {"status": STATUS_SIGNED})
    with pytest.raises(UserError):
        move_finding(ws, ids[0], 1)
    with pytest.raises(UserError):
        restore_finding(ws, ids[1])
    assert _texts(ws, inspection) == ["Một"]


def test_a_finding_is_named_by_the_start_of_its_id_or_refused(
    ws: Workspace, inspection: str
) -> None:
    first, second = (add_finding(ws, inspection, kind="ton_tai", text=t) for t in ("Một", "Hai"))
    update_finding(ws, first[:8], text="Một (sửa)")
    move_finding(ws, second[:8], 0)
    assert _texts(ws, inspection) == ["Hai", "Một (sửa)"]
    delete_finding(ws, second[:8])
    assert _texts(ws, inspection) == ["Một (sửa)"]
    before = len(records.audit_trail(ws, first))
    for change in (
        lambda: update_finding(ws, "ffffffff", text="x"),
        lambda: move_finding(ws, "ffffffff", 0),
        lambda: delete_finding(ws, "ffffffff"),
        lambda: restore_finding(ws, "ffffffff"),
    ):
        with pytest.raises(NotFound, match="Không tìm thấy nhận xét «ffffffff»"):
            change()
    assert _texts(ws, inspection) == ["Một (sửa)"]
    assert len(records.audit_trail(ws, first)) == before
