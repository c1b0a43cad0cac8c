"""The biên bản without photos against the same biên bản with 30 photos of 12 MP, in one run, and
against img2pdf (the simplest program that puts the same print copies into a PDF).

The photos are made here: 12 MP JPEGs with photo-like texture, then print copies (about 1600 px,
as the photos module makes them at import) with Pillow. Goal: the 30 photos add at most 50% to
the time of making the minutes.

Usage: bench_minutes.py [--photos 30] [--megapixels 12] [--repeat 5] [--out FILE]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image, ImageDraw

from cchc_desktop.documents.blocks import PhotoEntry
from cchc_desktop.minutes.render import render
from tests.benchmarks.report import machine, median_time, ms, write_section
from tests.minutes_samples import demo_inspection, snapshot

PRINT_SIZE = 1600


def camera_jpeg(path: Path, megapixels: float, seed: int) -> None:
    """A JPEG of the given size that compresses like a photograph (shapes, gradients, grain)."""
    rng = random.Random(seed)
    width = int(math.sqrt(megapixels * 1e6 * 4 / 3))
    height = width * 3 // 4
    small = Image.new("RGB", (width // 8, height // 8), (rng.randrange(256), 110, 90))
    draw = ImageDraw.Draw(small)
    for _ in range(120):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        size = rng.randrange(10, small.width // 3)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + size, y + size * 2 // 3), fill=colour)
    image = small.resize((width, height), Image.Resampling.BILINEAR)
    # Detail at a coarser scale survives the print copy's downscaling, as a real scene's does;
    # the grain is the sensor's. Sizes come out like a phone's: ~2.5 MB, print copy ~400 kB.
    detail = Image.effect_noise((width // 3, height // 3), 40)
    detail = detail.resize((width, height), Image.Resampling.BICUBIC).convert("RGB")
    grain = Image.effect_noise((width, height), 20).convert("RGB")
    image = Image.blend(Image.blend(image, detail, 0.25), grain, 0.08)
    image.save(path, format="JPEG", quality=92)


def print_copy(source: Path, target: Path) -> tuple[int, int]:
    """About 1600 px on the long side, quality 85 — what the photos module stores for printing."""
    with Image.open(source) as camera:
        camera.draft("RGB", (PRINT_SIZE, PRINT_SIZE))  # decode at a reduced scale: much faster
        image = camera.convert("RGB")
    image.thumbnail((PRINT_SIZE, PRINT_SIZE), Image.Resampling.LANCZOS)
    image.save(target, format="JPEG", quality=85)
    return image.size


def measure_app(
    data: Path, photos: tuple[PhotoEntry, ...], repeat: int
) -> tuple[float, float, float]:
    """``draft_minutes`` on a demo inspection, as the window's preview and `cchc minutes make`
    run it, without and then with the photos; and the readiness check the tab shows first.

    The minutes' one lookup of the photos, ``collect.photo_entries``, is pointed at the print
    copies made above, so the figure is the minutes' own work and not the import of thirty
    camera photos (the photos benchmark measures that).
    """
    from cchc_desktop.demo.loader import load_demo
    from cchc_desktop.minutes import collect
    from cchc_desktop.minutes.issue import draft_minutes
    from cchc_desktop.minutes.readiness import check
    from cchc_desktop.store.bootstrap import initialise
    from cchc_desktop.store.workspace import Workspace

    initialise(data)
    with Workspace.open(data) as ws:
        load_demo(ws)
        inspection = demo_inspection(ws, "Xã Khánh Xuân")
        original = collect.photo_entries
        try:
            collect.photo_entries = lambda _ws, _id: []  # type: ignore[assignment]
            plain = median_time(lambda: draft_minutes(ws, inspection), repeat)
            collect.photo_entries = lambda _ws, _id: list(photos)  # type: ignore[assignment]
            with_photos = median_time(lambda: draft_minutes(ws, inspection), repeat)
        finally:
            collect.photo_entries = original  # type: ignore[assignment]
        readiness = median_time(lambda: check(ws, inspection), max(repeat, 5) * 4)
    return plain, with_photos, readiness


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=30)
    parser.add_argument("--megapixels", type=float, default=12)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        started = time.perf_counter()
        originals, photos = [], []
        for index in range(args.photos):
            original = folder / f"camera-{index:02d}.jpg"
            camera_jpeg(original, args.megapixels, index)
            originals.append(original)
        made_originals = time.perf_counter() - started
        started = time.perf_counter()
        for index, original in enumerate(originals):
            target = folder / f"print-{index:02d}.jpg"
            width, height = print_copy(original, target)
            photos.append(
                PhotoEntry(
                    sha256=f"{index:064x}",
                    path=str(target),
                    width=width,
                    height=height,
                    caption=f"Ảnh minh chứng số {index + 1}",
                    taken_at="2024-07-04T09:15:00+07:00",
                    place="21,75412° B, 106,95423° Đ",
                    criterion_code="K1",
                )
            )
        made_prints = time.perf_counter() - started

        plain = snapshot()
        with_photos = snapshot(photos=tuple(photos))
        app_plain, app_photos, readiness = measure_app(folder / "data", tuple(photos), args.repeat)
        no_images = dict[str, bytes]().get
        sizes = {
            "plain": len(render(plain, no_images).pdf),
            "photos": len(render(with_photos, no_images).pdf),
        }
        plain_time = median_time(lambda: render(plain, no_images), args.repeat)
        photos_time = median_time(lambda: render(with_photos, no_images), args.repeat)

        import img2pdf

        paths = [p.path for p in photos]
        img2pdf_bytes = img2pdf.convert(paths)
        img2pdf_time = median_time(lambda: img2pdf.convert(paths), args.repeat)
        print_bytes = sum(Path(p).stat().st_size for p in paths)
        original_bytes = sum(p.stat().st_size for p in originals)

    verdict = "met" if app_photos / app_plain <= 1.5 else "not met"
    added = photos_time - plain_time
    ratio = photos_time / plain_time
    app_ratio = app_photos / app_plain
    body = f"""
## Minutes: the biên bản with and without {args.photos} photos

{args.photos} generated JPEGs of {args.megapixels:g} MP ({original_bytes / 1e6:.0f} MB, made in
{made_originals:.1f} s), turned into print copies of {PRINT_SIZE} px with Pillow in
{made_prints:.1f} s ({print_bytes / 1e6:.1f} MB; the photos module does this once, at import).
Machine: {machine()} (shared with other work while measured). Command:
`.venv/bin/python tests/benchmarks/bench_minutes.py`.

| work | time (median of {args.repeat}) | PDF size |
|---|---|---|
| biên bản, no photos (`minutes.render.render`) | {ms(plain_time)} | {sizes["plain"] / 1e3:.0f} kB |
| the same biên bản with {args.photos} photos in the appendix | {ms(photos_time)} | {sizes["photos"] / 1e6:.2f} MB |
| the photos' share | {ms(added)} (+{(ratio - 1) * 100:.0f}%) | |
| `draft_minutes` (the app's job: snapshot from the database, the draft PDF; nothing stored), no photos | {ms(app_plain)} | |
| `draft_minutes`, the same inspection with {args.photos} photos | {ms(app_photos)} (+{(app_ratio - 1) * 100:.0f}%; goal ≤ +50%) | |
| `readiness.check` of the same inspection (58 criteria; what the Ký & xuất tab shows first, on the window's thread) | {ms(readiness)} | |
| img2pdf of the same {args.photos} print copies, nothing else | {ms(img2pdf_time)} | {len(img2pdf_bytes) / 1e6:.2f} MB |

Goal (the {args.photos} photos add at most 50%): **{verdict}**. Photos enter the PDF as the
print copies' JPEG bytes (DCTDecode, never decoded or re-encoded;
`tests/unit/test_minutes_document.py` compares the streams with the files), as img2pdf does.
What they add is copying {print_bytes / 1e6:.1f} MB (img2pdf alone needs {ms(img2pdf_time)} for
that, {img2pdf_time / plain_time * 100:.0f}% of the whole biên bản without photos), laying out
{math.ceil(args.photos / 2)} appendix pages with {2 * args.photos} caption lines. A draft is
no longer stored (issue 11: looking takes no number and writes nothing); issuing renders the same
document once more, in the issue's one transaction. The ratio is high because the biên bản itself
takes only tens of milliseconds; in absolute terms {args.photos} photos cost
{ms(app_photos - app_plain)} per draft.
"""
    target = write_section("minutes", body, args.out)
    print(body.strip())
    print(f"→ {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
