"""Drafting tồn tại lines from the checklist: proposals only, stored when the lead accepts them."""

from __future__ import annotations

import pytest

from cchc_desktop.errors import UserError
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.drafting import (
    add_shortcomings,
    draft_shortcomings,
    propose_shortcomings,
    proposed_text,
)
from cchc_desktop.store.findings import findings_of
from cchc_desktop.store.inspections import new_inspection
from cchc_desktop.store.workspace import Workspace


def _criterion(code: str, result: str | None, note: str = "", text: str = "Yêu cầu") -> dict:
    return {"code": code, "result": result, "note": note, "text": text}


def test_only_unmet_criteria_are_proposed_in_checklist_order() -> None:
    rows = [
        _criterion("A1", "dat"),
        _criterion("A2", "khong_dat", "còn thiếu kế hoạch"),
        _criterion("A3", None),
        _criterion("B1", "khong_ap_dung"),
        _criterion("B2", "dat_mot_phan", "", "Niêm yết công khai thủ tục hành chính"),
    ]
    proposals = propose_shortcomings(rows, [])
    assert [p.code for p in proposals] == ["A2", "B2"]
    # The lead's note is the line (capitalised, ended); without a note, the requirement is.
    assert proposals[0].text == "Còn thiếu kế hoạch."
    assert proposals[1].text == "Chưa đạt đầy đủ yêu cầu: Niêm yết công khai thủ tục hành chính."
    assert proposals[1].result_label == "Đạt một phần"
    assert not any(p.already_drafted for p in proposals)


def test_a_criterion_already_in_the_shortcomings_is_marked() -> None:
    rows = [_criterion("D8", "khong_dat", "Chậm hạn."), _criterion("E3", "khong_dat", "Thấp.")]
    findings = [
        {"kind": "ton_tai", "criterion_code": "D8"},
        {"kind": "kien_nghi", "criterion_code": "E3"},
    ]
    marks = {p.code: p.already_drafted for p in propose_shortcomings(rows, findings)}
    assert marks == {"D8": True, "E3": False}


def test_proposed_text_keeps_the_note_as_typed_when_it_ends_a_sentence() -> None:
    assert proposed_text("khong_dat", "X", "Biển tên chưa đúng bộ nhận diện!") == (
        "Biển tên chưa đúng bộ nhận diện!"
    )
    assert proposed_text("khong_dat", "Có biển tên", "") == "Chưa đạt yêu cầu: Có biển tên."


def _inspection(ws: Workspace) -> str:
    from cchc_desktop.store.plans import add_plan
    from cchc_desktop.store.units import add_unit

    plan = add_plan(ws, number="45/KH-UBND", date="2026-03-16", issuer="UBND tỉnh", title="KT")
    unit = add_unit(ws, name="Xã Lộc Bình", kind="xa", valid_from="2025-07-01")
    return new_inspection(ws, plan=plan, unit=unit, date="2026-11-10")


def test_draft_and_accept_store_only_the_accepted_lines(ws: Workspace) -> None:
    inspection = _inspection(ws)
    set_answer(ws, inspection, "A1", "dat")
    set_answer(ws, inspection, "D5", "dat_mot_phan", note="02 hồ sơ không có Phiếu xin lỗi")
    set_answer(ws, inspection, "D14", "khong_dat", note="Biển tên chưa đúng bộ nhận diện")
    set_answer(ws, inspection, "E3", "khong_dat")
    proposals = draft_shortcomings(ws, inspection[:8])
    assert [p.code for p in proposals] == ["D5", "D14", "E3"]
    assert findings_of(ws, inspection) == []  # a draft stores nothing

    ids = add_shortcomings(ws, inspection, [("D14", "Biển tên Trung tâm chưa đúng.")])
    stored = findings_of(ws, inspection)
    assert [(f["id"], f["kind"], f["criterion_code"], f["text"]) for f in stored] == [
        (ids[0], "ton_tai", "D14", "Biển tên Trung tâm chưa đúng.")
    ]
    again = {p.code: p.already_drafted for p in draft_shortcomings(ws, inspection)}
    assert again == {"D5": False, "D14": True, "E3": False}


def test_accepting_is_all_or_nothing(ws: Workspace) -> None:
    inspection = _inspection(ws)
    with pytest.raises(UserError):
        add_shortcomings(ws, inspection, [("D5", "Một dòng đúng."), ("Z99", "Mã không có.")])
    assert findings_of(ws, inspection) == []
