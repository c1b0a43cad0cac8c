"""Photos between laptops: the same picture attached on two laptops is one record (its id comes
from the inspection and the photo's SHA-256); two captions meet as a conflict whose "keep both"
joins them; the original is stored once."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cchc_desktop.exchange.export import export_package
from cchc_desktop.exchange.merge import merge_file
from cchc_desktop.photos.ingest import import_photos
from tests.exchange_support import (
    comparable,
    copy_folder,
    inspection_on,
    laptop,
    open_ws,
    photo_files,
    rows_of,
)

CAPTION_A = "Bảng niêm yết thủ tục hành chính tại Bộ phận Một cửa"
CAPTION_B = "Niêm yết đủ 35 thủ tục, có mã QR tra cứu"


def test_the_same_photo_captioned_on_two_laptops_keeps_both_captions(
    tmp_path: Path, cli: Callable[..., Any]
) -> None:
    a, b, s = laptop(tmp_path, "A"), laptop(tmp_path, "B"), laptop(tmp_path, "S")
    with open_ws(a) as ws:
        inspection = inspection_on(ws)
        base = export_package(ws, everything=True, target=tmp_path / "base.cchc").path
    with open_ws(b) as ws:
        merge_file(ws, base, trust_new=True)
    [picture] = photo_files(tmp_path, "niem-yet", 1)
    for folder, caption in ((a, CAPTION_A), (b, CAPTION_B)):
        with open_ws(folder) as ws:
            done = import_photos(ws, inspection, [picture], caption=caption, workers=1)
            assert len(done.added) == 1
    packages = []
    for name, folder in (("a", a), ("b", b)):
        with open_ws(folder) as ws:
            packages.append(export_package(ws, everything=True, target=tmp_path / f"{name}.cchc"))
    s0 = copy_folder(s, tmp_path / "S0")
    merged = cli("merge", "--trust-new", *(str(p.path) for p in packages), data=s)
    assert merged.code == 0, merged.err
    assert (
        cli("merge", "--trust-new", *(str(p.path) for p in reversed(packages)), data=s0).code == 0
    )
    assert comparable(s) == comparable(s0)

    sha = hashlib.sha256(picture.read_bytes()).hexdigest()
    [row] = rows_of(s, "SELECT * FROM photos")
    assert row["sha256"] == sha
    with open_ws(s) as ws:
        assert ws.media.verify(sha)
        assert len(list(ws.media.root.rglob(sha))) == 1  # one original for both laptops

    [item] = cli("--json", "conflicts", "list", data=s).json()
    assert (item["table"], item["fields"], item["keep_both"]) == ("photos", ["caption"], "texts")
    captions = {item["mine"]["values"]["caption"], item["theirs"][0]["values"]["caption"]}
    assert captions == {CAPTION_A, CAPTION_B}
    mine = item["mine"]["values"]["caption"]

    assert cli("conflicts", "resolve", item["id"], "--keep", "both", data=s).code == 0
    [listed] = cli("--json", "photos", "list", inspection, data=s).json()
    mine_line, blank, marker, theirs_line = listed["caption"].split("\n")
    assert (mine_line, blank, theirs_line) == (mine, "", (captions - {mine}).pop())
    assert marker.startswith("——— Bản khác (") and marker.endswith(") ———")
    assert cli("--json", "conflicts", "list", data=s).json() == []

    # The joined caption travels back and wins on both laptops without a conflict.
    back = tmp_path / "s.cchc"
    assert cli("export", "--all", "-o", str(back), data=s).code == 0
    for folder in (a, b):
        with open_ws(folder) as ws:
            assert not merge_file(ws, back, trust_new=True).conflicts
        [there] = rows_of(folder, "SELECT caption FROM photos")
        assert there["caption"] == listed["caption"]
