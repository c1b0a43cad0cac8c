"""A package merged here before, recognised from its manifest alone, before any staging.

A package's id is the SHA-256 of its manifest.json, and the manifest names every member by
its SHA-256: the same id is the same content. The secretary's inbox meets the same package
again (sent twice, copied from two USB sticks, an export run again with nothing new), and a
full check of it would read, hash and stage every photo only to find nothing to do. Here the
zip's directory is checked and the manifest read (no member is extracted), and the merges
table answers. Anything unusual about the file returns None: the full check then refuses it
with its reason.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.errors import UserError
from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.archive import READ_ERRORS, check_directory, read_small
from cchc_desktop.exchange.report import MergeReport

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def manifest_id(path: Path) -> str | None:
    """The package id (SHA-256 of its manifest), read without extracting anything else; None
    when the file is not a readable package (the full check says why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            check_directory(path, infos, path.stat().st_size)
            by_name = {info.filename: info for info in infos}
            data = read_small(path, archive, by_name, fmt.MANIFEST, fmt.MAX_MANIFEST_BYTES)
    except (UserError, OSError, *READ_ERRORS):
        return None
    return hashlib.sha256(data).hexdigest()


def merged_before(ws: Workspace, path: Path) -> MergeReport | None:
    """The report of a package this database merged before (changing nothing now), or None."""
    package_id = manifest_id(path)
    if package_id is None:
        return None
    row = ws.db.execute(
        "SELECT device_id, created_at, merged_at, report FROM merges WHERE package_id = ?"
        " ORDER BY merged_at LIMIT 1",
        [package_id],
    ).fetchone()
    if row is None:
        return None
    device_id, created_at, merged_at, text = row
    try:
        earlier = json.loads(text)
    except (TypeError, ValueError):
        earlier = {}
    if not isinstance(earlier, dict):
        earlier = {}
    return MergeReport(
        package=path.name,
        package_id=package_id,
        device_id=str(device_id),
        device_name=str(earlier.get("device_name") or ""),
        fingerprint=str(earlier.get("fingerprint") or ""),
        created_at=str(created_at),
        merged_before=str(merged_at),
    )
