"""The paper path in a real data folder: issue for paper, then the scanned signed copy (a real
PDF, or real page photos turned upright) becomes the official one, once."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from cchc_desktop.errors import UserError
from cchc_desktop.minutes import register
from cchc_desktop.minutes.issue import issue_minutes
from cchc_desktop.minutes.paper import attach_signed, recognise, status_label
from cchc_desktop.minutes.signing import P12Signer
from cchc_desktop.store import records
from cchc_desktop.store.signers import set_signer
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.e2e.test_cli_work import dump
from tests.photo_factory import make_photo
from tests.pki import PASSWORD, standard


@pytest.fixture
def issued(demo_ws: Workspace, tmp_path: Path) -> dict[str, str]:
    inspection = samples.demo_inspection(demo_ws, "Xã Khánh Xuân")
    made = issue_minutes(demo_ws, inspection, paper=True, output=tmp_path / "in-ra.pdf")
    return {"inspection": inspection, "id": made.record["id"]}


def scanner_pdf(path: Path, pages: int) -> Path:
    """A PDF as a scanner writes it: page images, made here with ReportLab."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=(595, 842))
    for page in range(pages):
        canvas.drawString(72, 760, f"Trang quét {page + 1}")
        canvas.showPage()
    canvas.save()
    return path


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(page.get_size()) for page in document]  # type: ignore[misc]
    finally:
        document.close()


def test_a_scanned_pdf_is_recorded_byte_for_byte_as_the_official_copy(
    demo_ws: Workspace, issued: dict[str, str], tmp_path: Path
) -> None:
    record = register.get(demo_ws, issued["id"])
    assert status_label(record) == "đã phát hành để ký giấy, chờ bản quét"
    scan = scanner_pdf(tmp_path / "ban-quet.pdf", 4)
    attached = attach_signed(demo_ws, issued["inspection"], [scan])
    stored = attached.record
    assert stored["scan_sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert demo_ws.media.read(stored["scan_sha256"]) == scan.read_bytes()
    assert attached.pages == stored["scan_pages"] == 4 and stored["scanned_at"]
    assert attached.outbox.read_bytes() == scan.read_bytes()
    assert attached.outbox.name.endswith("-ban-giay.pdf")
    assert status_label(stored) == "bản giấy đã ký (bản quét)"
    found = recognise(demo_ws, scan.read_bytes())
    assert found is not None and found.record["id"] == issued["id"]
    assert "bản giấy đã ký (bản quét)" in found.lines()[0] and "01/BB-ĐKT" in found.lines()[0]
    assert recognise(demo_ws, b"%PDF-1.4 another file") is None
    # The content stays locked: a change needs a biên bản bổ sung.
    with pytest.raises(UserError, match="biên bản bổ sung"):
        from cchc_desktop.store.answers import set_answer

        set_answer(demo_ws, issued["inspection"], "A1", "khong_dat", note="sửa sau")


def test_photos_of_the_pages_become_one_upright_pdf(
    demo_ws: Workspace, issued: dict[str, str], tmp_path: Path
) -> None:
    portrait = make_photo(tmp_path / "trang-1.jpg", (600, 800))
    # The phone held sideways: stored 800×600 with EXIF orientation 6, a portrait page.
    sideways = make_photo(tmp_path / "trang-2.jpg", (600, 800), orientation=6)
    png = make_photo(tmp_path / "trang-3.png", (1000, 700), fmt="PNG")
    attached = attach_signed(demo_ws, issued["inspection"], [portrait, sideways, png])
    pdf = demo_ws.media.read(attached.record["scan_sha256"])
    sizes = page_sizes(pdf)
    assert attached.pages == len(sizes) == 3
    assert sizes[0][1] > sizes[0][0] and sizes[1][1] > sizes[1][0]  # both pages upright
    assert sizes[2][0] > sizes[2][1]  # a landscape photo on a landscape page


def test_a_second_scan_or_a_bad_file_changes_nothing(
    demo_ws: Workspace, issued: dict[str, str], tmp_path: Path
) -> None:
    not_pdf = tmp_path / "bien-ban.pdf"
    not_pdf.write_bytes(b"%PDF-1.7\nnot really a pdf at all")
    text = tmp_path / "ghi-chu.jpg"
    text.write_text("không phải ảnh", encoding="utf-8")
    before = dump(demo_ws.folder.root)
    for bad, reason in ((not_pdf, "PDF hỏng"), (text, "không phải ảnh")):
        with pytest.raises(UserError, match=reason) as refused:
            attach_signed(demo_ws, issued["inspection"], [scanner_pdf(tmp_path / "ok.pdf", 1), bad])
        assert str(bad) in str(refused.value)  # the file is named
    assert dump(demo_ws.folder.root) == before
    attach_signed(demo_ws, issued["inspection"], [scanner_pdf(tmp_path / "scan.pdf", 2)])
    after = dump(demo_ws.folder.root)
    with pytest.raises(UserError, match="không thay được"):
        attach_signed(demo_ws, issued["inspection"], [scanner_pdf(tmp_path / "khac.pdf", 3)])
    assert dump(demo_ws.folder.root) == after
    # Not even directly: the database keeps the scan recorded.
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        records.update(demo_ws, "minutes", issued["id"], {"scan_sha256": None})


def test_only_minutes_issued_for_paper_take_a_scan(demo_ws: Workspace, tmp_path: Path) -> None:
    inspection = samples.demo_inspection(demo_ws, "Xã Khánh Xuân")
    scan = scanner_pdf(tmp_path / "scan.pdf", 1)
    with pytest.raises(UserError, match="chưa có biên bản phát hành để ký giấy"):
        attach_signed(demo_ws, inspection, [scan])
    signer = P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)
    # The lead printed is the certificate's holder (the demo names another).
    set_signer(demo_ws, inspection, role="truong_doan", name="Nguyễn Văn An", title="Phó Giám đốc")
    issue_minutes(demo_ws, inspection, signer=signer)
    with pytest.raises(UserError, match="chưa có biên bản phát hành để ký giấy"):
        attach_signed(demo_ws, inspection, [scan])


def test_a_received_paper_issue_is_named_not_verified(
    demo_ws: Workspace, issued: dict[str, str], tmp_path: Path
) -> None:
    """The Trao đổi page's report of received minutes: a biên bản issued for paper has no
    digital signature to check, so its state is said (before and after its scan)."""
    from cchc_desktop.minutes.received import received_minutes_report

    assert received_minutes_report(demo_ws, [register.get(demo_ws, issued["id"])]) == [
        "Biên bản số 01/BB-ĐKT nhận được:",
        "  đã phát hành để ký giấy, chờ bản quét",
    ]
    attach_signed(demo_ws, issued["inspection"], [scanner_pdf(tmp_path / "scan.pdf", 2)])
    report = received_minutes_report(demo_ws, [register.get(demo_ws, issued["id"])])
    assert report[1:] == ["  bản giấy đã ký (bản quét)"]
