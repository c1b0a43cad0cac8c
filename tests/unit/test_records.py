"""Every write carries revision, version vector, timestamp and device, and leaves an audit trail."""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from cchc_desktop.errors import UserError
from cchc_desktop.store import records
from cchc_desktop.store.plans import add_plan
from cchc_desktop.store.units import add_unit, list_units, update_unit
from cchc_desktop.store.workspace import Workspace


@pytest.fixture
def bare(data_dir: Path) -> Workspace:
    ws = Workspace.init(data_dir)
    yield ws  # type: ignore[misc]
    ws.close()


def test_insert_and_update_keep_the_bookkeeping(bare: Workspace) -> None:
    unit_id = add_unit(bare, name="Huyện Bình Gia", kind="huyen", code="181")
    row = records.get(bare, "units", unit_id)
    assert row is not None
    assert (row["rev"], row["device_id"], row["deleted"]) == (1, bare.device_id, 0)
    # A unit's id comes from its code: creating it is no device's change (see records.insert).
    assert json.loads(row["vv"]) == {}
    assert row["updated_at"].endswith("Z")

    changed = update_unit(bare, unit_id, name="Huyện Bình Gia (cũ)")
    assert changed == {"name": ("Huyện Bình Gia", "Huyện Bình Gia (cũ)")}
    row = records.get(bare, "units", unit_id)
    assert row is not None and row["rev"] == 2
    assert json.loads(row["vv"]) == {bare.device_id: 1}
    # Setting the same value again is not a change: no new revision, no audit line.
    assert update_unit(bare, unit_id, name="Huyện Bình Gia (cũ)") == {}
    assert records.get(bare, "units", unit_id)["rev"] == 2  # type: ignore[index]

    trail = records.audit_trail(bare, unit_id)
    assert [t["action"] for t in trail] == ["insert", "update"]
    assert trail[1]["field"] == "name"
    assert json.loads(trail[1]["old_value"]) == "Huyện Bình Gia"
    assert json.loads(trail[1]["new_value"]) == "Huyện Bình Gia (cũ)"
    assert trail[1]["actor"]


def test_an_update_that_dominates_writes_a_revision_covering_every_vector(bare: Workspace) -> None:
    """What resolving a conflict needs: a new revision even when the values are already as
    asked, whose vector has seen every version of the conflict plus this device's decision."""
    unit_id = add_unit(bare, name="Xã Mai Pha", kind="xa", code="06085")
    other = {"laptop-a": 3, "laptop-b": 1}
    assert records.update(bare, "units", unit_id, {"name": "Xã Mai Pha"}, dominate=other) == {}
    row = records.get(bare, "units", unit_id)
    assert row is not None and row["rev"] == 2
    assert json.loads(row["vv"]) == {**other, bare.device_id: 1}
    changed = records.update(bare, "units", unit_id, {"name": "Xã Mai Pha (mới)"}, dominate=other)
    assert changed == {"name": ("Xã Mai Pha", "Xã Mai Pha (mới)")}
    row = records.get(bare, "units", unit_id)
    assert row is not None and row["rev"] == 3
    assert json.loads(row["vv"]) == {**other, bare.device_id: 2}
    assert [t["action"] for t in records.audit_trail(bare, unit_id)] == ["insert", "update"]


def test_delete_leaves_a_tombstone(bare: Workspace) -> None:
    unit_id = add_unit(bare, name="Xã Mai Sao", kind="xa")
    assert records.delete(bare, "units", unit_id)
    assert records.get(bare, "units", unit_id) is None
    tomb = records.get(bare, "units", unit_id, include_deleted=True)
    assert tomb is not None and tomb["deleted"] == 1 and tomb["rev"] == 2
    assert [u["id"] for u in list_units(bare)] == []
    assert records.audit_trail(bare, unit_id)[-1]["action"] == "delete"
    # Re-creating the same real unit brings the same identity back to life.
    assert add_unit(bare, name="Xã Mai Sao", kind="xa") == unit_id
    assert records.get(bare, "units", unit_id)["rev"] == 3  # type: ignore[index]


def test_audit_log_is_append_only(bare: Workspace) -> None:
    add_unit(bare, name="Xã Mai Sao", kind="xa")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        bare.db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        bare.db.execute("DELETE FROM audit_log")


def test_same_real_thing_same_identity_on_two_laptops(tmp_path: Path) -> None:
    first = Workspace.init(tmp_path / "laptop-a")
    second = Workspace.init(tmp_path / "laptop-b")
    try:
        assert first.device_id != second.device_id
        a = add_unit(first, name="Huyện Lộc Bình", kind="huyen", code="188")
        b = add_unit(second, name="Huyện Lộc Bình", kind="huyen", code="188")
        assert a == b
        # Without a code, kind + name + parent decide; old and new tone placement agree.
        assert add_unit(first, name="Xã Hoà Bình", kind="xa", parent=a) == add_unit(
            second, name="Xã Hòa Bình", kind="xa", parent=b
        )
        p1 = add_plan(first, number="80/KH-BCĐCCHC", date="2024-05-29", issuer="BCĐ", title="KT")
        p2 = add_plan(second, number="80/KH-BCĐCCHC", date="29/5/2024", issuer="BCĐ", title="KT")
        assert p1 == p2
    finally:
        first.close()
        second.close()


def test_duplicates_are_refused_with_a_message(bare: Workspace) -> None:
    add_unit(bare, name="Huyện Lộc Bình", kind="huyen", code="188")
    with pytest.raises(UserError, match="đã có"):
        add_unit(bare, name="Huyện Lộc Bình", kind="huyen", code="188")
    with pytest.raises(UserError, match="188"):
        add_unit(bare, name="Tên khác", kind="huyen", code="188")


def test_text_is_stored_nfc(bare: Workspace) -> None:
    nfd = unicodedata.normalize("NFD", "Xã Đồng Bục")
    unit_id = add_unit(bare, name=nfd, kind="xa")
    stored = bare.db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()[0]
    assert stored == "Xã Đồng Bục"
    assert unicodedata.is_normalized("NFC", stored)


def test_failed_write_changes_nothing(bare: Workspace) -> None:
    with pytest.raises(UserError):
        add_unit(bare, name="Xã X", kind="thanh_pho_sai")
    with pytest.raises(UserError):
        add_unit(bare, name="Xã X", kind="xa", valid_from="2025-07-01", valid_to="2024-01-01")
    assert bare.db.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    assert bare.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
