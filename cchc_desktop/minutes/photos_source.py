"""Where the minutes find the photos marked for the appendix (through the photos module)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cchc_desktop.documents.blocks import PhotoEntry
from cchc_desktop.errors import UserError

if TYPE_CHECKING:
    from cchc_desktop.store.workspace import Workspace


def gps_text(lat: float | None, lon: float | None) -> str:
    """Coordinates as a Vietnamese reader writes them: decimal comma, B/N and Đ/T."""
    if lat is None or lon is None:
        return ""
    north = "B" if lat >= 0 else "N"
    east = "Đ" if lon >= 0 else "T"
    return f"{abs(lat):.5f}° {north}, {abs(lon):.5f}° {east}".replace(".", ",")


def photo_entries(ws: Workspace, inspection_id: str) -> list[PhotoEntry]:
    """The inspection's photos marked for the minutes, in the gallery's order.

    Their print copies are the photos module's (remade on the spot if a package arrived
    without them); the minutes embed those JPEG bytes as they are.
    """
    from cchc_desktop.photos.library import photos_of, print_copy_path

    entries = []
    for row in photos_of(ws, inspection_id, only_minutes=True):
        path = print_copy_path(ws, row)
        if not path.is_file():
            raise UserError(
                f"Thiếu bản in của ảnh {row['filename']} và không dựng lại được vì thiếu ảnh gốc. "
                "Hãy nhập lại ảnh hoặc bỏ chọn «đưa vào biên bản» cho ảnh này.",
                f"The print copy of photo {row['filename']} is missing and its original too. "
                "Import the photo again or leave it out of the minutes.",
            )
        width, height = jpeg_size(path)
        entries.append(
            PhotoEntry(
                sha256=row["sha256"],
                path=str(path),
                width=width,
                height=height,
                caption=row["caption"] or "",
                taken_at=row["taken_at"],
                place=gps_text(row["gps_lat"], row["gps_lon"]),
                criterion_code=row["criterion_code"],
            )
        )
    return entries


def jpeg_size(path: Path) -> tuple[int, int]:
    """Pixel size of a JPEG read from its header (the image itself is not decoded)."""
    from PIL import Image

    with Image.open(path) as image:
        return image.size
