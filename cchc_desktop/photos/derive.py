"""The two files made once from each original: a thumbnail and a print copy.

Both have the EXIF orientation applied (they are the right way up wherever they are shown),
are sRGB JPEGs without EXIF, and are made from one decode at reduced scale: a JPEG decoder
can hand back 1/2, 1/4 or 1/8 of the picture directly (``Image.draft``), so a 12 MP photo is
never decoded at full size to make a 1600 px copy.

An original that could be printed as it is (``serves_as_print_copy``: a JPEG the right way up,
within the print size, in sRGB) gets no print copy: re-encoding it would only make a second
file nearly as large (a 1600 px photo: 362 kB, its copy 310 kB). The biên bản then embeds the
original's own JPEG bytes (``photos.library.print_copy_path`` finds it).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc_desktop.photos.probe import DECODER_ERRORS, JPEG_FORMATS, damaged, decoder_reason

if TYPE_CHECKING:
    from PIL import Image

THUMB_KIND = "thumb.jpg"
PRINT_KIND = "print.jpg"
THUMB_EDGE = 256
PRINT_EDGE = 1600
THUMB_QUALITY = 80
PRINT_QUALITY = 82


@dataclass(frozen=True)
class Derived:
    """The encoded derivatives and the picture's size as displayed (orientation applied);
    ``print_copy`` is None when the original serves as its own."""

    thumbnail: bytes
    print_copy: bytes | None
    width: int
    height: int


def fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """``size`` scaled down so its long edge is at most ``edge`` (never scaled up)."""
    width, height = size
    scale = min(1.0, edge / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def displayed_size(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    """Width and height as a person sees the photo: orientations 5–8 turn it a quarter."""
    width, height = size
    return (height, width) if orientation >= 5 else (width, height)


def upright(image: Image.Image, orientation: int) -> Image.Image:
    """The image turned/flipped the way EXIF orientation ``orientation`` says to show it."""
    from PIL import Image

    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)
    return image if method is None else image.transpose(method)


def to_srgb(image: Image.Image) -> Image.Image:
    """An RGB image in sRGB: an embedded colour profile converted, transparency on white."""
    from PIL import Image, ImageCms

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(
                image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: show the pixels as they are rather than refuse the photo
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda v: v / 256).convert("L")
    return image.convert("RGB") if image.mode != "RGB" else image


def serves_as_print_copy(image: Image.Image, fmt: str, orientation: int) -> bool:
    """Whether an opened (not yet decoded) original can be printed as it is: a plain JPEG
    (not MPO, whose extra pictures would travel too) the right way up, no larger than the
    print copy would be, in RGB or grey, and sRGB (no colour profile, or an sRGB one)."""
    if fmt != "JPEG" or orientation not in (0, 1) or max(image.size) > PRINT_EDGE:
        return False
    if image.mode not in ("RGB", "L"):
        return False
    profile = image.info.get("icc_profile")
    return not profile or _is_srgb(profile)


def _is_srgb(profile: bytes) -> bool:
    from PIL import ImageCms

    try:
        name = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(profile)))
    except (ImageCms.PyCMSError, OSError, ValueError):
        return False
    return "srgb" in name.lower()


def derive(image: Image.Image, fmt: str, orientation: int, *, oriented: bool = False) -> Derived:
    """Decode ``image`` once at the smallest scale the print copy allows; encode both copies
    (only the thumbnail when the original serves as its own print copy).

    ``oriented`` says the decoder already turned the picture (pillow-heif does for HEIC).
    A cut-short or damaged file raises Refused here: the decode is where damage shows.
    """
    from PIL import Image

    full = image.size
    own_print = not oriented and serves_as_print_copy(image, fmt, orientation)
    if fmt in JPEG_FORMATS:
        # draft picks the largest reduction whose result still covers the requested size:
        # the print copy's, or only the thumbnail's when no print copy is made.
        wanted = fit(full, THUMB_EDGE if own_print else PRINT_EDGE)
        image.draft(image.mode if image.mode in ("RGB", "L") else None, wanted)
    try:
        image.load()
        # Some decoders (pillow-heif) decode while converting; damage shows there too.
        picture = to_srgb(image)
    except Image.DecompressionBombError as exc:
        raise damaged("quá nhiều điểm ảnh", "too many pixels") from exc
    except DECODER_ERRORS as exc:
        raise damaged(*decoder_reason(exc)) from exc
    if not oriented:
        picture = upright(picture, orientation)
    shown = full if oriented else displayed_size(full, orientation)
    printed = picture
    if max(picture.size) > PRINT_EDGE:
        # Bicubic: after the reduced-scale decode the step left is small (2000 → 1600 px),
        # where Lanczos costs twice the time for no difference visible in print.
        printed = picture.resize(
            fit(picture.size, PRINT_EDGE), Image.Resampling.BICUBIC, reducing_gap=2.0
        )
    thumb = printed.resize(
        fit(printed.size, THUMB_EDGE), Image.Resampling.BICUBIC, reducing_gap=2.0
    )
    return Derived(
        thumbnail=_jpeg(thumb, THUMB_QUALITY),
        print_copy=None if own_print else _jpeg(printed, PRINT_QUALITY),
        width=shown[0],
        height=shown[1],
    )


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()
