"""Editing photos: captions, criteria, the minutes flag, order, delete and undo, the stamp, and
derived files made again when they go missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cchc_desktop.checkup import check
from cchc_desktop.errors import UserError
from cchc_desktop.photos import library
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.store import records
from cchc_desktop.store.workspace import Workspace
from tests.photo_factory import make_photo

INSPECTION = "25a0ef95-3c4c-535a-bf8c-a0147e2ebd95"


@pytest.fixture
def three(demo_ws: Workspace, tmp_path: Path) -> list[str]:
    files = [make_photo(tmp_path / f"p{i}.jpg", text=str(i)) for i in range(3)]
    return import_photos(demo_ws, INSPECTION, files, workers=1).added


def test_caption_criterion_and_minutes_flag(demo_ws: Workspace, three: list[str]) -> None:
    first = three[0]
    # Typed on a keyboard that sends decomposed letters: stored as NFC.
    library.update_photo(demo_ws, first, caption="Bảng nie\u0302m yết thiếu danh mục TTHC ")
    library.update_photo(demo_ws, first, criterion="d8", include_in_minutes=False)
    row = library.get_photo(demo_ws, first)
    assert row["caption"] == "Bảng niêm yết thiếu danh mục TTHC"
    assert row["criterion_code"] == "D8" and row["include_in_minutes"] == 0
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION, criterion="D8")] == [first]
    assert first not in [r["id"] for r in library.photos_of(demo_ws, INSPECTION, only_minutes=True)]
    assert len(library.photos_of(demo_ws, INSPECTION, criterion=library.GENERAL)) == 2
    with pytest.raises(UserError, match="Z9"):
        library.update_photo(demo_ws, first, criterion="Z9")
    trail = [e["field"] for e in records.audit_trail(demo_ws, first)]
    assert {"caption", "criterion_code", "include_in_minutes"} <= set(trail)


def test_a_photo_is_named_by_its_id_or_its_first_characters(
    demo_ws: Workspace, three: list[str]
) -> None:
    first = three[0]
    library.update_photo(demo_ws, first[:8], caption="Quầy tiếp nhận")
    assert library.get_photo(demo_ws, first)["caption"] == "Quầy tiếp nhận"
    library.delete_photo(demo_ws, first[:8])
    assert first not in [r["id"] for r in library.photos_of(demo_ws, INSPECTION)]
    with pytest.raises(UserError, match="Không tìm thấy"):
        library.update_photo(demo_ws, first, caption="x")  # deleted: not editable


def test_reorder_and_move(demo_ws: Workspace, three: list[str]) -> None:
    a, b, c = three
    assert library.move(demo_ws, c, -2)
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == [c, a, b]
    assert not library.move(demo_ws, c, -1)
    library.reorder(demo_ws, INSPECTION, [b, c, a])
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == [b, c, a]
    library.reorder(demo_ws, INSPECTION, [a, "not-a-photo", a, b])  # a stray id, a repeat
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == [a, c, b]


def test_reordering_one_criterions_photos_leaves_the_others_in_place(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    files = [make_photo(tmp_path / f"r{i}.jpg", text=str(i)) for i in range(5)]
    a, b, c, d, e = import_photos(demo_ws, INSPECTION, files, workers=1).added
    for photo in (b, d):
        library.update_photo(demo_ws, photo, criterion="D8")
    assert library.move(demo_ws, d, -1, criterion="D8")  # first among D8's: b and d swap
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == [a, d, c, b, e]
    assert not library.move(demo_ws, d, -1, criterion="D8")


def test_deleting_several_photos_is_all_or_nothing(
    demo_ws: Workspace, three: list[str], tmp_path: Path
) -> None:
    other = demo_ws.db.execute(
        "SELECT id FROM inspections WHERE id <> ? LIMIT 1", [INSPECTION]
    ).fetchone()[0]
    (elsewhere,) = import_photos(
        demo_ws, other, [make_photo(tmp_path / "x.jpg", text="x")], workers=1
    ).added
    demo_ws.db.execute("UPDATE inspections SET status = 'da_ky' WHERE id = ?", [other])
    with pytest.raises(UserError, match="đã ký"):
        library.delete_photos(demo_ws, [three[0], elsewhere])
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == three
    library.delete_photos(demo_ws, three[:2])
    library.restore_photos(demo_ws, three[:2])
    assert [r["id"] for r in library.photos_of(demo_ws, INSPECTION)] == three


def test_delete_is_a_tombstone_and_undo_brings_it_back(
    demo_ws: Workspace, three: list[str], tmp_path: Path
) -> None:
    victim = three[1]
    sha = library.get_photo(demo_ws, victim)["sha256"]
    library.delete_photo(demo_ws, victim)
    assert victim not in [r["id"] for r in library.photos_of(demo_ws, INSPECTION)]
    assert records.get(demo_ws, "photos", victim, include_deleted=True)["deleted"] == 1
    assert demo_ws.media.has(sha)  # the original stays while a record refers to it
    library.restore_photo(demo_ws, victim)
    assert victim in [r["id"] for r in library.photos_of(demo_ws, INSPECTION)]
    # Deleted then dropped again: the same record comes back to life.
    library.delete_photo(demo_ws, victim)
    again = import_photos(demo_ws, INSPECTION, [tmp_path / "p1.jpg"], workers=1)
    assert again.added == [victim]


def test_stamp_goes_on_a_print_copy_never_the_original(
    demo_ws: Workspace, three: list[str]
) -> None:
    photo = three[0]
    library.update_photo(demo_ws, photo, stamp=True)
    row = library.get_photo(demo_ws, photo)
    plain = library.plain_print_path(demo_ws, row["sha256"])
    # A 640 × 480 JPEG the right way up: it is its own print copy, and the stamp goes on a copy.
    assert plain == library.original_path(demo_ws, row)
    stamped = library.print_copy_path(demo_ws, row)
    assert stamped != plain and stamped.name.startswith(f"{row['sha256']}.print-stamped-")
    from cchc_desktop.photos.stamp import stamp_text

    text = stamp_text(demo_ws, row)
    assert text == "02/07/2024 09:15 · Bộ phận Một cửa UBND huyện Bình Gia · Hoàng Anh Tuấn"
    with Image.open(stamped) as marked, Image.open(plain) as clean:
        assert marked.size == clean.size
        # The band along the bottom is darker than the white quarter under it.
        bottom = marked.convert("L").getpixel((marked.width - 5, marked.height - 5))
        assert bottom < clean.convert("L").getpixel((clean.width - 5, clean.height - 5)) - 60
    assert demo_ws.media.verify(row["sha256"])  # the original untouched


def test_missing_derived_files_are_flagged_and_remade(demo_ws: Workspace, three: list[str]) -> None:
    row = library.get_photo(demo_ws, three[2])
    thumb = library.thumbnail_path(demo_ws, row)
    thumb.unlink()
    failing = [f for f in check(demo_ws) if not f.ok]
    assert len(failing) == 1 and "ensure_derivatives" in failing[0].detail
    assert library.ensure_derivatives(demo_ws, row["sha256"])
    assert thumb.is_file() and all(f.ok for f in check(demo_ws))
    assert not library.ensure_derivatives(demo_ws, row["sha256"])


def test_photo_counts_per_criterion_leave_out_deleted_and_general(
    demo_ws: Workspace, three: list[str]
) -> None:
    before = library.photo_counts(demo_ws, INSPECTION)
    library.update_photo(demo_ws, three[0], criterion="d8")
    library.update_photo(demo_ws, three[1], criterion="D8")
    library.update_photo(demo_ws, three[2], criterion="A1")
    counts = library.photo_counts(demo_ws, INSPECTION)
    assert counts["D8"] == before.get("D8", 0) + 2 and counts["A1"] == before.get("A1", 0) + 1
    library.delete_photos(demo_ws, [three[1]])
    assert library.photo_counts(demo_ws, INSPECTION)["D8"] == before.get("D8", 0) + 1
    assert "" not in counts and None not in counts  # the inspection's own photos are not counted
