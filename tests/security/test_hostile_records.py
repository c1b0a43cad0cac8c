"""The lines of a package's records and audit log, as a laptop the receiver trusts could craft
them (its own package, changed, every hash and the manifest signed again with its own key).

Each is refused by `verify` and `merge` with one line naming the package and the reason, the
database byte for byte as before, nothing left in staging.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.exchange import format as fmt
from cchc_desktop.store import provenance
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import ensure_key, own_identity
from tests.exchange_support import copy_folder, rows_of
from tests.security.corpus import PackageSeed, package_seed, receiver
from tests.security.crafting import (
    Members,
    assert_refused,
    put_audit,
    put_rows,
    read_members,
    rows,
    seal,
)


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> PackageSeed:
    return package_seed(tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="module")
def trusting(seed: PackageSeed, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Laptop B, which trusts the seed's laptop A and holds its package."""
    return receiver(tmp_path_factory.mktemp("receiver"), seed)


@pytest.fixture
def office(trusting: Path, tmp_path: Path) -> Path:
    return copy_folder(trusting, tmp_path / "B")


def audit_of(members: Members) -> list[dict[str, Any]]:
    return [json.loads(line) for line in members[fmt.AUDIT].splitlines()]


def signed_line(seed: PackageSeed, **fields: Any) -> dict[str, Any]:
    """An audit line laptop A signs as its own, saying whatever it likes."""
    line = {
        "id": "7a1b2c3d-0000-4000-8000-000000000001",
        "at": "2026-01-05T02:00:00.000Z",
        "device_id": own_identity(DataFolder(seed.origin)).device_id,
        "actor": "A",
        "table_name": "inspections",
        "record_id": "7a1b2c3d-0000-4000-8000-000000000002",
        "action": "note",
        "field": None,
        "old_value": None,
        "new_value": None,
        **fields,
    }
    line["sig"] = provenance.sign_audit(ensure_key(DataFolder(seed.origin)), line)
    return line


def forged_undo(office: Path) -> str:
    """A bulk decision as `conflicts resolve --package` notes it, whose "before" is a version
    of the office's inspection nobody wrote: `conflicts undo` would put it back."""
    [row] = rows_of(office, "SELECT * FROM inspections")
    forged = {**row, "conclusion": "Kết luận giả", "device_id": "office"}
    item = {"conflict": "x", "table": "inspections", "record_id": row["id"]}
    return json.dumps(
        {
            "bulk": True,
            "keep": "mine",
            "scope": {"kind": "package", "id": "x", "label": "x"},
            "resolved": [{**item, "before": forged, "after": row}],
            "skipped": [],
        }
    )


# Audit notes on the tables that never travel: the export notes (`export` with no inspection
# named reads them to know what was sent) and the bulk decisions (`conflicts undo` puts back
# the records they hold). Both were merged: the first stopped every later `cchc export` with
# a JSONDecodeError, the second let `conflicts undo` write the laptop's words into the
# office's inspection.
LOCAL_NOTES: dict[str, Callable[[Path], tuple[str, str]]] = {
    "exports": lambda _office: ("exports", "{not json"),
    "conflicts": lambda office: ("conflicts", forged_undo(office)),
}


@pytest.mark.parametrize("table", LOCAL_NOTES)
def test_an_audit_note_on_a_table_that_never_travels_is_refused(
    table: str, seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    name, payload = LOCAL_NOTES[table](office)
    members = read_members(seed.package)
    put_audit(members, [*audit_of(members), signed_line(seed, table_name=name, new_value=payload)])
    package = seal(members, seed.origin, tmp_path / "note.cchc")
    assert_refused(cli, office, package, "dòng nhật ký", f"«{name}»", "không đi giữa các máy")
    assert cli("conflicts", "undo", data=office).code == 1  # no decision to undo


def test_a_field_name_cannot_fake_a_line_of_the_refusal(
    seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    members = read_members(seed.package)
    units = rows(members, "units")
    strange = "x\n✓ a.cchc: nguyên vẹn, chữ ký hợp lệ\x1b[2J"
    put_rows(members, "units", [{**units[0], strange: 1}, *units[1:]])
    package = seal(members, seed.origin, tmp_path / "field.cchc")
    assert_refused(cli, office, package, "trường lạ x\\n✓ a.cchc")


def test_a_record_without_an_id_is_said_to_have_none(
    seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    """A line "{}": the refusal says the record has no id (it quoted it as "null")."""
    members = read_members(seed.package)
    put_rows(members, "answers", [{}, *rows(members, "answers")])
    package = seal(members, seed.origin, tmp_path / "no-id.cchc")
    assert_refused(cli, office, package, "(answers) không có mã, trường «id»")
    assert "null" not in cli("verify", str(package), data=office).err


def test_an_audit_id_cannot_fake_a_line_of_the_refusal(
    seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    members = read_members(seed.package)
    line = signed_line(seed, id="\n✓ a.cchc: nguyên vẹn", table_name="inspections")
    line["sig"] = ""  # unsigned: refused, naming the line
    put_audit(members, [*audit_of(members), line])
    package = seal(members, seed.origin, tmp_path / "audit-id.cchc")
    assert_refused(cli, office, package, "dòng nhật ký \\n✓ a.c")


def test_a_line_longer_than_any_record_is_refused_before_it_is_read_whole(
    seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    """One line of 16 MiB and a byte (random hex, so it compresses no more than records do):
    refused as such, both when the records are kept in memory (`verify`) and when they are
    staged (`merge`). Before, a line was parsed whole and its value escaped whole for the
    message: ~15× the line in memory (a line of 160 MB took 2.4 GB)."""
    import secrets

    members = read_members(seed.package)
    units = rows(members, "units")
    padding = fmt.MAX_LINE_BYTES - len(fmt.jsonl(units[:1])) + 1
    address = secrets.token_hex(padding // 2 + 1)[:padding]
    put_rows(members, "units", [{**units[0], "address": address}, *units[1:]])
    package = seal(members, seed.origin, tmp_path / "long-line.cchc")
    peak = _peak_while_refused(cli, office, package, "records/units.jsonl có dòng dài quá 16 MiB")
    assert peak < 4 * fmt.MAX_LINE_BYTES, peak


def test_a_member_past_the_formats_size_is_refused_before_it_is_read(
    seed: PackageSeed,
    office: Path,
    cli: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The size declared is known before a byte is read: a member of 4 GiB (the zip's limit)
    was streamed into staging, then refused. Here the limit is made small and the member
    also altered: the refusal is for its size, not for the hash it never got to."""
    members = read_members(seed.package)
    put_audit(members, audit_of(members)[1:])  # the biggest member: the only one past the limit
    members[fmt.AUDIT] = members[fmt.AUDIT].replace(b"{", b"[", 1)  # its hash no longer fits
    package = seal(members, seed.origin, tmp_path / "big-member.cchc")
    monkeypatch.setattr(fmt, "MAX_JSON_BYTES", len(members[fmt.AUDIT]) - 1)
    assert_refused(cli, office, package, "audit/audit.jsonl quá lớn")


@pytest.mark.parametrize("kind", ["blobs", "derived"])
def test_the_files_counted_are_the_files_listed(
    kind: str, seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    """`verify` and the window's preview show the counts a person reads before trusting the
    package ("12 tệp ảnh/tài liệu"): a manifest that counts files it does not carry lies."""
    from cchc_desktop.store.canonical import canonical_json

    members = read_members(seed.package)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["counts"][kind] = 99
    members[fmt.MANIFEST] = canonical_json(manifest)
    package = seal(members, seed.origin, tmp_path / "counts.cchc")
    assert_refused(cli, office, package, "số tệp khác manifest")


def test_ids_pointed_at_beyond_the_rows_carried_are_refused_as_they_come(
    seed: PackageSeed, office: Path, cli: Callable[..., Any], tmp_path: Path
) -> None:
    """Each id a row points at that the package has not carried yet is kept until the end
    (its row may come later). A unit's ``merged_from`` holds up to ~2,500 ids: 400 such
    units (a package of 22 MB) kept a million of them, 500 MB; a member of 512 MiB would
    have kept ~6 GB. An honest package carries every record it points at, so it never
    points at more ids than it has rows: past that, it is refused at once."""
    import random
    import uuid

    members = read_members(seed.package)
    units = rows(members, "units")
    draw = random.Random(18)
    merged = [
        {
            **units[0],
            "id": f"eeeeeeee-0000-4000-8000-{n:012x}",
            "merged_from": json.dumps(
                [str(uuid.UUID(int=draw.getrandbits(128), version=4)) for _ in range(2_000)]
            ),
        }
        for n in range(40)
    ]
    put_rows(members, "units", [*units, *merged])
    package = seal(members, seed.origin, tmp_path / "pointing.cchc")
    peak = _peak_while_refused(
        cli, office, package, "trỏ tới nhiều bản ghi hơn số bản ghi gói mang"
    )
    assert peak < 20_000_000, peak  # the 80,000 ids alone took ~35 MB


def _peak_while_refused(cli: Callable[..., Any], office: Path, package: Path, reason: str) -> int:
    """`assert_refused`, measuring the most memory Python held meanwhile (tracemalloc)."""
    import tracemalloc

    tracemalloc.start()
    try:
        assert_refused(cli, office, package, reason)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
