"""What a print job sends: the order of sides (copies, collate, duplex blank backs) and the
bands of ink of a rendered page (white paper never sent, content never cut)."""

from __future__ import annotations

import itertools

import pytest
from PIL import Image, ImageDraw

from cchc_desktop.minutes.pages import Bitmap, PdfPages
from cchc_desktop.minutes.print_bands import CELL, content_bands
from cchc_desktop.minutes.print_order import sides
from cchc_desktop.minutes.render import render
from tests import minutes_samples as samples


def order(counts: list[int], copies: int, collate: bool, duplex: bool) -> list[str]:
    return [
        "blank" if s.blank else f"d{s.document}p{s.page + 1}c{s.copy + 1}"
        for s in sides(counts, copies, collate, duplex)
    ]


def test_documents_in_order_each_with_its_copies() -> None:
    assert order([2, 1], 1, True, False) == ["d0p1c1", "d0p2c1", "d1p1c1"]
    assert order([2], 2, True, False) == ["d0p1c1", "d0p2c1", "d0p1c2", "d0p2c2"]
    assert order([2], 2, False, False) == ["d0p1c1", "d0p1c2", "d0p2c1", "d0p2c2"]


def test_duplex_gives_an_odd_document_a_blank_back_and_collates() -> None:
    assert order([3, 2], 1, True, True) == [
        "d0p1c1", "d0p2c1", "d0p3c1", "blank", "d1p1c1", "d1p2c1",
    ]  # fmt: skip
    # Copies of a three-page biên bản on both sides: two whole sets, each on its own sheets.
    assert order([3], 2, False, True) == [
        "d0p1c1", "d0p2c1", "d0p3c1", "blank", "d0p1c2", "d0p2c2", "d0p3c2", "blank",
    ]  # fmt: skip


def bitmap_of(image: Image.Image) -> Bitmap:
    data = image.convert("RGB").tobytes("raw", "BGRX")
    return Bitmap(image.width, image.height, image.width * 4, data)


def test_bands_cover_every_ink_pixel_and_skip_white_paper() -> None:
    page = Image.new("RGB", (800, 1000), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 100, 700, 140), fill="black")  # a line of text
    draw.point((400, 400), fill=(120, 120, 120))  # one grey dot
    draw.rectangle((50, 600, 750, 990), fill=(30, 90, 160))  # a photo, taller than a band
    bands = content_bands(bitmap_of(page), max_pixels=100_000)
    inked = {
        (x, y)
        for x in range(0, 800, 5)
        for y in range(0, 1000, 5)
        if page.getpixel((x, y)) != (255, 255, 255)
    } | {(400, 400)}
    for x, y in inked:
        assert any(b.left <= x < b.right and b.top <= y < b.bottom for b in bands), (x, y)
    # White paper between them is not sent; every band stays within the budget.
    assert not any(b.top <= 250 < b.bottom for b in bands)
    assert all(b.width * b.height <= 100_000 + b.width for b in bands)
    assert all(b.top % CELL in (0, CELL - 1) for b in bands)
    # The photo is cut into pieces that overlap by a row: no seam.
    photo = [b for b in bands if b.top >= 592]
    assert len(photo) > 1
    assert all(after.top == before.bottom - 1 for before, after in itertools.pairwise(photo))
    assert content_bands(bitmap_of(Image.new("RGB", (300, 300), "white"))) == []


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_minutes_page_is_mostly_white_paper(dpi: int) -> None:
    pages = PdfPages(render(samples.snapshot(), lambda _sha: None).pdf)
    try:
        bitmap = pages.render(0, dpi)
    finally:
        pages.close()
    sent = sum(b.width * b.height for b in content_bands(bitmap))
    assert 0 < sent < 0.7 * bitmap.width * bitmap.height
