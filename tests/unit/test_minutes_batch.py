"""Many biên bản at once: which print and in what order, and "Xuất gộp PDF" — one combined
copy, every page stamped BẢN SAO, the signature stamps drawn in, the signed originals untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.batch import batch_items, read_documents, signed_only
from cchc_desktop.minutes.copies import COPY_MARK, write_combined_copy
from cchc_desktop.minutes.issue import issue_minutes
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.unit.test_minutes_document import page_texts
from tests.unit.test_minutes_register import lead, lead_named

PLAN = "80/KH-BCĐCCHC"


@pytest.fixture
def three_made(demo_ws: Workspace) -> Workspace:
    """The plan's first three inspections have an issued biên bản: the first and the third
    for signing on paper (the scans not back yet), the second signed digitally."""
    items = batch_items(demo_ws, plan=PLAN)
    for item in items[:3]:
        samples.make_ready(demo_ws, item.inspection_id)
    issue_minutes(demo_ws, items[0].inspection_id, paper=True)
    issue_minutes(demo_ws, lead_named(demo_ws, items[1].inspection_id), signer=lead())
    issue_minutes(demo_ws, items[2].inspection_id, paper=True)
    return demo_ws


def test_items_in_print_order_with_their_state(three_made: Workspace) -> None:
    items = batch_items(three_made, plan=PLAN)
    assert len(items) == 12
    assert [i.date for i in items] == sorted(i.date for i in items)
    assert [i.state for i in items[:4]] == [
        "Chờ ký giấy",
        "Đã ký số",
        "Chờ ký giấy",
        "Chưa phát hành",
    ]
    assert items[0].title == (
        "Biên bản số 01/BB-ĐKT – Bộ phận Một cửa UBND huyện Bình Gia (01/07/2024)"
    )
    assert [i.unit_name for i in signed_only(items)] == ["Xã Hoàng Văn Thụ"]
    chosen = batch_items(three_made, inspections=[items[2].inspection_id, items[0].inspection_id])
    assert [i.inspection_id for i in chosen] == [items[0].inspection_id, items[2].inspection_id]


def test_a_batch_naming_an_inspection_without_minutes_is_refused(three_made: Workspace) -> None:
    items = batch_items(three_made, plan=PLAN)
    with pytest.raises(UserError) as refused:
        read_documents(three_made, items[:5])
    assert refused.value.vi.splitlines()[1:] == [
        "- Bộ phận Một cửa UBND huyện Chi Lăng (02/07/2024)",
        "- Xã Chi Lăng (02/07/2024)",
    ]
    assert refused.value.vi.startswith(
        "Chưa phát hành biên bản cho 2 cuộc kiểm tra; hãy phát hành (ký số, hoặc phát hành"
    )
    with pytest.raises(UserError, match="Chưa chọn biên bản nào"):
        read_documents(three_made, [])


def test_combined_copy_is_marked_and_leaves_the_originals_untouched(
    three_made: Workspace, tmp_path: Path
) -> None:
    items = batch_items(three_made, plan=PLAN)[:3]
    originals = {item.pdf_sha256: three_made.media.read(item.pdf_sha256) for item in items}
    blob_files = {sha: three_made.media.blob_path(sha).stat().st_mtime_ns for sha in originals}
    target = tmp_path / "in" / "gop.pdf"
    pages = write_combined_copy(three_made, items, target)

    assert pages == sum(item.page_count for item in items)
    texts = page_texts(target.read_bytes())
    assert len(texts) == pages
    assert all(COPY_MARK in text for text in texts)
    # In the order chosen: each document's first page opens with its own number.
    firsts = [0, items[0].page_count, items[0].page_count + items[1].page_count]
    for first, item in zip(firsts, items, strict=True):
        assert f"Số: {item.doc_number}" in texts[first]
    # The signature's visible stamp is drawn into the page; no live signature field remains.
    signed = items[1]
    stamp_pages = texts[firsts[1] : firsts[2]]
    assert any("Ký số bởi:" in text for text in stamp_pages)
    assert not any("Ký số bởi:" in t for t in page_texts(originals[signed.pdf_sha256]))
    assert not PdfReader(str(target)).get_fields()
    # The mark sits in the top margin, at the right.
    document = pdfium.PdfDocument(target.read_bytes())
    try:
        page = document[0]
        textpage = page.get_textpage()
        found = textpage.search(COPY_MARK).get_next()
        assert found is not None
        left, bottom, _right, _top = textpage.get_charbox(found[0])
        assert left > page.get_width() / 2 and bottom > page.get_height() - 20 * 72 / 25.4
        textpage.close()
        page.close()
    finally:
        document.close()
    # The originals: the same bytes, the same files, never rewritten.
    for sha, data in originals.items():
        assert hashlib.sha256(three_made.media.read(sha)).hexdigest() == sha
        assert three_made.media.read(sha) == data
        assert three_made.media.blob_path(sha).stat().st_mtime_ns == blob_files[sha]


def test_combined_copy_refuses_missing_minutes_and_writes_nothing(
    three_made: Workspace, tmp_path: Path
) -> None:
    items = batch_items(three_made, plan=PLAN)[:4]
    target = tmp_path / "gop.pdf"
    with pytest.raises(UserError, match="Chưa phát hành biên bản cho 1 cuộc kiểm tra"):
        write_combined_copy(three_made, items, target)
    assert not target.exists()
    with pytest.raises(UserError, match=r"hãy dùng đuôi \.pdf"):
        write_combined_copy(three_made, items[:3], tmp_path / "gop.docx")


def test_a_damaged_pdf_is_named_and_nothing_is_written(tmp_path: Path) -> None:
    from cchc_desktop.minutes.copies import combined_copy

    with pytest.raises(UserError) as refused:
        combined_copy([("Biên bản số 07/BB-ĐKT – Xã Mai Sao (02/07/2024)", b"%PDF-1.4 broken")])
    assert refused.value.vi.startswith(
        "Không mở được tệp PDF của Biên bản số 07/BB-ĐKT – Xã Mai Sao (02/07/2024) (tệp hỏng)"
    )
