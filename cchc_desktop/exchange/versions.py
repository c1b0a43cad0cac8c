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

from cchc_desktop.exchange.format import canonical_json
from cchc_desktop.store.synced import SyncedTable

# Not part of what a record says: they describe when and where it was last written.
META = frozenset({"rev", "vv", "updated_at", "device_id"})

VV = dict[str, int]


def parse_vv(text: str | None) -> VV:
    raw = json.loads(text or "{}")
    if not isinstance(raw, dict):
        raise ValueError("version vector is not an object")
    return {str(k): int(v) for k, v in raw.items()}


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

    @classmethod
    def of(cls, row: dict[str, Any], table: SyncedTable) -> Version:
        content = {k: v for k, v in row.items() if k not in META}
        digest = hashlib.sha256(canonical_json(content)).hexdigest()
        immutable = False
        if table.immutable_when is not None:
            column, value = table.immutable_when
            immutable = row.get(column) == value
        mutable = frozenset(table.mutable_when_immutable) if immutable else frozenset()
        return cls(dict(row), parse_vv(row.get("vv")), digest, immutable, mutable)

    @property
    def key(self) -> tuple[str, str]:
        """Identity of a version: what it has seen and what it says."""
        return (vv_text(self.vv), self.content_hash)

    def same_content(self, other: Version) -> bool:
        return self.content_hash == other.content_hash


def superseded(old: Version, new: Version) -> bool:
    """Whether ``new`` replaces ``old``: it has seen all of ``old``'s changes and either says
    something else after them or says the same; an immutable version is never replaced by a
    different one (a signed minutes)."""
    if old.key == new.key:
        return True
    if not vv_leq(old.vv, new.vv):
        return False
    if old.vv == new.vv and not old.same_content(new):
        return False  # same history, different content: a clash, not a successor
    if not old.immutable or old.same_content(new):
        return True
    # A signed version gives way only to one that grew from it in the allowed columns.
    return new.immutable and set(differing_fields([old, new])) <= old.mutable


def meta_rank(version: Version) -> tuple[str, str, int]:
    """Between copies of one version (same history, same content) written at different times
    — the same answer given alike on two laptops — the latest write is kept, whatever the order."""
    row = version.row
    return (
        str(row.get("updated_at") or ""),
        str(row.get("device_id") or ""),
        int(row.get("rev") or 1),
    )


def frontier(versions: Iterable[Version]) -> list[Version]:
    """The versions that no other supersedes, in a fixed order (duplicates removed)."""
    unique: dict[tuple[str, str], Version] = {}
    for v in versions:
        if v.key not in unique or meta_rank(v) > meta_rank(unique[v.key]):
            unique[v.key] = v
    items = sorted(unique.values(), key=lambda v: v.key)
    return [v for v in items if not any(w.key != v.key and superseded(v, w) for w in items)]


def shown(versions: list[Version], local_device: str) -> Version:
    """The version a database shows while a conflict waits: chosen from the set alone.

    An immutable version first (a signed biên bản outranks any draft: it is what both sides
    signed), then this laptop's own edit (what its user did stays in front of them), then a
    live record over a tombstone (nothing disappears before a person decides), then the most
    changes, the latest write, the device id and the content hash as final tie-breakers.
    """

    def rank(v: Version) -> tuple[int, int, int, int, str, str, str]:
        return (
            int(v.immutable),
            int(v.row.get("device_id") == local_device),
            int(not v.row.get("deleted")),
            sum(v.vv.values()),
            str(v.row.get("updated_at") or ""),
            str(v.row.get("device_id") or ""),
            v.content_hash,
        )

    return max(versions, key=rank)


def folded(versions: list[Version]) -> Version:
    """Versions that say the same thing as one: the shown one's row with the joined vector."""
    best = max(
        versions,
        key=lambda v: (str(v.row.get("updated_at") or ""), str(v.row.get("device_id") or "")),
    )
    joined = vv_join(v.vv for v in versions)
    row = {
        **best.row,
        "vv": vv_text(joined),
        "rev": max(int(v.row.get("rev") or 1) for v in versions),
    }
    return Version(row, joined, best.content_hash, best.immutable, best.mutable)


def differing_fields(versions: list[Version]) -> list[str]:
    """The content columns on which the versions disagree, in the row's column order."""
    if not versions:
        return []
    names = [k for k in versions[0].row if k not in META and k != "id"]
    return [n for n in names if len({json.dumps(v.row.get(n)) for v in versions}) > 1]
