"""Signature images (scan and pad) and the Word draft, read back."""

from __future__ import annotations

import dataclasses
from io import BytesIO
from pathlib import Path

import docx
import pytest
from docx.shared import Mm
from PIL import Image, ImageDraw

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.docx_export import docx_bytes
from cchc_desktop.minutes.signature_image import INK, prepare
from tests import minutes_samples as samples


def pixels(image: Image.Image) -> list[tuple[int, ...]]:
    data = image.convert("RGBA").tobytes()
    return [tuple(data[i : i + 4]) for i in range(0, len(data), 4)]


def _scan() -> bytes:
    """A signature in black ballpoint on slightly grey paper, as a scanner gives it (JPEG)."""
    image = Image.new("RGB", (1200, 600), (236, 234, 228))
    draw = ImageDraw.Draw(image)
    draw.line(
        [(200, 350), (400, 200), (600, 380), (800, 220), (1000, 330)], fill=(25, 25, 30), width=9
    )
    out = BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def test_a_scanned_signature_becomes_blue_ink_on_transparency() -> None:
    result = Image.open(BytesIO(prepare(_scan())))
    assert result.format == "PNG" and result.mode == "RGBA"
    assert result.width < 1000 and result.height < 300  # cropped to the strokes
    alpha = result.getchannel("A")
    corner = result.getpixel((0, 0))
    assert corner[3] == 0  # paper is gone
    opaque = [p for p in pixels(result) if p[3] == 255]
    assert opaque and all(p[:3] == INK for p in opaque)
    assert alpha.getextrema() == (0, 255)


def test_a_pad_png_keeps_its_ink_and_is_cropped() -> None:
    png = samples.signature_png(color=(10, 40, 160))
    result = Image.open(BytesIO(prepare(png)))
    assert result.mode == "RGBA"
    assert result.width < 600
    assert any(p[:3] == (10, 40, 160) and p[3] == 255 for p in pixels(result))


def test_an_empty_or_unreadable_image_is_refused() -> None:
    blank = BytesIO()
    Image.new("RGB", (400, 200), "white").save(blank, format="PNG")
    with pytest.raises(UserError, match="trống"):
        prepare(blank.getvalue())
    with pytest.raises(UserError, match="Không đọc được ảnh"):
        prepare(b"not an image")


def test_the_word_draft_has_the_same_sections_and_page_setup(tmp_path: Path) -> None:
    base = samples.snapshot(photos=samples.photos(tmp_path, 2))
    signers = tuple(dataclasses.replace(s, image_sha256="a" * 64) for s in base.signers)
    snap = base.replace(signers=signers)
    document = docx.Document(BytesIO(docx_bytes(snap)))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert abs(section.left_margin - Mm(30)) < Mm(1) and abs(section.right_margin - Mm(15)) < Mm(1)
    assert document.styles["Normal"].font.name == "Times New Roman"
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    everything = text + "\n" + cells
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: …/BB-ĐKT",  # a Word copy is a draft: the number is the văn thư's to write
        "BIÊN BẢN",
        "ngày 04 tháng 7 năm 2024",
        "TRƯỞNG ĐOÀN KIỂM TRA",
        "Lương Văn Hùng",
        "PHỤ LỤC HÌNH ẢNH",
        "Nơi nhận:",
        "- UBND xã Khánh Xuân (để thực hiện);",
        "- Lưu: VT, Hồ sơ đoàn.",
    ):
        assert expected in everything, expected
    for finding in snap.findings:
        assert finding.text.rstrip(".") in everything
    # No picture at all: neither the handwritten signatures nor the photos (the PDF has them).
    from docx.oxml.ns import qn

    pictures = document.element.body.findall(".//" + qn("pic:pic"))
    assert pictures == []
    assert section.different_first_page_header_footer
    # A body's long name breaks where the PDF breaks it.
    other = snap.replace(parent_body="", issuer="Ủy ban nhân dân tỉnh Lạng Sơn")
    header = docx.Document(BytesIO(docx_bytes(other))).tables[0]
    assert "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN" in header.rows[0].cells[0].text
