"""A trusted laptop is not a master key (issue 18, "Found" item 1).

Each package here is one a team laptop the office trusts could make: its own real export,
changed as an attacker would, every member hash and the manifest signed again with the
laptop's own key. Each is refused (the database byte for byte as before, nothing left in the
media store or staging, one clear line naming the record) or, where the rule says so, turned
into a conflict that leaves the office's own record as it was, for its user to decide.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.export import export_package
from cchc_desktop.store import provenance
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import ensure_key
from cchc_desktop.store.synced import SYNCED_TABLES
from tests.exchange_support import (
    copy_folder,
    dump,
    open_ws,
    photo_files,
    rows_of,
)
from tests.pki import PASSWORD
from tests.security.crafting import (
    World,
    add_file,
    assert_refused,
    build_world,
    draft_of,
    drop_file,
    edited_by,
    put_audit,
    put_rows,
    read_members,
    rows,
    seal,
    signed_as,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def office(world: World, tmp_path: Path) -> Path:
    """A fresh copy of the office for one test."""
    return copy_folder(world.office, tmp_path / "O")


def base(world: World) -> dict[str, bytes]:
    """T's real package, taken apart."""
    return read_members(world.root / "t.cchc")


def synced_rows(folder: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synchronised row of a folder by (table, id)."""
    with sqlite3.connect(folder / "cchc.sqlite") as conn:
        conn.row_factory = sqlite3.Row
        return {
            (t.name, str(row["id"])): dict(row)
            for t in SYNCED_TABLES
            for row in conn.execute(f"SELECT * FROM [{t.name}]")
        }


def assert_kept(before: dict[tuple[str, str], dict[str, Any]], folder: Path) -> None:
    """Every record the office had says what it said (the package may add T's own records;
    a copy of the same version, such as a bundled template installed on both laptops, may
    take the other copy's timestamp), and the office's inspections and biên bản are exactly
    as they were, bookkeeping and all."""
    after = synced_rows(folder)

    def seen(table: str, row: dict[str, Any] | None) -> Any:
        if row is None or table in ("inspections", "minutes"):
            return row
        return {k: v for k, v in row.items() if k not in provenance.META}

    changed = [key for key in before if seen(key[0], after.get(key)) != seen(key[0], before[key])]
    assert not changed


def minutes_of(members: dict[str, bytes], inspection: str) -> dict[str, Any]:
    [row] = [r for r in rows(members, "minutes") if r["inspection_id"] == inspection]
    return row


def replace_row(members: dict[str, bytes], table: str, new: dict[str, Any]) -> None:
    put_rows(members, table, [new if r["id"] == new["id"] else r for r in rows(members, table)])


# --- the office's signed biên bản ----------------------------------------------------------


def test_rewriting_the_offices_signed_minutes_claiming_its_changes_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """Another PDF, no signers, and a version vector claiming {office: 50}: T cannot have seen
    fifty changes the office never made."""
    members = base(world)
    row = minutes_of(members, world.signed)
    forged = edited_by(world.laptop, "minutes", row, signers="[]")
    vv = {**json.loads(forged["vv"]), world.office_id: 50}
    forged = signed_as(
        world.laptop, "minutes", {**forged, "vv": json.dumps(vv, sort_keys=True)}, carried=row
    )
    replace_row(members, "minutes", forged)
    package = seal(members, world.laptop, world.root / "claims.cchc")
    assert_refused(cli, office, package, "biên bản (minutes)", row["id"], "50 lần", "giả mạo")


def test_the_offices_signed_minutes_written_in_its_name_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """T writes the row as if the office had: its device id and counter, T's key."""
    members = base(world)
    row = minutes_of(members, world.signed)
    vv = json.loads(row["vv"])
    vv[world.office_id] = vv.get(world.office_id, 0) + 1
    forged = {**row, "signers": "[]", "vv": json.dumps(vv, sort_keys=True), "rev": row["rev"] + 1}
    replace_row(members, "minutes", signed_as(world.laptop, "minutes", forged, carried=row))
    package = seal(members, world.laptop, world.root / "impersonated.cchc")
    assert_refused(cli, office, package, "biên bản (minutes)", "trường «sig»", "giả mạo")


def test_a_signed_row_without_valid_signatures_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """T's own edit (its name, true counters) pointing the signed row at an unsigned PDF."""
    members = base(world)
    row = minutes_of(members, world.signed)
    draft = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    sha = hashlib.sha256(draft).hexdigest()
    add_file(members, fmt.blob_member(sha), draft, count="blobs")
    drop_file(members, fmt.blob_member(row["pdf_sha256"]), count="blobs")
    replace_row(
        members, "minutes", edited_by(world.laptop, "minutes", row, pdf_sha256=sha, signers="[]")
    )
    package = seal(members, world.laptop, world.root / "unsigned.cchc")
    assert_refused(cli, office, package, "trường «pdf_sha256»", "không mang chữ ký số hợp lệ")


def test_a_signed_pdf_that_does_not_extend_the_stored_one_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """A validly signed PDF, with its true signers, that is not the stored one grown by a
    further signature: a replacement, refused (the snapshot names another inspection too)."""
    members = base(world)
    row = minutes_of(members, world.signed)
    [own] = [r for r in rows(members, "minutes") if r["device_id"] == world.laptop_id]
    drop_file(members, fmt.blob_member(row["pdf_sha256"]), count="blobs")
    replace_row(
        members,
        "minutes",
        edited_by(
            world.laptop, "minutes", row, pdf_sha256=own["pdf_sha256"], signers=own["signers"]
        ),
    )
    package = seal(members, world.laptop, world.root / "replaced.cchc")
    assert_refused(cli, office, package, "trường «pdf_sha256»", "không phải biên bản của bản ghi")


def test_a_fake_signed_minutes_for_another_inspection_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """A "signed" biên bản added to the office's open inspection: T's own signed PDF, its true
    signers, under a row that names the office's inspection."""
    members = base(world)
    [own] = [r for r in rows(members, "minutes") if r["device_id"] == world.laptop_id]
    from cchc_desktop.minutes.register import minutes_id

    fake = {**own, "id": minutes_id(world.open, 1), "inspection_id": world.open}
    fake = signed_as(world.laptop, "minutes", fake)
    put_rows(members, "minutes", [*rows(members, "minutes"), fake])
    package = seal(members, world.laptop, world.root / "fake.cchc")
    assert_refused(cli, office, package, fake["id"], "không phải biên bản của bản ghi")


def test_a_fake_signed_minutes_with_an_unsigned_pdf_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    members = base(world)
    [own] = [r for r in rows(members, "minutes") if r["device_id"] == world.laptop_id]
    from cchc_desktop.minutes.register import minutes_id

    draft = draft_of(world.laptop, own["inspection_id"])
    draft_sha = hashlib.sha256(draft).hexdigest()
    add_file(members, fmt.blob_member(draft_sha), draft, count="blobs")
    fake = {
        **own,
        "id": minutes_id(world.open, 1),
        "inspection_id": world.open,
        "pdf_sha256": draft_sha,
        "signers": json.dumps([{"field": "ky_so_truong_doan", "fingerprint": "00" * 32}]),
    }
    fake = signed_as(world.laptop, "minutes", fake)
    put_rows(members, "minutes", [*rows(members, "minutes"), fake])
    package = seal(members, world.laptop, world.root / "fake-unsigned.cchc")
    assert_refused(cli, office, package, fake["id"], "không mang chữ ký số hợp lệ")


def test_a_signature_that_does_not_extend_the_stored_pdf_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """The office's own draft, signed again by T with a valid certificate: the office's
    biên bản, true signers, but not the stored signed PDF grown by a further signature."""
    from cchc_desktop.minutes.issue import signature_entry
    from cchc_desktop.minutes.signing import P12Signer, sign_pdf

    members = base(world)
    row = minutes_of(members, world.signed)
    signer = P12Signer.from_bytes(world.keys["chairman"].read_bytes(), PASSWORD)
    other = sign_pdf(draft_of(world.office, world.signed), signer, role="dai_dien_don_vi")
    sha = hashlib.sha256(other.pdf).hexdigest()
    add_file(members, fmt.blob_member(sha), other.pdf, count="blobs")
    drop_file(members, fmt.blob_member(row["pdf_sha256"]), count="blobs")
    signers = json.dumps([signature_entry(other)], ensure_ascii=False, sort_keys=True)
    replace_row(
        members,
        "minutes",
        edited_by(world.laptop, "minutes", row, pdf_sha256=sha, signers=signers),
    )
    package = seal(members, world.laptop, world.root / "not-extending.cchc")
    assert_refused(cli, office, package, "trường «pdf_sha256»", "không nối tiếp")


# --- the office's signed inspection ---------------------------------------------------------


def test_reopening_the_signed_inspection_in_the_offices_name_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """device_id and vv set to the office's own, status back to "đang kiểm tra"."""
    members = base(world)
    [row] = [r for r in rows(members, "inspections") if r["id"] == world.signed]
    vv = json.loads(row["vv"])
    vv[world.office_id] = vv.get(world.office_id, 0) + 1
    forged = {
        **row,
        "status": "dang_kiem_tra",
        "vv": json.dumps(vv, sort_keys=True),
        "rev": row["rev"] + 1,
        "device_id": world.office_id,
    }
    replace_row(members, "inspections", forged)  # the office's old attestation, now stale
    package = seal(members, world.laptop, world.root / "reopen-as-office.cchc")
    assert_refused(cli, office, package, "cuộc kiểm tra (inspections)", world.signed, "«sig»")


def test_reopening_the_signed_inspection_as_itself_is_a_conflict_the_office_decides(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """T's own, honestly signed edit of the office's record: never a silent overwrite. The
    office keeps showing its signed inspection (answers still refused), a conflict waits."""
    members = base(world)
    [row] = [r for r in rows(members, "inspections") if r["id"] == world.signed]
    replace_row(
        members, "inspections", edited_by(world.laptop, "inspections", row, status="dang_kiem_tra")
    )
    package = seal(members, world.laptop, world.root / "reopen.cchc")
    before = synced_rows(office)
    merged = cli("--json", "merge", str(package), data=office)
    assert merged.code == 0, merged.err
    [conflict] = merged.json()[0]["conflicts"]
    assert (conflict["table"], conflict["record_id"]) == ("inspections", world.signed)
    assert_kept(before, office)
    assert rows_of(office, "SELECT status FROM inspections WHERE id = ?", (world.signed,)) == [
        {"status": "da_ky"}
    ]
    refused = cli("answer", world.signed, "D1", "khong_dat", data=office)
    assert refused.code == 1 and "đã ký biên bản" in refused.err
    [listed] = cli("--json", "conflicts", "list", data=office).json()
    assert listed["fields"] == ["status"] and listed["mine"]["values"]["status"] == "da_ky"
    # The same package again changes nothing; the office decides when it wants.
    again = dump(office)
    assert cli("merge", str(package), data=office).code == 0 and dump(office) == again


def test_tombstones_of_the_offices_records_are_conflicts_not_deletions(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """T deletes every inspection of the office (signed and open): each is a conflict, every
    record still shows, nothing is hidden, and a person can bring the decision back either way."""
    members = base(world)
    changed = [
        edited_by(world.laptop, "inspections", r, deleted=1)
        if r["id"] in (world.signed, world.open)
        else r
        for r in rows(members, "inspections")
    ]
    put_rows(members, "inspections", changed)
    package = seal(members, world.laptop, world.root / "tombstones.cchc")
    before = synced_rows(office)
    merged = cli("--json", "merge", str(package), data=office)
    assert merged.code == 0, merged.err
    report = merged.json()[0]
    assert sorted(c["record_id"] for c in report["conflicts"]) == sorted([world.signed, world.open])
    assert_kept(before, office)
    listed = cli("inspections", "list", data=office)
    assert listed.code == 0 and "Mông Ân" in listed.out and "Hoàng Văn Thụ" in listed.out


def test_tombstones_in_the_offices_name_are_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    members = base(world)
    [row] = [r for r in rows(members, "inspections") if r["id"] == world.open]
    vv = json.loads(row["vv"])
    vv[world.office_id] = vv.get(world.office_id, 0) + 1
    forged = {**row, "deleted": 1, "vv": json.dumps(vv, sort_keys=True), "rev": row["rev"] + 1}
    replace_row(members, "inspections", forged)
    package = seal(members, world.laptop, world.root / "tombstone-as-office.cchc")
    assert_refused(cli, office, package, world.open, "«sig»")


# --- the audit trail -----------------------------------------------------------------------


@pytest.mark.parametrize("signature", ["none", "the laptop's own"])
def test_a_thousand_audit_lines_attributed_to_the_office_are_refused(
    signature: str, world: World, office: Path, cli: Callable[..., Any]
) -> None:
    members = base(world)
    lines = [json.loads(line) for line in members[fmt.AUDIT].splitlines()]
    key = ensure_key(DataFolder(world.laptop))
    for n in range(1000):
        line = {
            "id": f"{n:08x}-0000-4000-8000-000000000000",
            "at": "2026-01-05T02:00:00.000Z",
            "device_id": world.office_id,
            "actor": "Văn phòng",
            "table_name": "inspections",
            "record_id": world.signed,
            "action": "update",
            "field": "status",
            "old_value": '"da_ky"',
            "new_value": '"dang_kiem_tra"',
        }
        line["sig"] = provenance.sign_audit(key, line) if signature != "none" else ""
        lines.append(line)
    put_audit(members, lines)
    package = seal(members, world.laptop, world.root / "audit.cchc")
    assert_refused(cli, office, package, "dòng nhật ký", "không mang chữ ký của thiết bị đó")


# --- published templates -------------------------------------------------------------------


def test_rewriting_a_published_templates_criteria_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    members = base(world)
    criteria = rows(members, "criteria")
    target = criteria[0]
    changed = edited_by(
        world.laptop, "criteria", target, text="Tiêu chí đã bị sửa", max_score=100.0
    )
    put_rows(members, "criteria", [changed if c["id"] == target["id"] else c for c in criteria])
    package = seal(members, world.laptop, world.root / "template.cchc")
    assert_refused(cli, office, package, "tiêu chí (criteria)", target["id"], "đã công bố")


def test_adding_a_criterion_to_a_published_template_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    from cchc_desktop.store.records import natural_id

    members = base(world)
    criteria = rows(members, "criteria")
    extra = {
        **criteria[0],
        "id": natural_id("criterion", criteria[0]["template_id"], "Z99"),
        "code": "Z99",
        "position": 999,
        "vv": "{}",
        "rev": 1,
        "device_id": world.laptop_id,
    }
    put_rows(members, "criteria", [*criteria, signed_as(world.laptop, "criteria", extra)])
    package = seal(members, world.laptop, world.root / "template-plus.cchc")
    assert_refused(cli, office, package, extra["id"], "không thêm tiêu chí")


def test_the_database_keeps_a_published_template_as_it_is(office: Path) -> None:
    with open_ws(office) as ws:
        with pytest.raises(sqlite3.IntegrityError, match="published templates are immutable"):
            ws.db.execute("UPDATE criteria SET max_score = 100 WHERE rowid = 1")
        with pytest.raises(sqlite3.IntegrityError, match="published templates are immutable"):
            ws.db.execute("UPDATE templates SET title = 'khác' WHERE rowid = 1")


# --- files: print copies, orphans ----------------------------------------------------------


def test_a_print_copy_of_another_picture_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    """The print copy is what a biên bản embeds: it never comes from a package."""
    members = base(world)
    [photo] = rows(members, "photos")
    [other] = photo_files(world.root, "khac-han", 1)
    add_file(members, fmt.derived_member(photo["sha256"], "print.jpg"), other.read_bytes())
    package = seal(members, world.laptop, world.root / "print-copy.cchc")
    assert_refused(cli, office, package, "thành phần lạ", "print.jpg")


def test_orphan_derived_files_are_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    members = base(world)
    for n in range(300):
        add_file(members, fmt.derived_member(f"{n:064x}", "exe"), b"MZ" + bytes([n % 256]))
    package = seal(members, world.laptop, world.root / "orphans.cchc")
    assert_refused(cli, office, package, "thành phần lạ")


def test_a_file_no_record_uses_is_refused(
    world: World, office: Path, cli: Callable[..., Any]
) -> None:
    members = base(world)
    data = b"\x89PNG not referenced by anything"
    add_file(members, fmt.blob_member(hashlib.sha256(data).hexdigest()), data, count="blobs")
    package = seal(members, world.laptop, world.root / "orphan-blob.cchc")
    assert_refused(cli, office, package, "không bản ghi nào của gói dùng tới")


def test_print_copies_are_made_here_from_the_originals(
    world: World, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """A secretary that never saw the photo gets its thumbnail and print copy made from the
    original (the same bytes the office made), with none travelling in the package."""
    from cchc_desktop.photos.derive import PRINT_KIND, THUMB_KIND
    from cchc_desktop.photos.library import plain_print_path
    from tests.exchange_support import laptop

    fresh = laptop(tmp_path, "S")
    package = tmp_path / "o.cchc"
    with open_ws(world.office) as ws:
        export_package(ws, everything=True, target=package)
        [sha] = [r[0] for r in ws.db.execute("SELECT sha256 FROM photos")]
        thumb_there = ws.media.derived_path(sha, THUMB_KIND).read_bytes()
        print_there = plain_print_path(ws, sha).read_bytes()
        files_there = 1 + ws.media.derived_path(sha, PRINT_KIND).is_file()
    assert not [n for n in read_members(package) if n.startswith(fmt.DERIVED_PREFIX)]
    merged = cli("--json", "merge", "--trust-new", str(package), data=fresh)
    assert merged.code == 0, merged.err
    assert merged.json()[0]["derived_added"] == files_there
    with open_ws(fresh) as ws:
        assert ws.media.derived_path(sha, THUMB_KIND).read_bytes() == thumb_there
        assert plain_print_path(ws, sha).read_bytes() == print_there


# --- relayed changes ------------------------------------------------------------------------


def test_a_change_relayed_by_a_laptop_still_proves_its_author(
    world: World, tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """A third laptop holding only T's package receives the office's records through it:
    each version proves the office wrote it (its key travels in the manifest); one whose
    content T altered under the office's attestation is refused."""
    from tests.exchange_support import laptop

    third = laptop(tmp_path, "C")
    package = world.root / "t.cchc"
    merged = cli("merge", "--trust-new", str(package), data=third)
    assert merged.code == 0, merged.err
    authors = {r["device_id"] for r in rows_of(third, "SELECT device_id FROM inspections")}
    assert world.office_id in authors
    assert rows_of(
        third, "SELECT device_id FROM device_keys WHERE device_id = ?", (world.office_id,)
    )

    other = laptop(tmp_path, "D")
    members = base(world)
    [row] = [r for r in rows(members, "inspections") if r["id"] == world.open]
    replace_row(members, "inspections", {**row, "place": "Nơi khác"})
    package = seal(members, world.laptop, tmp_path / "altered.cchc")
    before = dump(other)
    refused = cli("merge", "--trust-new", str(package), data=other)
    assert refused.code == 1 and world.open in refused.err and "không phải do" in refused.err
    assert dump(other) == before
