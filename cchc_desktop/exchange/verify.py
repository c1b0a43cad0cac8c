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
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from cchc_desktop.domain.text import printable
from cchc_desktop.errors import UserError
from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange import progress_words as words
from cchc_desktop.exchange.archive import (
    READ_ERRORS,
    PackageRefused,
    check_directory,
    read_small,
    refuse,
    stream_member,
)
from cchc_desktop.exchange.package_records import PackageRecords
from cchc_desktop.exchange.records_check import check_records
from cchc_desktop.exchange.trust import Trust, trust_of
from cchc_desktop.progress import Progress, step
from cchc_desktop.store.keys import PublicIdentity, signature_ok
from cchc_desktop.store.leftovers import STAGING_MAX_AGE, staging_prefix, sweep_staging

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

__all__ = ["PackageRefused", "Verified", "staging_root", "verify_package"]

log = logging.getLogger(__name__)
_DEVICE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class PackageSummary(TypedDict):
    """A checked package as `cchc verify --json` and `cchc merge --json` show it."""

    id: str
    path: str
    created_at: str
    app_version: str | None
    device_id: str
    device_name: str
    device_label: str
    fingerprint: str
    fingerprint_digits: str
    trust: Trust
    counts: dict[str, int]


@dataclass
class Verified:
    """A package that passed every check, with its staged members (when staged).

    Its records and audit lines are read as they are needed (``PackageRecords``): from the
    staging folder, or, when nothing was staged, from a compressed copy in memory.
    """

    path: Path
    package_id: str  # SHA-256 of manifest.json: names the package's whole content
    manifest: dict[str, Any]
    device: PublicIdentity
    trust: Trust
    records: PackageRecords
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
        """Remove the staging folder and the staged records (safe to call twice)."""
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None
        self.records.discard()

    def summary(self) -> PackageSummary:
        """What a person (or a script) is told about the package before merging it."""
        return {
            "id": self.package_id,
            "path": str(self.path),
            "created_at": self.created_at,
            "app_version": self.manifest.get("app_version"),
            "device_id": self.device.device_id,
            "device_name": self.device.name,
            "device_label": self.device.label,
            "fingerprint": self.device.fingerprint,
            "fingerprint_digits": self.device.digits,
            "trust": self.trust,
            "counts": self.counts,
        }


# A staging folder whose process is gone, or one named without a process id that is this old,
# was left by a merge that was stopped (killed, power pulled): nobody's, so it goes.
STALE_STAGING_SECONDS = STAGING_MAX_AGE


def staging_root(ws: Workspace) -> Path:
    """The data folder's private staging area (0700): nothing is extracted anywhere else.

    Staging folders left behind by an interrupted merge are removed (store/leftovers.py).
    """
    root = ws.folder.root / "staging"
    root.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        root.chmod(0o700)
    sweep_staging(root)
    return root


def verify_package(
    ws: Workspace, path: Path, *, stage: bool = False, progress: Progress | None = None
) -> Verified:
    """Check everything about the package; with ``stage`` keep its members in a staging folder.

    Raises PackageRefused with the reason; the caller must ``discard()`` the result when done.
    """
    scratch = Path(tempfile.mkdtemp(prefix=staging_prefix(), dir=staging_root(ws)))
    try:
        verified = _verify(ws, path, scratch, stage, progress)
    except (UserError, OSError, sqlite3.Error, MemoryError):
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    except Exception as exc:
        # The last safety net: a check that trips over something no rule above foresaw is
        # a bug to fix (logged with its traceback), and still a refusal for the person.
        shutil.rmtree(scratch, ignore_errors=True)
        log.error("unexpected error while verifying %s", path, exc_info=exc)
        raise refuse(
            path,
            f"lỗi không lường trước khi kiểm tra gói ({type(exc).__name__}; chi tiết trong "
            "thư mục logs)",
            f"an unforeseen error while checking the package ({type(exc).__name__}; details in "
            "the logs folder)",
        ) from exc
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
    archive, size = _open_zip(path)
    with archive:
        infos = archive.infolist()
        check_directory(path, infos, size)
        by_name = {info.filename: info for info in infos}
        manifest_bytes = read_small(path, archive, by_name, fmt.MANIFEST, fmt.MAX_MANIFEST_BYTES)
        manifest = _parse_manifest(path, manifest_bytes)
        device = _device(path, manifest)
        signature_text = read_small(path, archive, by_name, fmt.SIGNATURE, 1024)
        _check_signature(path, device, signature_text, manifest_bytes)
        trust = trust_of(ws, device)
        declared = _check_members(path, manifest, by_name)
        total = len(declared)
        records = PackageRecords(path, scratch if stage else None)
        version = manifest["format_version"]
        # The records first: they name what the package is about, and which blobs are photos,
        # for the progress a person reads while the photos stream.
        first_kinds = ("records", "audit")
        order = sorted(declared, key=lambda n: (fmt.member_kind(n, version) not in first_kinds, n))
        first = [n for n in order if fmt.member_kind(n, version) in first_kinds]
        counter = words.Counter("verify", words.package_of(device.name))
        counter.add("data", len(first))
        for done, name in enumerate(order, start=1):
            size, sha = declared[name]
            kind = fmt.member_kind(name, version)
            target = scratch / name if stage else None
            copy = records.copy(name) if kind in ("records", "audit") else None
            if done == len(first) + 1:
                counter = words.for_members(
                    "verify", records.rows, order[len(first) :], words.package_of(device.name)
                )
            if kind in ("records", "audit"):
                records.add(name, size)  # past the format's size: refused before it is read
            stream_member(path, archive, by_name[name], size, sha, target, copy)
            step(progress, done, total, counter.text(counter.member_kind(name)))
        package_id = hashlib.sha256(manifest_bytes).hexdigest()
        verified = Verified(path, package_id, manifest, device, trust, records, scratch)
        # Provenance and validation (records_check): a signed biên bản's PDF is read from the
        # staged copy, else from the package itself, else from this folder's media store.
        problem = check_records(
            ws,
            manifest,
            records,
            set(verified.blobs()),
            read_blob=lambda sha: _blob_bytes(ws, archive, by_name, scratch, stage, sha),
            sender=device,
        )
    if problem:
        raise refuse(path, *problem)
    return verified


def _open_zip(path: Path) -> tuple[zipfile.ZipFile, int]:
    """The package opened as a zip, and its size; a file that is none is refused."""
    try:
        return zipfile.ZipFile(path), path.stat().st_size
    except FileNotFoundError as exc:
        raise refuse(
            path, "không tìm thấy tệp (đã bị xoá hoặc đổi tên?)", "the file does not exist"
        ) from exc
    except IsADirectoryError as exc:
        raise refuse(path, "đây là một thư mục", "this is a folder") from exc
    except NotImplementedError as exc:  # zipfile reads zip 6.3 and older
        raise refuse(
            path,
            f"tệp zip dùng tính năng không hỗ trợ ({exc})",
            f"the zip file uses a feature that is not supported ({exc})",
        ) from exc
    except zipfile.BadZipFile as exc:
        # The sentence says it all; zipfile's own English ("File is not a zip file") adds
        # nothing a reader of Vietnamese can use.
        raise refuse(
            path,
            "không phải gói .cchc hoặc tệp bị cắt cụt",
            "not a .cchc package, or the file is cut short",
        ) from exc
    except READ_ERRORS as exc:
        raise refuse(
            path,
            f"không phải gói .cchc hoặc tệp bị cắt cụt ({exc})",
            f"not a .cchc package, or the file is cut short ({exc})",
        ) from exc


def _check_signature(
    path: Path, device: PublicIdentity, signature_text: bytes, manifest_bytes: bytes
) -> None:
    """The manifest is signed by the device it names, as it is."""
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


# A signed biên bản read whole to check its signatures: far above any real one (a few MB).
_MAX_PDF_BYTES = 512 * 1024**2


def _blob_bytes(
    ws: Workspace,
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    scratch: Path,
    staged: bool,
    sha: str,
) -> bytes:
    """A blob's bytes (already hash-checked when streamed) from the staging, package or store."""
    name = fmt.blob_member(sha)
    if staged and (scratch / name).is_file():
        return (scratch / name).read_bytes()
    info = by_name.get(name)
    if info is not None:
        if info.file_size > _MAX_PDF_BYTES:
            raise ValueError("too large to check")
        try:
            with archive.open(info) as reader:
                return reader.read(_MAX_PDF_BYTES + 1)
        except (zipfile.BadZipFile, EOFError) as exc:
            raise ValueError("unreadable member") from exc
    return ws.media.read(sha)


def _parse_manifest(path: Path, data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise refuse(path, "manifest.json hỏng", "manifest.json is damaged") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT:
        raise refuse(path, "không phải gói CCHC", "not a CCHC package")
    version = manifest.get("format_version")
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or version not in fmt.READABLE_VERSIONS
    ):
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
    if not _counts_ok(manifest["counts"]) or not isinstance(manifest.get("created_at", ""), str):
        raise refuse(path, "manifest.json có mục hỏng", "manifest.json has a damaged entry")
    return manifest


def _counts_ok(counts: dict[Any, Any]) -> bool:
    """Counts are named like tables (or audit, blobs, derived) and are whole numbers ≥ 0."""
    return all(
        isinstance(key, str)
        and fmt.RECORDS_MEMBER.match(fmt.records_member(key)) is not None
        and isinstance(value, int)
        and not isinstance(value, bool)
        and value >= 0
        for key, value in counts.items()
    )


def _device(path: Path, manifest: dict[str, Any]) -> PublicIdentity:
    device = manifest.get("device")
    try:
        if not isinstance(device, dict):
            raise TypeError("no device entry")
        name, device_id = device.get("name", ""), device["id"]
        if not isinstance(name, str) or not isinstance(device_id, str):
            raise TypeError("the device's id or name is not text")
        # The name is only a label, shown wherever the package is: any control character
        # (a terminal escape, a line break that would fake another line) is shown as an escape.
        identity = PublicIdentity(device_id, str(device["public_key"]), printable(name)[:200])
        if not _DEVICE_ID.match(device_id):
            raise ValueError("the device id is not a UUID")
        if len(base64.b64decode(identity.public_key, validate=True)) != 32:
            raise ValueError("not an Ed25519 key")
    except (TypeError, KeyError, ValueError, binascii.Error) as exc:
        raise refuse(
            path, "thông tin thiết bị trong manifest hỏng", "the manifest's device entry is damaged"
        ) from exc
    return identity


def _member_entry(member: Any) -> tuple[str | None, int, str]:
    """(name, size, sha256) of a manifest's member entry; name None when it is malformed."""
    if not isinstance(member, dict):
        return None, 0, ""
    name, size, sha = member.get("name"), member.get("size"), member.get("sha256")
    if not isinstance(name, str) or not isinstance(sha, str):
        return None, 0, ""
    if not isinstance(size, int) or isinstance(size, bool):
        return None, 0, ""
    return name, size, sha


def _check_members(
    path: Path, manifest: dict[str, Any], by_name: dict[str, zipfile.ZipInfo]
) -> dict[str, tuple[int, str]]:
    """The zip holds exactly the declared members, each with its declared size."""
    declared: dict[str, tuple[int, str]] = {}
    for member in manifest["members"]:
        name, size, sha = _member_entry(member)
        if name is None:
            raise refuse(path, "manifest.json có mục hỏng", "manifest.json has a damaged entry")
        known = fmt.member_kind(name, manifest["format_version"]) is not None
        if not known or name in declared or size < 0:
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
