"""Where a rendered page has ink: the horizontal bands a print job sends, white paper skipped.

A printer (or Qt's PDF printer, which is how printing works on Linux) compresses every image
it is given. Sending a page as a few bands of ink rather than one picture of a whole sheet
does less work — the margins and the white between paragraphs are never encoded — and keeps
each call into Qt short: Qt holds Python's lock while it encodes an image, and a short call
lets the window's thread run in between (the goal: no stall over 100 ms).

Bands are cut where the paper is white, so a seam can never show; content taller than a band
may hold (a photo) is cut into pieces that overlap by one row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cchc_desktop.minutes.pages import Bitmap

# A CELL×CELL square of the page whose average grey is at or above this is paper: one black
# pixel among its 64 brings the average down to 251, a stroke of text far lower.
PAPER = 254
# The grid the search works on (pixels): a band starts and ends on it.
CELL = 8
# White this tall (in cells) between two stretches of ink does not start a new band: a gap
# of one cell costs Qt less to encode than a band of its own (measured: bench_print.py).
JOIN_GAP = 1
# A band holds at most this many pixels: about 10 ms of Qt's JPEG encoding on a laptop.
MAX_PIXELS = 250_000


@dataclass(frozen=True)
class Band:
    """A rectangle of the page's pixels to send, right and bottom edges exclusive."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top


def ink_rows(bitmap: Bitmap) -> list[tuple[int, int] | None]:
    """For each row of CELL×CELL cells, the first and last column of cells holding ink (None
    for a white row)."""
    # PDFium's BGRX read as RGBX: no copy, and for telling paper from ink the order of the
    # colours does not matter. Averaged to cells first, then made grey: 64 times fewer
    # pixels to convert, and grey is linear in the colours, so the cells' greys are the same.
    page = bitmap.image("RGBX")
    lut = [255 if level < PAPER else 0 for level in range(256)]
    cells = page.reduce(CELL).convert("L").point(lut)
    width = cells.width
    data = cells.tobytes()
    rows: list[tuple[int, int] | None] = []
    for start in range(0, len(data), width):
        row = data[start : start + width]
        left = width - len(row.lstrip(b"\x00"))
        if left == width:
            rows.append(None)
        else:
            rows.append((left, len(row.rstrip(b"\x00")) - 1))
    return rows


def content_bands(bitmap: Bitmap, max_pixels: int = MAX_PIXELS) -> list[Band]:
    """The bands of ``bitmap`` that hold ink, top to bottom; empty for a blank page."""
    rows = ink_rows(bitmap)
    runs: list[list[int]] = []  # [first row, last row, first column, last column] in cells
    gap = JOIN_GAP + 1
    for index, extent in enumerate(rows):
        if extent is None:
            gap += 1
            continue
        if runs and gap <= JOIN_GAP:
            run = runs[-1]
            run[1] = index
            run[2], run[3] = min(run[2], extent[0]), max(run[3], extent[1])
        else:
            runs.append([index, index, extent[0], extent[1]])
        gap = 0
    bands: list[Band] = []
    for first, last, left, right in runs:
        x0 = max(0, left * CELL - 1)
        x1 = min(bitmap.width, (right + 1) * CELL + 1)
        y0, y1 = first * CELL, min(bitmap.height, (last + 1) * CELL)
        tallest = max(CELL, max_pixels // max(1, x1 - x0) // CELL * CELL)
        top = y0
        while top < y1:
            bottom = min(y1, top + tallest)
            # Pieces of one stretch of ink overlap by a row: no hairline between them.
            bands.append(Band(x0, max(y0, top - 1) if top > y0 else top, x1, bottom))
            top = bottom
    return bands
