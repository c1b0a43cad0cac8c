"""Building the packages a trusted laptop could craft: a real package of that laptop, taken
apart, changed as an attacker would, every hash and signature redone with the laptop's own
key (it is trusted: its key is the one thing it does have), zipped again.

An office (the secretary's folder) holds inspections of its own, one of them with a biên bản
signed by the team lead's certificate (PAdES, the test CA) and a photo; a team laptop T
merged the office's package and is trusted by the office.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.exchange.trust import accept
from cchc_desktop.store import provenance
from cchc_desktop.store.canonical import canonical_json
from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import ensure_key, own_identity
from tests.exchange_support import (
    P12_ENV,
    certificates,
    dump,
    inspection_on,
    laptop,
    open_ws,
    staging_empty,
)

Members = dict[str, bytes]


@dataclass
class World:
    """The office ``O``, the trusted laptop ``T``, the office's inspections and files."""

    root: Path
    office: Path
    laptop: Path
    signed: str  # the office's inspection whose biên bản is signed (da_ky)
    open: str  # the office's inspection still being filled
    keys: dict[str, Path]

    @property
    def office_id(self) -> str:
        return own_identity(DataFolder(self.office)).device_id

    @property
    def laptop_id(self) -> str:
        return own_identity(DataFolder(self.laptop)).device_id


def build_world(root: Path) -> World:
    """The office with two inspections (one signed, with a photo), and T holding them; T also
    has a signed biên bản of its own (a real signed PDF it could try to pass off as another),
    and its package is ``root/t.cchc``."""
    import os

    from cchc_desktop.cli import main
    from tests import minutes_samples as samples
    from tests.exchange_support import photo_files
    from tests.pki import PASSWORD

    def cchc(folder: Path, *args: str) -> None:
        assert main(["--data-dir", str(folder), *args]) == 0, args

    office, lap = laptop(root, "O"), laptop(root, "T")
    keys = certificates(root)
    signing = ["--p12", str(keys["lead"]), "--p12-password-env", P12_ENV]
    os.environ[P12_ENV] = PASSWORD
    try:
        with open_ws(office) as ws:
            signed = inspection_on(ws)
            samples.make_ready(ws, signed, lead=samples.LEAD_HOLDER)  # nothing blocks signing
            still_open = inspection_on(ws, unit_code="08170", unit_name="Xã Hoàng Văn Thụ")
        cchc(office, "photos", "add", signed, str(photo_files(root, "anh", 1)[0]))
        cchc(
            office, "sign", signed, "--role", "dai_dien_don_vi", "--name", "Hoàng Văn Bình",
            "--title", "Chủ tịch UBND xã",
        )  # fmt: skip
        cchc(office, "minutes", "make", signed, "-o", str(root / "bien-ban.pdf"), *signing)
        package = export_all(office, root / "office.cchc")
        with open_ws(lap) as ws:
            merge_file(ws, package, trust_new=True)
            own = inspection_on(ws, unit_code="08180", unit_name="Xã Tân Thanh")
            samples.make_ready(ws, own, lead=samples.LEAD_HOLDER)
        cchc(lap, "minutes", "make", own, "-o", str(root / "t.pdf"), *signing)
        export_all(lap, root / "t.cchc")
    finally:
        os.environ.pop(P12_ENV, None)
    with open_ws(office) as ws:
        accept(ws, own_identity(DataFolder(lap)))
    return World(root, office, lap, signed, still_open, keys)


def draft_of(folder: Path, inspection: str) -> bytes:
    """The unsigned stage an inspection's biên bản was signed from: kept in the media store
    when it was issued (minutes/issue.py), and the signed PDF extends it byte for byte."""
    with open_ws(folder) as ws:
        [sha] = [
            r[0]
            for r in ws.db.execute(
                "SELECT pdf_sha256 FROM minutes WHERE inspection_id = ? AND signed = 1",
                [inspection],
            )
        ]
        signed = ws.media.read(sha)
        [stage] = [
            data
            for data in (ws.media.read(blob) for blob in ws.media.blobs())
            if data.startswith(b"%PDF") and len(data) < len(signed) and signed.startswith(data)
        ]
        return stage


def export_all(folder: Path, target: Path) -> Path:
    with open_ws(folder) as ws:
        return export_package(ws, everything=True, target=target).path


def read_members(package: Path) -> Members:
    with zipfile.ZipFile(package) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def rows(members: Members, table: str) -> list[dict[str, Any]]:
    data = members.get(fmt.records_member(table), b"")
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def put_rows(members: Members, table: str, new_rows: list[dict[str, Any]]) -> None:
    """Replace a table's records member, its declaration and count in the manifest."""
    name = fmt.records_member(table)
    members[name] = fmt.jsonl(new_rows)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["counts"][table] = len(new_rows)
    declared = [m for m in manifest["members"] if m["name"] != name]
    declared.append(_entry(name, members[name]))
    manifest["members"] = sorted(declared, key=lambda m: m["name"])
    members[fmt.MANIFEST] = canonical_json(manifest)


def put_audit(members: Members, lines: list[dict[str, Any]]) -> None:
    members[fmt.AUDIT] = fmt.jsonl(lines)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["counts"]["audit"] = len(lines)
    manifest["members"] = [m for m in manifest["members"] if m["name"] != fmt.AUDIT]
    manifest["members"].append(_entry(fmt.AUDIT, members[fmt.AUDIT]))
    manifest["members"].sort(key=lambda m: m["name"])
    members[fmt.MANIFEST] = canonical_json(manifest)


def add_file(members: Members, name: str, data: bytes, *, count: str | None = None) -> None:
    """A new member, declared in the manifest (and counted under ``count``)."""
    members[name] = data
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["members"].append(_entry(name, data))
    manifest["members"].sort(key=lambda m: m["name"])
    if count:
        manifest["counts"][count] = manifest["counts"].get(count, 0) + 1
    members[fmt.MANIFEST] = canonical_json(manifest)


def drop_file(members: Members, name: str, *, count: str | None = None) -> None:
    """A member taken out, with its declaration (and count)."""
    del members[name]
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["members"] = [m for m in manifest["members"] if m["name"] != name]
    if count:
        manifest["counts"][count] -= 1
    members[fmt.MANIFEST] = canonical_json(manifest)


def _entry(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def seal(members: Members, signer_folder: Path, target: Path) -> Path:
    """Sign the manifest with the folder's own key and write the zip."""
    key = ensure_key(DataFolder(signer_folder))
    members[fmt.SIGNATURE] = base64.b64encode(key.sign(members[fmt.MANIFEST])) + b"\n"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def edited_by(folder: Path, table: str, row: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The version laptop ``folder`` would write editing ``row`` as its own app does: its
    device id, its counter one up, its head attestation beside the proofs the row carried."""
    device = own_identity(DataFolder(folder)).device_id
    vv = json.loads(row["vv"])
    vv[device] = vv.get(device, 0) + 1
    new = {
        **row,
        **changes,
        "vv": json.dumps(vv, sort_keys=True),
        "rev": row["rev"] + 1,
        "updated_at": "2026-01-05T02:00:00.000Z",
        "device_id": device,
    }
    return signed_as(folder, table, new, carried=row)


def signed_as(
    folder: Path, table: str, row: dict[str, Any], *, carried: dict[str, Any] | None = None
) -> dict[str, Any]:
    """``row`` with a head attestation made by ``folder``'s key (plus the proofs ``carried``
    still backs): whatever the row says, it is what that laptop signed."""
    key = ensure_key(DataFolder(folder))
    head = provenance.attest(key, table, row)
    proofs = provenance.parse_sig(carried.get("sig")) if carried else []
    vv = {k: int(v) for k, v in json.loads(row["vv"]).items()}
    kept = provenance.keep_needed(
        [a for a in proofs if a.device != head.device], vv, provenance.content_hash(row)
    )
    return {**row, "sig": provenance.sig_text([head, *kept])}


def files_of(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in (folder / "media").rglob("*") if p.is_file())


def assert_refused(cli: Callable[..., Any], office: Path, package: Path, *reasons: str) -> None:
    """`cchc verify` and `cchc merge` refuse it with one line naming why; nothing changed."""
    before, files = dump(office), files_of(office)
    for command in (("verify",), ("merge",)):
        result = cli(*command, str(package), data=office)
        assert result.code == 1, (command, result.out, result.err)
        assert "bị từ chối" in result.err and "Dữ liệu không thay đổi" in result.err, result.err
        assert "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1, result.err
        for reason in reasons:
            assert reason in result.err, result.err
    assert dump(office) == before
    assert files_of(office) == files
    assert staging_empty(office)
