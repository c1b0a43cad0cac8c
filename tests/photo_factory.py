"""Real photos for the tests and the benchmark: JPEGs (and PNG, WebP, HEIC) made with Pillow,
carrying EXIF orientation, time taken (with offset), GPS and camera (the demo's phone EXIF).

An "upright" picture has four coloured quarters (red top-left, green top-right, blue
bottom-left, white bottom-right); the stored pixels are turned so that a viewer applying the
EXIF orientation sees it upright. ``quarter_colours`` reads them back from any derivative.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from cchc_desktop.demo.photos import phone_exif

RED, GREEN, BLUE, WHITE = (220, 30, 30), (30, 200, 30), (30, 30, 220), (250, 250, 250)

# The stored pixels are the upright picture turned by the inverse of what the viewer applies.
_INVERSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def upright_picture(size: tuple[int, int], *, noise: bool = False, text: str = "") -> Image.Image:
    """The picture as a person should see it (width × height), four quarters."""
    width, height = size
    image = Image.new("RGB", size, WHITE)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width // 2 - 1, height // 2 - 1), fill=RED)
    draw.rectangle((width // 2, 0, width, height // 2 - 1), fill=GREEN)
    draw.rectangle((0, height // 2, width // 2 - 1, height), fill=BLUE)
    if text:
        draw.text((width // 20, height * 0.55), text, fill=(0, 0, 0))
    if noise:
        # Sensor-like noise so the JPEG is as hard to compress as a real photo (~MBs at 12 MP).
        grain = Image.merge("RGB", [Image.effect_noise(size, 40) for _ in range(3)])
        image = Image.blend(image, grain, 0.35)
    return image


def exif_bytes(
    *,
    orientation: int | None = 1,
    taken: str | None = "2024:07:02 09:15:30",
    offset: str | None = "+07:00",
    gps: tuple[float, float] | None = (21.853708, 106.761519),
    camera: tuple[str, str] | None = ("Apple", "iPhone 13"),
) -> bytes:
    """The demo's phone EXIF, with the facts the tests check by default (an iPhone at Chi Lăng)."""
    return phone_exif(orientation=orientation, taken=taken, offset=offset, gps=gps, camera=camera)


def turned(picture: Image.Image, orientation: int) -> Image.Image:
    """The pixels a camera stores for ``picture`` with EXIF ``orientation``."""
    return picture.transpose(_INVERSE[orientation]) if orientation in _INVERSE else picture


def make_photo(
    path: Path,
    size: tuple[int, int] = (640, 480),
    *,
    orientation: int = 1,
    fmt: str = "JPEG",
    noise: bool = False,
    text: str = "",
    quality: int = 90,
    **exif: Any,
) -> Path:
    """Write a photo whose upright view is ``size``, stored turned for ``orientation``."""
    picture = upright_picture(size, noise=noise, text=text)
    stored = turned(picture, orientation)
    data = exif_bytes(orientation=orientation, **exif)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
        stored.save(path, "HEIF", exif=data, quality=80)
    elif fmt == "PNG":
        stored.save(path, "PNG", exif=data)
    elif fmt == "WEBP":
        stored.save(path, "WEBP", exif=data, quality=80)
    else:
        stored.save(path, "JPEG", exif=data, quality=quality)
    return path


def quarter_colours(path: Path) -> tuple[tuple[int, ...], ...]:
    """The colours at the centres of the four quarters (TL, TR, BL, BR) of an image file."""
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        points = [(1, 1), (3, 1), (1, 3), (3, 3)]
        return tuple(rgb.getpixel((width * x // 4, height * y // 4)) for x, y in points)  # type: ignore[misc]


def close(colour: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=False))


def truncated_jpeg(path: Path, source: Path) -> Path:
    """A copy of ``source`` cut off at half its length (a card pulled out mid-copy)."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def bomb_png(path: Path, width: int = 20000, height: int = 10000) -> Path:
    """A valid, complete 1-bit PNG of ``width`` × ``height`` (200 MP), a few kB on disk."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            len(body).to_bytes(4, "big")
            + kind
            + body
            + (zlib.crc32(kind + body) & 0xFFFFFFFF).to_bytes(4, "big")
        )

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([1, 0, 0, 0, 0])
    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path
