"""Provenance of every change: who wrote a version, proven by that device's Ed25519 signature.

A version of a record carries, in its ``sig`` column, a JSON list of *attestations*. Each is
one device's signature over what it wrote: the table, the record id, the SHA-256 of the
version's content, its whole version vector, revision and time. The version's own author
(``device_id``) signs it (the *head*); for every other device ``X`` in the vector, the
attestation ``X`` made when it wrote its change number ``vv[X]`` of this record travels too
(a *proof*). So a change relayed through another laptop still proves its author, and a
version-vector entry moves forward only by its own device's signature: a relaying laptop can
neither write in another device's name nor claim that another device made changes it never
made. Versions that say the same thing and were folded into one (``versions.folded``) keep
every head that took part. See docs/PACKAGE_FORMAT.md §4–§7.

Rows written before migration m0008 have no attestations ("legacy"): see ``unproven``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cchc_desktop.store.canonical import canonical_json

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# Not part of what a record says: when and where it was last written, and the proof of it.
META = frozenset({"rev", "vv", "updated_at", "device_id", "sig"})

_VERSION_DOMAIN = b"cchc-version-1\n"
_AUDIT_DOMAIN = b"cchc-audit-1\n"
# Audit columns that stay home (the local order) or are the proof itself.
AUDIT_UNSIGNED = frozenset({"seq", "sig"})
# A counter or revision beyond this is not something a person typed in a lifetime of work;
# JSON readers of other languages also lose integers past 2**53.
MAX_COUNTER = 2**53


def content_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 of what a version says: every column but the bookkeeping (tombstone included)."""
    return hashlib.sha256(
        canonical_json({k: v for k, v in row.items() if k not in META})
    ).hexdigest()


@dataclass(frozen=True)
class Attestation:
    """One device's signature over one version it wrote (or folded, see the module doc)."""

    device: str
    vv: dict[str, int]
    content: str
    rev: int
    updated_at: str
    signature: str

    def message(self, table: str, record_id: str) -> bytes:
        return _VERSION_DOMAIN + canonical_json(
            {
                "table": table,
                "id": record_id,
                "device": self.device,
                "vv": self.vv,
                "content": self.content,
                "rev": self.rev,
                "updated_at": self.updated_at,
            }
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "d": self.device,
            "v": self.vv,
            "h": self.content,
            "r": self.rev,
            "u": self.updated_at,
            "s": self.signature,
        }

    @property
    def counter(self) -> int:
        return self.vv.get(self.device, 0)

    @classmethod
    def parse(cls, raw: Any) -> Attestation:
        """An attestation from its JSON form; ValueError when it is not well formed."""
        if not isinstance(raw, dict) or set(raw) != {"d", "v", "h", "r", "u", "s"}:
            raise ValueError("attestation is not an object with d, v, h, r, u, s")
        device, vv, content, rev, when, sig = (raw[k] for k in ("d", "v", "h", "r", "u", "s"))
        if not (isinstance(device, str) and isinstance(content, str) and isinstance(when, str)):
            raise ValueError("attestation fields have the wrong types")
        if not isinstance(sig, str) or not _is_int(rev) or not 1 <= rev <= MAX_COUNTER:
            raise ValueError("attestation signature or revision is malformed")
        return cls(device, parse_counts(vv), content, rev, when, sig)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_counts(raw: Any) -> dict[str, int]:
    """A version vector's counts, refused (ValueError) unless device → whole number ≥ 0."""
    if not isinstance(raw, dict):
        raise ValueError("version vector is not an object")
    counts: dict[str, int] = {}
    for device, count in raw.items():
        if not isinstance(device, str) or not device or not _is_int(count):
            raise ValueError("version vector entry is not device → whole number")
        if not 0 <= count <= MAX_COUNTER:
            raise ValueError("version vector count out of range")
        counts[device] = count
    return counts


def parse_sig(text: str | None) -> list[Attestation]:
    """The attestations stored in a ``sig`` column ('' for a legacy row); ValueError if damaged."""
    if not text:
        return []
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise ValueError("sig is not JSON") from exc
    if not isinstance(raw, list):
        raise ValueError("sig is not a list")
    return [Attestation.parse(item) for item in raw]


def sig_text(attestations: Iterable[Attestation]) -> str:
    """Canonical text of a set of attestations (sorted, duplicates removed)."""
    unique = {(a.device, a.counter, a.content, a.signature): a for a in attestations}
    ordered = [unique[k] for k in sorted(unique)]
    return canonical_json([a.as_json() for a in ordered]).decode("utf-8")


def _vv_of(row: Mapping[str, Any]) -> dict[str, int]:
    return parse_counts(json.loads(row.get("vv") or "{}"))


def attest(key: Ed25519PrivateKey, table: str, row: Mapping[str, Any]) -> Attestation:
    """The head attestation of a version this device writes (``row`` whole, bookkeeping set)."""
    unsigned = Attestation(
        str(row["device_id"]),
        _vv_of(row),
        content_hash(row),
        int(row["rev"]),
        str(row["updated_at"]),
        "",
    )
    signature = key.sign(unsigned.message(table, str(row["id"])))
    return Attestation(
        unsigned.device,
        unsigned.vv,
        unsigned.content,
        unsigned.rev,
        unsigned.updated_at,
        base64.b64encode(signature).decode("ascii"),
    )


def keep_needed(
    attestations: Iterable[Attestation], vv: Mapping[str, int], content: str
) -> list[Attestation]:
    """The attestations a version with this vector and content still needs: its heads (same
    content) and, per device of the vector, the one proving that device's count."""
    items = list(attestations)
    kept: dict[tuple[str, int, str, str], Attestation] = {}
    for a in items:
        seen = all(n <= vv.get(d, 0) for d, n in a.vv.items())
        if not seen:
            continue  # a version this one has not seen proves nothing about it
        if a.content == content or (a.counter and a.counter == vv.get(a.device, 0)):
            kept[(a.device, a.counter, a.content, a.signature)] = a
    # Of several proofs of the same count by one device, one is enough.
    by_count: dict[tuple[str, int], Attestation] = {}
    for key in sorted(kept):
        a = kept[key]
        if a.content == content:
            continue
        by_count.setdefault((a.device, a.counter), a)
    heads = [a for a in kept.values() if a.content == content]
    proven_by_heads = {(a.device, a.counter) for a in heads}
    return heads + [a for k, a in by_count.items() if k not in proven_by_heads]


def proven_devices(vv: Mapping[str, int], attestations: Iterable[Attestation]) -> frozenset[str]:
    """Devices whose vector entry is backed by their own attestation of exactly that count
    (structure only; the signatures are checked once, when a package is verified)."""
    counts = {(a.device, a.counter) for a in attestations}
    return frozenset(d for d, n in vv.items() if n and (d, n) in counts)


def unproven(vv: Mapping[str, int], attestations: Iterable[Attestation]) -> dict[str, int]:
    """Entries of the vector that no attestation of their device backs (legacy history)."""
    proven = proven_devices(vv, list(attestations))
    return {d: n for d, n in vv.items() if n and d not in proven}


def check_version(
    table: str, row: Mapping[str, Any], keys: Mapping[str, str]
) -> tuple[str, str] | None:
    """None when the version's attestations are sound, else why not (Vietnamese, English).

    Sound: every signature verifies under its device's known public key (``keys``: device id
    → base64); the version's author signed a head with this very content, time and revision;
    the vector is exactly that of its heads (a fold joins them); every other attestation is of
    a version this one has seen. A row without any attestation is legacy
    (written before m0008) and is judged by the merge rules instead.
    """
    from cchc_desktop.store.keys import signature_ok

    try:
        attestations = parse_sig(row.get("sig"))
        vv = _vv_of(row)
    except ValueError:
        return ("chữ ký của phiên bản bị hỏng", "the version's signature is damaged")
    if not attestations:
        return None
    record_id = str(row["id"])
    for a in attestations:
        key = keys.get(a.device)
        if key is None:
            return (
                f"không biết khoá của thiết bị {a.device[:8]} đã ký phiên bản",
                f"the key of device {a.device[:8]} that signed the version is unknown",
            )
        try:
            signature = base64.b64decode(a.signature, validate=True)
        except (binascii.Error, ValueError):
            return ("chữ ký của phiên bản bị hỏng", "the version's signature is damaged")
        if not signature_ok(key, signature, a.message(table, record_id)):
            return (
                f"chữ ký của thiết bị {a.device[:8]} không khớp (bị sửa hoặc giả mạo)",
                f"device {a.device[:8]}'s signature does not match (altered or forged)",
            )
        if not a.counter and a.vv:
            return (
                f"thiết bị {a.device[:8]} ký một phiên bản mà không tính thay đổi của chính nó",
                f"device {a.device[:8]} signed a version without counting its own change",
            )
        if any(n > vv.get(d, 0) for d, n in a.vv.items()):
            return (
                "phiên bản mang chữ ký của một phiên bản nó chưa thấy",
                "the version carries the signature of a version it has not seen",
            )
    return _heads_problem(row, attestations, vv)


def _heads_problem(
    row: Mapping[str, Any], attestations: list[Attestation], vv: dict[str, int]
) -> tuple[str, str] | None:
    """The version's author signed a head with this very content, time and revision, and the
    vector is exactly that of its heads; else why not."""
    content = content_hash(row)
    heads = [a for a in attestations if a.content == content]
    if not heads:
        return (
            f"nội dung không phải do thiết bị {str(row.get('device_id'))[:8]} ký",
            f"the content was not signed by device {str(row.get('device_id'))[:8]}",
        )
    joined: dict[str, int] = {}
    for a in heads:
        for d, n in a.vv.items():
            joined[d] = max(joined.get(d, 0), n)
    written = (row.get("updated_at"), row.get("device_id"), row.get("rev"))
    if {d: n for d, n in joined.items() if n} != {d: n for d, n in vv.items() if n} or not any(
        (a.updated_at, a.device, a.rev) == written for a in heads
    ):
        return (
            "tác giả, lịch sử phiên bản hoặc thời điểm khác với điều đã được ký",
            "the author, version history or time differs from what was signed",
        )
    return None


def audit_message(line: Mapping[str, Any]) -> bytes:
    return _AUDIT_DOMAIN + canonical_json(
        {k: v for k, v in line.items() if k not in AUDIT_UNSIGNED}
    )


def sign_audit(key: Ed25519PrivateKey, line: Mapping[str, Any]) -> str:
    """The signature (base64) of an audit line by the device that wrote it."""
    return base64.b64encode(key.sign(audit_message(line))).decode("ascii")


def audit_ok(line: Mapping[str, Any], public_key: str) -> bool:
    """Whether an audit line carries its own device's signature over exactly what it says."""
    from cchc_desktop.store.keys import signature_ok

    try:
        signature = base64.b64decode(str(line.get("sig") or ""), validate=True)
    except (binascii.Error, ValueError):
        return False
    return bool(signature) and signature_ok(public_key, signature, audit_message(line))
