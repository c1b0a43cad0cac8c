"""Where the minutes find the photos marked for the appendix: the ONE lookup of the photos table.

The photos module is built beside this one; when both meet, ``print_copy_path`` below can be
swapped for the photos module's own function without touching anything else here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.snapshot import PhotoEntry

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def print_copy_path(ws: Workspace, sha256: str, *, stamped: bool) -> Path:
    """The stored print copy (JPEG) of a photo: made once at import by the photos module."""
    return ws.media.derived_path(sha256, "print-stamped.jpg" if stamped else "print.jpg")


def gps_text(lat: float | None, lon: float | None) -> str:
    """Coordinates as a Vietnamese reader writes them: decimal comma, B/N and Đ/T."""
    if lat is None or lon is None:
        return ""
    north = "B" if lat >= 0 else "N"
    east = "Đ" if lon >= 0 else "T"
    return f"{abs(lat):.5f}° {north}, {abs(lon):.5f}° {east}".replace(".", ",")


def photo_entries(ws: Workspace, inspection_id: str) -> list[PhotoEntry]:
    """The inspection's photos marked for the minutes, in their order; none if photos are absent."""
    has_table = ws.db.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photos'"
    ).fetchone()
    if not has_table:
        return []
    rows = ws.db.conn.execute(
        "SELECT sha256, caption, taken_at, gps_lat, gps_lon, criterion_code, stamp"
        " FROM photos WHERE inspection_id = ? AND deleted = 0 AND include_in_minutes = 1"
        " ORDER BY position, taken_at, sha256",
        [inspection_id],
    ).fetchall()
    entries = []
    for sha, caption, taken_at, lat, lon, criterion, stamp in rows:
        path = print_copy_path(ws, sha, stamped=bool(stamp))
        if not path.is_file():
            raise UserError(
                f"Thiếu bản in của ảnh {sha[:12]} ({caption or 'không chú thích'}). "
                "Hãy chạy «cchc check» để dựng lại bản in rồi lập biên bản lại.",
                f"The print copy of photo {sha[:12]} is missing. Run 'cchc check' to rebuild "
                "print copies, then make the minutes again.",
            )
        width, height = jpeg_size(path)
        entries.append(
            PhotoEntry(
                sha256=sha,
                path=str(path),
                width=width,
                height=height,
                caption=caption or "",
                taken_at=taken_at,
                place=gps_text(lat, lon),
                criterion_code=criterion,
            )
        )
    return entries


def jpeg_size(path: Path) -> tuple[int, int]:
    """Pixel size of a JPEG read from its header (the image itself is not decoded)."""
    from PIL import Image

    with Image.open(path) as image:
        return image.size
