"""Conflicts settled in bulk through `cchc`: every conflict of one package or of one inspection
with one choice, counts said, the decision undone exactly (records and open conflicts), and
each side named by where it is: this laptop, or the package of a named laptop. Real laptops
(data folders), real packages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.exchange import bulk
from cchc_desktop.store.answers import set_answer
from tests.exchange_support import disagreeing_desk, dump, open_ws, rows_of

ANSWERS = "SELECT * FROM answers ORDER BY id"
CONFLICTS = "SELECT * FROM conflicts ORDER BY id"


@pytest.fixture
def desk(tmp_path: Path) -> dict[str, Any]:
    """Four conflicts met by B's package, two per inspection: see disagreeing_desk."""
    return disagreeing_desk(tmp_path)


def notes(folder: Path) -> dict[tuple[str, str], str]:
    return {
        (row["inspection_id"], row["criterion_code"]): row["note"]
        for row in rows_of(folder, "SELECT inspection_id, criterion_code, note FROM answers")
    }


def listed(cli: Callable[..., Any], folder: Path) -> list[dict[str, Any]]:
    return cli("--json", "conflicts", "list", data=folder).json()  # type: ignore[no-any-return]


def test_each_side_is_named_by_where_it_is(desk: dict[str, Any], cli: Callable[..., Any]) -> None:
    items = listed(cli, desk["S"])
    # The package that met them all is B's, by B's name; each other side came from a laptop.
    assert {item["package"]["device_name"] for item in items} == {desk["b_name"]}
    assert {item["package"]["id"] for item in items} == {desk["package_b"]}
    text = cli("conflicts", "list", data=desk["S"]).out
    assert "trong máy này" in text and "trong gói" in text and "bản của" not in text.lower()
    assert f"Gói b2.cchc của {desk['b_name']}: 4 xung đột đang chờ" in text
    assert f"--package {desk['package_b'][:12]} --keep mine|theirs" in text
    shown = cli("conflicts", "show", items[0]["id"][:8], data=desk["S"]).out
    theirs_from = items[0]["theirs"][0]["from"]
    assert theirs_from in desk["names"].values()  # the laptop's name, as trusted here
    assert f"trong gói của {theirs_from}" in shown.splitlines()[0]


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_every_conflict_of_one_package_with_one_choice(
    keep: str, desk: dict[str, Any], cli: Callable[..., Any]
) -> None:
    s = desk["S"]
    items = listed(cli, s)
    side = {"mine": lambda i: i["mine"], "theirs": lambda i: i["theirs"][0]}[keep]
    expected = {
        (side(i)["values"]["inspection_id"], side(i)["values"]["criterion_code"]): side(i)[
            "values"
        ]["note"]
        for i in items
    }
    done = cli("conflicts", "resolve", "--package", "b2.cchc", "--keep", keep, data=s)
    assert done.code == 0, done.err
    word = {"mine": "giữ bản trong máy này", "theirs": "lấy bản trong gói"}[keep]
    assert f"Đã giải quyết 4 xung đột của gói b2.cchc ({desk['b_name']}): {word}." in done.out
    assert listed(cli, s) == []
    assert {k: v for k, v in notes(s).items() if k in expected} == expected


def test_every_conflict_of_one_inspection_leaves_the_others_open(
    desk: dict[str, Any], cli: Callable[..., Any]
) -> None:
    s = desk["S"]
    done = cli(
        "--json", "conflicts", "resolve", "--inspection", desk["first"], "--keep", "theirs",
        data=s,
    )  # fmt: skip
    assert done.code == 0, done.err
    decision = done.json()
    assert len(decision["resolved"]) == 2 and decision["skipped"] == []
    assert decision["scope"]["label"] == "cuộc kiểm tra Xã Mông Ân, 02/07/2024"
    left = listed(cli, s)
    assert len(left) == 2
    assert {i["mine"]["values"]["inspection_id"] for i in left} == {desk["second"]}


def test_undo_puts_records_and_open_conflicts_back_exactly(
    desk: dict[str, Any], cli: Callable[..., Any]
) -> None:
    s = desk["S"]
    answers, open_conflicts = rows_of(s, ANSWERS), rows_of(s, CONFLICTS)
    done = cli("conflicts", "resolve", "--package", desk["package_b"][:10], "--keep", "theirs",
               data=s)  # fmt: skip
    assert done.code == 0 and rows_of(s, ANSWERS) != answers
    undone = cli("conflicts", "undo", data=s)
    assert undone.code == 0, undone.err
    assert "Đã hoàn tác: 4 xung đột của gói b2.cchc" in undone.out
    assert rows_of(s, ANSWERS) == answers  # revisions and version vectors too
    assert rows_of(s, CONFLICTS) == open_conflicts
    # Undone once; the same choice can be made again, and again undone.
    assert cli("conflicts", "undo", data=s).code == 1
    assert cli("conflicts", "resolve", "--package", "b2.cchc", "--keep", "mine", data=s).code == 0
    assert cli("conflicts", "undo", data=s).code == 0
    assert rows_of(s, ANSWERS) == answers and rows_of(s, CONFLICTS) == open_conflicts


def test_undo_is_refused_once_a_record_changed_or_a_package_left(
    desk: dict[str, Any], cli: Callable[..., Any]
) -> None:
    s = desk["S"]
    assert cli("conflicts", "resolve", "--package", "b2.cchc", "--keep", "theirs", data=s).code == 0
    with open_ws(s) as ws:
        set_answer(ws, desk["first"], "D1", "dat", note="Thư ký sửa sau")
    before = dump(s)
    refused = cli("conflicts", "undo", data=s)
    assert refused.code == 1 and "đã thay đổi sau khi giải quyết xung đột" in refused.err
    assert dump(s) == before
    # Another decision, then a package leaves this laptop carrying it: no undo either.
    with open_ws(s) as ws:
        decision = bulk.last_decision(ws)
    assert decision is not None
    assert cli("export", "--all", "-o", str(desk["root"] / "s.cchc"), data=s).code == 0
    before = dump(s)
    refused = cli("conflicts", "undo", decision[:8], data=s)
    assert refused.code == 1 and "đã xuất gói mang quyết định đó" in refused.err
    assert dump(s) == before


def test_wrong_use_is_refused_with_one_line(desk: dict[str, Any], cli: Callable[..., Any]) -> None:
    s = desk["S"]
    before = dump(s)
    both = cli("conflicts", "resolve", "--package", "b2.cchc", "--keep", "both", data=s)
    assert both.code == 1 and "«giữ cả hai» phải xem từng xung đột" in both.err
    two = cli("conflicts", "resolve", "--package", "b2.cchc", "--inspection", desk["first"],
              "--keep", "mine", data=s)  # fmt: skip
    assert two.code == 1 and "đúng một trong" in two.err
    unknown = cli("conflicts", "resolve", "--package", "khong-co.cchc", "--keep", "mine", data=s)
    assert unknown.code == 1 and "Không tìm thấy gói «khong-co.cchc»" in unknown.err
    none = cli("conflicts", "resolve", "--package", "a2.cchc", "--keep", "mine", data=s)
    assert none.code == 1 and "Không còn xung đột nào đang chờ của gói a2.cchc" in none.err
    assert dump(s) == before


def test_english(desk: dict[str, Any], cli: Callable[..., Any], english: None) -> None:
    done = cli("conflicts", "resolve", "--package", "b2.cchc", "--keep", "mine", data=desk["S"])
    assert done.code == 0
    assert "Resolved 4 conflicts of package b2.cchc" in done.out
    assert "kept this laptop's version" in done.out
