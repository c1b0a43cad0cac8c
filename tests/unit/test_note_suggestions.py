"""Notes offered while writing one: the same criterion's notes in other inspections of the
template (the most written first), then this inspection's; and the last note written."""

from __future__ import annotations

from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.inspections import new_inspection
from cchc_desktop.store.note_suggestions import last_note, note_suggestions
from cchc_desktop.store.plans import add_plan
from cchc_desktop.store.units import add_unit
from cchc_desktop.store.workspace import Workspace


def new_commune_inspection(ws: Workspace, date: str = "2026-11-10") -> str:
    """An inspection of a commune centre with the 60-criterion TTPVHCC template."""
    plan = add_plan(
        ws,
        number="45/KH-UBND",
        date="2026-03-16",
        issuer="Ủy ban nhân dân tỉnh Lạng Sơn",
        title="Kiểm tra công tác cải cách hành chính năm 2026",
        exist_ok=True,
    )
    commune = add_unit(ws, name="Xã Lộc Bình", kind="xa", valid_from="2025-07-01", exist_ok=True)
    centre = add_unit(
        ws,
        name="Trung tâm Phục vụ hành chính công xã Lộc Bình",
        kind="ttpvhcc",
        parent=commune,
        exist_ok=True,
    )
    return new_inspection(ws, plan=plan, unit=centre, date=date)


def test_common_notes_of_the_criterion_come_first_then_this_inspections(ws: Workspace) -> None:
    visits = [new_commune_inspection(ws, date=f"2026-11-0{day}") for day in (1, 2, 3)]
    set_answer(ws, visits[0], "A2", "khong_dat", note="Chưa có sổ theo dõi")
    set_answer(ws, visits[1], "A2", "khong_dat", note="Chưa có sổ theo dõi")
    set_answer(ws, visits[2], "A2", "dat_mot_phan", note="Sổ ghi chưa đủ")
    set_answer(ws, visits[1], "B1", "dat", note="Không dùng cho A2")  # another criterion
    today = new_commune_inspection(ws)
    set_answer(ws, today, "A1", "dat", note="Đã ban hành đúng hạn")
    set_answer(ws, today, "A2", "khong_dat", note="Đang viết ở đây")
    offered = note_suggestions(ws, today, "a2")
    # Written twice first; the criterion's own note here is not offered back to it.
    assert offered == ["Chưa có sổ theo dõi", "Sổ ghi chưa đủ", "Đã ban hành đúng hạn"]
    assert note_suggestions(ws, today, "A2", limit=1) == ["Chưa có sổ theo dõi"]
    assert last_note(ws, today, except_code="A3") == "Đang viết ở đây"
    assert last_note(ws, today, except_code="A2") == "Đã ban hành đúng hạn"


def test_deleted_inspections_and_unknown_ones_offer_nothing(ws: Workspace) -> None:
    gone = new_commune_inspection(ws, date="2026-11-01")
    set_answer(ws, gone, "A2", "khong_dat", note="Ghi ở cuộc đã xóa")
    records.delete(ws, "inspections", gone)
    today = new_commune_inspection(ws)
    assert note_suggestions(ws, today, "A2") == []
    assert note_suggestions(ws, "khong-co", "A2") == []
    assert last_note(ws, today) == ""


def test_notes_stored_in_the_same_millisecond_keep_the_order_they_were_written(
    ws: Workspace,
) -> None:
    # A fast machine stores two answers within one millisecond (CI did): the later is the last.
    today = new_commune_inspection(ws)
    for code, note in (("A1", "Viết trước"), ("A2", "Viết sau"), ("A3", "Viết cuối")):
        set_answer(ws, today, code, "khong_dat", note=note)
    ws.db.execute("UPDATE answers SET updated_at = '2026-11-10T08:00:00.000Z'")
    assert last_note(ws, today) == "Viết cuối"
    assert last_note(ws, today, except_code="A3") == "Viết sau"
    assert note_suggestions(ws, today, "A9") == ["Viết cuối", "Viết sau", "Viết trước"]
