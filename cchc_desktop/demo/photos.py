"""Evidence photos for the demo data: drawn with Pillow, imported through the photos core.

Real phones write EXIF (time with offset, GPS, camera); these pictures carry the same, so the
gallery, the viewer's facts and the minutes' photo appendix show what a lead's would. The
tests' photo factory and the gallery's screenshot draw and tag their pictures with the same
``draw_scene`` and ``phone_exif``.
"""

from __future__ import annotations

import tempfile
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.paths import resource

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace

# Roughly the centre of xã Lộc Bình, Lạng Sơn.
GPS = (21.7531, 106.9236)
_PALETTE = [(214, 226, 240), (240, 228, 200), (226, 240, 222), (244, 222, 222), (236, 226, 244)]


def _dms(value: float) -> tuple[Any, Any, Any]:
    """Degrees as EXIF writes them: degrees, minutes and seconds, each a rational."""
    from PIL.TiffImagePlugin import IFDRational

    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = Fraction((value - degrees - minutes / 60) * 3600).limit_denominator(10000)
    return (
        IFDRational(degrees, 1),
        IFDRational(minutes, 1),
        IFDRational(seconds.numerator, seconds.denominator),
    )


def phone_exif(
    *,
    taken: str | None,
    offset: str | None = "+07:00",
    gps: tuple[float, float] | None = GPS,
    camera: tuple[str, str] | None = ("Samsung", "Galaxy A54"),
    orientation: int | None = None,
) -> bytes:
    """EXIF as a phone writes it: ``taken`` "YYYY:MM:DD HH:MM:SS" (DateTimeOriginal) with its
    offset, GPS (lat, lon; negative is south/west), make and model, orientation; None leaves
    a tag out."""
    from PIL import Image

    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if camera:
        exif[0x010F], exif[0x0110] = camera
    if taken:
        sub = exif.get_ifd(0x8769)
        sub[0x9003] = taken
        if offset:
            sub[0x9011] = offset  # OffsetTimeOriginal
    if gps:
        info = exif.get_ifd(0x8825)
        lat, lon = gps
        info[1], info[2] = "N" if lat >= 0 else "S", _dms(abs(lat))
        info[3], info[4] = "E" if lon >= 0 else "W", _dms(abs(lon))
    return exif.tobytes()


def draw_scene(
    path: Path,
    sign: str,
    colour: tuple[int, int, int],
    *,
    exif: bytes,
    size: tuple[int, int] = (1600, 1200),
) -> Path:
    """A wall with a notice board and its heading, as a JPEG carrying ``exif``."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = size
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 3 // 4, width, height), fill=tuple(c - 60 for c in colour))
    draw.rectangle(
        (width // 8, height // 6, width * 7 // 8, height * 2 // 3),
        fill=(250, 250, 246),
        outline=(120, 30, 30),
        width=12,
    )
    bold = resource("fonts", "ui", "NotoSans-Bold.ttf")
    font = ImageFont.truetype(str(bold), width // 20 if len(sign) < 24 else width // 30)
    draw.text((width // 2, height // 3), sign, font=font, fill=(160, 20, 20), anchor="mm")
    # The notice's lines of small print, too far to read: grey bars (a glyph for them would
    # print as an empty box in a font that lacks it).
    bar = width // 90
    for line in range(4):
        y = height // 3 + width // 12 + line * width // 30
        draw.rectangle(
            (width // 5, y, width // 5 + width * (8 + 3 * line) // 60, y + bar), fill=(90, 90, 90)
        )
    grain = Image.merge("RGB", [Image.effect_noise(size, 18) for _ in range(3)])
    Image.blend(image, grain, 0.08).save(path, "JPEG", quality=88, exif=exif)
    return path


def add_demo_photos(ws: Workspace, inspection_id: str, photos: list[list[Any]]) -> int:
    """Draw and import the photos of one demo inspection; return how many were added.

    Each item is ``[criterion or null, sign text, caption, "YYYY:MM:DD HH:MM:SS"]``.
    """
    from cchc_desktop.photos.ingest import import_photos

    added = 0
    with tempfile.TemporaryDirectory(prefix="cchc-demo-") as scratch:
        for index, (criterion, sign, caption, taken) in enumerate(photos):
            path = draw_scene(
                Path(scratch) / f"IMG_{2401 + index}.jpg",
                sign,
                _PALETTE[index % len(_PALETTE)],
                exif=phone_exif(taken=taken),
            )
            # In this process: a handful of pictures, and no worker processes to start.
            result = import_photos(
                ws, inspection_id, [path], criterion=criterion, caption=caption, workers=1
            )
            added += len(result.added)
    return added
