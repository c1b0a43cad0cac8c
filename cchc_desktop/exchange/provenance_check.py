"""Who wrote what in a package, checked before a merge reads it (docs/PACKAGE_FORMAT.md §5.9).

- Keys: the package names the public key of every device whose signature it carries; a key
  that contradicts one this folder already knows (itself, a trusted laptop, one introduced
  earlier) refuses the package.
- Versions: each one that differs from this database's copy carries sound attestations
  (``provenance.check_version``): written in a device's name only with that device's key.
- This device: no version may claim changes of this device that this device never made.
- Audit lines: each one not already here carries its own device's signature.
- Published templates: never changed, never given more criteria (a change is a new version).
- Issued minutes (``minutes_check.py``): a version marked signed is the record's own biên
  bản, digitally signed by the signers it lists (a replacement of a signed PDF here only
  extends it), or issued for signing on paper with no digital signer and a readable scan.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.exchange.minutes_check import issued_minutes_problem
from cchc_desktop.exchange.package_records import batched
from cchc_desktop.store import provenance
from cchc_desktop.store.field_rules import shown_value
from cchc_desktop.store.synced import SyncedTable, synced_table
from cchc_desktop.store.versions import Version, parse_vv

if TYPE_CHECKING:
    from cchc_desktop.exchange.package_records import PackageRecords
    from cchc_desktop.store.keys import PublicIdentity
    from cchc_desktop.store.workspace import Workspace

Problem = tuple[str, str]
BlobReader = Callable[[str], bytes]
_CHUNK = 500
FROZEN_TABLES = ("templates", "criteria")


def known_keys(ws: Workspace) -> dict[str, str]:
    """Public keys this folder already holds: its own, trusted laptops', relayed ones."""
    from cchc_desktop.store.keys import own_identity

    keys = {
        str(device): str(key)
        for device, key in ws.db.execute("SELECT device_id, public_key FROM device_keys")
    }
    keys.update(
        {
            str(device): str(key)
            for device, key in ws.db.execute("SELECT device_id, public_key FROM trusted_devices")
        }
    )
    mine = own_identity(ws.folder)
    keys[mine.device_id] = mine.public_key
    return keys


def package_keys(manifest: dict[str, Any]) -> dict[str, str] | None:
    """The ``keys`` a package declares (device id → base64 Ed25519 key), None if malformed."""
    raw = manifest.get("keys", {})
    if not isinstance(raw, dict):
        return None
    keys: dict[str, str] = {}
    for device, key in raw.items():
        if not isinstance(device, str) or not isinstance(key, str) or len(device) > 64:
            return None
        try:
            if len(base64.b64decode(key, validate=True)) != 32:
                return None
        except (binascii.Error, ValueError):
            return None
        keys[device] = key
    return keys


def keyring(
    ws: Workspace, manifest: dict[str, Any], sender: PublicIdentity | None
) -> tuple[dict[str, str], Problem | None]:
    """Every key the package may be checked with, or why its keys cannot be believed."""
    known = known_keys(ws)
    declared = package_keys(manifest)
    if declared is None:
        return {}, (
            "danh sách khoá thiết bị trong manifest hỏng",
            "the manifest's keys are damaged",
        )
    if sender is not None:
        declared.setdefault(sender.device_id, sender.public_key)
        if declared[sender.device_id] != sender.public_key:
            return {}, (
                "khoá của máy gửi khai hai lần khác nhau",
                "the sender's key is declared twice",
            )
    for device, key in declared.items():
        if device in known and known[device] != key:
            return {}, (
                f"gói khai khoá khác cho thiết bị {device[:8]} mà máy này đã biết (giả mạo, hoặc "
                "máy đó đã cài lại: khi đó hãy chạy «cchc devices forget»)",
                f"the package declares another key for device {device[:8]}, which this folder "
                "already knows (forged, or that laptop was reinstalled: then run 'cchc devices "
                "forget')",
            )
    return {**declared, **known}, None


def learn_keys(ws: Workspace, verified: Any) -> int:
    """Keep the keys a merged package introduced for laptops this folder had not met (they
    signed changes the package relays), so no later package can swap them; return how many."""
    from cchc_desktop.domain.dates import utc_now
    from cchc_desktop.store.keys import fingerprint

    known = known_keys(ws)
    declared = package_keys(verified.manifest) or {}
    added = 0
    for device, key in sorted(declared.items()):
        if device in known or device == verified.device.device_id:
            continue
        ws.db.execute(
            "INSERT INTO device_keys (device_id, public_key, fingerprint, introduced_by,"
            " first_seen) VALUES (?, ?, ?, ?, ?)",
            [device, key, fingerprint(key), verified.device.device_id, utc_now()],
        )
        added += 1
    return added


def check_provenance(
    ws: Workspace,
    manifest: dict[str, Any],
    records: PackageRecords,
    *,
    read_blob: BlobReader | None = None,
    sender: PublicIdentity | None = None,
) -> Problem | None:
    """None when every version and line proves its author here, else the reason (the rows
    read a batch at a time, each batch's stored versions looked up together)."""
    keys, problem = keyring(ws, manifest, sender)
    if problem:
        return problem
    signed_format = manifest.get("format_version") != 1
    proof = _Proof(keys, signed_format, read_blob)
    for table in records.tables:
        entry = synced_table(table)
        if entry is None:
            continue
        disputed = _open_versions(ws, table)
        for rows in records.batches(table):
            here = _local_rows(ws, table, [row["id"] for row in rows])
            for row in rows:
                local = here.get(row["id"])
                if local is not None and all(local.get(k) == v for k, v in row.items()):
                    continue  # this very version is already here
                found = _version_problem(
                    ws, table, entry, row, local, disputed.get(row["id"], []), proof
                )
                if found:
                    return found
    return _check_audit(ws, records.audit(), keys, signed_format)


@dataclass(frozen=True)
class _Proof:
    """What a package's versions are checked with: the keys, whether it signs versions, its
    blobs (a signed biên bản's PDF)."""

    keys: dict[str, str]
    signed_format: bool
    read_blob: BlobReader | None


def _version_problem(
    ws: Workspace,
    table: str,
    entry: SyncedTable,
    row: dict[str, Any],
    local: dict[str, Any] | None,
    disputed: list[dict[str, Any]],
    proof: _Proof,
) -> Problem | None:
    """The reason to refuse one incoming version not already here: its signature, a false
    claim about this device's changes, a frozen record changed, a signed biên bản's PDF."""
    from cchc_desktop.exchange.records_check import record_problem

    wrong = _signature_problem(table, row, proof)
    if wrong:
        return wrong
    claim = _false_claim(ws, table, row, local, disputed)
    if claim:
        return record_problem(table, row["id"], "vv", *claim)
    theirs = Version.of(row, entry)
    if local is not None and table in FROZEN_TABLES:
        if not Version.of({k: local[k] for k in row if k in local}, entry).same_content(theirs):
            return _frozen(table, row)
    elif local is None and table == "criteria" and _template_here(ws, row):
        return _frozen(table, row)
    if table == "minutes" and row.get("signed") == 1:
        found = issued_minutes_problem(ws, entry, row, local, proof.read_blob)
        if found:
            return record_problem(table, row["id"], found[0], *found[1])
    return None


def _signature_problem(table: str, row: dict[str, Any], proof: _Proof) -> Problem | None:
    """A version whose signature does not prove its author; a format 1 package signs none."""
    from cchc_desktop.exchange.records_check import record_problem

    if proof.signed_format:
        wrong = provenance.check_version(table, row, proof.keys)
        if wrong:
            return record_problem(table, row["id"], "sig", *wrong)
    elif row.get("sig"):
        return record_problem(
            table, row["id"], "sig", "gói định dạng 1 không mang chữ ký phiên bản",
            "a format 1 package carries no version signatures",
        )  # fmt: skip
    return None


def _local_rows(ws: Workspace, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in part)
        cursor = ws.db.execute(f"SELECT * FROM [{table}] WHERE id IN ({marks})", part)
        names = [c[0] for c in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            found[row["id"]] = row
    return found


def _open_versions(ws: Workspace, table: str) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for record_id, versions in ws.db.execute(
        "SELECT record_id, versions FROM conflicts WHERE table_name = ? AND status = 'open'",
        [table],
    ):
        try:
            found[str(record_id)] = list(json.loads(versions))
        except ValueError:
            continue
    return found


def _false_claim(
    ws: Workspace,
    table: str,
    row: dict[str, Any],
    local: dict[str, Any] | None,
    disputed: list[dict[str, Any]],
) -> Problem | None:
    """A version claiming changes of this device that this device never made: forged.

    This device knows every change it made to a record (its own counter is in the version it
    holds, or in a version its open conflict keeps). An entry backed by this device's own
    signature is true by definition; any other claim beyond what it knows is not.
    """
    me = ws.device_id
    claimed = parse_vv(row.get("vv")).get(me, 0)
    if not claimed:
        return None
    try:
        attestations = provenance.parse_sig(row.get("sig"))
    except ValueError:
        attestations = []
    if any(a.device == me and a.counter == claimed for a in attestations):
        return None
    known = 0
    for version in [*([local] if local else []), *disputed]:
        try:
            known = max(known, parse_vv(version.get("vv")).get(me, 0))
        except ValueError:
            continue
    if claimed <= known:
        return None
    return (
        f"khai rằng máy này đã sửa bản ghi {claimed} lần, nhưng máy này chỉ mới sửa {known} lần "
        "(lịch sử giả mạo)",
        f"claims this device changed the record {claimed} times, but it changed it {known} "
        "times (forged history)",
    )


def _template_here(ws: Workspace, row: dict[str, Any]) -> bool:
    found = ws.db.execute("SELECT 1 FROM templates WHERE id = ?", [row.get("template_id")])
    return found.fetchone() is not None


def _frozen(table: str, row: dict[str, Any]) -> Problem:
    from cchc_desktop.exchange.records_check import record_problem

    return record_problem(
        table,
        row["id"],
        None,
        "mẫu bảng kiểm đã công bố thì không sửa, không thêm tiêu chí (một mẫu thay đổi phải là "
        "phiên bản mới)",
        "a published checklist template never changes and gets no new criteria (a changed "
        "template is a new version)",
    )


def _check_audit(
    ws: Workspace, audit: Iterable[dict[str, Any]], keys: dict[str, str], signed_format: bool
) -> Problem | None:
    """Each audit line not yet here is signed by the device it names (format 2)."""
    if not signed_format:
        return None
    for lines in batched(audit, _CHUNK):
        marks = ", ".join("?" for _ in lines)
        here = {
            str(r[0])
            for r in ws.db.execute(
                f"SELECT id FROM audit_log WHERE id IN ({marks})", [str(x["id"]) for x in lines]
            )
        }
        for line in lines:
            if line["id"] in here:
                continue
            key = keys.get(str(line["device_id"]))
            if key is None or not provenance.audit_ok(line, key):
                # The line's own words, quoted: a line break in them cannot fake a line.
                entry = shown_value(str(line["id"])[:8])
                device = shown_value(str(line["device_id"])[:8])
                return (
                    f"dòng nhật ký {entry} ghi là của thiết bị {device} nhưng không mang chữ "
                    "ký của thiết bị đó",
                    f"audit entry {entry} is attributed to device {device} but does not carry "
                    "that device's signature",
                )
    return None
