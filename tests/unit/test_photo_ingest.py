"""Importing real photos made by the test: right way up, facts kept, duplicates once, bad files
refused by name while the rest go in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cchc_desktop.errors import UserError
from cchc_desktop.photos.ingest import import_photos, photo_id
from cchc_desktop.photos.library import photos_of, print_copy_path, thumbnail_path
from cchc_desktop.progress import Cancelled, Progress
from cchc_desktop.store.workspace import Workspace
from tests.photo_factory import (
    BLUE,
    GREEN,
    RED,
    WHITE,
    bomb_png,
    close,
    make_photo,
    quarter_colours,
    truncated_jpeg,
)

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"  # Bình Gia one-stop shop, demo data


def upright(path: Path) -> bool:
    colours = quarter_colours(path)
    return all(close(c, e) for c, e in zip(colours, (RED, GREEN, BLUE, WHITE), strict=True))


@pytest.mark.parametrize("orientation", range(1, 9))  # phones write 1/3/6/8; mirrors exist too
def test_every_orientation_comes_out_upright(
    demo_ws: Workspace, tmp_path: Path, orientation: int
) -> None:
    # 2400×1800 as seen: the print copy must shrink it to 1600 on the long edge.
    source = make_photo(tmp_path / f"o{orientation}.jpg", (2400, 1800), orientation=orientation)
    with Image.open(source) as raw:
        stored = raw.size
    assert stored == ((1800, 2400) if orientation >= 5 else (2400, 1800))
    result = import_photos(demo_ws, INSPECTION, [source], workers=1)
    (row,) = photos_of(demo_ws, INSPECTION)
    assert result.added == [row["id"]]
    assert (row["width"], row["height"], row["orientation"]) == (2400, 1800, orientation)
    thumb, printed = thumbnail_path(demo_ws, row), print_copy_path(demo_ws, row)
    with Image.open(thumb) as small, Image.open(printed) as big:
        assert small.size == (256, 192)
        assert big.size == (1600, 1200)
        assert big.format == "JPEG" and not big.getexif().get(0x0112)
    assert upright(thumb) and upright(printed)
    # The original is kept byte for byte.
    assert demo_ws.media.read(row["sha256"]) == source.read_bytes()


def test_time_gps_and_camera_survive(demo_ws: Workspace, tmp_path: Path) -> None:
    with_offset = make_photo(tmp_path / "a.jpg", gps=(21.853708, 106.761519))
    naive = make_photo(
        tmp_path / "b.jpg",
        taken="2025:08:15 14:05:09",
        offset=None,
        gps=(-33.8688, -151.2093),
        camera=("Canon", "Canon EOS 90D"),
    )
    bare = make_photo(tmp_path / "c.jpg", taken=None, gps=None, camera=None)
    import_photos(demo_ws, INSPECTION, [with_offset, naive, bare], workers=1)
    rows = {r["filename"]: r for r in photos_of(demo_ws, INSPECTION)}
    assert rows["a.jpg"]["taken_at"] == "2024-07-02T09:15:30+07:00"
    assert rows["a.jpg"]["gps_lat"] == pytest.approx(21.853708, abs=1e-6)
    assert rows["a.jpg"]["gps_lon"] == pytest.approx(106.761519, abs=1e-6)
    assert rows["a.jpg"]["camera"] == "Apple iPhone 13"
    assert rows["b.jpg"]["taken_at"] == "2025-08-15T14:05:09"
    assert rows["b.jpg"]["gps_lat"] == pytest.approx(-33.8688, abs=1e-6)
    assert rows["b.jpg"]["gps_lon"] == pytest.approx(-151.2093, abs=1e-6)
    assert rows["b.jpg"]["camera"] == "Canon EOS 90D"
    assert rows["c.jpg"]["taken_at"] is None and rows["c.jpg"]["gps_lat"] is None
    assert rows["c.jpg"]["camera"] == ""


def _blob_count(ws: Workspace) -> int:
    return len(list(ws.media.blobs()))


def test_the_same_photo_is_stored_once(demo_ws: Workspace, tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "IMG_0001.jpg")
    copy = tmp_path / "copy" / "IMG_0001 (1).jpg"
    copy.parent.mkdir()
    copy.write_bytes(photo.read_bytes())
    first = import_photos(demo_ws, INSPECTION, [photo, copy], workers=1)
    assert len(first.added) == 1 and first.duplicates == first.added
    # Dropped again, this time onto a criterion: still the one record, reported as existing.
    again = import_photos(demo_ws, INSPECTION, [photo], criterion="A1", workers=1)
    assert again.added == [] and again.duplicates == first.added
    assert len(photos_of(demo_ws, INSPECTION)) == 1
    # Another inspection: its own record, the same stored original.
    other = demo_ws.db.execute(
        "SELECT id FROM inspections WHERE id <> ? AND template_id ="
        " (SELECT template_id FROM inspections WHERE id = ?) LIMIT 1",
        [INSPECTION, INSPECTION],
    ).fetchone()[0]
    there = import_photos(demo_ws, other, [copy], criterion="A1", workers=1)
    assert there.added == [photo_id(other, photos_of(demo_ws, INSPECTION)[0]["sha256"])]
    assert _blob_count(demo_ws) == 1


def test_bad_files_are_refused_by_name_and_the_rest_stored(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    good = [make_photo(tmp_path / f"good{i}.jpg", text=str(i)) for i in range(3)]
    big = make_photo(tmp_path / "big.jpg", (1200, 900), noise=True)
    cut = truncated_jpeg(tmp_path / "cut.jpg", big)
    text = tmp_path / "ghi-chu.jpg"
    text.write_text("không phải ảnh", encoding="utf-8")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    bomb = bomb_png(tmp_path / "bomb.png")
    batch = [good[0], cut, good[1], text, empty, bomb, good[2], tmp_path / "missing.jpg"]
    result = import_photos(demo_ws, INSPECTION, batch, workers=2)
    assert len(result.added) == 3
    assert sorted(r["filename"] for r in photos_of(demo_ws, INSPECTION)) == [
        "good0.jpg",
        "good1.jpg",
        "good2.jpg",
    ]
    reasons = {r.filename: r.vi for r in result.refused}
    assert set(reasons) == {"cut.jpg", "ghi-chu.jpg", "empty.jpg", "bomb.png", "missing.jpg"}
    assert "cắt cụt" in reasons["cut.jpg"]
    assert "không phải ảnh" in reasons["ghi-chu.jpg"]
    assert "0 byte" in reasons["empty.jpg"]
    assert "200 triệu điểm ảnh" in reasons["bomb.png"]
    assert "không tìm thấy" in reasons["missing.jpg"]
    assert "«cut.jpg»" in result.refused[0].message()
    # Nothing of the refused files reached the store, and no temporary file is left behind.
    assert _blob_count(demo_ws) == 3
    leftovers = [p for p in demo_ws.media.root.rglob("*") if p.is_file() and ".tmp" in p.name]
    assert leftovers == []
    # Positions follow the order the files were given, whatever order they finished in.
    assert [r["filename"] for r in photos_of(demo_ws, INSPECTION)] == [
        "good0.jpg",
        "good1.jpg",
        "good2.jpg",
    ]


def test_png_webp_and_folders(demo_ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "the"
    make_photo(folder / "a.png", fmt="PNG", orientation=3)
    make_photo(folder / "sub" / "b.webp", fmt="WEBP", orientation=6)
    (folder / "readme.txt").write_text("skip me")
    result = import_photos(demo_ws, INSPECTION, [folder], workers=1)
    assert len(result.added) == 2 and result.refused == []
    rows = photos_of(demo_ws, INSPECTION)
    assert {r["mime"] for r in rows} == {"image/png", "image/webp"}
    assert all(upright(print_copy_path(demo_ws, r)) for r in rows)


def test_heic_from_an_iphone(demo_ws: Workspace, tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif", reason="pillow-heif is not installed")
    if not pillow_heif.libheif_info().get("encoders", {}).get("x265"):
        pytest.skip("this pillow-heif build cannot encode HEIC, so the test cannot make one")
    source = make_photo(tmp_path / "IMG_4321.HEIC", (800, 600), orientation=6, fmt="HEIF")
    result = import_photos(demo_ws, INSPECTION, [source], workers=1)
    (row,) = photos_of(demo_ws, INSPECTION)
    assert result.added == [row["id"]]
    assert row["mime"] == "image/heif" and (row["width"], row["height"]) == (800, 600)
    assert row["orientation"] == 6 and row["taken_at"] == "2024-07-02T09:15:30+07:00"
    assert upright(thumbnail_path(demo_ws, row)) and upright(print_copy_path(demo_ws, row))


def test_cancel_keeps_whole_photos_only(demo_ws: Workspace, tmp_path: Path) -> None:
    files = [make_photo(tmp_path / f"p{i}.jpg", text=str(i)) for i in range(5)]
    progress = Progress()
    seen: list[str] = []

    def on_item(item: object) -> None:
        seen.append(getattr(item, "filename", ""))
        progress.cancel()

    with pytest.raises(Cancelled):
        import_photos(demo_ws, INSPECTION, files, progress=progress, on_item=on_item, workers=1)
    rows = photos_of(demo_ws, INSPECTION)
    assert [r["filename"] for r in rows] == seen == ["p0.jpg"]


def test_a_signed_inspection_or_unknown_criterion_refuses_the_batch(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    photo = make_photo(tmp_path / "a.jpg")
    with pytest.raises(UserError, match="Z99"):
        import_photos(demo_ws, INSPECTION, [photo], criterion="Z99", workers=1)
    demo_ws.db.execute("UPDATE inspections SET status = 'da_ky' WHERE id = ?", [INSPECTION])
    with pytest.raises(UserError, match="đã ký"):
        import_photos(demo_ws, INSPECTION, [photo], workers=1)
    assert photos_of(demo_ws, INSPECTION) == [] and _blob_count(demo_ws) == 0


def crash_on_some(path: str, media_root: str) -> object:
    """A worker whose decoder "crashes" on files named crash*: the process dies at once."""
    import os

    from cchc_desktop.photos.worker import process_file

    if Path(path).name.startswith("crash"):
        os._exit(3)
    return process_file(path, media_root)


def test_a_worker_that_dies_costs_only_its_file(
    demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cchc_desktop.photos import ingest

    monkeypatch.setattr(ingest, "_WORK", crash_on_some)
    files = [make_photo(tmp_path / f"ok{i}.jpg", text=str(i)) for i in range(4)]
    files.insert(2, make_photo(tmp_path / "crash.jpg", text="x"))
    result = import_photos(demo_ws, INSPECTION, files, workers=2)
    assert len(result.added) == 4, [(i.filename, i.status, i.refusal) for i in result.items]
    (refused,) = result.refused
    assert refused.filename == "crash.jpg" and "dừng đột ngột" in refused.vi
    assert len(photos_of(demo_ws, INSPECTION)) == 4


def always_die(path: str, media_root: str) -> object:
    import os

    os._exit(3)


def test_when_no_worker_process_can_start_the_import_runs_here(
    demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cchc_desktop.photos import ingest

    monkeypatch.setattr(ingest, "_WORK", always_die)
    monkeypatch.setattr(ingest, "_workers_start", lambda: False)
    files = [make_photo(tmp_path / f"ok{i}.jpg", text=str(i)) for i in range(3)]
    result = import_photos(demo_ws, INSPECTION, files, workers=2)
    assert len(result.added) == 3 and result.refused == []


def test_heic_without_pillow_heif_is_refused_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pillow_heif", reason="making the HEIC needs pillow-heif")
    from cchc_desktop.photos import probe

    source = make_photo(tmp_path / "IMG_1.HEIC", (320, 240), fmt="HEIF")
    monkeypatch.setattr(probe, "register_heif", lambda: False)
    monkeypatch.delitem(Image.OPEN, "HEIF", raising=False)
    with pytest.raises(probe.Refused) as refused:
        probe.open_checked(source)
    assert "pillow-heif" in refused.value.vi and "JPEG" in refused.value.vi


@pytest.mark.parametrize(
    ("size", "orientation", "fmt", "own"),
    [
        ((1600, 1200), 1, "JPEG", True),  # upright, within the print size: printed as it is
        ((640, 480), 1, "JPEG", True),
        ((1200, 1600), 6, "JPEG", False),  # stored turned: the print copy is the turned one
        ((2000, 1500), 1, "JPEG", False),  # larger than print: a 1600 px copy
        ((640, 480), 1, "PNG", False),  # not a JPEG: the biên bản needs one
    ],
)
def test_an_original_fit_to_print_is_its_own_print_copy(
    demo_ws: Workspace,
    tmp_path: Path,
    size: tuple[int, int],
    orientation: int,
    fmt: str,
    own: bool,
) -> None:
    from cchc_desktop.photos.derive import PRINT_KIND
    from cchc_desktop.photos.library import original_path

    suffix = ".png" if fmt == "PNG" else ".jpg"
    source = make_photo(tmp_path / f"p{suffix}", size, orientation=orientation, fmt=fmt)
    import_photos(demo_ws, INSPECTION, [source], workers=1)
    (row,) = photos_of(demo_ws, INSPECTION)
    second_file = demo_ws.media.derived_path(row["sha256"], PRINT_KIND)
    assert second_file.is_file() != own  # no second file when the original serves
    printed = print_copy_path(demo_ws, row)
    assert (printed == original_path(demo_ws, row)) == own
    with Image.open(printed) as image:
        assert image.format == "JPEG" and max(image.size) <= 1600
    assert upright(printed) and upright(thumbnail_path(demo_ws, row))


def test_the_bien_ban_embeds_the_originals_own_jpeg_bytes(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    from cchc_desktop.minutes.photos_source import photo_entries

    source = make_photo(tmp_path / "p.jpg", (1600, 1200), gps=(21.853708, 106.761519))
    import_photos(demo_ws, INSPECTION, [source], workers=1)
    (entry,) = photo_entries(demo_ws, INSPECTION)
    # The minutes embed the file's bytes as they are (DCTDecode; tests/unit/
    # test_minutes_document.py): here they are the original's, exactly as imported.
    assert Path(entry.path).read_bytes() == source.read_bytes()
    assert (entry.width, entry.height) == (1600, 1200)
    from cchc_desktop.minutes.issue import draft_minutes

    pdf = draft_minutes(demo_ws, INSPECTION).result.pdf
    assert source.read_bytes() in pdf  # the JPEG stream is the original, byte for byte
