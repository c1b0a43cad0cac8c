"""`cchc photos add|list` as CLI.md promises, and a kill in the middle of an import."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.photo_factory import bomb_png, make_photo, truncated_jpeg
from tests.processes import ends_within

INSPECTION = "25a0ef95"
FIELDS = {
    "id",
    "sha256",
    "filename",
    "width",
    "height",
    "taken_at",
    "gps",
    "caption",
    "criterion",
    "original_path",
    "thumbnail_path",
    "print_path",
}


def _demo(cli: Callable[..., CliResult]) -> None:
    assert cli("init").code == 0 and cli("demo").code == 0


def test_batch_with_bad_files(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    _demo(cli)
    good = [make_photo(tmp_path / f"IMG_{i}.jpg", text=str(i)) for i in range(2)]
    cut = truncated_jpeg(tmp_path / "cut.jpg", make_photo(tmp_path / "src.png", fmt="PNG"))
    text = tmp_path / "notes.jpg"
    text.write_text("hello")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    bomb = bomb_png(tmp_path / "huge.png")
    files = [str(p) for p in (good[0], cut, text, empty, bomb, good[1])]
    done = cli("photos", "add", INSPECTION, *files, "--criterion", "D8", "--caption", "Bảng")
    assert done.code == 1
    refused = done.err.strip().splitlines()
    assert len(refused) == 4
    for name in ("cut.jpg", "notes.jpg", "empty.jpg", "huge.png"):
        assert any(f"«{name}»" in line for line in refused), (name, refused)
    assert done.out.count("Đã thêm ảnh") == 2
    listed = cli("--json", "photos", "list", INSPECTION).json()
    assert isinstance(listed, list)
    assert [p["filename"] for p in listed] == ["IMG_0.jpg", "IMG_1.jpg"]
    for photo in listed:
        assert set(photo) >= FIELDS
        assert photo["criterion"] == "D8" and photo["caption"] == "Bảng"
        assert (photo["width"], photo["height"]) == (640, 480)
        assert photo["gps"] == {"lat": 21.853708, "lon": 106.761519}
        assert photo["taken_at"] == "2024-07-02T09:15:30+07:00"
        for key in ("original_path", "thumbnail_path", "print_path"):
            assert Path(photo[key]).is_file()
    assert Path(listed[0]["original_path"]).read_bytes() == good[0].read_bytes()


def test_add_json_reports_duplicates(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    _demo(cli)
    photo = make_photo(tmp_path / "a.jpg")
    first = cli("--json", "photos", "add", INSPECTION, str(photo))
    assert first.code == 0
    (created,) = first.json()  # type: ignore[misc]
    assert created["duplicate"] is False and created["id"]
    second = cli("--json", "photos", "add", INSPECTION, str(photo))
    assert second.code == 0
    assert second.json() == [{**created, "duplicate": True}]
    said = cli("photos", "add", INSPECTION, str(photo))
    assert "đã có" in said.out and created["id"] in said.out
    table = cli("photos", "list", INSPECTION)
    assert "a.jpg" in table.out and "640×480" in table.out and "02/07/2024 09:15" in table.out


def _group_members(group: int) -> list[int]:
    """The processes of a process group other than its leader (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            pid = int(stat.parent.name)
            if int(fields[2]) == group and pid != group:
                found.append(pid)
    return found


_IMPORTER = """
import sys
from pathlib import Path
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.store.workspace import Workspace

def told(item):
    print(item.status, item.filename, flush=True)

if __name__ == "__main__":
    with Workspace.open(Path(sys.argv[1])) as ws:
        inspection = ws.db.execute("SELECT id FROM inspections WHERE id LIKE ?", [sys.argv[2] + "%"]).fetchone()[0]
        import_photos(ws, inspection, sys.argv[3:], on_item=told)
    print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux pidfds and /proc")
def test_killed_mid_import_leaves_no_partial_photo(
    cli: Callable[..., CliResult], data_dir: Path, tmp_path: Path
) -> None:
    _demo(cli)
    files = [
        make_photo(tmp_path / "in" / f"P{i:02d}.jpg", (2000, 1500), noise=True, text=str(i))
        for i in range(12)
    ]
    script = tmp_path / "importer.py"
    script.write_text(_IMPORTER, encoding="utf-8")
    # Its own process group, so the kill takes the worker processes too, as a crash would.
    child = subprocess.Popen(
        [sys.executable, str(script), str(data_dir), INSPECTION, *map(str, files)],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert child.stdout is not None
    with child.stdout:
        first = child.stdout.readline()  # blocks until the first photo is recorded
        workers = _group_members(child.pid)
        child.kill()  # the importing process only, as a crash would
        child.wait()
    assert first.startswith("added")
    try:
        # Its worker processes notice and end too (they wait on the parent's sentinel).
        assert workers and all(ends_within(pid, 20) for pid in workers), workers
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
    listed = cli("--json", "photos", "list", INSPECTION).json()
    assert isinstance(listed, list) and 1 <= len(listed) < len(files)
    for photo in listed:
        for key in ("original_path", "thumbnail_path", "print_path"):
            assert Path(photo[key]).is_file(), key
    checked = cli("check")
    assert checked.code == 0, checked.out + checked.err
    # Whatever temporary files the kill left are never listed, and are swept away.
    from cchc_desktop.photos.ingest import sweep_leftovers
    from cchc_desktop.store.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        sweep_leftovers(ws)
    media = data_dir / "media"
    assert [p for p in media.rglob("*.tmp")] == []
    # The same files again: the rest go in, those already there are recognised.
    again = cli("--json", "photos", "add", INSPECTION, *map(str, files))
    assert again.code == 0
    assert len(cli("--json", "photos", "list", INSPECTION).json()) == len(files)  # type: ignore[arg-type]


def test_stamp_option_and_english_refusals(
    cli: Callable[..., CliResult], tmp_path: Path, english: None
) -> None:
    _demo(cli)
    photo = make_photo(tmp_path / "a.jpg")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    done = cli("photos", "add", INSPECTION, str(photo), str(empty), "--stamp")
    assert done.code == 1
    assert done.err.strip() == (
        "Refused 'empty.jpg': the file is empty (0 bytes). Copy the photo again from the "
        "phone or card."
    )
    (listed,) = cli("--json", "photos", "list", INSPECTION).json()  # type: ignore[misc]
    assert listed["stamp"] is True
    printed = Path(listed["print_path"])
    assert ".print-stamped-" in printed.name and printed.is_file()
    assert Path(listed["original_path"]).read_bytes() == photo.read_bytes()
