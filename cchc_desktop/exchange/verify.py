"""Checking a package before anything is touched: structure, limits, hashes, signature, trust.

Order matters: the central directory is checked against fixed rules first (names, links,
sizes, ratios) without reading any data; then the manifest and its signature; then the zip's
member list against the manifest; only then is each member streamed, hashed and (when asked)
written into a private staging folder inside the data folder. Any failure raises
``PackageRefused`` with the reason and removes whatever was staged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import shutil
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange.archive import (
    PackageRefused,
    check_directory,
    read_jsonl,
    read_small,
    refuse,
    stream_member,
)
from cchc_desktop.exchange.keys import PublicIdentity, signature_ok
from cchc_desktop.exchange.records_check import check_records
from cchc_desktop.exchange.trust import Trust, trust_of
from cchc_desktop.progress import Progress, step

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

__all__ = ["PackageRefused", "Verified", "staging_root", "verify_package"]


@dataclass
class Verified:
    """A package that passed every check, with its staged members (when staged)."""

    path: Path
    package_id: str  # SHA-256 of manifest.json: names the package's whole content
    manifest: dict[str, Any]
    device: PublicIdentity
    trust: Trust
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    staging: Path | None = None

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest.get("counts", {}))

    @property
    def created_at(self) -> str:
        return str(self.manifest.get("created_at", ""))

    def staged(self, member: str) -> Path:
        if self.staging is None:
            raise RuntimeError("package was verified without staging")
        return self.staging / member

    def blobs(self) -> list[str]:
        """The SHA-256 of every blob the package carries."""
        return [
            match.group(1)
            for m in self.manifest["members"]
            if (match := fmt.BLOB_MEMBER.match(m["name"]))
        ]

    def derived(self) -> list[tuple[str, str]]:
        """(blob SHA-256, kind) of every derived file the package carries."""
        return [
            (match.group(1), match.group(2))
            for m in self.manifest["members"]
            if (match := fmt.DERIVED_MEMBER.match(m["name"]))
        ]

    def discard(self) -> None:
        """Remove the staging folder (safe to call twice)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.package_id,
            "path": str(self.path),
            "created_at": self.created_at,
            "app_version": self.manifest.get("app_version"),
            "device_id": self.device.device_id,
            "device_name": self.device.name,
            "fingerprint": self.device.fingerprint,
            "trust": self.trust,
            "counts": self.counts,
        }


# A staging folder this old was left by a process stopped in the middle of a merge (killed,
# power pulled): no verification or merge takes a day, so it is nobody's and can go.
STALE_STAGING_SECONDS = 24 * 3600


def staging_root(ws: Workspace) -> Path:
    """The data folder's private staging area (0700): nothing is extracted anywhere else.

    Staging folders left behind by an interrupted merge are removed once they are a day old.
    """
    root = ws.folder.root / "staging"
    root.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        root.chmod(0o700)
    cutoff = time.time() - STALE_STAGING_SECONDS
    for leftover in root.glob("pkg-*"):
        try:
            stale = leftover.stat().st_mtime < cutoff
        except OSError:  # removed meanwhile by the process that made it
            continue
        if stale:
            shutil.rmtree(leftover, ignore_errors=True)
    return root


def verify_package(
    ws: Workspace, path: Path, *, stage: bool = False, progress: Progress | None = None
) -> Verified:
    """Check everything about the package; with ``stage`` keep its members in a staging folder.

    Raises PackageRefused with the reason; the caller must ``discard()`` the result when done.
    """
    scratch = Path(tempfile.mkdtemp(prefix="pkg-", dir=staging_root(ws)))
    try:
        verified = _verify(ws, path, scratch, stage, progress)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    if not stage:
        shutil.rmtree(scratch, ignore_errors=True)
        verified.staging = None
    return verified


def _verify(
    ws: Workspace, path: Path, scratch: Path, stage: bool, progress: Progress | None
) -> Verified:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise refuse(
            path,
            f"không phải gói .cchc hoặc tệp bị cắt cụt ({exc})",
            f"not a .cchc package, or the file is cut short ({exc})",
        ) from exc
    with archive:
        infos = archive.infolist()
        check_directory(path, infos, path.stat().st_size)
        by_name = {info.filename: info for info in infos}
        manifest_bytes = read_small(path, archive, by_name, fmt.MANIFEST, fmt.MAX_MANIFEST_BYTES)
        manifest = _parse_manifest(path, manifest_bytes)
        device = _device(path, manifest)
        signature_text = read_small(path, archive, by_name, fmt.SIGNATURE, 1024)
        try:
            signature = base64.b64decode(signature_text.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise refuse(path, "chữ ký hỏng", "the signature is damaged") from exc
        if not signature_ok(device.public_key, signature, manifest_bytes):
            raise refuse(
                path,
                "chữ ký không khớp với nội dung (gói đã bị sửa hoặc giả mạo)",
                "the signature does not match the content (the package was altered or forged)",
            )
        trust = trust_of(ws, device)
        declared = _check_members(path, manifest, by_name)
        total = len(declared)
        records: dict[str, list[dict[str, Any]]] = {}
        audit: list[dict[str, Any]] = []
        for done, (name, (size, sha)) in enumerate(sorted(declared.items()), start=1):
            kind = fmt.member_kind(name)
            keep = stage or kind in ("records", "audit")
            target = scratch / name if keep else None
            stream_member(path, archive, by_name[name], size, sha, target)
            if kind == "records" and target is not None:
                table = fmt.RECORDS_MEMBER.match(name).group(1)  # type: ignore[union-attr]
                records[table] = read_jsonl(path, target, name)
            elif kind == "audit" and target is not None:
                audit = read_jsonl(path, target, name)
            step(progress, done, total, name)
    package_id = hashlib.sha256(manifest_bytes).hexdigest()
    verified = Verified(path, package_id, manifest, device, trust, records, audit, scratch)
    problem = check_records(ws, manifest, records, audit, set(verified.blobs()))
    if problem:
        raise refuse(path, *problem)
    return verified


def _parse_manifest(path: Path, data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise refuse(path, "manifest.json hỏng", "manifest.json is damaged") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        raise refuse(path, "không phải gói CCHC", "not a CCHC package")
    version = manifest.get("format_version")
    if version != fmt.FORMAT_VERSION:
        raise refuse(
            path,
            f"định dạng phiên bản {version} (bản này đọc được phiên bản {fmt.FORMAT_VERSION}); "
            "hãy cập nhật CCHC Desktop",
            f"format version {version} (this app reads version {fmt.FORMAT_VERSION}); update "
            "CCHC Desktop",
        )
    members = manifest.get("members")
    if not isinstance(members, list) or not isinstance(manifest.get("counts"), dict):
        raise refuse(
            path, "manifest.json thiếu danh sách thành phần", "manifest.json lacks its member list"
        )
    return manifest


def _device(path: Path, manifest: dict[str, Any]) -> PublicIdentity:
    device = manifest.get("device")
    try:
        if not isinstance(device, dict):
            raise TypeError("no device entry")
        identity = PublicIdentity(
            str(device["id"]), str(device["public_key"]), str(device.get("name", ""))
        )
        if len(base64.b64decode(identity.public_key, validate=True)) != 32:
            raise ValueError("not an Ed25519 key")
    except (TypeError, KeyError, ValueError, binascii.Error) as exc:
        raise refuse(
            path, "thông tin thiết bị trong manifest hỏng", "the manifest's device entry is damaged"
        ) from exc
    return identity


def _check_members(
    path: Path, manifest: dict[str, Any], by_name: dict[str, zipfile.ZipInfo]
) -> dict[str, tuple[int, str]]:
    """The zip holds exactly the declared members, each with its declared size."""
    declared: dict[str, tuple[int, str]] = {}
    for member in manifest["members"]:
        try:
            name, size, sha = str(member["name"]), int(member["size"]), str(member["sha256"])
        except (TypeError, KeyError, ValueError) as exc:
            raise refuse(
                path, "manifest.json có mục hỏng", "manifest.json has a damaged entry"
            ) from exc
        if fmt.member_kind(name) is None or name in declared or size < 0:
            raise refuse(
                path,
                f"manifest khai báo thành phần lạ {name!r}",
                f"the manifest declares an unexpected member {name!r}",
            )
        blob = fmt.BLOB_MEMBER.match(name)
        if blob and blob.group(1) != sha:
            raise refuse(
                path, f"{name} không mang đúng mã của nó", f"{name} is not named by its hash"
            )
        declared[name] = (size, sha)
    present = set(by_name) - {fmt.MANIFEST, fmt.SIGNATURE}
    extra = sorted(present - set(declared))
    if extra:
        raise refuse(
            path, f"có thành phần không khai báo {extra[0]!r}", f"an undeclared member {extra[0]!r}"
        )
    absent = sorted(set(declared) - present)
    if absent:
        raise refuse(
            path,
            f"thiếu thành phần {absent[0]!r} (gói bị cắt hoặc bị xóa bớt)",
            f"member {absent[0]!r} is missing (cut short or removed)",
        )
    for name, (size, _sha) in declared.items():
        if by_name[name].file_size != size:
            raise refuse(
                path,
                f"kích thước {name!r} khác khai báo",
                f"the size of {name!r} differs from the manifest",
            )
    return declared
