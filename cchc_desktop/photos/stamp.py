"""The optional stamp on a print copy: when the photo was taken, where, and by whose team.

The stamp is burned into a separate print copy, never into the original (which stays the
evidence, byte for byte) nor the plain print copy. Its text differs per photo (the time) and
per inspection (the unit), so its file is named after the text:
``ws.media.derived_path(sha256, "print-stamped-<first 16 hex of SHA-256(text)>.jpg")``;
a changed unit name or time makes a new file rather than a stale one.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.atomic import write_atomic
from cchc_desktop.domain.dates import dmy_hm
from cchc_desktop.photos.derive import PRINT_QUALITY

if TYPE_CHECKING:
    from PIL import ImageFont

    from cchc_desktop.store.workspace import Workspace

# Fonts with Vietnamese letters: the app's bundled ones first, then the system's.
_FONT_CANDIDATES = (
    "fonts/ui/NotoSans-Regular.ttf",
    "fonts/LiberationSans-Regular.ttf",
    "fonts/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "C:/Windows/Fonts/segoeui.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
)


def stamp_text(ws: Workspace, row: Mapping[str, Any]) -> str:
    """ "02/07/2024 09:15 · UBND xã Chi Lăng · Hà Mạnh Cường": time taken, unit, team lead."""
    found = ws.db.execute(
        "SELECT u.name, i.team_id FROM inspections i JOIN units u ON u.id = i.unit_id"
        " WHERE i.id = ?",
        [row["inspection_id"]],
    ).fetchone()
    unit, team_id = (found[0], found[1]) if found else ("", None)
    leader = None
    if team_id:
        hit = ws.db.execute(
            "SELECT name FROM team_members WHERE team_id = ? AND role = 'truong_doan'"
            " AND deleted = 0 ORDER BY position LIMIT 1",
            [team_id],
        ).fetchone()
        leader = hit[0] if hit else None
    inspector = leader or ws.settings().user_name.strip()
    parts = [dmy_hm(row.get("taken_at")), unit, inspector]
    return " · ".join(p for p in parts if p)


def stamped_kind(text: str) -> str:
    return f"print-stamped-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}.jpg"


def stamped_copy(ws: Workspace, row: Mapping[str, Any]) -> Path:
    """The stamped print copy of a photo, made when first asked for."""
    text = stamp_text(ws, row)
    target = ws.media.derived_path(row["sha256"], stamped_kind(text))
    if not target.is_file():
        from cchc_desktop.photos.library import plain_print_path

        source = plain_print_path(ws, row["sha256"])
        write_atomic(target, burn(source.read_bytes(), text))
    return target


def burn(jpeg: bytes, text: str) -> bytes:
    """The JPEG with ``text`` on a dark band along its bottom edge."""
    from PIL import Image, ImageDraw

    with Image.open(io.BytesIO(jpeg)) as opened:
        image = opened.convert("RGB")
    width, height = image.size
    size = max(12, round(min(width, height) * 0.028))
    font = _font(size)
    draw = ImageDraw.Draw(image, "RGBA")
    left, top, _right, bottom = draw.textbbox((0, 0), text, font=font)
    pad = size // 2
    band = bottom - top + 2 * pad
    draw.rectangle((0, height - band, width, height), fill=(0, 0, 0, 150))
    draw.text((pad - left, height - band + pad - top), text, font=font, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=PRINT_QUALITY)
    return out.getvalue()


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    from cchc_desktop.paths import resource

    for candidate in _FONT_CANDIDATES:
        path = Path(candidate) if Path(candidate).is_absolute() else resource(candidate)
        if path.is_file():
            try:
                return ImageFont.truetype(str(path), size)
            except OSError:
                continue
    return ImageFont.load_default(size)
