"""`cchc` end to end: set-up, reference data, JSON output, refusals that change nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

from tests.conftest import CliResult, dump


def test_init_then_demo_twice_gives_twelve_2024_inspections_once(cli, data_dir: Path) -> None:
    assert cli("init").code == 0
    first = cli("--json", "demo")
    assert first.code == 0, first.err
    assert first.json()["inspections"] == 16
    assert first.json()["photos"] == 4  # evidence photos of the 2026 Lộc Bình inspection
    second = cli("--json", "demo")
    assert second.code == 0
    assert second.json() == {"templates": 0, "units": 0, "plans": 0, "teams": 0}

    plans = cli("--json", "plans", "list").json()
    plan = next(p for p in plans if p["number"] == "80/KH-BCĐCCHC")
    assert plan["date"] == "2024-05-29"
    rows = cli("--json", "inspections", "list", "--plan", plan["id"]).json()
    assert len(rows) == 12
    assert {r["date"] for r in rows} == {"2024-07-01", "2024-07-02", "2024-07-03", "2024-07-04"}
    districts = {
        "Bình Gia": "2024-07-01",
        "Chi Lăng": "2024-07-02",
        "Hữu Lũng": "2024-07-03",
        "Lộc Bình": "2024-07-04",
    }
    units = {u["id"]: u for u in cli("--json", "units", "list").json()}
    for district, date in districts.items():
        on_day = [r for r in rows if r["date"] == date]
        assert len(on_day) == 3
        parents = {units[r["unit_id"]]["parent_name"] for r in on_day}
        assert parents == {f"Huyện {district}"}
    # The plan can be named by its number too.
    assert len(cli("--json", "inspections", "list", "--plan", "80/KH-BCĐCCHC").json()) == 12
    loc_binh = next(
        r
        for r in cli("--json", "inspections", "list").json()
        if r["unit_name"] == "Trung tâm Phục vụ hành chính công xã Lộc Bình"
    )
    photos = cli("--json", "photos", "list", loc_binh["id"]).json()
    assert [p["criterion"] for p in photos] == ["D14", "C1", "D5", None]
    assert all(p["taken_at"].startswith("2026-11-10T") and p["gps"] for p in photos)


def test_nfd_names_are_stored_and_listed_nfc(cli) -> None:
    cli("init")
    nfd = unicodedata.normalize("NFD", "Xã Hữu Kiên")
    created = cli("--json", "units", "add", "--name", nfd, "--kind", "xa")
    assert created.code == 0, created.err
    listed = cli("--json", "units", "list").json()
    assert [u["name"] for u in listed] == ["Xã Hữu Kiên"]
    assert unicodedata.is_normalized("NFC", listed[0]["name"])
    assert listed[0]["id"] == created.json()["id"]
    text = cli("units", "list").out
    assert "Xã Hữu Kiên" in text and nfd not in text


def test_units_are_listed_in_vietnamese_order(cli) -> None:
    cli("init")
    for name in ["Xã Đồng Bục", "Xã Ái Quốc", "Xã Dương Hưu", "Xã An Sơn", "Xã Ẩn Lạc"]:
        assert cli("units", "add", "--name", name, "--kind", "xa").code == 0
    names = [u["name"] for u in cli("--json", "units", "list").json()]
    assert names == ["Xã Ái Quốc", "Xã An Sơn", "Xã Ẩn Lạc", "Xã Dương Hưu", "Xã Đồng Bục"]


def test_bad_input_exits_1_with_one_vietnamese_line_and_changes_nothing(
    cli, data_dir: Path
) -> None:
    cli("init")
    before = dump(data_dir)
    cases = [
        (
            "plans",
            "add",
            "--number",
            "01/KH",
            "--date",
            "2024-02-30",
            "--issuer",
            "X",
            "--title",
            "Y",
        ),
        ("units", "add", "--name", "Xã A", "--kind", "quan"),
        ("units", "add", "--name", "Xã A", "--kind", "xa", "--parent", "khong-co"),
        ("teams", "add", "--plan", "khong-co", "--leader", "Ai|Gì"),
        ("templates", "export", "khong-co", "-o", str(data_dir / "x.json")),
    ]
    for args in cases:
        result: CliResult = cli(*args)
        assert result.code == 1, args
        assert result.out == ""
        lines = result.err.strip().splitlines()
        assert len(lines) == 1, result.err
        assert any(ch in lines[0] for ch in "ạảãáàơưđ"), lines[0]
    assert dump(data_dir) == before


def test_usage_errors_exit_2(cli) -> None:
    assert cli("units", "add", "--name", "X").code == 2
    assert cli("no-such-command").code == 2


def test_english_messages_on_request(cli, monkeypatch) -> None:  # CLI reads CCHC_LANG itself
    cli("init")
    monkeypatch.setenv("CCHC_LANG", "en")
    result = cli("units", "add", "--name", "Xã A", "--kind", "quan")
    assert result.code == 1
    assert "Invalid unit kind" in result.err


def test_commands_before_init_say_what_to_do(cli) -> None:
    result = cli("units", "list")
    assert result.code == 1
    assert "cchc" in result.err and "init" in result.err


def test_plans_teams_and_json_ids(cli) -> None:
    cli("init")
    plan = cli(
        "--json",
        "plans",
        "add",
        "--number",
        "12/KH-UBND",
        "--date",
        "2026-03-01",
        "--issuer",
        "UBND tỉnh Lạng Sơn",
        "--title",
        "Kiểm tra CCHC năm 2026",
    ).json()
    team = cli(
        "--json",
        "teams",
        "add",
        "--plan",
        plan["id"],
        "--leader",
        "Nguyễn Văn An|Phó Giám đốc Sở Nội vụ",
        "--member",
        "Trần Thị Bình|Chuyên viên",
        "--secretary",
        "Lê Minh Châu|Chuyên viên",
    ).json()
    teams = cli("--json", "teams", "list", "--plan", plan["id"]).json()
    assert [t["id"] for t in teams] == [team["id"]]
    roles = [(m["name"], m["role"], m["title"]) for m in teams[0]["members"]]
    assert roles == [
        ("Nguyễn Văn An", "truong_doan", "Phó Giám đốc Sở Nội vụ"),
        ("Trần Thị Bình", "thanh_vien", "Chuyên viên"),
        ("Lê Minh Châu", "thu_ky", "Chuyên viên"),
    ]
    # The same plan again is refused, not duplicated.
    again = cli(
        "plans",
        "add",
        "--number",
        "12/KH-UBND",
        "--date",
        "2026-03-01",
        "--issuer",
        "X",
        "--title",
        "Y",
    )
    assert again.code == 1 and "đã có" in again.err


def test_check_and_backup(cli, data_dir: Path) -> None:
    cli("init")
    cli("demo")
    check = cli("--json", "check")
    assert check.code == 0, check.out
    assert all(item["ok"] for item in check.json())
    target = data_dir.parent / "sao-luu.zip"
    backup = cli("--json", "backup", "-o", str(target))
    assert backup.code == 0
    with zipfile.ZipFile(target) as archive:
        assert "cchc.sqlite" in archive.namelist()
        assert "device.json" in archive.namelist()
        assert not any(name.startswith("keys/") for name in archive.namelist())
        # The demo's photos: originals, thumbnails and print copies.
        media = [name for name in archive.namelist() if name.startswith("media/")]
        assert sum(name.startswith("media/blobs/") for name in media) == 4
        assert any(name.endswith(".thumb.jpg") for name in media)
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "copy.sqlite"
        with zipfile.ZipFile(target) as archive:
            copy.write_bytes(archive.read("cchc.sqlite"))
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM inspections").fetchone()[0] == 16


def test_the_console_command_runs_as_a_process(data_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": ""}
    run = [sys.executable, "-m", "cchc_desktop.cli", "--data-dir", str(data_dir)]
    done = subprocess.run([*run, "init"], capture_output=True, env=env, check=False)
    assert done.returncode == 0, done.stderr.decode()
    done = subprocess.run(
        [*run, "units", "add", "--name", "Xã Đồng Bục", "--kind", "xa"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    listed = subprocess.run([*run, "units", "list"], capture_output=True, env=env, check=False)
    assert "Xã Đồng Bục" in listed.stdout.decode("utf-8")
    bad = subprocess.run(
        [*run, "units", "add", "--name", "X", "--kind", "quan"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert bad.returncode == 1
    assert "không hợp lệ" in bad.stderr.decode("utf-8")
