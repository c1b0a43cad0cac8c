"""How much room each part of a data folder takes (`cchc check` says it).

Five years at a secretary's are tens of gigabytes, nearly all of it photos: the parts say
where it goes (the originals, which are the evidence; the derived files, which can be made
again; packages kept in the inbox, which are already merged) and what can be cleared.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cchc_desktop.store.datafolder import DataFolder


class Part(NamedTuple):
    """One part of the data folder: its key, its names for people, bytes and files."""

    key: str
    vi: str
    en: str
    size: int
    files: int


# key, Vietnamese and English names, and the folders (relative to the data folder) it covers.
_PARTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("database", "cơ sở dữ liệu", "database", ()),  # the SQLite file with its WAL
    ("originals", "ảnh gốc và tài liệu", "originals and documents", ("media/blobs",)),
    ("derived", "ảnh thu nhỏ và bản in", "thumbnails and print copies", ("media/derived",)),
    ("inbox", "hộp thư đến", "inbox", ("inbox",)),
    ("outbox", "gói đã xuất", "exported packages", ("outbox",)),
    ("backups", "bản sao lưu", "backups", ("backups",)),
    ("staging", "tệp tạm", "temporary files", ("staging", "media/blobs/.incoming")),
)


def _walk(folder: Path, skip: tuple[Path, ...] = ()) -> tuple[int, int]:
    """Bytes and files under ``folder`` (symbolic links not followed; ``skip`` left out)."""
    size = files = 0
    for root, dirs, names in os.walk(folder):
        here = Path(root)
        dirs[:] = [d for d in dirs if here / d not in skip]
        for name in names:
            try:
                info = os.lstat(here / name)
            except OSError:
                continue  # gone meanwhile
            size += info.st_size
            files += 1
    return size, files


def data_folder_space(folder: DataFolder) -> list[Part]:
    """Every part of the data folder with its size, then "other" (logs, keys, settings…)."""
    root = folder.root
    staging = tuple(root / p for p in _PARTS[-1][3])
    parts = []
    for key, vi, en, relative in _PARTS:
        if key == "database":
            paths = [folder.db_path, *(Path(f"{folder.db_path}{s}") for s in ("-wal", "-shm"))]
            sizes = [p.stat().st_size for p in paths if p.is_file()]
            parts.append(Part(key, vi, en, sum(sizes), len(sizes)))
            continue
        size = files = 0
        for name in relative:
            skip = staging if key != "staging" else ()
            more, count = _walk(root / name, skip)
            size, files = size + more, files + count
        parts.append(Part(key, vi, en, size, files))
    total, count = _walk(root)
    known = sum(p.size for p in parts)
    parts.append(
        Part(
            "other",
            "khác (nhật ký, khóa, cài đặt)",
            "other (logs, keys, settings)",
            max(0, total - known),
            max(0, count - sum(p.files for p in parts)),
        )
    )
    return parts


def human(size: int) -> str:
    """Bytes as a person reads them, decimal comma: "362 kB", "7,7 GB"."""
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            text = f"{value:.0f}" if unit in ("B", "kB") or value >= 100 else f"{value:.1f}"
            return f"{text.replace('.', ',')} {unit}"
        value /= 1000
    raise AssertionError("unreachable")
