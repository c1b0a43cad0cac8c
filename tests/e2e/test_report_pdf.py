"""`cchc report -o FILE.pdf`: the consolidated report as an ND 30 document, read back."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def _text(path: Path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_report_pdf_of_the_2024_plan(cli: Any, tmp_path: Path) -> None:
    cli("init")
    cli("demo")
    target = tmp_path / "bao-cao.pdf"
    done = cli("report", "--plan", "80/KH-BCĐCCHC", "-o", str(target))
    assert done.code == 0, done.err
    reader = PdfReader(BytesIO(target.read_bytes()))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4
    text = _text(target)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Kết quả kiểm tra công tác cải cách hành chính năm 2024",
        "I. TỔ CHỨC THỰC HIỆN",
        "II. KẾT QUẢ KIỂM TRA",
        "III. ĐÁNH GIÁ CHUNG",
        "IV. KIẾN NGHỊ, ĐỀ XUẤT",
        "Xã Đồng Bục",
        "Bộ phận Một cửa UBND huyện Bình Gia",
        "Hoàng Anh Tuấn",
        "Đề án 06",
        "Lưu: VT",
        "UBND TỈNH LẠNG SƠN",
        # Broken only between word groups (docs/MINUTES_WORDING.md), as the biên bản's header.
        "BAN CHỈ ĐẠO\nCẢI CÁCH HÀNH CHÍNH\n TỈNH LẠNG SƠN",
        "/BC-BCĐCCHC",
    ):
        assert expected in text, expected
    # One line per team, leaders in Vietnamese order (Hà, Hoàng, Hồ); each team's units in the
    # order they were visited, written as inside a sentence.
    words = " ".join(text.split())
    teams = [
        "Đoàn do đồng chí Hà Mạnh Cường, Phó Giám đốc Sở Kế hoạch và Đầu tư làm Trưởng đoàn tại "
        "Bộ phận Một cửa UBND huyện Hữu Lũng, xã Đồng Tân, xã Hồ Sơn;",
        "Đoàn do đồng chí Hoàng Anh Tuấn, Phó Giám đốc Sở Nội vụ làm Trưởng đoàn tại "
        "Bộ phận Một cửa UBND huyện Bình Gia, xã Hoàng Văn Thụ, xã Mông Ân;",
        "Đoàn do đồng chí Hồ Tiến Thiệu,",
    ]
    at = [words.find(team) for team in teams]
    assert -1 not in at and at == sorted(at), at
    # Counts without a date's zeros, a zero part left out; criteria named, not bare codes.
    assert "tại 00 đơn vị" not in words and not re.search(r"tại 0\d đơn vị", words)
    assert "Tiêu chí E3 (Tỷ lệ thanh toán trực tuyến phí, lệ phí): không đạt tại 12 đơn vị" in words
    assert re.search(r"nhiều đơn vị nhất là tiêu chí [A-L]\d+ \(", words)
    embedded: set[str] = set()
    missing: set[str] = set()
    for page in reader.pages:
        with_program, without = page._get_fonts()
        embedded |= with_program
        missing |= without
    assert embedded and not missing  # every font embedded
    # Built like the minutes (binary streams), whatever ran before it in the process.
    assert b"/ASCII85Decode" not in target.read_bytes()


def test_report_of_every_inspection(cli: Any, tmp_path: Path) -> None:
    cli("init")
    cli("demo")
    target = tmp_path / "tat-ca.pdf"
    assert cli("report", "-o", str(target)).code == 0
    text = _text(target)
    assert "Trung tâm Phục vụ hành chính công xã Lộc Bình" in text
    assert "Xã Mai Sao" in text


def _box(pdf: bytes, page: int, text: str) -> tuple[float, float, float, float]:
    """Where ``text`` starts on the page: its first letter's (left, bottom, right, top)."""
    import pypdfium2 as pdfium

    textpage = pdfium.PdfDocument(pdf)[page].get_textpage()
    found = textpage.search(text).get_next()
    assert found is not None, text
    box: tuple[float, float, float, float] = textpage.get_charbox(found[0])
    return box


def test_the_report_reads_as_an_nd30_document(cli: Any, tmp_path: Path) -> None:
    from tests.unit.test_minutes_document import page_texts

    cli("init")
    cli("demo")
    target = tmp_path / "bao-cao.pdf"
    assert cli("report", "--plan", "80/KH-BCĐCCHC", "-o", str(target)).code == 0
    pdf = target.read_bytes()
    pages = page_texts(pdf)
    text = " ".join(pages)
    # Dates in the prose as ND 30 writes them; the units each team visited, in order.
    assert "Kế hoạch số 80/KH-BCĐCCHC ngày 29 tháng 5 năm 2024" in text
    assert "từ ngày 01 tháng 7 năm 2024 đến ngày 04 tháng 7 năm 2024" in text
    assert "Bộ phận Một cửa UBND huyện Hữu Lũng, xã Đồng Tân, xã Hồ Sơn;" in text
    assert "thời hạn: ngày 31 tháng 12 năm 2024; chưa thực hiện, quá hạn)" in text
    # Every list ends with a full stop; Nơi nhận lists "- …;" and ends with the archive.
    assert "xã Khánh Xuân. II. KẾT QUẢ KIỂM TRA" in text
    assert (
        "- UBND tỉnh Lạng Sơn (để b/c); - Các đơn vị được kiểm tra; - Lưu: VT, Hồ sơ đoàn." in text
    )
    # One signer: the block follows the text on its page, beside Nơi nhận (ND 30 ô 9b),
    # never alone on a page of its own. With no signer in the settings, the post usual for the
    # plan's issuer (a Ban Chỉ đạo: a deputy signs for its head).
    (last,) = [n for n, page in enumerate(pages) if "PHÓ TRƯỞNG BAN" in page]
    assert "chưa thực hiện, quá hạn). Nơi nhận:" in pages[last]
    recipients, signer = _box(pdf, last, "Nơi nhận:"), _box(pdf, last, "KT. TRƯỞNG BAN")
    assert abs(recipients[3] - signer[3]) < 3  # level
    assert recipients[0] < 90  # at the left margin
    assert signer[0] > 300  # the signer on the right
    # The annex: one figure per cell, none broken over two lines; its "Kèm theo" line.
    annex = pages[-1]
    assert "KẾT QUẢ THEO ĐƠN VỊ VÀ LĨNH VỰC" in annex and "(Kèm theo Báo cáo số" in annex
    assert "/BC-BCĐCCHC ngày" in annex
    assert not re.search(r"\d+/ \d|\d /\d", annex), annex  # "16/ 24", "16 /24"
