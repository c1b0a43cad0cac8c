"""Real seed files for the hostile-file tests and the fuzzer, made here from scratch.

A package exported by a laptop with an inspection (answers, findings, a signer's image, a
JPEG and a HEIC photo with their thumbnails and print copies); photos in every format the app
takes; a checklist workbook exported by the app; signature images as a pad and a scan make
them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from cchc_desktop.store.datafolder import DataFolder
from cchc_desktop.store.keys import ensure_key
from tests.exchange_support import inspection_on, laptop, open_ws
from tests.photo_factory import make_photo


@dataclass(frozen=True)
class PackageSeed:
    """The origin laptop (whose key re-signs mutated manifests) and its exported package."""

    origin: Path
    package: Path

    def sign(self, data: bytes) -> bytes:
        """The origin key's Ed25519 signature of ``data``."""
        return ensure_key(DataFolder(self.origin)).sign(data)


def package_seed(root: Path) -> PackageSeed:
    """Laptop A with one inspection and two photos, and its package of everything."""
    from cchc_desktop.exchange.export import export_package
    from cchc_desktop.photos.ingest import import_photos

    folder = laptop(root, "A")
    photos = [
        make_photo(root / "seed-photos" / "a.jpg", (320, 240), orientation=6, text="A"),
        make_photo(root / "seed-photos" / "b.heic", (320, 240), fmt="HEIF", text="B"),
    ]
    with open_ws(folder) as ws:
        inspection = inspection_on(ws)
        result = import_photos(ws, inspection, photos, workers=1)
        assert len(result.added) == 2, result.refused
        package = export_package(ws, everything=True, target=root / "seed.cchc").path
    return PackageSeed(folder, package)


def receiver(root: Path, seed: PackageSeed) -> Path:
    """Laptop B that trusts A and has merged A's package once."""
    from cchc_desktop.exchange.merge import merge_file

    folder = laptop(root, "B")
    with open_ws(folder) as ws:
        merge_file(ws, seed.package, trust_new=True)
    return folder


def photo_seeds(root: Path) -> list[Path]:
    """Small real photos in every format taken: JPEG (turned, EXIF), PNG, WebP, HEIC."""
    folder = root / "seed-photos"
    return [
        make_photo(folder / "turned.jpg", (320, 240), orientation=6, text="1"),
        make_photo(folder / "plain.jpg", (200, 150), orientation=1, text="2", camera=None),
        make_photo(folder / "pic.png", (160, 120), fmt="PNG", text="3"),
        make_photo(folder / "pic.webp", (160, 120), fmt="WEBP", text="4"),
        make_photo(folder / "phone.heic", (160, 120), fmt="HEIF", orientation=3, text="5"),
    ]


def workbook_seed() -> bytes:
    """The app's own export of a bundled checklist template (.xlsx)."""
    from cchc_desktop.checklists.library import bundled_templates
    from cchc_desktop.checklists.xlsx import export_xlsx

    return export_xlsx(bundled_templates()[0])


def signature_seeds() -> list[bytes]:
    """A pad's transparent PNG and a scan of paper (grey JPEG)."""
    from PIL import Image, ImageDraw

    from tests.minutes_samples import signature_png

    scan = Image.new("L", (300, 120), 235)
    ImageDraw.Draw(scan).line([(20, 80), (120, 30), (200, 90), (280, 40)], fill=30, width=5)
    out = io.BytesIO()
    scan.save(out, "JPEG", quality=80)
    return [signature_png(300, 110), out.getvalue()]
