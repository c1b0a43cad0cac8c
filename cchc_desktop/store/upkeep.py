"""Upkeep of a data folder: the store's own checks (cchc_desktop/checkup.py runs them with the
features' checks) and consistent backups."""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.atomic import atomic_writer
from cchc_desktop.store.check_result import Finding
from cchc_desktop.store.connection import copy_database
from cchc_desktop.store.migrate import latest_version, schema_version

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def check_integrity(ws: Workspace) -> list[Finding]:
    rows = [r[0] for r in ws.db.execute("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return [Finding(True, "Cấu trúc tệp cơ sở dữ liệu nguyên vẹn")]
    return [Finding(False, "Tệp cơ sở dữ liệu bị hỏng", "; ".join(rows[:10]))]


def check_foreign_keys(ws: Workspace) -> list[Finding]:
    broken = list(ws.db.execute("PRAGMA foreign_key_check"))
    if not broken:
        return [Finding(True, "Mọi liên kết giữa các bản ghi đều hợp lệ")]
    sample = ", ".join(f"{table} #{rowid} → {parent}" for table, rowid, parent, _ in broken[:5])
    return [Finding(False, f"{len(broken)} liên kết trỏ tới bản ghi không tồn tại", sample)]


def check_schema(ws: Workspace) -> list[Finding]:
    version = schema_version(ws.db)
    ok = version == latest_version()
    findings = [
        Finding(
            ok,
            f"Lược đồ dữ liệu phiên bản {version}",
            "" if ok else f"phiên bản mong đợi {latest_version()}",
        )
    ]
    triggers = {
        r[0] for r in ws.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    guarded = {"audit_log_no_update", "audit_log_no_delete"} <= triggers
    findings.append(
        Finding(
            guarded,
            "Nhật ký thay đổi được bảo vệ chỉ-ghi-thêm",
            "" if guarded else "thiếu trigger bảo vệ audit_log",
        )
    )
    return findings


def check_media(ws: Workspace) -> list[Finding]:
    """Every blob a record refers to is there, and every stored blob still has its own hash."""
    from cchc_desktop.store.synced import SYNCED_TABLES

    media = ws.media
    missing: list[str] = []
    for table in SYNCED_TABLES:
        for column in table.media:
            rows = ws.db.execute(
                f"SELECT id, [{column}] FROM [{table.name}]"
                f" WHERE deleted = 0 AND [{column}] IS NOT NULL AND [{column}] <> ''"
            )
            missing += [
                f"{table.name} {rid[:8]}: {sha[:12]}" for rid, sha in rows if not media.has(sha)
            ]
    damaged = [sha[:12] for sha in media.blobs() if not media.verify(sha)]
    findings = [
        Finding(
            not missing,
            "Mọi tệp ảnh/tài liệu được tham chiếu đều có trong kho",
            "; ".join(missing[:10]),
        ),
        Finding(
            not damaged,
            "Tệp trong kho ảnh/tài liệu còn nguyên vẹn (đúng mã SHA-256)",
            "; ".join(damaged[:10]),
        ),
    ]
    return findings


def backup(ws: Workspace, target: Path | None = None) -> Path:
    """A zip holding a consistent snapshot of the database, the media files and the settings.

    The database is copied through SQLite's backup API (consistent even while the window is
    writing); the zip appears only when complete. Private keys are left out on purpose: a
    backup travels, a key should not.
    """
    if target is None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = ws.folder.backups_dir / f"cchc-sao-luu-{stamp}.zip"
    with tempfile.TemporaryDirectory(prefix="cchc-backup-") as scratch:
        snapshot = Path(scratch) / "cchc.sqlite"
        copy_database(ws.db, snapshot)
        with atomic_writer(target) as handle, zipfile.ZipFile(handle, "w") as archive:
            archive.write(snapshot, "cchc.sqlite", compress_type=zipfile.ZIP_DEFLATED)
            for extra in (ws.folder.device_file, ws.folder.settings_file):
                if extra.exists():
                    archive.write(extra, extra.name, compress_type=zipfile.ZIP_DEFLATED)
            media = ws.folder.media_dir
            if media.exists():
                for path in sorted(p for p in media.rglob("*") if p.is_file()):
                    if any(part.startswith(".") for part in path.relative_to(media).parts):
                        continue  # a half-written temporary file, not media
                    archive.write(
                        path,
                        f"media/{path.relative_to(media).as_posix()}",
                        compress_type=zipfile.ZIP_STORED,
                    )
    return target
