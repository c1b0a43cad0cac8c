"""Attestations (store/provenance.py): what a signed version proves, and what breaks it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cchc_desktop.store import provenance, records
from cchc_desktop.store.connection import fetch_all
from cchc_desktop.store.keys import own_identity
from cchc_desktop.store.synced import synced_table
from cchc_desktop.store.versions import Version, folded, superseded
from cchc_desktop.store.workspace import Workspace
from tests.exchange_support import inspection_on


def _keys(ws: Workspace) -> dict[str, str]:
    from cchc_desktop.exchange.provenance_check import known_keys

    return known_keys(ws)


def _answer(ws: Workspace) -> dict[str, Any]:
    inspection = inspection_on(ws)
    row = ws.db.execute("SELECT id FROM answers WHERE inspection_id = ?", [inspection]).fetchone()
    got = records.get(ws, "answers", row[0])
    assert got is not None
    return got


def test_every_write_is_signed_by_this_device_and_checks(ws: Workspace) -> None:
    row = _answer(ws)
    assert provenance.check_version("answers", row, _keys(ws)) is None
    records.update(ws, "answers", row["id"], {"note": "Đã sửa"})
    edited = records.get(ws, "answers", row["id"])
    assert edited is not None and provenance.check_version("answers", edited, _keys(ws)) is None
    [head] = provenance.parse_sig(edited["sig"])
    assert head.device == ws.device_id and head.counter == json.loads(edited["vv"])[ws.device_id]


@pytest.mark.parametrize(
    "change",
    [
        {"note": "khác"},  # the content
        {"vv": json.dumps({"x": 5})},  # the history
        {"rev": 7},
        {"updated_at": "2030-01-01T00:00:00.000Z"},
        {"device_id": "another-laptop"},  # the author
        {"deleted": 1},  # a tombstone is content too
    ],
)
def test_any_change_after_signing_is_found(ws: Workspace, change: dict[str, Any]) -> None:
    row = _answer(ws)
    records.update(ws, "answers", row["id"], {"note": "Đã sửa"})
    signed = records.get(ws, "answers", row["id"])
    assert signed is not None
    assert provenance.check_version("answers", {**signed, **change}, _keys(ws)) is not None


def test_an_unknown_key_or_a_damaged_sig_is_refused(ws: Workspace) -> None:
    row = _answer(ws)
    assert provenance.check_version("answers", row, {}) is not None
    assert provenance.check_version("answers", {**row, "sig": "[{]"}, _keys(ws)) is not None
    assert provenance.check_version("answers", {**row, "sig": ""}, _keys(ws)) is None  # legacy


def test_an_entry_moves_forward_only_by_its_own_devices_signature(ws: Workspace) -> None:
    table = synced_table("answers")
    assert table is not None
    row = _answer(ws)
    records.update(ws, "answers", row["id"], {"note": "một"})
    old = records.get(ws, "answers", row["id"])
    assert old is not None
    mine = Version.of(old, table)
    # A legacy copy claiming more changes by this device: unproven, so never newer.
    claim = dict(old, note="hai", sig="", vv=json.dumps({ws.device_id: 9}))
    assert not superseded(mine, Version.of(claim, table))
    # The same step signed by this device is newer.
    records.update(ws, "answers", row["id"], {"note": "hai"})
    new = records.get(ws, "answers", row["id"])
    assert new is not None and superseded(mine, Version.of(new, table))


def test_a_fold_keeps_every_head_and_still_checks(ws: Workspace, tmp_path: Any) -> None:
    """Two laptops said the same thing concurrently: the folded version proves both."""
    from tests.exchange_support import laptop, open_ws

    other = laptop(tmp_path, "other")
    row = _answer(ws)
    table = synced_table("answers")
    assert table is not None
    records.update(ws, "answers", row["id"], {"note": "giống nhau"})
    mine = records.get(ws, "answers", row["id"])
    with open_ws(other) as ows:
        key = ows.signing_key
        theirs_row = dict(mine or {})
        theirs_row.update(
            device_id=ows.device_id,
            vv=json.dumps({ows.device_id: 1}),
            updated_at="2030-01-01T00:00:00.000Z",
            rev=2,
        )
        theirs_row["sig"] = provenance.sig_text([provenance.attest(key, "answers", theirs_row)])
        keys = {**_keys(ws), ows.device_id: own_identity(ows.folder).public_key}
    assert mine is not None
    fold = folded([Version.of(mine, table), Version.of(theirs_row, table)])
    assert json.loads(fold.row["vv"]) == {ws.device_id: 1, theirs_row["device_id"]: 1}
    assert provenance.check_version("answers", fold.row, keys) is None
    assert len(provenance.parse_sig(fold.row["sig"])) == 2


def test_audit_lines_are_signed(ws: Workspace) -> None:
    inspection_on(ws)
    keys = _keys(ws)
    lines = fetch_all(ws.db, "SELECT * FROM audit_log")
    assert lines and all(provenance.audit_ok(line, keys[ws.device_id]) for line in lines)
    forged = {**lines[0], "new_value": '"khác"'}
    assert not provenance.audit_ok(forged, keys[ws.device_id])
