"""Handwritten signature images: a scan made transparent and blue, or the pad's PNG tidied.

ND 30 wants the image of a handwritten signature in blue ink on a transparent background. A
scanned signature arrives as dark strokes on paper; here the paper becomes transparent and the
strokes take the blue of a ballpoint pen, with soft edges kept (alpha follows the darkness).
"""

from __future__ import annotations

import re
import struct
from io import BytesIO
from typing import Any

from cchc_desktop.documents.styles import INK
from cchc_desktop.domain.text import printable
from cchc_desktop.errors import UserError

MAX_WIDTH = 1200  # enough for 55 mm at over 500 dpi
MARGIN = 8
# A scan of a signature at 600 dpi is a few million pixels; past these the file is no scan
# (a PNG can declare 100000×100000 in a few hundred bytes and ask for 40 GB when decoded).
MAX_BYTES = 20 * 1024 * 1024
MAX_SIDE = 12_000
MAX_PIXELS = 40_000_000
# What Pillow raises on a damaged PNG or JPEG (a broken chunk is a SyntaxError).
_DECODER_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error)


def _refused(name: str, vi: str, en: str) -> UserError:
    shown = f" «{printable(name)}»" if name else ""
    return UserError(
        f"Không đọc được ảnh chữ ký{shown}: {vi}", f"Cannot use the signature image{shown}: {en}"
    )


def _open(data: bytes, name: str = "") -> Any:
    """The image, decoded and turned upright, or a refusal naming ``name`` and the reason."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise _refused(
            name,
            f"tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB).",
            f"the file is too large (at most {MAX_BYTES // (1024 * 1024)} MB).",
        )
    try:
        image = Image.open(BytesIO(data), formats=["PNG", "JPEG"])
        width, height = image.size
        if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
            raise _refused(
                name,
                f"ảnh quá lớn ({width}×{height} điểm ảnh; tối đa {MAX_SIDE} mỗi cạnh, "
                f"{MAX_PIXELS // 1_000_000} triệu điểm). Hãy quét lại ở độ phân giải thấp hơn.",
                f"the picture is too large ({width}×{height} pixels; at most {MAX_SIDE} a side, "
                f"{MAX_PIXELS // 1_000_000} megapixels). Scan it again at a lower resolution.",
            )
        image.load()
        return ImageOps.exif_transpose(image)
    except UnidentifiedImageError as exc:
        raise _refused(
            name,
            "không phải ảnh PNG hoặc JPEG; hãy dùng tệp PNG hoặc JPEG.",
            "not a PNG or JPEG picture; use a PNG or JPEG file.",
        ) from exc
    except Image.DecompressionBombError as exc:  # Pillow's own guard, while opening
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        count = f"{int(pixels.group(1)):,}".replace(",", ".") if pixels else "?"
        raise _refused(
            name,
            f"ảnh quá lớn ({count} điểm ảnh; tối đa {MAX_PIXELS // 1_000_000} triệu). Hãy quét "
            "lại ở độ phân giải thấp hơn.",
            f"the picture is too large ({count} pixels; at most {MAX_PIXELS // 1_000_000} "
            "megapixels). Scan it again at a lower resolution.",
        ) from exc
    except _DECODER_ERRORS as exc:
        raise _refused(
            name,
            f"tệp ảnh bị hỏng hoặc chưa chép hết ({type(exc).__name__}).",
            f"the picture is damaged or cut short ({type(exc).__name__}).",
        ) from exc


def has_transparency(image: Any) -> bool:
    if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
        return False
    low, _high = image.convert("RGBA").getchannel("A").getextrema()
    return bool(low < 250)


def prepare(data: bytes, name: str = "") -> bytes:
    """A transparent PNG ready for the document, from a pad PNG or a scan/photo of paper.

    ``name`` (the file's) is named in a refusal: a file that is not a PNG or JPEG, damaged,
    or too large in bytes or in pixels (checked before a pixel is decoded).
    """
    image = _open(data, name)
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
