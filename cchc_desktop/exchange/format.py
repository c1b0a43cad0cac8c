"""The package format (docs/PACKAGE_FORMAT.md): member names, limits, canonical JSON.

One module holds every rule both sides share, so the writer and the verifier cannot drift.
"""

from __future__ import annotations

import re
from typing import Any

# The package's canonical JSON is the one the store signs its records in.
from cchc_desktop.store.canonical import canonical_json

FORMAT = "cchc-package"
# 2: every version and audit line carries its author's signature (``sig``), the manifest the
# public keys of the devices that signed them (``keys``); no derived files travel (a receiver
# makes its own thumbnails and print copies from the originals). 1 (before m0008) is still
# read, under the rule for unsigned history (docs/PACKAGE_FORMAT.md §4).
FORMAT_VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})
SUFFIX = ".cchc"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
AUDIT = "audit/audit.jsonl"
RECORDS_PREFIX = "records/"
BLOBS_PREFIX = "media/blobs/"
DERIVED_PREFIX = "media/derived/"

# Limits a verifier enforces before extracting anything. Generous for real work (a season of
# inspections with thousands of 12 MP photos), small enough that a crafted file cannot fill
# the disk or the memory.
MAX_MEMBERS = 200_000
MAX_TOTAL_BYTES = 64 * 1024**3
MAX_MEMBER_BYTES = 4 * 1024**3
MAX_JSON_BYTES = 512 * 1024**2  # one records/audit member (read a line at a time)
# One line of it (a row, an audit line): read whole before it is parsed. No row the field
# rules accept comes near (~0.9 million characters in all, ~5 MB written out at the worst).
MAX_LINE_BYTES = 16 * 1024**2
MAX_MANIFEST_BYTES = 64 * 1024**2
MAX_NAME_LENGTH = 200
# Deflate reaches about 1:1032 at best; records JSON compresses ~1:10-1:30. A member past
# this ratio (and past 1 MiB) is a compression bomb, whatever the manifest says.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024

_TABLE = r"[a-z][a-z0-9_]{0,62}"
_SHA = r"[0-9a-f]{64}"
_KIND = r"[a-z0-9]{1,16}(?:\.[a-z0-9]{1,8})?"
RECORDS_MEMBER = re.compile(rf"^records/({_TABLE})\.jsonl$")
BLOB_MEMBER = re.compile(rf"^media/blobs/({_SHA})$")
DERIVED_MEMBER = re.compile(rf"^media/derived/({_SHA})\.({_KIND})$")
DERIVED_KIND = re.compile(rf"^{_KIND}$")


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    """One canonical JSON object per line."""
    return b"".join(canonical_json(row) + b"\n" for row in rows)


def records_member(table: str) -> str:
    return f"{RECORDS_PREFIX}{table}.jsonl"


def blob_member(sha: str) -> str:
    return f"{BLOBS_PREFIX}{sha}"


def derived_member(sha: str, kind: str) -> str:
    return f"{DERIVED_PREFIX}{sha}.{kind}"


def member_kind(name: str, version: int = FORMAT_VERSION) -> str | None:
    """Which fixed kind of member a name is ("records", "audit", "blob", "derived"), or None.

    Derived files (thumbnails, print copies) are members of format 1 only; a merge never takes
    them (it makes its own from the originals), and format 2 does not carry them at all.
    """
    if name == AUDIT:
        return "audit"
    if RECORDS_MEMBER.match(name):
        return "records"
    if BLOB_MEMBER.match(name):
        return "blob"
    if version == 1 and DERIVED_MEMBER.match(name):
        return "derived"
    return None
