"""`cchc report -o FILE.pdf`: the consolidated report as an ND 30 document, read back."""

from __future__ import annotations

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
    ):
        assert expected in text, expected
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
