"""`cchc` end to end: inspections, answers, findings, follow-ups."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.conftest import dump


def _setup(cli: Any) -> dict[str, str]:
    assert cli("init").code == 0
    plan = cli(
        "--json",
        "plans",
        "add",
        "--number",
        "80/KH-BCĐCCHC",
        "--date",
        "2024-05-29",
        "--issuer",
        "Ban Chỉ đạo CCHC tỉnh Lạng Sơn",
        "--title",
        "Kiểm tra CCHC năm 2024",
    ).json()
    district = cli(
        "--json", "units", "add", "--name", "Huyện Chi Lăng", "--kind", "huyen", "--code", "187"
    ).json()
    commune = cli(
        "--json", "units", "add", "--name", "Xã Mai Sao", "--kind", "xa", "--parent", "187"
    ).json()
    team = cli(
        "--json",
        "teams",
        "add",
        "--plan",
        plan["id"],
        "--leader",
        "Hồ Tiến Thiệu|Chủ tịch UBND tỉnh",
    ).json()
    inspection = cli(
        "--json",
        "inspections",
        "new",
        "--plan",
        plan["id"],
        "--unit",
        commune["id"],
        "--date",
        "2024-07-02",
        "--team",
        team["id"],
    ).json()
    return {
        "plan": plan["id"],
        "unit": commune["id"],
        "district": district["id"],
        "team": team["id"],
        "inspection": inspection["id"],
    }


def test_an_inspection_from_start_to_findings(cli: Any) -> None:
    ids = _setup(cli)
    inspection = ids["inspection"]
    show = cli("--json", "inspections", "show", inspection).json()
    # A 2024 inspection gets the one-stop template of that era by default.
    assert show["template"]["key"] == "mot-cua-nd61"
    assert show["place"] == "Xã Mai Sao"
    assert show["unit_ancestors"][0]["name"] == "Huyện Chi Lăng"
    total = show["progress"]["total"]
    assert total == len(show["checklist"]) > 40

    assert cli("answer", inspection, "A1", "dat").code == 0
    saved = cli(
        "--json", "answer", inspection, "k1", "khong_dat", "--note", "Khu vực chờ chật, thiếu ghế"
    )
    assert saved.code == 0 and saved.json()["code"] == "K1"
    partly = cli("--json", "answer", inspection, "D8", "dat_mot_phan")
    assert partly.json()["needs_note"] is True
    assert "ghi chú" in partly.err
    assert cli("answer", inspection, "A1", "dat", "--score", "0.5").code == 0
    # Answering again without --score keeps the score given.
    assert cli("answer", inspection, "A1", "dat", "--note", "Có kế hoạch").code == 0

    show = cli("--json", "inspections", "show", inspection).json()
    by_code = {c["code"]: c for c in show["checklist"]}
    assert by_code["A1"]["result"] == "dat" and by_code["A1"]["score"] == 0.5
    assert by_code["A1"]["note"] == "Có kế hoạch"
    assert by_code["K1"]["result"] == "khong_dat"
    assert by_code["K1"]["note"] == "Khu vực chờ chật, thiếu ghế"
    assert show["progress"]["answered"] == 3
    assert show["progress"]["khong_dat"] == 1
    assert show["progress"]["missing_notes"] == 1

    added = cli(
        "--json",
        "findings",
        "add",
        inspection,
        "--kind",
        "kien_nghi",
        "--text",
        "Đầu tư cơ sở vật chất bộ phận một cửa",
        "--criterion",
        "K1",
        "--deadline",
        "2024-09-30",
        "--responsible",
        "UBND xã Mai Sao",
    )
    assert added.code == 0, added.err
    cli("findings", "add", inspection, "--kind", "uu_diem", "--text", "Niêm yết TTHC đầy đủ")
    findings = cli("--json", "findings", "list", inspection).json()
    assert [f["kind"] for f in findings] == ["uu_diem", "kien_nghi"]
    assert findings[1]["deadline"] == "2024-09-30"
    assert findings[1]["criterion_code"] == "K1"

    overdue = cli("--json", "followups", "list", "--overdue").json()
    assert [f["id"] for f in overdue] == [added.json()["id"]]
    assert overdue[0]["unit_name"] == "Xã Mai Sao"
    assert cli("findings", "status", added.json()["id"], "da_hoan_thanh").code == 0
    assert cli("--json", "followups", "list", "--overdue").json() == []

    listed = cli("--json", "inspections", "list", "--unit", ids["unit"]).json()
    assert listed[0]["answered"] == 3 and listed[0]["not_met"] == 1
    assert listed[0]["leader"] == "Hồ Tiến Thiệu"


def test_answer_refusals_change_nothing(cli: Any, data_dir: Path) -> None:
    ids = _setup(cli)
    cli("answer", ids["inspection"], "A1", "dat")
    before = dump(data_dir)
    refused = [
        ("answer", "00000000-0000-0000-0000-000000000000", "A1", "dat"),
        ("answer", ids["inspection"], "A1", "tot"),
        ("answer", ids["inspection"], "Z99", "dat"),
        ("answer", ids["inspection"], "A1", "dat", "--score", "7"),
        (
            "findings",
            "add",
            ids["inspection"],
            "--kind",
            "uu_diem",
            "--text",
            "x",
            "--deadline",
            "2024-09-30",
        ),
        (
            "findings",
            "add",
            ids["inspection"],
            "--kind",
            "kien_nghi",
            "--text",
            "x",
            "--deadline",
            "30/02/2024",
        ),
        (
            "inspections",
            "new",
            "--plan",
            ids["plan"],
            "--unit",
            ids["unit"],
            "--date",
            "2024-13-01",
        ),
    ]
    for args in refused:
        result = cli(*args)
        assert result.code == 1, (args, result.err)
        assert len(result.err.strip().splitlines()) == 1, result.err
    assert dump(data_dir) == before
    missing = cli("answer", "00000000-0000-0000-0000-000000000000", "A1", "dat")
    assert "Không tìm thấy cuộc kiểm tra" in missing.err
    bad_result = cli("answer", ids["inspection"], "A1", "tot")
    assert "dat, dat_mot_phan, khong_dat, khong_ap_dung" in bad_result.err


def test_two_tier_inspection_gets_the_ttpvhcc_template(cli: Any, data_dir: Path) -> None:
    ids = _setup(cli)
    centre = cli(
        "--json",
        "units",
        "add",
        "--name",
        "Trung tâm Phục vụ hành chính công xã Chi Lăng",
        "--kind",
        "ttpvhcc",
        "--valid-from",
        "2025-07-01",
    ).json()
    new = cli(
        "--json",
        "inspections",
        "new",
        "--plan",
        ids["plan"],
        "--unit",
        centre["id"],
        "--date",
        "2026-11-24",
    ).json()
    show = cli("--json", "inspections", "show", new["id"]).json()
    assert show["template"]["key"] == "ttpvhcc-xa"
    assert show["progress"]["total"] == 60
    codes = [c["code"] for c in show["checklist"]]
    assert codes[0] == "A1" and codes[-1] == "L2"
    # Each answer records the template version it was made with.
    cli("answer", new["id"], "D14", "khong_dat", "--note", "Thiếu khẩu hiệu")
    with sqlite3.connect(data_dir / "cchc.sqlite") as conn:
        stored = conn.execute(
            "SELECT a.template_version, t.key FROM answers a JOIN templates t ON t.id = a.template_id"
            " WHERE a.inspection_id = ?",
            [new["id"]],
        ).fetchall()
    assert stored == [(1, "ttpvhcc-xa")]


def test_template_import_export_round_trip(cli: Any, tmp_path: Path) -> None:
    cli("init")
    for suffix in ("json", "xlsx"):
        target = tmp_path / f"mau.{suffix}"
        exported = cli("templates", "export", "ttpvhcc-xa", "-o", str(target))
        assert exported.code == 0, exported.err
        again = cli("--json", "templates", "import", str(target))
        assert again.code == 0, again.err
        assert again.json()["created"] is False
    broken = tmp_path / "hong.xlsx"
    broken.write_text("không phải bảng tính", encoding="utf-8")
    refused = cli("templates", "import", str(broken))
    assert refused.code == 1 and refused.err.strip()
    listed = cli("--json", "templates", "list").json()
    assert {(t["key"], t["version"], t["criteria"]) for t in listed} >= {("ttpvhcc-xa", 1, 60)}
