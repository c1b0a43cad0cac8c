"""The words of the biên bản as a văn thư reads them (pdftotext, as a clerk copies the text), and
the Word draft that never carries a signature (docs/MINUTES_WORDING.md)."""

from __future__ import annotations

import re
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from cchc_desktop.documents.docx import STYLES
from cchc_desktop.minutes.docx_export import docx_bytes
from cchc_desktop.minutes.render import render
from cchc_desktop.minutes.snapshot import CriterionResult, FindingEntry, MinutesSnapshot
from tests import minutes_samples as samples


def text_of(pdf: bytes, tmp_path: Path) -> str:
    """The text pdftotext reads (poppler: what a văn thư copies), spaces folded, without the
    page numbers at the top of pages 2 and on."""
    source = tmp_path / "bb.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", str(source), "-"], capture_output=True, check=True, text=True
    ).stdout
    pages = out.split("\f")
    pages[1:] = [re.sub(r"^\s*\d+\s", "", page) for page in pages[1:]]
    return re.sub(r"\s+", " ", " ".join(pages))


def pages_of(pdf: bytes, tmp_path: Path) -> list[str]:
    source = tmp_path / "pages.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(source), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


def no_images(_sha: str) -> bytes | None:
    return None


# Seven criteria in one area, so counts run past a date's "03/07".
CRITERIA = tuple(
    CriterionResult(f"A{n}", "A", "Chỉ đạo, điều hành", f"Tiêu chí thứ {n} của lĩnh vực", r, lbl, note)
    for n, (r, lbl, note) in enumerate(
        [
            ("dat", "Đạt", ""),
            ("dat", "Đạt", ""),
            ("dat", "Đạt", ""),
            ("khong_dat", "Không đạt", "Chưa ban hành kế hoạch"),
            ("dat_mot_phan", "Đạt một phần", "Ban hành chậm"),
            ("khong_ap_dung", "Không áp dụng", "Không có đơn vị trực thuộc"),
            ("dat", "Đạt", ""),
        ],
        start=1,
    )
)  # fmt: skip


@pytest.fixture
def final_text(tmp_path: Path) -> str:
    snap = samples.snapshot(
        criteria=CRITERIA,
        findings=(
            FindingEntry("kien_nghi", "Tăng cường lãnh đạo, chỉ đạo", None, "UBND huyện",
                         "2024-09-30"),
            FindingEntry("kien_nghi", "Phối hợp với lực lượng công an", None,
                         "UBND huyện; Công an huyện", "2024-12-31"),
            FindingEntry("kien_nghi", "Bổ sung ghế chờ", None, "UBND huyện", "2024-10-31"),
        ),
    )  # fmt: skip
    return text_of(render(snap, no_images).pdf, tmp_path)


def test_hours_are_always_printed(final_text: str) -> None:
    assert "Thời gian bắt đầu: 08 giờ 00 phút, ngày 04 tháng 7 năm 2024." in final_text
    assert "kết thúc vào 11 giờ 30 phút, ngày 04 tháng 7 năm 2024." in final_text
    assert "cùng ngày" not in final_text


def test_counts_have_no_date_like_zeros(final_text: str) -> None:
    assert "Kết quả: 4/7 tiêu chí đạt, 1 tiêu chí đạt một phần, 1 tiêu chí không đạt, " \
        "1 tiêu chí không áp dụng." in final_text  # fmt: skip
    assert not re.search(r"\b0\d/0\d\b", final_text)  # no "03/07" anywhere
    assert "theo 7 tiêu chí" in final_text


def test_nothing_is_printed_that_was_not_recorded(tmp_path: Path) -> None:
    bare = samples.snapshot(findings=(), conclusion="", place="")
    text = text_of(render(bare, no_images).pdf, tmp_path)
    for invented in ("(chưa ghi)", "không có ý kiến khác", "Không ghi nhận", "Chưa ghi nhận",
                     "không có kiến nghị", "kiểm tra thực tế", "ĐÁNH GIÁ CHUNG", "KIẾN NGHỊ",
                     "Địa điểm"):  # fmt: skip
        assert invented not in text, invented
    # What was recorded is there, and the sections are numbered as printed.
    assert "II. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA Thống nhất với kết quả kiểm tra." in text


def test_criteria_are_named_never_listed_as_bare_codes(final_text: str) -> None:
    assert not re.search(r"\b[A-L]\d{1,2}, [A-L]\d{1,2}\b", final_text)
    assert "(chi tiết tại Mục I)" not in final_text
    assert "- A4. Tiêu chí thứ 4 của lĩnh vực: không đạt. Chưa ban hành kế hoạch" in final_text


def test_each_recommendation_is_addressed_to_its_responsible_party(final_text: str) -> None:
    assert "Đề nghị Xã Khánh Xuân" not in final_text and "Đề nghị xã" not in final_text
    assert (
        "Đoàn kiểm tra đề nghị: 1. Đối với UBND huyện: - Tăng cường lãnh đạo, chỉ đạo (thời hạn "
        "hoàn thành: ngày 30 tháng 9 năm 2024); - Bổ sung ghế chờ (thời hạn hoàn thành: ngày 31 "
        "tháng 10 năm 2024). 2. Đối với UBND huyện và Công an huyện: - Phối hợp với lực lượng "
        "công an (thời hạn hoàn thành: ngày 31 tháng 12 năm 2024)."
    ) in final_text


def test_recipients_come_from_the_plans_issuer_and_the_unit(final_text: str) -> None:
    assert (
        "Nơi nhận: - UBND xã Khánh Xuân (để thực hiện); - Ban Chỉ đạo CCHC tỉnh Lạng Sơn "
        "(để b/c); - Lưu: VT, Hồ sơ đoàn."
    ) in final_text
    assert "Đoàn kiểm tra (để b/c)" not in final_text  # never reports to its own issuer


def test_header_lines_break_between_word_groups(tmp_path: Path) -> None:
    first = pages_of(render(samples.snapshot(), no_images).pdf, tmp_path)[0]
    lines = [line.strip().split("   ")[0] for line in first.splitlines() if line.strip()][:4]
    assert lines == ["BAN CHỈ ĐẠO", "CẢI CÁCH HÀNH CHÍNH", "TỈNH LẠNG SƠN", "ĐOÀN KIỂM TRA"]


def test_a_draft_says_so_on_every_page_and_leaves_blanks(tmp_path: Path) -> None:
    draft = samples.snapshot(draft=True, doc_number="…/BB-ĐKT", start_time="", end_time="",
                             unit_opinion="", photos=samples.photos(tmp_path, 2))  # fmt: skip
    pdf = render(draft, no_images).pdf
    pages = pages_of(pdf, tmp_path)
    assert len(pages) >= 3 and all("DỰ THẢO" in page for page in pages)
    text = text_of(pdf, tmp_path)
    assert "Số: …/BB-ĐKT" in text
    assert "Thời gian bắt đầu: … giờ … phút, ngày 04 tháng 7 năm 2024." in text
    assert "kết thúc vào … giờ … phút" in text
    final = text_of(render(samples.snapshot(), no_images).pdf, tmp_path)
    assert "DỰ THẢO" not in final and "…" not in final


def _docx_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


def test_the_word_draft_never_carries_a_signature(tmp_path: Path) -> None:
    import docx

    png = samples.signature_png()
    signed_looking = samples.snapshot(
        signers=tuple(s.__class__(s.role, s.name, s.title, "a" * 64) for s in samples.snapshot().signers),
        photos=samples.photos(tmp_path, 2),
    )  # fmt: skip
    assert all(s.image_sha256 for s in signed_looking.signers)
    data = docx_bytes(signed_looking)
    parts = _docx_parts(data)
    assert not [name for name in parts if name.startswith("word/media/")]  # no picture at all
    assert png  # (the images the snapshot names are never even asked for)
    headers = [text for name, text in parts.items() if re.match(r"word/header\d+\.xml", name)]
    assert len(headers) == 2 and all("DỰ THẢO" in text for text in headers)  # every page
    document = docx.Document(BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Số: …/BB-ĐKT" in "\n".join(
        p.text for t in document.tables for c in t._cells for p in c.paragraphs
    )
    assert "ky_so_" not in parts["word/document.xml"]  # no signature field or stamp
    assert "xem trong bản PDF" in body  # the photos are named, the pictures are in the PDF
    used = {p.style.name for p in document.paragraphs if p.text.strip()}
    for needed in ("Heading 1", "Heading 2", "Body Text", "Nơi nhận", "Nơi nhận - danh sách"):
        assert needed in used, needed
    assert used <= {name for name, *_rest in STYLES.values()}  # every paragraph is named
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Times New Roman" and str(heading.font.color.rgb) == "000000"


def test_a_snapshot_says_what_kind_of_copy_it_is() -> None:
    snap = samples.snapshot(paper=True)
    assert MinutesSnapshot.from_json(snap.to_json()).paper
    assert not MinutesSnapshot.from_json(samples.snapshot().to_json()).draft
