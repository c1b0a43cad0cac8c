"""Making, numbering, signing and supplementing minutes in a real data folder."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from cchc_desktop.errors import UserError
from cchc_desktop.minutes import register
from cchc_desktop.minutes.issue import make_minutes, sign_file, sign_minutes, stored_snapshot
from cchc_desktop.minutes.signing import P12Signer
from cchc_desktop.minutes.supplement import reopen
from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.findings import add_finding
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.signers import set_signer
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.pki import PASSWORD, standard
from tests.unit.test_minutes_document import page_texts


def inspection_of(ws: Workspace, unit: str, plan: str = "80/KH-BCĐCCHC") -> str:
    return samples.demo_inspection(ws, unit, plan)


def lead() -> P12Signer:
    return P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)


def chairman() -> P12Signer:
    return P12Signer.from_bytes(standard()["chairman"].p12(), PASSWORD)


def lead_named(ws: Workspace, inspection: str) -> str:
    """Name the holder of lead() as the inspection's team lead (the demo names another)."""
    set_signer(ws, inspection, role="truong_doan", name="Nguyễn Văn An", title="Phó Giám đốc")
    return inspection


def test_numbers_run_per_plan_and_stay_with_their_minutes(demo_ws: Workspace) -> None:
    first = make_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    second = make_minutes(demo_ws, inspection_of(demo_ws, "Xã Đồng Bục"))
    again = make_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    other_plan = make_minutes(
        demo_ws,
        inspection_of(demo_ws, "Trung tâm Phục vụ hành chính công xã Lộc Bình", "45/KH-UBND"),
    )
    assert (first.doc_number, second.doc_number) == ("01/BB-ĐKT", "02/BB-ĐKT")
    assert again.doc_number == "01/BB-ĐKT" and again.minutes_id == first.minutes_id
    assert other_plan.doc_number == "01/BB-ĐKT"
    inspection = records.get(demo_ws, "inspections", first.inspection_id)
    assert inspection is not None and inspection["doc_number"] == "01/BB-ĐKT"
    assert len(register.of_inspection(demo_ws, first.inspection_id)) == 1


def test_numbers_follow_the_settings_pattern(demo_ws: Workspace) -> None:
    settings = demo_ws.settings()
    settings.doc_number_pattern = "{so}/BB-ĐKT-{nam}"
    settings.save(demo_ws.folder.settings_file)
    made = make_minutes(demo_ws, inspection_of(demo_ws, "Xã Mai Sao"))
    assert made.doc_number == "01/BB-ĐKT-2024"
    # A hand-edited pattern without {so} is not used: the settings fall back to the default.
    settings.doc_number_pattern = "BB-ĐKT"
    settings.save(demo_ws.folder.settings_file)
    assert make_minutes(demo_ws, inspection_of(demo_ws, "Xã Chi Lăng")).doc_number == "02/BB-ĐKT"


def test_a_number_once_given_is_never_given_back(demo_ws: Workspace) -> None:
    made = make_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    number_id = records.natural_id(
        "doc-number",
        records.get(demo_ws, "inspections", made.inspection_id)["plan_id"],  # type: ignore[index]
        "1",
    )
    with pytest.raises(sqlite3.DatabaseError, match="never given back"):
        records.delete(demo_ws, "doc_numbers", number_id)
    # The inspection that got 01 is abandoned: 01 still is not given to anyone else.
    records.delete(demo_ws, "inspections", made.inspection_id)
    assert make_minutes(demo_ws, inspection_of(demo_ws, "Xã Đồng Bục")).doc_number == "02/BB-ĐKT"


def test_signing_locks_the_inspection_and_sends_the_pdf_to_the_outbox(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    set_signer(
        demo_ws, inspection, role="dai_dien_don_vi", name="Hoàng Văn Bình", title="Chủ tịch UBND xã"
    )
    set_signer(
        demo_ws,
        inspection,
        role="truong_doan",
        name="Nguyễn Văn An",
        title="Phó Giám đốc Sở Nội vụ",
    )
    made = make_minutes(demo_ws, inspection)
    done = sign_minutes(demo_ws, made.minutes_id, lead(), role="truong_doan")
    record = done.record
    assert record["signed"] and record["signed_at"] == done.signed.signed_at
    assert [s["name"] for s in record["signers"]] == ["Nguyễn Văn An"]
    assert done.outbox.parent == demo_ws.folder.outbox_dir
    assert done.outbox.read_bytes() == demo_ws.media.read(record["pdf_sha256"])
    # Nobody signed on another's behalf; the test CA publishes no revocation information.
    assert (
        done.warning == "Chứng thư không nêu nơi công bố thông tin thu hồi; không có gì để nhúng."
    )
    assert records.get(demo_ws, "inspections", inspection)["status"] == STATUS_SIGNED  # type: ignore[index]
    with pytest.raises(UserError, match="biên bản bổ sung"):
        set_answer(demo_ws, inspection, "A1", "khong_dat", note="đổi sau khi ký")
    with pytest.raises(UserError, match="đã ký nên không lập lại"):
        make_minutes(demo_ws, inspection)


def test_a_second_signature_extends_the_signed_pdf(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    set_signer(
        demo_ws, inspection, role="dai_dien_don_vi", name="Hoàng Văn Bình", title="Chủ tịch UBND xã"
    )
    made = make_minutes(demo_ws, inspection)
    reason = "Ký thay Trưởng đoàn theo Giấy ủy quyền số 3/UQ"
    with pytest.raises(UserError, match="«Hồ Tiến Thiệu»"):
        sign_minutes(demo_ws, made.minutes_id, lead(), role="truong_doan")
    first = sign_minutes(demo_ws, made.minutes_id, lead(), role="truong_doan", on_behalf=reason)
    second = sign_minutes(demo_ws, made.minutes_id, chairman(), role="dai_dien_don_vi")
    old_pdf = demo_ws.media.read(first.record["pdf_sha256"])  # the earlier stage is kept
    new_pdf = demo_ws.media.read(second.record["pdf_sha256"])
    assert register.pdf_extends(old_pdf, new_pdf)
    assert second.record["signed_at"] == first.record["signed_at"]
    assert [s["role"] for s in second.record["signers"]] == ["truong_doan", "dai_dien_don_vi"]
    # The team lead named in the plan is not the certificate's holder: the reason is kept.
    assert "Đã ký thay «Hồ Tiến Thiệu»" in first.warning and reason in first.warning
    assert second.record["signers"][0]["on_behalf"] == reason
    trail = records.audit_trail(demo_ws, made.minutes_id)
    assert [t["field"] for t in trail if t["field"] == "pdf_sha256"] == ["pdf_sha256"] * 2


def test_signed_minutes_cannot_be_altered_even_directly(demo_ws: Workspace) -> None:
    made = make_minutes(demo_ws, lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân")))
    sign_minutes(demo_ws, made.minutes_id, lead())
    for change in ({"doc_number": "99/BB-ĐKT"}, {"snapshot_sha256": "0" * 64}, {"signed": 0}):
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            records.update(demo_ws, "minutes", made.minutes_id, change)
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        records.delete(demo_ws, "minutes", made.minutes_id)
    with pytest.raises(UserError, match="không nối tiếp"):
        register.record_signature(
            demo_ws, made.minutes_id, old_pdf=b"abc", new_pdf=b"xyz-longer", entry={}
        )


def test_a_supplement_refers_to_the_signed_minutes(demo_ws: Workspace) -> None:
    inspection = lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    made = make_minutes(demo_ws, inspection)
    signed = sign_minutes(demo_ws, made.minutes_id, lead())
    signed_pdf = demo_ws.media.read(signed.record["pdf_sha256"])
    assert reopen(demo_ws, inspection)["id"] == made.minutes_id
    add_finding(demo_ws, inspection, kind="kien_nghi", text="Niêm yết lại thủ tục hành chính",
                responsible="UBND xã", deadline="2024-09-30")  # fmt: skip
    set_answer(demo_ws, inspection, "A1", "dat_mot_phan", note="Kế hoạch ban hành chậm")
    supplement = make_minutes(demo_ws, inspection)
    assert supplement.revision_no == 2 and supplement.doc_number == "02/BB-ĐKT"
    assert supplement.snapshot.supersedes is not None
    assert supplement.snapshot.supersedes.minutes_id == made.minutes_id
    changes = "\n".join(supplement.snapshot.supersedes.changes)
    assert "Bổ sung kiến nghị: «Niêm yết lại thủ tục hành chính»" in changes
    assert "Tiêu chí A1: kết quả «Đạt» điều chỉnh thành «Đạt một phần»" in changes
    text = " ".join(page_texts(supplement.result.pdf))
    assert "BIÊN BẢN BỔ SUNG" in text and "Bổ sung Biên bản số 01/BB-ĐKT" in text
    # The signed revision is untouched, and the supplement is a draft of its own.
    rows = register.of_inspection(demo_ws, inspection)
    assert [(r["revision_no"], r["signed"]) for r in rows] == [(1, True), (2, False)]
    assert demo_ws.media.read(rows[0]["pdf_sha256"]) == signed_pdf
    assert stored_snapshot(demo_ws, rows[0]).findings != supplement.snapshot.findings
    assert rows[1]["supersedes_id"] == rows[0]["id"]


def test_reopen_needs_signed_minutes(demo_ws: Workspace) -> None:
    with pytest.raises(UserError, match="chưa có biên bản đã ký"):
        reopen(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))


def test_handwritten_signatures_from_the_media_store_are_drawn(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    sha = demo_ws.media.put_bytes(samples.signature_png())
    set_signer(
        demo_ws,
        inspection,
        role="dai_dien_don_vi",
        name="Hoàng Văn Bình",
        title="Chủ tịch",
        image_sha256=sha,
    )
    pdf = make_minutes(demo_ws, inspection).result.pdf
    reader = PdfReader(BytesIO(pdf))
    images = [
        x.get_object()
        for page in reader.pages
        for x in page["/Resources"].get_object().get("/XObject", {}).values()
    ]
    assert any("/SMask" in image for image in images)


def _import(ws: Workspace, inspection: str, tmp: Path, seed: int, **options: object) -> str:
    """A real photo through the photos module (workers=1: in this process)."""
    from cchc_desktop.photos.ingest import import_photos
    from tests.photo_factory import make_photo

    path = make_photo(tmp / f"IMG_{seed}.jpg", (2000, 1500), text=f"Ảnh {seed}",
                      gps=(21.75, 106.95))  # fmt: skip
    result = import_photos(ws, inspection, [path], caption=f"Ảnh {seed}", workers=1, **options)  # type: ignore[arg-type]
    assert result.added, result.refused
    return str(result.added[0])


def test_photos_marked_for_the_minutes_enter_the_appendix(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    from cchc_desktop.photos.library import delete_photo, get_photo, update_photo

    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    plain = _import(demo_ws, inspection, tmp_path, 1)
    stamped = _import(demo_ws, inspection, tmp_path, 2, criterion="K1", stamp=True)
    left_out = _import(demo_ws, inspection, tmp_path, 3)
    update_photo(demo_ws, left_out, include_in_minutes=0)
    delete_photo(demo_ws, _import(demo_ws, inspection, tmp_path, 4))
    made = make_minutes(demo_ws, inspection)
    expected_shas = [get_photo(demo_ws, p)["sha256"] for p in (plain, stamped)]
    assert [p.sha256 for p in made.snapshot.photos] == expected_shas
    assert "print-stamped" in made.snapshot.photos[1].path
    assert made.snapshot.photos[0].place == "21,75000° B, 106,95000° Đ"
    reader = PdfReader(BytesIO(made.result.pdf))
    jpegs = {
        hashlib.sha256(x.get_object()._data).hexdigest()
        for page in reader.pages
        for x in page["/Resources"].get_object().get("/XObject", {}).values()
        if x.get_object().get("/Subtype") == "/Image"
    }
    # The print copies' JPEG bytes go into the PDF untouched.
    expected = {hashlib.sha256(Path(p.path).read_bytes()).hexdigest() for p in made.snapshot.photos}
    assert jpegs == expected
    text = " ".join(page_texts(made.result.pdf))
    assert re.search(r"Hình 2\. Ảnh 2 \(tiêu chí K1\)", text)


def test_signing_a_file_keeps_the_register_in_step(demo_ws: Workspace, tmp_path: Path) -> None:
    made = make_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    target = tmp_path / "bien-ban.pdf"
    target.write_bytes(made.result.pdf)
    reason = "Được ủy quyền theo Giấy ủy quyền số 9/UQ"
    signed, out, registered = sign_file(
        demo_ws, target, lead(), role="truong_doan", on_behalf=reason
    )
    assert out == target and target.read_bytes() == signed.pdf
    assert registered is not None and registered.outbox.read_bytes() == signed.pdf
    record = registered.record
    assert record["signed"]
    # The demo names Hồ Tiến Thiệu as team lead; the certificate is Nguyễn Văn An's.
    assert "«Hồ Tiến Thiệu»" in registered.warning and reason in registered.warning
    assert demo_ws.media.read(record["pdf_sha256"]) == signed.pdf
    stored = json.loads(json.dumps(record["signers"]))
    assert stored[0]["serial"] == signed.certificate.serial
