"""Progress in a person's words: a package's journey (export, check, merge) is told by the unit
it is about and counts of photos, never by a member's file name or a hash."""

from __future__ import annotations

import re
from pathlib import Path

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.exchange.verify import verify_package
from cchc_desktop.photos.ingest import import_photos
from cchc_desktop.progress import Progress
from tests.exchange_support import inspection_on, laptop, open_ws, photo_files

# What must never reach a person: member names, file names, hashes.
INTERNAL = re.compile(r"media/|records/|audit/|\.jsonl|\.jpg|\.thumb|[0-9a-f]{10}", re.I)


def collected() -> tuple[list[str], Progress]:
    texts: list[str] = []
    return texts, Progress(lambda _done, _total, text: texts.append(text))


def test_export_check_and_merge_say_the_unit_and_the_photos(tmp_path: Path) -> None:
    a, s = laptop(tmp_path, "A"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        import_photos(ws, inspection, photo_files(tmp_path, "anh", 3), workers=1)
        exported, progress = collected()
        package = export_package(ws, [inspection], target=tmp_path / "a.cchc", progress=progress)
    checked, progress = collected()
    merged, merge_progress = collected()
    with open_ws(s) as ws:
        verify_package(ws, package.path, progress=progress).discard()
        merge_file(ws, package.path, trust_new=True, progress=merge_progress)
    for texts in (exported, checked, merged):
        assert texts and not [t for t in texts if INTERNAL.search(t)], texts
    assert "Đang xuất gói: Xã Mông Ân — ảnh 3/3" in exported
    assert "Đang kiểm tra gói: Xã Mông Ân — ảnh 2/3" in checked
    # The merge checks the package again, decides its records, brings its photos in, then
    # makes their thumbnails and print copies here.
    assert "Đang gộp: Xã Mông Ân — ảnh 3/3" in merged
    assert any(re.fullmatch(r"Đang gộp: Xã Mông Ân — bản ghi (\d+)/\1", t) for t in merged)
    assert merged[-1] == "Đang gộp: Xã Mông Ân — ảnh thu nhỏ, bản in 3/3", merged[-1]
    # The first texts of a check are about the laptop's package until its records are read.
    assert checked[0].startswith("Đang kiểm tra gói: gói của «") and "phần dữ liệu 1/" in checked[0]


def test_many_units_are_counted_not_listed(tmp_path: Path, english: None) -> None:
    a = laptop(tmp_path, "A")
    with open_ws(a) as ws:
        for n in range(4):
            inspection_on(ws, unit_code=f"0817{n}", unit_name=f"Xã Số {n}")
        texts, progress = collected()
        export_package(ws, everything=True, target=tmp_path / "all.cchc", progress=progress)
    assert texts[-1].startswith("Exporting: Xã Số 0, Xã Số 1 and 2 other units — ")
