"""History nobody can prove (docs/PACKAGE_FORMAT.md §4.4): a package from a laptop not yet
upgraded (format 1, no attestations, derived files inside) is read under one rule — an unsigned
version never moves a version-vector entry forward — so it adds what is new, skips what is
older, and meets anything else as a conflict; it never overwrites, and its derived files are
never taken."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cchc_desktop.exchange import format as fmt
from cchc_desktop.photos.derive import PRINT_KIND
from cchc_desktop.photos.library import plain_print_path
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.canonical import canonical_json
from tests.exchange_support import (
    inspection_on,
    laptop,
    open_ws,
    photo_files,
    rows_of,
)
from tests.security.crafting import Members, add_file, export_all, read_members, seal


def as_format_one(members: Members) -> Members:
    """What an app before m0008 wrote: no ``sig`` anywhere, no ``keys``, format 1."""
    changed: Members = {}
    manifest = json.loads(members[fmt.MANIFEST])
    for name, data in members.items():
        if name.startswith(fmt.RECORDS_PREFIX) or name == fmt.AUDIT:
            lines = [json.loads(line) for line in data.splitlines() if line.strip()]
            for line in lines:
                line.pop("sig", None)
            changed[name] = fmt.jsonl(lines)
        else:
            changed[name] = data
    for entry in manifest["members"]:
        entry["size"] = len(changed[entry["name"]])
        entry["sha256"] = hashlib.sha256(changed[entry["name"]]).hexdigest()
    manifest["format_version"] = 1
    manifest["schema_version"] = 5
    manifest.pop("keys", None)
    manifest.pop("derived", None)
    changed[fmt.MANIFEST] = canonical_json(manifest)
    return changed


def test_a_format_one_package_adds_skips_and_never_overwrites(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    a, office = laptop(tmp_path, "A"), laptop(tmp_path, "O")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
    [photo] = photo_files(tmp_path, "anh", 1)
    assert cli("photos", "add", inspection, str(photo), data=a).code == 0
    first = seal(
        as_format_one(read_members(export_all(a, tmp_path / "a1.cchc"))), a, tmp_path / "v1.cchc"
    )

    # New to the office: added, the sender's own audit lines with it (unsigned).
    merged = cli("--json", "merge", "--trust-new", str(first), data=office)
    assert merged.code == 0, merged.err
    assert merged.json()[0]["tables"]["inspections"]["added"] == 1
    assert rows_of(office, "SELECT sig FROM inspections") == [{"sig": ""}]
    assert rows_of(office, "SELECT count(*) AS n FROM audit_log WHERE sig = ''")[0]["n"] > 0
    # Merged again: nothing new.
    again = cli("merge", str(first), data=office)
    assert again.code == 0 and "Không có gì mới" in again.out

    # A later unsigned edit of a record the office holds: a conflict, never an update.
    with open_ws(a) as ws:
        set_answer(ws, inspection, "D1", "khong_dat", note="Sửa trước khi nâng cấp")
    second = seal(
        as_format_one(read_members(export_all(a, tmp_path / "a2.cchc"))), a, tmp_path / "v1b.cchc"
    )
    before = rows_of(office, "SELECT result, note FROM answers WHERE criterion_code = 'D1'")
    edited = cli("--json", "merge", str(second), data=office)
    assert edited.code == 0, edited.err
    report = edited.json()[0]
    assert report["tables"]["answers"]["updated"] == 0
    assert [c["table"] for c in report["conflicts"]] == ["answers"]
    assert rows_of(office, "SELECT result, note FROM answers WHERE criterion_code = 'D1'") == before

    # Once A is upgraded its history is its own, signed: the same edit then simply wins.
    signed = export_all(a, tmp_path / "a3.cchc")
    fresh = laptop(tmp_path, "O2")
    assert cli("merge", "--trust-new", str(first), data=fresh).code == 0
    upgraded = cli("--json", "merge", str(signed), data=fresh)
    assert upgraded.code == 0, upgraded.err
    assert upgraded.json()[0]["conflicts"] == []
    assert rows_of(fresh, "SELECT note FROM answers WHERE criterion_code = 'D1'") == [
        {"note": "Sửa trước khi nâng cấp"}
    ]


def test_a_format_one_package_s_derived_files_are_not_taken(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    """Format 1 carried thumbnails and print copies; the receiver makes its own instead, so a
    print copy of another picture never reaches a biên bản."""
    a, office = laptop(tmp_path, "A"), laptop(tmp_path, "O")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
    [photo] = photo_files(tmp_path, "anh", 1)
    assert cli("photos", "add", inspection, str(photo), data=a).code == 0
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    members = as_format_one(read_members(export_all(a, tmp_path / "a.cchc")))
    [other] = photo_files(tmp_path, "khac", 1)
    add_file(members, fmt.derived_member(sha, PRINT_KIND), other.read_bytes(), count="derived")
    add_file(members, fmt.derived_member("0" * 64, "exe"), b"MZ", count="derived")
    package = seal(members, a, tmp_path / "v1.cchc")
    merged = cli("merge", "--trust-new", str(package), data=office)
    assert merged.code == 0, merged.err
    with open_ws(office) as ws, open_ws(a) as there:
        # Made here as at the sender (the original itself when it prints as it is).
        made_here = plain_print_path(ws, sha).read_bytes()
        assert made_here != other.read_bytes()
        assert made_here == plain_print_path(there, sha).read_bytes()
        assert not ws.media.derived_path("0" * 64, "exe").exists()
