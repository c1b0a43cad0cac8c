"""One bad stored value never breaks a command for good (issue 18, "Found" item 3).

A value no form of the app writes (an inspection dated "ngày mai", a deadline "31/12/2024", a
unit's predecessors that are not a list, Infinity in a version vector, a revision of 2**70)
may still be in a database: written before validation on merge existed, or by hand. Every
command shows it as invalid or refuses with one clear line naming it; none crashes; `cchc
check` finds each of them. Packages carrying such values are refused with the table, the id
and the field; dates outside 2000–2100 are refused on input too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.workspace import Workspace
from tests.exchange_support import dump, inspection_on, laptop, open_ws
from tests.security.crafting import export_all, put_rows, read_members, rows, seal, signed_as


@pytest.fixture
def office(tmp_path: Path) -> dict[str, Any]:
    """An office with one inspection (answers, a recommendation with a deadline)."""
    from cchc_desktop.store.findings import add_finding

    folder = laptop(tmp_path, "O")
    with open_ws(folder) as ws:
        inspection = inspection_on(ws)
        finding = add_finding(
            ws, inspection, kind="kien_nghi", text="Niêm yết lại thủ tục", deadline="2024-12-31"
        )
        unit = ws.db.execute("SELECT unit_id FROM inspections").fetchone()[0]
    return {"folder": folder, "inspection": inspection, "finding": finding, "unit": unit}


def corrupt(folder: Path, sql: str, *params: Any) -> None:
    """Write a value behind the app's back, as an old merge or a hand edit could have."""
    with sqlite3.connect(folder / "cchc.sqlite") as conn:
        conn.execute(sql, params)


def assert_calm(result: Any) -> None:
    """No traceback, whatever the outcome; a refusal is one clear line."""
    assert "Traceback" not in result.err and "Error:" not in result.err, result.err
    if result.code:
        assert result.code == 1 and len(result.err.strip().splitlines()) == 1, result.err


def test_a_date_that_is_not_a_date(
    office: dict[str, Any], cli: Callable[..., Any], tmp_path: Path
) -> None:
    folder, inspection = office["folder"], office["inspection"]
    corrupt(folder, "UPDATE inspections SET date = 'ngày mai'")
    listed = cli("inspections", "list", data=folder)
    assert listed.code == 0 and "ngày mai (không hợp lệ)" in listed.out
    shown = cli("inspections", "show", inspection, data=folder)
    assert shown.code == 0 and "ngày mai (không hợp lệ)" in shown.out
    assert_calm(shown)
    for target in ("bao-cao.pdf", "bao-cao.xlsx"):
        report = cli("report", "-o", str(tmp_path / target), data=folder)
        assert_calm(report)
    ready = cli("minutes", "check", inspection, data=folder)  # the readiness list names it
    assert ready.code == 1 and "Traceback" not in ready.err
    assert "«date» = «ngày mai»" in ready.out + ready.err
    made = cli("minutes", "make", inspection, "-o", str(tmp_path / "bb.pdf"), data=folder)
    assert made.code == 1 and "ngày mai" in made.err and "không hợp lệ" in made.err
    final = cli(
        "minutes", "make", inspection, "--final", "-o", str(tmp_path / "bb.pdf"), data=folder
    )
    assert final.code == 1 and "ngày mai" in final.err
    assert_calm(final)
    assert_calm(made)
    assert not (tmp_path / "bb.pdf").exists()
    checked = cli("check", data=folder)
    assert checked.code == 1 and "inspections" in checked.out and "ngày mai" in checked.out


def test_a_deadline_written_the_wrong_way(
    office: dict[str, Any], cli: Callable[..., Any], tmp_path: Path
) -> None:
    folder = office["folder"]
    corrupt(folder, "UPDATE findings SET deadline = '31/12/2024' WHERE id = ?", office["finding"])
    followups = cli("followups", "list", data=folder)
    assert followups.code == 0 and "31/12/2024 (không hợp lệ)" in followups.out
    assert_calm(cli("followups", "list", "--overdue", data=folder))
    for target in ("bao-cao.pdf", "bao-cao.xlsx"):
        assert_calm(cli("report", "-o", str(tmp_path / target), data=folder))
    checked = cli("--json", "check", data=folder)
    assert checked.code == 1
    found = [item for item in checked.json() if not item["ok"]]
    assert any("findings" in item["detail"] and "deadline" in item["detail"] for item in found)


def test_predecessors_that_are_not_a_list(
    office: dict[str, Any], cli: Callable[..., Any], tmp_path: Path
) -> None:
    folder = office["folder"]
    corrupt(
        folder, "UPDATE units SET merged_from = '[\"không phải mã\"' WHERE id = ?", office["unit"]
    )
    listed = cli("units", "list", data=folder)
    assert listed.code == 0 and "Mông Ân" in listed.out
    before = dump(folder)
    exported = cli("export", "--all", "-o", str(tmp_path / "o.cchc"), data=folder)
    assert exported.code == 1 and "merged_from" in exported.err and office["unit"] in exported.err
    assert_calm(exported)
    assert not (tmp_path / "o.cchc").exists() and dump(folder) == before
    assert "merged_from" in cli("check", data=folder).out


@pytest.mark.parametrize(
    ("column", "value"),
    [("vv", '{"x": Infinity}'), ("vv", '{"x": 1e400}'), ("rev", float(2**70)), ("vv", "không")],
)
def test_bookkeeping_that_cannot_be_read(
    column: str, value: Any, office: dict[str, Any], cli: Callable[..., Any], tmp_path: Path
) -> None:
    """A bad vector or revision on a stored row: export refuses it by name; verify and merge
    of another laptop's package still work (the stored version counts as the weakest)."""
    folder, inspection = office["folder"], office["inspection"]
    other = laptop(tmp_path, "T")
    package = export_all(folder, tmp_path / "o.cchc")
    assert cli("merge", "--trust-new", str(package), data=other).code == 0
    from cchc_desktop.store.answers import set_answer

    with open_ws(other) as ws:
        set_answer(ws, inspection, "D1", "khong_dat", note="Sửa ở máy T")
    theirs = export_all(other, tmp_path / "t.cchc")
    corrupt(folder, f"UPDATE answers SET [{column}] = ?", value)

    exported = cli("export", "--all", "-o", str(tmp_path / "again.cchc"), data=folder)
    assert exported.code == 1 and f"«{column}»" in exported.err
    assert_calm(exported)
    verified = cli("verify", str(theirs), data=folder)
    assert verified.code == 0, verified.err
    merged = cli("merge", "--trust-new", str(theirs), data=folder)
    assert_calm(merged)
    assert merged.code == 0, merged.err
    assert_calm(cli("inspections", "show", inspection, data=folder))
    assert_calm(cli("answer", inspection, "D2", "dat", data=folder))
    assert_calm(cli("check", data=folder))


@pytest.mark.parametrize(
    ("table", "field", "value", "reason"),
    [
        ("inspections", "date", "ngày mai", "không phải ngày"),
        ("inspections", "date", "1999-12-31", "2000–2100"),
        ("inspections", "status", "xong", "không thuộc"),
        ("findings", "deadline", "31/12/2024", "không phải ngày"),
        ("answers", "result", "tot", "không thuộc"),
        ("answers", "score", 1e308 * 10, "hữu hạn"),
        ("answers", "rev", 2**70, "ngoài khoảng"),
        ("units", "merged_from", "[1, 2]", "danh sách mã"),
        ("inspections", "plan_id", "00000000-0000-4000-8000-000000000000", "không có trong gói"),
        ("answers", "vv", '{"x": Infinity}', "véc-tơ phiên bản"),
        ("findings", "text", "x" * 100_001, "dài quá"),
    ],
)
def test_a_package_with_a_bad_value_is_refused_naming_it(
    table: str,
    field: str,
    value: Any,
    reason: str,
    office: dict[str, Any],
    cli: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """The sender signs the bad value itself: it is still refused, whole, before anything is
    written, naming the table, the record and the field."""
    folder = office["folder"]
    receiver = laptop(tmp_path, "S")
    members = read_members(export_all(folder, tmp_path / "o.cchc"))
    [row, *others] = rows(members, table)
    bad = {**row, field: value}
    if field not in ("vv", "rev"):
        bad = signed_as(folder, table, bad)
    put_rows(members, table, [bad, *others])
    package = seal(members, folder, tmp_path / "bad.cchc")
    before = dump(receiver)
    for command in (["verify"], ["merge", "--trust-new"]):
        result = cli(*command, str(package), data=receiver)
        assert result.code == 1, result.out
        assert_calm(result)
        assert f"({table})" in result.err and row["id"] in result.err, result.err
        assert f"«{field}»" in result.err and reason in result.err, result.err
    assert dump(receiver) == before


@pytest.mark.parametrize("typed", ["0001-07-02", "1999-12-31", "2101-01-01", "02/07/1899"])
def test_dates_outside_2000_2100_are_refused_on_input(
    typed: str, office: dict[str, Any], cli: Callable[..., Any]
) -> None:
    folder, inspection = office["folder"], office["inspection"]
    before = dump(folder)
    edited = cli("inspections", "edit", inspection, "--date", typed, data=folder)
    assert edited.code == 1 and typed in edited.err and "2000" in edited.err, edited.err
    assert_calm(edited)
    assert dump(folder) == before


def test_check_says_what_it_found_and_a_clean_folder_passes(
    office: dict[str, Any], cli: Callable[..., Any]
) -> None:
    folder = office["folder"]
    clean = cli("check", data=folder)
    assert clean.code == 0 and "Mọi giá trị đã lưu đều hợp lệ" in clean.out
    corrupt(folder, "UPDATE inspections SET start_time = '25:99'")
    corrupt(folder, "UPDATE answers SET vv = '{\"x\": Infinity}'")
    checked = cli("check", data=folder)
    assert checked.code == 1
    assert "start_time" in checked.out and "25:99" in checked.out and "vv" in checked.out


def test_an_upgraded_folder_signs_its_own_history(tmp_path: Path) -> None:
    """A database from before m0008: its own rows and audit lines get this device's signature
    once, and they verify; a row another laptop wrote stays unsigned (legacy)."""
    import shutil

    from cchc_desktop.exchange.provenance_check import known_keys
    from cchc_desktop.store import provenance
    from cchc_desktop.store.migrations.m0008_provenance import synced_tables

    fixtures = Path(__file__).parents[1] / "fixtures"
    data = tmp_path / "data"
    Workspace.init(data).close()
    shutil.copyfile(fixtures / "schema-0005.sqlite", data / "cchc.sqlite")
    shutil.copyfile(fixtures / "schema-0005.device.json", data / "device.json")
    with sqlite3.connect(data / "cchc.sqlite") as conn:  # one row written elsewhere
        conn.execute("UPDATE units SET device_id = 'another-laptop' WHERE rowid = 1")
    with Workspace.open(data) as ws:
        keys = known_keys(ws)
        signed = unsigned = 0
        for table in synced_tables(ws.db):
            for row in fetch_all(ws.db, f"SELECT * FROM [{table}]"):
                if row["device_id"] == ws.device_id:
                    assert provenance.check_version(table, row, keys) is None
                    signed += 1
                else:
                    assert row["sig"] == ""
                    unsigned += 1
        assert signed > 100 and unsigned == 1
        lines = fetch_all(ws.db, "SELECT * FROM audit_log")
        assert lines and all(provenance.audit_ok(line, keys[ws.device_id]) for line in lines)
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            ws.db.execute("UPDATE audit_log SET sig = 'x' WHERE seq = 1")


def test_a_long_value_is_quoted_without_copying_it_whole() -> None:
    """A refusal quotes the first characters of a value (``shown_value``): a value of
    megabytes (from a package, or stored by hand) is not escaped whole first, at ~10 bytes
    per character."""
    import tracemalloc

    from cchc_desktop.store.field_rules import shown_value

    value = "\x1b" + "x" * 2_000_000
    tracemalloc.start()
    try:
        shown = shown_value(value)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert shown == "\\x1b" + "x" * 53 + "…"
    assert peak < 100_000, peak
