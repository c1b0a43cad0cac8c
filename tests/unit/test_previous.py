"""Previous recommendations: found through the unit's history, reviewed on site with the audit
trail, summarised for the criterion, warned about when not looked at."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cchc_desktop.domain.previous import (
    is_followup_criterion,
    note_with_summary,
    summary,
    summary_vi,
)
from cchc_desktop.errors import UserError
from cchc_desktop.minutes.previous_readiness import previous_not_reviewed
from cchc_desktop.store import records
from cchc_desktop.store.findings import followups, update_finding
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.previous import (
    Review,
    lineage,
    predecessors,
    previous_recommendations,
    restore_review,
    review_previous,
)
from cchc_desktop.store.workspace import Workspace
from tests.previous_support import History, inspect_after_merger, make_history


@pytest.fixture
def history(ws: Workspace) -> History:
    return make_history(ws)


def texts(rows: list[dict[str, object]]) -> list[object]:
    return [row["text"] for row in rows]


def test_a_unit_inspected_twice_sees_both_earlier_inspections_newest_first(
    ws: Workspace, history: History
) -> None:
    later = previous_recommendations(ws, history.inspections["tv2024"])
    # The 2024 inspection sees 2022's, not its own nor anything later.
    assert texts(later) == ["Lập sổ theo dõi hồ sơ."]
    first = previous_recommendations(ws, history.inspections["tv2022"])
    assert first == []
    rows = previous_recommendations(ws, inspect_after_merger(ws, history))
    tan_van = [r for r in rows if r["unit"] == "Xã Tân Văn"]
    assert [(r["date"], r["text"]) for r in tan_van] == [
        ("2024-07-01", "Bồi dưỡng nghiệp vụ cho công chức bộ phận một cửa."),
        ("2024-07-01", "Nâng cao tỷ lệ thanh toán trực tuyến phí, lệ phí."),
        ("2022-06-15", "Lập sổ theo dõi hồ sơ."),
    ]


def test_a_merged_commune_sees_every_earlier_recommendation_of_what_it_was_formed_from(
    ws: Workspace, history: History
) -> None:
    inspection = inspect_after_merger(ws, history)
    rows = previous_recommendations(ws, inspection)
    # Both communes it was formed from, and (transitively) the commune one of them absorbed;
    # newest inspection first; Vân Nham, which merged elsewhere, not at all.
    assert [(r["unit"], r["date"]) for r in rows] == [
        ("Xã Hồng Phong", "2024-07-02"),
        ("Xã Hồng Phong", "2024-07-02"),
        ("Xã Tân Văn", "2024-07-01"),
        ("Xã Tân Văn", "2024-07-01"),
        ("Xã Tân Văn", "2022-06-15"),
        ("Xã Hồng Thái", "2021-06-10"),
    ]
    expected = {k for k in history.recommendations if not k.startswith("vn")}
    assert {r["id"] for r in rows} == {history.recommendations[k] for k in expected}
    assert all(not r["checked"] for r in rows)
    assert rows[0]["inspection_id"] == history.inspections["hp2024"]
    assert rows[0]["responsible"] == "UBND xã" and rows[0]["deadline"] == "2024-12-31"
    assert rows[0]["overdue"] and rows[0]["status"] == "chua_thuc_hien"
    binh_gia = history.units["binh_gia"]
    assert [u["name"] for u in predecessors(ws, binh_gia)] == [
        "Xã Hồng Phong",
        "Xã Tân Văn",
        "Xã Hồng Thái",
    ]
    assert lineage(ws, binh_gia)[0] == binh_gia


def test_a_cycle_typed_by_mistake_in_merged_from_ends(ws: Workspace, history: History) -> None:
    # Hồng Thái "formed from" Hồng Phong, which was formed from Hồng Thái: the walk stops.
    records.update(
        ws,
        "units",
        history.units["hong_thai"],
        {"merged_from": json.dumps([history.units["hong_phong"]])},
    )
    inspection = inspect_after_merger(ws, history)
    assert len(previous_recommendations(ws, inspection)) == 6


def test_a_review_is_the_follow_up_status_with_its_evidence_and_audit_trail(
    ws: Workspace, history: History
) -> None:
    inspection = inspect_after_merger(ws, history)
    finding = history.recommendations["tv2024/1"]
    stored = review_previous(
        ws, inspection, finding, status="da_hoan_thanh", note="  Kế hoạch bồi dưỡng số 12/KH-UBND  "
    )
    assert stored["status"] == "da_hoan_thanh"
    assert stored["status_note"] == "Kế hoạch bồi dưỡng số 12/KH-UBND"
    assert stored["checked"] and stored["checked_in"] == inspection
    # The same status the follow-up page shows, with the evidence and the visit's date.
    row = next(r for r in followups(ws) if r["id"] == finding)
    assert row["status"] == "da_hoan_thanh" and not row["overdue"]
    assert row["status_note"] == "Kế hoạch bồi dưỡng số 12/KH-UBND"
    assert row["checked_on"] == "2026-11-17"
    trail = {e["field"]: e for e in records.audit_trail(ws, finding) if e["action"] == "update"}
    assert json.loads(trail["status"]["new_value"]) == "da_hoan_thanh"
    assert json.loads(trail["checked_in"]["new_value"]) == inspection
    assert set(trail) == {"status", "status_note", "checked_in"}
    # Looked at again with no change of status: only the note moves.
    review_previous(ws, inspection, finding, note="Đã xem danh sách học viên")
    again = next(r for r in previous_recommendations(ws, inspection) if r["id"] == finding)
    assert (again["status"], again["status_note"]) == ("da_hoan_thanh", "Đã xem danh sách học viên")
    # Undo puts the review back as it was: a new revision, never seen here.
    restore_review(ws, inspection, finding, Review("chua_thuc_hien", "", None))
    undone = next(r for r in previous_recommendations(ws, inspection) if r["id"] == finding)
    assert (undone["status"], undone["status_note"], undone["checked"]) == (
        "chua_thuc_hien",
        "",
        False,
    )


def test_a_review_is_refused_for_what_is_not_a_previous_recommendation(
    ws: Workspace, history: History
) -> None:
    inspection = inspect_after_merger(ws, history)
    before = ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    refused = "không phải kiến nghị của đoàn kiểm tra kỳ trước"
    # Vân Nham merged elsewhere: its kiến nghị are not Bình Gia's.
    with pytest.raises(UserError, match=refused):
        review_previous(ws, inspection, history.recommendations["vn2024/1"], status="da_hoan_thanh")
    # An earlier visit cannot review what a later one recommended.
    with pytest.raises(UserError, match=refused):
        review_previous(
            ws,
            history.inspections["tv2022"],
            history.recommendations["tv2024/1"],
            status="da_hoan_thanh",
        )
    with pytest.raises(UserError, match="Trạng thái không hợp lệ"):
        review_previous(ws, inspection, history.recommendations["tv2024/1"], status="xong")
    assert ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_a_signed_inspection_takes_no_review_but_the_office_still_follows_up(
    ws: Workspace, history: History
) -> None:
    inspection = inspect_after_merger(ws, history)
    finding = history.recommendations["hp2024/1"]
    review_previous(ws, inspection, finding, status="dang_thuc_hien", note="Đã có dự toán")
    records.update(ws, "inspections", inspection, {"status": STATUS_SIGNED})
    with pytest.raises(UserError, match="đã ký biên bản"):
        review_previous(ws, inspection, finding, status="da_hoan_thanh")
    # The earlier inspection is signed too: the office records what the unit did since.
    records.update(ws, "inspections", history.inspections["hp2024"], {"status": STATUS_SIGNED})
    update_finding(ws, finding, status="da_hoan_thanh", status_note="Công trình đã bàn giao")
    row = next(r for r in previous_recommendations(ws, inspection) if r["id"] == finding)
    assert (row["status"], row["status_note"], row["checked"]) == (
        "da_hoan_thanh",
        "Công trình đã bàn giao",
        True,
    )
    with pytest.raises(UserError, match="đã ký"):
        update_finding(ws, finding, text="Sửa nội dung")


def test_the_readiness_rule_warns_for_each_recommendation_not_looked_at(
    ws: Workspace, history: History
) -> None:
    inspection = inspect_after_merger(ws, history)
    warnings = previous_not_reviewed(ws, inspection)
    assert len(warnings) == 6
    assert warnings[0].message.startswith("Kiến nghị kỳ trước chưa được xem xét: «Cải tạo")
    assert "Xã Hồng Phong, kiểm tra ngày 02/07/2024" in warnings[0].message
    assert warnings[0].tab == "previous" and not warnings[0].blocking
    for row in previous_recommendations(ws, inspection):
        review_previous(ws, inspection, row["id"])  # looked at; the status stays
    assert previous_not_reviewed(ws, inspection) == []
    assert previous_not_reviewed(ws, history.inspections["tv2022"]) == []


def test_english_warning(ws: Workspace, history: History, english: None) -> None:
    inspection = inspect_after_merger(ws, history)
    assert previous_not_reviewed(ws, inspection)[0].message.startswith(
        "A previous recommendation was not looked at: 'Cải tạo"
    )


def test_the_summary_and_the_note_it_goes_into() -> None:
    statuses = ["da_hoan_thanh"] * 3 + ["dang_thuc_hien", "chua_thuc_hien"]
    text = summary_vi(statuses)
    assert text == "5 kiến nghị: 3 đã hoàn thành, 1 đang thực hiện, 1 chưa thực hiện"
    assert summary_vi(["da_hoan_thanh"]) == "1 kiến nghị: 1 đã hoàn thành"
    assert summary_vi([]) == "Không có kiến nghị của đoàn kiểm tra kỳ trước"
    assert summary(statuses) == text
    # Into the criterion's note: an empty note becomes the summary, an earlier summary line
    # is replaced, the lead's own words stay.
    assert note_with_summary("", text) == text
    note = "Đã xem báo cáo khắc phục.\n2 kiến nghị: 2 chưa thực hiện"
    assert note_with_summary(note, text) == f"Đã xem báo cáo khắc phục.\n{text}"
    assert note_with_summary("Đã xem báo cáo.", text) == f"Đã xem báo cáo.\n{text}"


def test_english_summary(english: None) -> None:
    assert summary(["da_hoan_thanh", "chua_thuc_hien"]) == (
        "2 recommendations: 1 done, 1 not started"
    )


def test_the_criterion_is_found_in_both_bundled_templates(ws: Workspace) -> None:
    from cchc_desktop.store.bootstrap import install_bundled_templates

    install_bundled_templates(ws)
    found = ws.db.execute(
        "SELECT t.key, c.code, c.text FROM criteria c JOIN templates t ON t.id = c.template_id"
    ).fetchall()
    matching = {(key, code) for key, code, text in found if is_followup_criterion(text)}
    assert matching == {("mot-cua-nd61", "A5"), ("ttpvhcc-xa", "A5")}


def test_an_older_database_upgrades_with_no_review_yet(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "schema-0005.sqlite"
    data = tmp_path / "data"
    Workspace.init(data).close()
    shutil.copyfile(fixture, data / "cchc.sqlite")
    shutil.copyfile(fixture.with_suffix(".device.json"), data / "device.json")
    with Workspace.open(data) as ws:
        rows = ws.db.execute(
            "SELECT count(*), sum(status_note = ''), sum(checked_in IS NULL) FROM findings"
        ).fetchone()
        assert rows[0] > 20 and rows[0] == rows[1] == rows[2]
        # The demo's Xã Bình Gia had no 2026 inspection then; a new one sees the 2024 ones.
        unit = ws.db.execute("SELECT id FROM units WHERE name = 'Xã Hữu Lũng'").fetchone()[0]
        from cchc_desktop.store.inspections import new_inspection

        plan = ws.db.execute("SELECT id FROM plans WHERE number = '45/KH-UBND'").fetchone()[0]
        inspection = new_inspection(ws, plan=plan, unit=unit, date="2026-12-01")
        assert len(previous_recommendations(ws, inspection)) == 3
