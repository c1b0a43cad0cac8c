"""Versions of one record and how they relate: the rules that make a merge order-independent.

A version is a whole row. Its version vector says which changes it has seen; its content is
every column but the bookkeeping (``rev``, ``vv``, ``updated_at``, ``device_id``), tombstone
flag included. The state of a record after any set of merges is a function of the SET of
versions received, never of their order: the versions no other one supersedes (the
frontier), and, when they disagree, a conflict listing them all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cchc_desktop.store import provenance
from cchc_desktop.store.canonical import canonical_json
from cchc_desktop.store.provenance import META, Attestation
from cchc_desktop.store.synced import SyncedTable

__all__ = ["META", "VV", "Version", "parse_vv", "superseded"]

VV = dict[str, int]


def parse_vv(text: str | None) -> VV:
    """A stored or received version vector; ValueError (never a crash) when it is not
    device → whole number in range (a vector holding Infinity or 2**70 is refused)."""
    try:
        raw = json.loads(text or "{}")
    except (TypeError, ValueError) as exc:
        raise ValueError("version vector is not JSON") from exc
    return provenance.parse_counts(raw)


def stored_vv(text: str | None) -> VV:
    """A vector read back from this database: one that cannot be read counts as none (the
    weakest version, which any proper one supersedes); `cchc check` reports it."""
    try:
        return parse_vv(text)
    except ValueError:
        return {}


def vv_leq(a: VV, b: VV) -> bool:
    """Whether every change ``a`` has seen, ``b`` has seen too."""
    return all(count <= b.get(device, 0) for device, count in a.items() if count)


def vv_join(vectors: Iterable[VV]) -> VV:
    joined: VV = {}
    for vv in vectors:
        for device, count in vv.items():
            joined[device] = max(joined.get(device, 0), count)
    return joined


def vv_text(vv: VV) -> str:
    return json.dumps(vv, sort_keys=True)


@dataclass(frozen=True)
class Version:
    row: dict[str, Any]
    vv: VV
    content_hash: str
    immutable: bool
    mutable: frozenset[str] = frozenset()
    # The attestations of the version (store/provenance.py) and the devices whose vector
    # entry they prove; a legacy version (written before m0008) has none.
    attestations: tuple[Attestation, ...] = ()
    proven: frozenset[str] = frozenset()

    @classmethod
    def of(cls, row: dict[str, Any], table: SyncedTable) -> Version:
        content = {k: v for k, v in row.items() if k not in META}
        digest = hashlib.sha256(canonical_json(content)).hexdigest()
        immutable = False
        if table.immutable_when is not None:
            column, value = table.immutable_when
            immutable = row.get(column) == value
        mutable = frozenset(table.mutable_when_immutable) if immutable else frozenset()
        vv = stored_vv(row.get("vv"))
        try:
            attestations = tuple(provenance.parse_sig(row.get("sig")))
        except ValueError:
            attestations = ()  # damaged proofs prove nothing
        proven = provenance.proven_devices(vv, attestations)
        return cls(dict(row), vv, digest, immutable, mutable, attestations, proven)

    @property
    def author(self) -> str:
        return str(self.row.get("device_id") or "")

    @property
    def key(self) -> tuple[str, str]:
        """Identity of a version: what it has seen and what it says."""
        return (vv_text(self.vv), self.content_hash)

    def same_content(self, other: Version) -> bool:
        return self.content_hash == other.content_hash


def superseded(old: Version, new: Version, guard: str | None = None) -> bool:
    """Whether ``new`` replaces ``old``: it has seen all of ``old``'s changes and either says
    something else after them or says the same; an immutable version is never replaced by a
    different one (a signed minutes).

    Two rules of provenance (docs/PACKAGE_FORMAT.md §7): a version-vector entry moves forward
    only by its own device's attestation (a version cannot replace another by claiming
    changes nobody proved: a relayed or legacy claim stays a claim); and with ``guard`` (this
    laptop's device id), a version this laptop wrote gives way to another device's different
    content only when that version decides a real conflict (it has seen a third laptop's
    version made concurrently with ours): otherwise the two meet as a conflict and this
    laptop's user decides.
    """
    if old.key == new.key:
        return True
    if not vv_leq(old.vv, new.vv):
        return False
    if old.vv == new.vv and not old.same_content(new):
        return False  # same history, different content: a clash, not a successor
    if any(n > old.vv.get(d, 0) and d not in new.proven for d, n in new.vv.items()):
        return False  # the entries that make it newer are not proven by their devices
    if (
        guard is not None
        and not old.same_content(new)
        and old.author == guard
        and new.author != guard
        and not decides_conflict(old, new, guard)
    ):
        return False
    if not old.immutable or old.same_content(new):
        return True
    # A signed version gives way only to one that grew from it in the allowed columns.
    return new.immutable and set(differing_fields([old, new])) <= old.mutable


def decides_conflict(old: Version, new: Version, guard: str) -> bool:
    """Whether ``new`` carries the proof of a third laptop's version concurrent with ``old``:
    a decision taken over a real conflict (a secretary keeping one side), which travels."""
    for a in new.attestations:
        if a.device in (guard, new.author):
            continue
        if not vv_leq(a.vv, old.vv) and not vv_leq(old.vv, a.vv):
            return True
        if a.vv == old.vv and a.content != old.content_hash:
            return True  # the same history, another content: a clash (one natural id twice)
    return False


def meta_rank(version: Version) -> tuple[int, str, str, int]:
    """Between copies of one version (same history, same content) written at different times
    — the same answer given alike on two laptops — the latest write is kept, whatever the
    order; a copy whose history is proven outranks an unsigned (legacy) one."""
    row = version.row
    rev = row.get("rev")
    return (
        len(version.proven) + len(version.attestations),
        str(row.get("updated_at") or ""),
        str(row.get("device_id") or ""),
        rev if isinstance(rev, int) else 1,
    )


def frontier(versions: Iterable[Version], guard: str | None = None) -> list[Version]:
    """The versions that no other supersedes, in a fixed order (duplicates removed)."""
    unique: dict[tuple[str, str], Version] = {}
    for v in versions:
        if v.key not in unique or meta_rank(v) > meta_rank(unique[v.key]):
            unique[v.key] = v
    items = sorted(unique.values(), key=lambda v: v.key)
    return [v for v in items if not any(w.key != v.key and superseded(v, w, guard) for w in items)]


def shown(versions: list[Version], local_device: str) -> Version:
    """The version a database shows while a conflict waits: chosen from the set alone.

    An immutable version first (a signed biên bản outranks any draft: it is what both sides
    signed), then this laptop's own edit (what its user did stays in front of them), then a
    version whose whole history is proven over one claiming changes nobody signed (legacy,
    docs/PACKAGE_FORMAT.md §4.4), then a live record over a tombstone (nothing disappears before a person decides), then the most
    changes, the latest write, the device id and the content hash as final tie-breakers.
    """

    def rank(v: Version) -> tuple[int, int, int, int, int, str, str, str]:
        return (
            int(v.immutable),
            int(v.row.get("device_id") == local_device),
            int(all(d in v.proven for d, n in v.vv.items() if n)),
            int(not v.row.get("deleted")),
            sum(v.vv.values()),
            str(v.row.get("updated_at") or ""),
            str(v.row.get("device_id") or ""),
            v.content_hash,
        )

    return max(versions, key=rank)


def folded(versions: list[Version]) -> Version:
    """Versions that say the same thing as one: the shown one's row with the joined vector.

    Only signed versions are joined with signed ones: a legacy version's vector cannot be
    proven, and a fold must stay provable (provenance.check_version)."""
    signed = [v for v in versions if v.attestations]
    if signed and len(signed) < len(versions):
        versions = signed
    if len(versions) == 1:
        return versions[0]
    best = max(
        versions,
        key=lambda v: (str(v.row.get("updated_at") or ""), str(v.row.get("device_id") or "")),
    )
    joined = vv_join(v.vv for v in versions)
    # Every head that took part stays: together they prove the joined vector, the latest
    # write and the highest revision (provenance.check_version).
    attestations = provenance.keep_needed(
        [a for v in versions for a in v.attestations], joined, best.content_hash
    )
    row = {
        **best.row,
        "vv": vv_text(joined),
        "sig": provenance.sig_text(attestations) if attestations else best.row.get("sig", ""),
    }
    if "sig" not in best.row:
        del row["sig"]
    return Version(
        row,
        joined,
        best.content_hash,
        best.immutable,
        best.mutable,
        tuple(attestations),
        provenance.proven_devices(joined, attestations),
    )


def differing_fields(versions: list[Version]) -> list[str]:
    """The content columns on which the versions disagree, in the row's column order."""
    if not versions:
        return []
    names = [k for k in versions[0].row if k not in META and k != "id"]
    return [n for n in names if len({json.dumps(v.row.get(n)) for v in versions}) > 1]
