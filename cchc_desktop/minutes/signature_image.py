"""Handwritten signature images: a scan made transparent and blue, or the pad's PNG tidied.

ND 30 wants the image of a handwritten signature in blue ink on a transparent background. A
scanned signature arrives as dark strokes on paper; here the paper becomes transparent and the
strokes take the blue of a ballpoint pen, with soft edges kept (alpha follows the darkness).
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from cchc_desktop.errors import UserError

INK = (0x1F, 0x3A, 0x93)  # ballpoint blue
MAX_WIDTH = 1200  # enough for 55 mm at over 500 dpi
MARGIN = 8


def _open(data: bytes) -> Any:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise UserError(
            "Không đọc được ảnh chữ ký; hãy dùng tệp PNG hoặc JPEG.",
            "Cannot read the signature image; use a PNG or JPEG file.",
        ) from exc
    return ImageOps.exif_transpose(image)


def has_transparency(image: Any) -> bool:
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return False
    low, _high = image.convert("RGBA").getchannel("A").getextrema()
    return bool(low < 250)


def prepare(data: bytes) -> bytes:
    """A transparent PNG ready for the document, from a pad PNG or a scan/photo of paper."""
    image = _open(data)
    if has_transparency(image):
        return _finish(image.convert("RGBA"))
    return from_scan(image)


def from_scan(image: Any) -> bytes:
    """Paper made transparent, strokes in blue ink, cropped to the signature."""
    from PIL import Image

    gray = image.convert("L")
    histogram = gray.histogram()
    total = sum(histogram)
    # The paper: the level nine pixels in ten are at or below (a signature covers little).
    count, paper = 0, 255
    for level, n in enumerate(histogram):
        count += n
        if count >= total * 0.9:
            paper = level
            break
    start, full = paper - 30, paper - 120  # lighter than start: paper; darker than full: ink

    def alpha(value: int) -> int:
        if value >= start:
            return 0
        if value <= full:
            return 255
        return int((start - value) * 255 / (start - full))

    mask = gray.point(alpha)
    ink = Image.new("RGBA", gray.size, (*INK, 0))
    ink.putalpha(mask)
    return _finish(ink)


def _finish(image: Any) -> bytes:
    """Crop to the strokes with a small margin, limit the size, save as PNG."""
    from PIL import Image

    box = image.getchannel("A").point(lambda a: 255 if a > 24 else 0).getbbox()
    if box is None:
        raise UserError(
            "Ảnh chữ ký trống (không thấy nét ký). Hãy ký lại hoặc chọn ảnh khác.",
            "The signature image is empty (no strokes found). Sign again or choose another image.",
        )
    left, top, right, bottom = box
    image = image.crop(
        (
            max(0, left - MARGIN),
            max(0, top - MARGIN),
            min(image.width, right + MARGIN),
            min(image.height, bottom + MARGIN),
        )
    )
    if image.width > MAX_WIDTH:
        height = max(1, round(image.height * MAX_WIDTH / image.width))
        image = image.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
