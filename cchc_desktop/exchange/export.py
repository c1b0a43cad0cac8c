"""Writing a package: the chosen records, their media and audit trail, a signed manifest."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import itertools
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypedDict

from cchc_desktop import __version__
from cchc_desktop.atomic import atomic_writer
from cchc_desktop.domain.dates import vietnam_now
from cchc_desktop.errors import UserError
from cchc_desktop.exchange import collect
from cchc_desktop.exchange import format as fmt
from cchc_desktop.exchange import progress_words as words
from cchc_desktop.exchange.sent import record_export, stamps
from cchc_desktop.progress import Progress, step
from cchc_desktop.store.canonical import canonical_json
from cchc_desktop.store.field_rules import rules_of
from cchc_desktop.store.keys import PublicIdentity, ensure_key, own_identity, sign
from cchc_desktop.store.lookup import resolve
from cchc_desktop.store.migrate import schema_version
from cchc_desktop.store.provenance import parse_sig
from cchc_desktop.store.synced import SYNCED_TABLES

if TYPE_CHECKING:
    from cchc_desktop.store.field_rules import Rule
    from cchc_desktop.store.media import MediaStore
    from cchc_desktop.store.workspace import Workspace

_CHUNK = 1 << 20
# Records lines are handed to the compressor this many bytes at a time.
_LINES_CHUNK = 64 * 1024
# The date stamped on every member: packages say when they were made in the manifest, and a
# fixed member date keeps two exports of the same data byte-comparable apart from that.
_MEMBER_DATE = (2020, 1, 1, 0, 0, 0)


class ExportSummary(TypedDict):
    """A written package as `cchc export --json` shows it."""

    id: str
    path: str
    size: int
    counts: dict[str, int]


@dataclass
class ExportResult:
    """A written package: where, its id (SHA-256 of its manifest), size and record counts."""

    path: Path
    package_id: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> ExportSummary:
        return {
            "id": self.package_id,
            "path": str(self.path),
            "size": self.size,
            "counts": self.counts,
        }


def default_target(ws: Workspace) -> Path:
    """outbox/<date>-<time>-<device>.cchc: sorts by time, tells laptops apart."""
    stamp = vietnam_now().strftime("%Y%m%d-%H%M%S")
    return ws.folder.outbox_dir / f"cchc-{stamp}-{ws.device_id[:8]}{fmt.SUFFIX}"


def export_package(
    ws: Workspace,
    refs: list[str] | None = None,
    *,
    everything: bool = False,
    target: Path | None = None,
    with_derived: bool = True,
    progress: Progress | None = None,
) -> ExportResult:
    """Write one package of the inspections named by ``refs`` (or ``everything``), atomically.

    The file appears at ``target`` (default: the outbox) only when complete; a missing or
    damaged photo refuses the export with its name, leaving no file behind. Thumbnails and
    print copies never travel: ``with_derived`` asks the receiver to make its own from the
    originals during the merge (else it makes them when a photo is first shown).
    """
    if not everything and not refs:
        raise UserError(
            "Hãy chọn ít nhất một cuộc kiểm tra (hoặc --all để xuất tất cả).",
            "Choose at least one inspection (or --all for everything).",
        )
    inspection_ids = (
        None if everything else sorted({resolve(ws, "inspections", r) for r in refs or []})
    )
    key = ensure_key(ws.folder)
    identity = own_identity(ws.folder)
    carried = stamps(ws, inspection_ids)  # before reading: see sent.record_export
    target = _package_path(target or default_target(ws))
    with _one_state(ws):
        chosen = collect.select(ws, inspection_ids)
        with atomic_writer(target) as handle, zipfile.ZipFile(handle, "w") as archive:
            writing = _Writing(ws, chosen, archive, progress)
            members, counts = writing.records(), writing.counts
            members += writing.blobs()
            manifest = _manifest(ws, identity, inspection_ids, counts, members)
            manifest["derived"] = with_derived
            manifest["keys"] = signer_keys(ws, writing.signers)
            manifest_bytes = canonical_json(manifest)
            _write_bytes(archive, fmt.MANIFEST, manifest_bytes)
            signature = base64.b64encode(sign(key, manifest_bytes)) + b"\n"
            _write_bytes(archive, fmt.SIGNATURE, signature)
    result = ExportResult(
        target, hashlib.sha256(manifest_bytes).hexdigest(), target.stat().st_size, counts
    )
    record_export(ws, result.package_id, target.name, carried)
    return result


@contextlib.contextmanager
def _one_state(ws: Workspace) -> Iterator[None]:
    """One read transaction around the reading: the selection and the rows read after it, a
    table at a time, are one state of the database even while the window goes on writing
    (in WAL mode a reader keeps the state of its first read until it ends)."""
    conn = ws.db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")  # nothing was written: this only ends the read


class _Writing:
    """A package being written: its records a table at a time, its audit lines, its files.

    Each row is read, checked, written and let go; what stays is compact: counts, the hashes
    of the files to carry, the devices whose signatures the rows carry.
    """

    def __init__(
        self,
        ws: Workspace,
        chosen: collect.Selection,
        archive: zipfile.ZipFile,
        progress: Progress | None,
    ) -> None:
        self.ws, self.chosen, self.archive, self.progress = ws, chosen, archive, progress
        self.counts: dict[str, int] = {}
        self.signers: set[str] = set()
        media = ws.media
        named, self.live = collect.media(ws, chosen)
        self.shas = sorted(sha for sha in named if media.has(sha))

        def rows_of(table: str) -> Iterator[dict[str, Any]]:
            return collect.rows(ws, chosen, table)

        self.counter = words.Counter("export", words.subject(rows_of), words.photo_hashes(rows_of))
        self.counter.add("records", sum(collect.count(ws, chosen, t.name) for t in SYNCED_TABLES))
        for sha in self.shas:
            self.counter.add(self.counter.blob_kind(sha))
        self.total = len(SYNCED_TABLES) + 1 + len(self.shas)
        self.done = 0

    def records(self) -> list[dict[str, Any]]:
        """Every table's member (none for a table without rows), then the audit log's."""
        members = []
        for table in SYNCED_TABLES:
            found = collect.rows(self.ws, self.chosen, table.name)
            first = next(found, None)
            written = 0
            if first is not None:
                rules = rules_of(self.ws.db, table.name)
                lines = (
                    self._record_line(table.name, rules, row)
                    for row in itertools.chain([first], found)
                )
                member, written = _write_lines(self.archive, fmt.records_member(table.name), lines)
                members.append(member)
            self.counts[table.name] = written
            self._step(self.counter.text("records", written))
        lines = (self._audit_line(line) for line in collect.audit(self.ws, self.chosen))
        member, self.counts["audit"] = _write_lines(self.archive, fmt.AUDIT, lines)
        members.append(member)
        self.done += 1
        return members

    def blobs(self) -> list[dict[str, Any]]:
        """The photos and documents, streamed from the media store and hashed on the way."""
        _refuse_missing_media(self.live, self.ws.media)
        members = []
        for sha in self.shas:
            entry = _write_file(self.archive, fmt.blob_member(sha), self.ws.media.blob_path(sha))
            if entry["sha256"] != sha:
                raise UserError(
                    f"Tệp {sha[:12]} trong kho ảnh/tài liệu đã bị hỏng (sai mã SHA-256); gói không "
                    "được tạo. Hãy chạy «cchc check».",
                    f"The media file {sha[:12]} is damaged (wrong SHA-256); no package was "
                    "written. Run 'cchc check'.",
                )
            members.append(entry)
            self._step(self.counter.text(self.counter.blob_kind(sha)))
        self.counts["blobs"] = len(self.shas)
        return members

    def _record_line(self, table: str, rules: dict[str, Rule], row: dict[str, Any]) -> bytes:
        refuse_invalid(table, rules, row)
        # A damaged proof travels as it is and is refused by the receiver.
        with contextlib.suppress(ValueError):
            self.signers |= {a.device for a in parse_sig(row.get("sig"))}
        return canonical_json(row) + b"\n"

    def _audit_line(self, line: dict[str, Any]) -> bytes:
        self.signers.add(str(line["device_id"]))
        return canonical_json(line) + b"\n"

    def _step(self, text: str) -> None:
        self.done += 1
        step(self.progress, self.done, self.total, text)


def _refuse_missing_media(live: set[str], media: MediaStore) -> None:
    """A photo or document a live row needs and the store lacks refuses the export."""
    missing = sorted(sha for sha in live if not media.has(sha))
    if missing:
        raise UserError(
            f"Thiếu {len(missing)} tệp ảnh/tài liệu trong kho (ví dụ {missing[0][:12]}); gói "
            "không được tạo. Hãy chạy «cchc check» để xem chi tiết.",
            f"{len(missing)} media files are missing from the store (e.g. {missing[0][:12]}); "
            "no package was written. Run 'cchc check' for details.",
        )


def _package_path(target: Path) -> Path:
    """The file to write, ending in .cchc."""
    if target.suffix.lower() != fmt.SUFFIX:
        return target.with_name(target.name + fmt.SUFFIX)
    return target


def _manifest(
    ws: Workspace,
    identity: PublicIdentity,
    inspection_ids: list[str] | None,
    counts: dict[str, int],
    members: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": schema_version(ws.db),
        "created_at": vietnam_now().isoformat(timespec="seconds"),
        "device": {
            "id": identity.device_id,
            "name": identity.name,
            "public_key": identity.public_key,
            "fingerprint": identity.fingerprint,
        },
        "actor": ws.actor,
        "scope": {"all": inspection_ids is None, "inspections": inspection_ids or []},
        "counts": counts,
        "members": sorted(members, key=lambda m: m["name"]),
    }


def _info(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_MEMBER_DATE)
    info.compress_type = compress
    info.external_attr = (stat.S_IFREG | 0o600) << 16  # a plain file, whatever the umask
    return info


def _write_bytes(archive: zipfile.ZipFile, name: str, data: bytes) -> dict[str, Any]:
    archive.writestr(_info(name, zipfile.ZIP_DEFLATED), data)
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def _write_lines(
    archive: zipfile.ZipFile, name: str, lines: Iterable[bytes]
) -> tuple[dict[str, Any], int]:
    """Stream lines into a compressed member, hashing them on the way; return its manifest
    entry and how many lines it holds."""
    digest = hashlib.sha256()
    size = count = 0
    pending: list[bytes] = []
    buffered = 0
    with archive.open(_info(name, zipfile.ZIP_DEFLATED), "w") as writer:
        for line in lines:
            pending.append(line)
            buffered += len(line)
            count += 1
            if buffered >= _LINES_CHUNK:
                size += _flush(writer, digest, pending)
                pending, buffered = [], 0
        size += _flush(writer, digest, pending)
    return {"name": name, "size": size, "sha256": digest.hexdigest()}, count


def _flush(writer: IO[bytes], digest: Any, pending: list[bytes]) -> int:
    data = b"".join(pending)
    digest.update(data)
    writer.write(data)
    return len(data)


def _write_file(archive: zipfile.ZipFile, name: str, path: Path) -> dict[str, Any]:
    """Stream a photo or PDF in, stored as is (JPEG and PDF do not compress), hashing on the way."""
    digest = hashlib.sha256()
    size = 0
    big = path.stat().st_size > 1024**3
    with (
        path.open("rb") as reader,
        archive.open(_info(name, zipfile.ZIP_STORED), "w", force_zip64=big) as writer,
    ):
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
    return {"name": name, "size": size, "sha256": digest.hexdigest()}


def signer_keys(ws: Workspace, devices: set[str]) -> dict[str, str]:
    """The public key of every device whose attestation or audit line the package carries, so a
    receiver that never met that laptop can still check what it signed (its keys as known here:
    its own, trusted laptops', and those introduced by earlier packages)."""
    from cchc_desktop.exchange.provenance_check import known_keys

    known = known_keys(ws)
    return {device: known[device] for device in sorted(devices) if device in known}


def refuse_invalid(table: str, rules: dict[str, Rule], row: dict[str, Any]) -> None:
    """A stored value no receiver would accept (see store/field_rules.py) refuses the export,
    named; the package being written is dropped: better said here than by every receiver."""
    from cchc_desktop.exchange.records_check import record_problem
    from cchc_desktop.store.field_rules import shown_value
    from cchc_desktop.store.value_check import row_problem

    found = row_problem(rules, row)
    if found is None:
        return
    column, (vi, en) = found
    value = shown_value(row[column])
    what_vi, what_en = record_problem(table, row["id"], column, vi, en)
    raise UserError(
        f"Không tạo được gói: {what_vi} (giá trị «{value}»). Hãy sửa giá trị đó rồi xuất "
        "lại; «cchc check» liệt kê mọi giá trị không hợp lệ.",
        f"No package was written: {what_en} (value '{value}'). Correct that value and "
        "export again; 'cchc check' lists every invalid value.",
    )
