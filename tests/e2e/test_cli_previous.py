"""`cchc inspections show` with the previous recommendations, `cchc followups set`, and the
biên bản's section on them: through the command line, on data the test makes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.store.workspace import Workspace
from tests.conftest import dump
from tests.previous_support import History, inspect_after_merger, make_history
from tests.unit.test_minutes_document import page_texts

FIELDS = {
    "id",
    "text",
    "unit",
    "inspection_id",
    "date",
    "responsible",
    "deadline",
    "status",
    "status_note",
}


@pytest.fixture
def made(cli: Any, data_dir: Path) -> tuple[History, str]:
    assert cli("init").code == 0
    with Workspace.open(data_dir) as ws:
        history = make_history(ws)
        return history, inspect_after_merger(ws, history)


def test_show_lists_them_in_json_and_for_a_person(cli: Any, made: tuple[History, str]) -> None:
    history, inspection = made
    shown = cli("--json", "inspections", "show", inspection)
    assert shown.code == 0, shown.err
    rows = shown.json()["previous_recommendations"]
    assert all(set(row) >= FIELDS for row in rows)
    assert [(r["unit"], r["date"]) for r in rows] == [
        ("Xã Hồng Phong", "2024-07-02"),
        ("Xã Hồng Phong", "2024-07-02"),
        ("Xã Tân Văn", "2024-07-01"),
        ("Xã Tân Văn", "2024-07-01"),
        ("Xã Tân Văn", "2022-06-15"),
        ("Xã Hồng Thái", "2021-06-10"),
    ]
    first = rows[0]
    assert first == first | {
        "id": history.recommendations["hp2024/1"],
        "text": "Cải tạo nơi tiếp nhận hồ sơ.",
        "inspection_id": history.inspections["hp2024"],
        "responsible": "UBND xã",
        "deadline": "2024-12-31",
        "status": "chua_thuc_hien",
        "status_note": "",
    }
    text = cli("inspections", "show", inspection).out
    assert "Kiến nghị kỳ trước — 6 kiến nghị: 6 chưa thực hiện" in text
    assert "Cải tạo nơi tiếp nhận hồ sơ." in text and "Xã Hồng Thái" in text
    assert "6 kiến nghị kỳ trước chưa được xem xét trong cuộc kiểm tra này" in text
    # An inspection nobody came before says so.
    first_visit = cli("inspections", "show", history.inspections["ht2021"]).out
    assert "Kiến nghị kỳ trước — Không có kiến nghị của đoàn kiểm tra kỳ trước" in first_visit


def test_followups_set_during_an_inspection_and_at_the_office(
    cli: Any, made: tuple[History, str]
) -> None:
    history, inspection = made
    finding = history.recommendations["tv2024/2"]
    during = cli(
        "--json",
        "followups",
        "set",
        finding[:8],
        "dang_thuc_hien",
        "--note",
        "Tỷ lệ thanh toán trực tuyến đạt 38%",
        "--inspection",
        inspection,
    )
    assert during.code == 0, during.err
    assert during.json() == during.json() | {
        "id": finding,
        "status": "dang_thuc_hien",
        "status_note": "Tỷ lệ thanh toán trực tuyến đạt 38%",
        "checked_in": inspection,
    }
    rows = cli("--json", "inspections", "show", inspection).json()["previous_recommendations"]
    row = next(r for r in rows if r["id"] == finding)
    assert (row["status"], row["status_note"], row["checked"]) == (
        "dang_thuc_hien",
        "Tỷ lệ thanh toán trực tuyến đạt 38%",
        True,
    )
    # At the office, by label, without a visit: the status moves, the visit's note stays.
    office = cli("followups", "set", history.recommendations["hp2024/2"], "Đã hoàn thành")
    assert office.code == 0 and "Đã hoàn thành" in office.out
    listed = cli("--json", "followups", "list").json()
    done = next(r for r in listed if r["id"] == history.recommendations["hp2024/2"])
    assert done["status"] == "da_hoan_thanh" and done["checked_on"] is None
    seen = next(r for r in listed if r["id"] == finding)
    assert seen["checked_on"] == "2026-11-17"


def test_followups_set_refuses_and_changes_nothing(
    cli: Any, made: tuple[History, str], data_dir: Path
) -> None:
    history, inspection = made
    with Workspace.open(data_dir) as ws:
        from cchc_desktop.store.findings import add_finding

        strength = add_finding(ws, inspection, kind="uu_diem", text="Niêm yết đầy đủ.")
    before = dump(data_dir)
    cases = [
        (("followups", "set", strength, "da_hoan_thanh"), "Chỉ kiến nghị mới có tình trạng"),
        (
            ("followups", "set", history.recommendations["tv2024/1"], "xong"),
            "Trạng thái không hợp lệ",
        ),
        (
            (
                "followups",
                "set",
                history.recommendations["vn2024/1"],
                "da_hoan_thanh",
                "--inspection",
                inspection,
            ),
            "không phải kiến nghị của đoàn kiểm tra kỳ trước",
        ),
        (("followups", "set", "ffffffff", "da_hoan_thanh"), "Không tìm thấy"),
    ]
    for args, message in cases:
        refused = cli(*args)
        assert refused.code == 1, args
        assert message in refused.err and len(refused.err.strip().splitlines()) == 1
    assert cli("followups", "set", strength).code == 2  # the status is missing
    assert dump(data_dir) == before


def test_the_minutes_report_what_was_found(
    cli: Any, made: tuple[History, str], tmp_path: Path
) -> None:
    history, inspection = made
    recs = history.recommendations
    for finding, status, note in (
        (recs["hp2024/1"], "da_hoan_thanh", "Biên bản nghiệm thu công trình ngày 10/10/2025."),
        (recs["hp2024/2"], "dang_thuc_hien", "Đã số hóa 60% hồ sơ\nCòn hồ sơ năm 2023"),
        (recs["tv2024/1"], "chua_thuc_hien", ""),
    ):
        args = ["followups", "set", finding, status, "--inspection", inspection]
        assert cli(*args, *(["--note", note] if note else [])).code == 0
    target = tmp_path / "bien-ban.pdf"
    assert cli("minutes", "make", inspection, "-o", str(target)).code == 0
    text = " ".join(page_texts(target.read_bytes()))
    assert "1. Kết quả thực hiện kiến nghị của đoàn kiểm tra kỳ trước" in text
    assert (
        "Các đoàn kiểm tra kỳ trước đã kiến nghị 6 nội dung đối với xã Hồng Phong, xã Tân Văn, "
        "xã Hồng Thái (nay là xã Bình Gia). Qua kiểm tra 3 kiến nghị: 1 đã hoàn thành, "
        "1 đang thực hiện, 1 chưa thực hiện; 3 kiến nghị chưa được xem xét. Cụ thể:"
    ) in text
    assert (
        "- Cải tạo nơi tiếp nhận hồ sơ (xã Hồng Phong; Biên bản kiểm tra ngày 02 tháng 7 năm "
        "2024; thời hạn hoàn thành: ngày 31 tháng 12 năm 2024): đã hoàn thành. Minh chứng: "
        "Biên bản nghiệm thu công trình ngày 10/10/2025;"
    ) in text
    assert (
        "đang thực hiện, đã quá thời hạn. Minh chứng: Đã số hóa 60% hồ sơ; Còn hồ sơ năm 2023;"
    ) in text
    assert "- Bồi dưỡng nghiệp vụ cho công chức bộ phận một cửa (xã Tân Văn;" in text
    assert "2024): chưa thực hiện, đã quá thời hạn;" in text
    # Nothing is said of what nobody looked at but that.
    assert (
        "- Niêm yết đủ thủ tục hành chính (xã Hồng Thái; Biên bản kiểm tra ngày 10 tháng 6 "
        "năm 2021; thời hạn hoàn thành: ngày 31 tháng 12 năm 2021): chưa được xem xét tại "
        "buổi kiểm tra này."
    ) in text
    # The section sits at the end of I, before II. (a draft with nothing for ĐÁNH GIÁ CHUNG
    # goes on to the unit's opinion: only the sections printed are numbered).
    at = text.index("Kết quả thực hiện kiến nghị")
    assert "II. " not in text[:at] and "II. " in text[at:]
    # Omitted when there were none: the commune's first inspection on record.
    first = tmp_path / "lan-dau.pdf"
    assert cli("minutes", "make", history.inspections["ht2021"], "-o", str(first)).code == 0
    assert "kỳ trước" not in " ".join(page_texts(first.read_bytes()))


def test_minutes_check_warns_of_each_one_not_looked_at(cli: Any, made: tuple[History, str]) -> None:
    history, inspection = made
    checked = cli("--json", "minutes", "check", inspection)
    warned = [w for w in checked.json()["warnings"] if w["rule"] == "previous.not_reviewed"]
    assert len(warned) == 6  # a warning each, never a blocking item
    assert warned[0]["target"] == f"previous:{history.recommendations['hp2024/1']}"
    said = cli("minutes", "check", inspection)
    assert "! Kiến nghị kỳ trước chưa được xem xét: «Cải tạo nơi tiếp nhận hồ sơ.»" in said.out
    assert "kỳ trước" not in said.err  # stderr holds only what blocks
    for row in cli("--json", "inspections", "show", inspection).json()["previous_recommendations"]:
        assert (
            cli("followups", "set", row["id"], row["status"], "--inspection", inspection).code == 0
        )
    after = cli("--json", "minutes", "check", inspection).json()
    assert not any(w["rule"] == "previous.not_reviewed" for w in after["warnings"])
