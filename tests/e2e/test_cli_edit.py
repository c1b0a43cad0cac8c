"""`cchc … edit`: the window's edit dialogs from the command line, through the same core."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def _demo(cli: Cli) -> None:
    assert cli("init").code == 0
    assert cli("demo").code == 0


def test_edit_plan_and_report_changes(cli: Cli) -> None:
    _demo(cli)
    done = cli("--json", "plans", "edit", "80/KH-BCĐCCHC", "--title", "Kiểm tra CCHC 2024")
    assert done.code == 0, done.err
    result = done.json()
    assert isinstance(result, dict) and result["changed"]["title"]["new"] == "Kiểm tra CCHC 2024"
    again = cli("plans", "edit", "80/KH-BCĐCCHC", "--title", "Kiểm tra CCHC 2024")
    assert again.code == 0 and "Không có gì thay đổi" in again.out
    bad = cli("plans", "edit", "80/KH-BCĐCCHC", "--date", "2024-02-30")
    assert bad.code == 1 and "Ngày kế hoạch không hợp lệ" in bad.err


def test_edit_unit_parent_code_and_validity(cli: Cli) -> None:
    _demo(cli)
    added = cli("--json", "units", "add", "--name", "Xã Thử", "--kind", "xa", "--code", "99999")
    unit = added.json()["id"]  # type: ignore[index]
    done = cli(
        "--json",
        "units",
        "edit",
        unit,
        "--parent",
        "20",
        "--valid-from",
        "2025-07-01",
        "--code",
        "",
    )
    assert done.code == 0, done.err
    changed = done.json()["changed"]  # type: ignore[index]
    assert changed["code"] == {"old": "99999", "new": None}
    assert changed["valid_from"]["new"] == "2025-07-01"
    looped = cli("units", "edit", "20", "--parent", unit)
    assert looped.code == 1 and "cấp dưới" in looped.err
    assert cli("units", "edit", unit, "--no-parent").code == 0


def test_edit_team_and_inspection(cli: Cli) -> None:
    _demo(cli)
    teams = cli("--json", "teams", "list", "--plan", "45/KH-UBND").json()
    team = teams[0]["id"]  # type: ignore[index]
    done = cli(
        "--json",
        "teams",
        "edit",
        team,
        "--leader",
        "Nguyễn Văn An|Giám đốc Sở Nội vụ",
        "--secretary",
        "Lê Minh Châu|Chuyên viên",
    )
    assert done.code == 0, done.err
    assert done.json() == {"id": team, "added": 0, "changed": 2, "removed": 1}
    inspections = cli("--json", "inspections", "list", "--plan", "45/KH-UBND").json()
    inspection = inspections[0]["id"]  # type: ignore[index]
    done = cli("--json", "inspections", "edit", inspection, "--place", "Hội trường", "--team", "")
    assert done.code == 0, done.err
    changed = done.json()["changed"]  # type: ignore[index]
    assert changed["place"]["new"] == "Hội trường" and changed["team_id"]["new"] is None


def test_edits_and_empty_lists_read_in_english(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _demo(cli)
    monkeypatch.setenv("CCHC_LANG", "en")
    done = cli("plans", "edit", "80/KH-BCĐCCHC", "--title", "Kiểm tra CCHC 2024")
    assert done.code == 0 and done.out.startswith("Edited plan ") and done.out.endswith(": title\n")
    empty = cli("units", "list", "--kind", "dac_khu")
    assert empty.code == 0 and empty.out.splitlines()[-1] == "(none)"
