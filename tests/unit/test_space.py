"""`cchc check` says how much room each part of the data folder takes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cchc_desktop.store.space import data_folder_space, human
from cchc_desktop.store.workspace import Workspace


def _put(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)


def test_each_part_counts_its_own_files(ws: Workspace) -> None:
    root = ws.folder.root
    _put(root / "media" / "blobs" / "ab" / ("ab" + "0" * 62), 1000)
    _put(root / "media" / "blobs" / ".incoming" / "123-x.tmp", 70)  # a half-made copy
    _put(root / "media" / "derived" / "ab" / "t.thumb.jpg", 200)
    _put(root / "inbox" / "a.cchc", 300)
    _put(root / "inbox" / "done" / "b.cchc", 400)
    _put(root / "outbox" / "c.cchc", 500)
    _put(root / "backups" / "cchc-sao-luu.zip", 600)
    _put(root / "staging" / "pkg-1" / "records.jsonl", 50)
    parts = {p.key: p for p in data_folder_space(ws.folder)}
    assert list(parts) == [
        "database", "originals", "derived", "inbox", "outbox", "backups", "staging", "other"
    ]  # fmt: skip
    assert (parts["originals"].size, parts["originals"].files) == (1000, 1)
    assert (parts["derived"].size, parts["inbox"].size) == (200, 700)
    assert (parts["outbox"].size, parts["backups"].size) == (500, 600)
    assert (parts["staging"].size, parts["staging"].files) == (120, 2)
    assert parts["database"].size == ws.folder.db_path.stat().st_size + sum(
        Path(f"{ws.folder.db_path}{s}").stat().st_size
        for s in ("-wal", "-shm")
        if Path(f"{ws.folder.db_path}{s}").exists()
    )
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
    assert sum(p.size for p in parts.values()) == total  # every byte in one part


def test_sizes_read_as_people_write_them() -> None:
    assert [human(n) for n in (0, 999, 362_000, 12_800_000, 7_700_000_000)] == [
        "0 B", "999 B", "362 kB", "12,8 MB", "7,7 GB"
    ]  # fmt: skip


def test_check_prints_the_parts(cli: Any) -> None:
    cli("init")
    said = cli("check")
    assert said.code == 0
    assert "Dung lượng thư mục dữ liệu" in said.out and "ảnh gốc và tài liệu" in said.out
    listed = cli("--json", "check").json()
    space = {item["part"]: item for item in listed if "part" in item}
    assert set(space) >= {"database", "originals", "derived", "inbox", "outbox", "backups"}
    assert space["database"]["bytes"] > 0 and all(item["ok"] for item in listed)
