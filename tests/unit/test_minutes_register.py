"""Drafting, issuing, numbering, signing and supplementing minutes in a real data folder."""

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
from cchc_desktop.minutes.cosign import sign_file, sign_minutes
from cchc_desktop.minutes.issue import draft_minutes, issue_minutes, stored_snapshot
from cchc_desktop.minutes.readiness import NotReady
from cchc_desktop.minutes.signing import P12Signer
from cchc_desktop.minutes.supplement import reopen
from cchc_desktop.store import records
from cchc_desktop.store.answers import set_answer
from cchc_desktop.store.findings import add_finding
from cchc_desktop.store.inspections import STATUS_SIGNED
from cchc_desktop.store.signers import set_signer
from cchc_desktop.store.workspace import Workspace
from tests import minutes_samples as samples
from tests.e2e.test_cli_work import dump
from tests.pki import PASSWORD, standard
from tests.unit.test_minutes_document import page_texts


def inspection_of(ws: Workspace, unit: str, plan: str = "80/KH-BCĐCCHC") -> str:
    return samples.demo_inspection(ws, unit, plan)


def ready(ws: Workspace, unit: str, plan: str = "80/KH-BCĐCCHC") -> str:
    """A demo inspection with its record completed (Khánh Xuân's is complete already)."""
    inspection = inspection_of(ws, unit, plan)
    samples.make_ready(ws, inspection)
    return inspection


def lead_named(ws: Workspace, inspection: str) -> str:
    """Name the holder of lead() as the inspection's team lead (the demo names another)."""
    set_signer(ws, inspection, role="truong_doan", name="Nguyễn Văn An", title="Phó Giám đốc")
    return inspection


# What signing with the test CA's certificates says besides: it names no revocation source.
NO_REVOCATION = "Chứng thư không nêu nơi công bố thông tin thu hồi; không có gì để nhúng."


def lead() -> P12Signer:
    return P12Signer.from_bytes(standard()["lead"].p12(), PASSWORD)


def chairman() -> P12Signer:
    return P12Signer.from_bytes(standard()["chairman"].p12(), PASSWORD)


def numbers(ws: Workspace) -> int:
    return int(ws.db.execute("SELECT count(*) FROM doc_numbers").fetchone()[0])


def test_a_draft_takes_no_number_and_stores_nothing(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    before = dump(demo_ws.folder.root)
    first = draft_minutes(demo_ws, inspection)
    again = draft_minutes(demo_ws, inspection)
    assert dump(demo_ws.folder.root) == before  # looking costs the register nothing
    assert numbers(demo_ws) == 0 and register.of_inspection(demo_ws, inspection) == []
    assert first.snapshot.doc_number == "…/BB-ĐKT" and first.snapshot.draft
    assert first.result.pdf == again.result.pdf
    pages = page_texts(first.result.pdf)
    assert "Số: …/BB-ĐKT" in pages[0]
    assert all("DỰ THẢO" in page for page in pages)  # every page says it is a draft
    reader = PdfReader(BytesIO(first.result.pdf))
    assert "/AcroForm" not in reader.trailer["/Root"]  # no field anyone could sign in


def test_numbers_are_taken_when_issued_run_per_plan_and_stay(demo_ws: Workspace) -> None:
    first = issue_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"), paper=True)
    second = issue_minutes(demo_ws, ready(demo_ws, "Xã Đồng Bục"), paper=True)
    other_plan = issue_minutes(
        demo_ws,
        ready(demo_ws, "Trung tâm Phục vụ hành chính công xã Lộc Bình", "45/KH-UBND"),
        paper=True,
    )
    assert (first.snapshot.doc_number, second.snapshot.doc_number) == ("01/BB-ĐKT", "02/BB-ĐKT")
    assert other_plan.snapshot.doc_number == "01/BB-ĐKT"
    inspection = records.get(demo_ws, "inspections", first.record["inspection_id"])
    assert inspection is not None and inspection["doc_number"] == "01/BB-ĐKT"
    assert inspection["status"] == STATUS_SIGNED
    assert "Số: 01/BB-ĐKT" in page_texts(first.pdf)[0]
    assert not any("DỰ THẢO" in page for page in page_texts(first.pdf))


def test_numbers_follow_the_settings_pattern(demo_ws: Workspace) -> None:
    settings = demo_ws.settings()
    settings.doc_number_pattern = "{so}/BB-ĐKT-{nam}"
    settings.save(demo_ws.folder.settings_file)
    assert draft_minutes(demo_ws, ready(demo_ws, "Xã Mai Sao")).snapshot.doc_number == (
        "…/BB-ĐKT-2024"
    )
    made = issue_minutes(demo_ws, inspection_of(demo_ws, "Xã Mai Sao"), paper=True)
    assert made.snapshot.doc_number == "01/BB-ĐKT-2024"
    # A hand-edited pattern without {so} is not used: the settings fall back to the default.
    settings.doc_number_pattern = "BB-ĐKT"
    settings.save(demo_ws.folder.settings_file)
    again = issue_minutes(demo_ws, ready(demo_ws, "Xã Chi Lăng"), paper=True)
    assert again.snapshot.doc_number == "02/BB-ĐKT"


def test_a_number_once_given_is_never_given_back(demo_ws: Workspace) -> None:
    made = issue_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"), paper=True)
    inspection = made.record["inspection_id"]
    plan = records.get(demo_ws, "inspections", inspection)["plan_id"]  # type: ignore[index]
    with pytest.raises(sqlite3.DatabaseError, match="never given back"):
        records.delete(demo_ws, "doc_numbers", records.natural_id("doc-number", plan, "1"))
    # The inspection that got 01 is abandoned: 01 still is not given to anyone else.
    records.delete(demo_ws, "inspections", inspection)
    again = issue_minutes(demo_ws, ready(demo_ws, "Xã Đồng Bục"), paper=True)
    assert again.snapshot.doc_number == "02/BB-ĐKT"


def test_an_incomplete_record_is_refused_naming_every_item_and_nothing_changes(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    inspection = inspection_of(demo_ws, "Xã Đồng Bục")
    before = dump(demo_ws.folder.root)
    for options in ({"paper": True}, {"signer": lead()}):
        with pytest.raises(NotReady) as refused:
            issue_minutes(demo_ws, inspection, output=tmp_path / "bb.pdf", **options)  # type: ignore[arg-type]
        lines = str(refused.value).splitlines()
        assert lines[0].startswith(("Chưa phát hành được", "Chưa ký được"))
        assert len(lines) == 1 + len(refused.value.items) and len(refused.value.items) > 50
        assert any("giờ bắt đầu" in line for line in lines)
        assert any("ý kiến của đơn vị" in line for line in lines)
    assert dump(demo_ws.folder.root) == before and not (tmp_path / "bb.pdf").exists()


def test_an_output_that_cannot_be_written_is_refused_before_anything_is_taken(
    demo_ws: Workspace,
) -> None:
    inspection = lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    before = dump(demo_ws.folder.root)
    with pytest.raises(UserError, match=r"«/proc/bb\.pdf»") as refused:
        issue_minutes(demo_ws, inspection, signer=lead(), output=Path("/proc/bb.pdf"))
    assert ".tmp" not in str(refused.value)  # the person's file is named, not a temporary one
    assert dump(demo_ws.folder.root) == before  # no number, no signature, no lock


def test_signing_issues_locks_and_sends_the_pdf_to_the_outbox(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    set_signer(demo_ws, inspection, role="truong_doan", name="Nguyễn Văn An",
               title="Phó Giám đốc Sở Nội vụ")  # fmt: skip
    made = issue_minutes(demo_ws, inspection, signer=lead(), role="truong_doan")
    record = made.record
    assert made.signed is not None and record["signed"] and not record["paper"]
    assert record["signed_at"] == made.signed.signed_at
    assert [s["name"] for s in record["signers"]] == ["Nguyễn Văn An"]
    assert made.outbox is not None and made.outbox.parent == demo_ws.folder.outbox_dir
    assert made.outbox.read_bytes() == demo_ws.media.read(record["pdf_sha256"]) == made.pdf
    # Nobody signed on another's behalf; the test CA publishes no revocation information.
    assert made.warning == NO_REVOCATION
    assert record["signers"][0]["names_match"] and "on_behalf" not in record["signers"][0]
    assert made.summary.holder == "Nguyễn Văn An" and made.summary.doc_number == "01/BB-ĐKT"
    assert records.get(demo_ws, "inspections", inspection)["status"] == STATUS_SIGNED  # type: ignore[index]
    with pytest.raises(UserError, match="biên bản bổ sung"):
        set_answer(demo_ws, inspection, "A1", "khong_dat", note="đổi sau khi ký")
    with pytest.raises(UserError, match="đã ký nên không lập lại"):
        draft_minutes(demo_ws, inspection)


def test_a_name_that_does_not_match_is_refused_and_takes_nothing(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    before = dump(demo_ws.folder.root)
    # The lead printed is Hồ Tiến Thiệu; the certificate is Nguyễn Văn An's.
    with pytest.raises(UserError, match="«Hồ Tiến Thiệu»"):
        issue_minutes(demo_ws, inspection, signer=lead())
    with pytest.raises(UserError, match="cần ghi rõ lý do"):
        issue_minutes(demo_ws, inspection, signer=lead(), on_behalf="vì")
    assert dump(demo_ws.folder.root) == before  # no number, no row, no file, no lock


def test_a_second_signature_extends_the_signed_pdf(demo_ws: Workspace) -> None:
    reason = "Ký thay Trưởng đoàn theo Giấy ủy quyền số 3/UQ"
    made = issue_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"), signer=lead(),
                         on_behalf=reason)  # fmt: skip
    second = sign_minutes(demo_ws, made.record["id"], chairman(), role="dai_dien_don_vi")
    new_pdf = demo_ws.media.read(second.record["pdf_sha256"])
    assert register.pdf_extends(made.pdf, new_pdf)
    assert demo_ws.media.has(made.record["pdf_sha256"])  # the earlier stage is kept
    assert second.record["signed_at"] == made.record["signed_at"]
    assert [s["role"] for s in second.record["signers"]] == ["truong_doan", "dai_dien_don_vi"]
    # The team lead named in the plan is not the certificate's holder: the reason is kept, in
    # the signature, the register and the audit log.
    assert "Đã ký thay «Hồ Tiến Thiệu»" in made.warning and reason in made.warning
    assert second.record["signers"][0]["on_behalf"] == reason
    assert not second.record["signers"][0]["names_match"]
    assert second.warning == NO_REVOCATION  # the chairman's name is printed for his role
    assert second.summary is not None and not second.summary.issues
    trail = records.audit_trail(demo_ws, made.record["id"])
    notes = [t for t in trail if t["action"] == "note"]
    assert [json.loads(t["new_value"])["signed_on_behalf"]["on_behalf"] for t in notes] == [reason]
    # The issue records the first PDF; the audit log keeps the hash each signature replaced.
    assert trail[0]["action"] == "insert"
    changed = [t for t in trail if t["field"] == "pdf_sha256"]
    assert [json.loads(t["old_value"]) for t in changed] == [made.record["pdf_sha256"]]


def test_signed_minutes_cannot_be_altered_even_directly(demo_ws: Workspace) -> None:
    inspection = lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    made = issue_minutes(demo_ws, inspection, signer=lead())
    record_id = made.record["id"]
    for change in (
        {"doc_number": "99/BB-ĐKT"},
        {"snapshot_sha256": "0" * 64},
        {"signed": 0},
        {"paper": 1},
    ):
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            records.update(demo_ws, "minutes", record_id, change)
    with pytest.raises(sqlite3.DatabaseError, match="immutable"):
        records.delete(demo_ws, "minutes", record_id)
    with pytest.raises(UserError, match="không nối tiếp"):
        register.record_signature(
            demo_ws, record_id, old_pdf=b"abc", new_pdf=b"xyz-longer", entry={}
        )


def test_a_supplement_refers_to_the_issued_minutes(demo_ws: Workspace) -> None:
    inspection = lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    made = issue_minutes(demo_ws, inspection, signer=lead())
    assert reopen(demo_ws, inspection)["id"] == made.record["id"]
    add_finding(demo_ws, inspection, kind="kien_nghi", text="Niêm yết lại thủ tục hành chính",
                responsible="UBND xã", deadline="2024-09-30")  # fmt: skip
    set_answer(demo_ws, inspection, "A1", "dat_mot_phan", note="Kế hoạch ban hành chậm")
    draft = draft_minutes(demo_ws, inspection)
    assert draft.revision_no == 2 and draft.snapshot.supersedes is not None
    assert numbers(demo_ws) == 1  # the supplement's draft took no number either
    supplement = issue_minutes(demo_ws, inspection, paper=True)
    assert supplement.snapshot.revision_no == 2 and supplement.snapshot.doc_number == "02/BB-ĐKT"
    assert supplement.snapshot.supersedes is not None
    assert supplement.snapshot.supersedes.minutes_id == made.record["id"]
    changes = "\n".join(supplement.snapshot.supersedes.changes)
    assert "Bổ sung kiến nghị: «Niêm yết lại thủ tục hành chính»" in changes
    assert "Tiêu chí A1: kết quả «Đạt» điều chỉnh thành «Đạt một phần»" in changes
    text = " ".join(page_texts(supplement.pdf))
    assert "BIÊN BẢN BỔ SUNG" in text and "Bổ sung Biên bản số 01/BB-ĐKT" in text
    rows = register.of_inspection(demo_ws, inspection)
    assert [(r["revision_no"], r["signed"], r["paper"]) for r in rows] == [
        (1, True, False),
        (2, True, True),
    ]
    assert demo_ws.media.read(rows[0]["pdf_sha256"]) == made.pdf
    assert stored_snapshot(demo_ws, rows[0]).findings != supplement.snapshot.findings
    assert rows[1]["supersedes_id"] == rows[0]["id"]


def test_reopen_needs_issued_minutes(demo_ws: Workspace) -> None:
    with pytest.raises(UserError, match="chưa có biên bản đã ký"):
        reopen(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))


def _xobjects(pdf: bytes) -> list[object]:
    reader = PdfReader(BytesIO(pdf))
    return [
        x.get_object()
        for page in reader.pages
        for x in page["/Resources"].get_object().get("/XObject", {}).values()
    ]


def test_handwriting_is_drawn_in_the_digital_issue_and_never_in_a_draft_or_paper(
    demo_ws: Workspace,
) -> None:
    inspection = lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    sha = demo_ws.media.put_bytes(samples.signature_png())
    set_signer(demo_ws, inspection, role="dai_dien_don_vi", name="Hoàng Văn Bình",
               title="Chủ tịch UBND xã Khánh Xuân", image_sha256=sha)  # fmt: skip
    assert _xobjects(draft_minutes(demo_ws, inspection).result.pdf) == []
    made = issue_minutes(demo_ws, inspection, signer=lead())
    assert any("/SMask" in image for image in _xobjects(made.pdf))  # type: ignore[operator]


def test_a_paper_issue_has_no_signature_field_and_no_handwriting(demo_ws: Workspace) -> None:
    inspection = inspection_of(demo_ws, "Xã Khánh Xuân")
    sha = demo_ws.media.put_bytes(samples.signature_png())
    set_signer(demo_ws, inspection, role="dai_dien_don_vi", name="Hoàng Văn Bình",
               title="Chủ tịch UBND xã Khánh Xuân", image_sha256=sha)  # fmt: skip
    made = issue_minutes(demo_ws, inspection, paper=True)
    assert made.record["paper"] and made.record["signers"] == [] and made.signed is None
    assert _xobjects(made.pdf) == []
    assert "/AcroForm" not in PdfReader(BytesIO(made.pdf)).trailer["/Root"]
    assert made.summary.how == "paper" and len(made.summary.parties) == 3
    # Signed in ink: no digital signature is added to it.
    with pytest.raises(UserError, match="phát hành để ký giấy"):
        sign_minutes(demo_ws, made.record["id"], lead())


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
    made = draft_minutes(demo_ws, inspection)
    expected_shas = [get_photo(demo_ws, p)["sha256"] for p in (plain, stamped)]
    assert [p.sha256 for p in made.snapshot.photos] == expected_shas
    assert "print-stamped" in made.snapshot.photos[1].path
    assert made.snapshot.photos[0].place == "21,75000° B, 106,95000° Đ"
    jpegs = {
        hashlib.sha256(x._data).hexdigest()  # type: ignore[attr-defined]
        for x in _xobjects(made.result.pdf)
        if x.get("/Subtype") == "/Image"  # type: ignore[attr-defined]
    }
    # The print copies' JPEG bytes go into the PDF untouched.
    expected = {hashlib.sha256(Path(p.path).read_bytes()).hexdigest() for p in made.snapshot.photos}
    assert jpegs == expected
    text = " ".join(page_texts(made.result.pdf))
    # The criterion is named by its short title, not a bare code.
    assert re.search(r"Hình 2\. Ảnh 2 \(tiêu chí K1: Trụ sở, diện tích Bộ phận Một cửa bảo đảm\)",
                     text)  # fmt: skip


def test_signing_a_file_keeps_the_register_in_step(demo_ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "bien-ban.pdf"
    inspection = lead_named(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân"))
    made = issue_minutes(demo_ws, inspection, signer=lead(), output=target)
    assert target.read_bytes() == made.pdf
    signed, out, registered = sign_file(demo_ws, target, chairman(), role="dai_dien_don_vi")
    assert out == target and target.read_bytes() == signed.pdf
    assert registered is not None and registered.outbox.read_bytes() == signed.pdf
    record = registered.record
    assert [s["role"] for s in record["signers"]] == ["truong_doan", "dai_dien_don_vi"]
    # The demo names Hoàng Văn Bình as the unit's representative; the certificate is his.
    assert registered.warning == NO_REVOCATION
    assert demo_ws.media.read(record["pdf_sha256"]) == signed.pdf
    stored = json.loads(json.dumps(record["signers"]))
    assert stored[1]["serial"] == signed.certificate.serial
    # The secretary printed is Nguyễn Hải Hoàng: the lead signs the file for him only with a
    # reason, which the register and the note after signing keep.
    with pytest.raises(UserError, match="«Nguyễn Hải Hoàng»"):
        sign_file(demo_ws, target, lead(), role="thu_ky")
    reason = "Được ủy quyền theo Giấy ủy quyền số 9/UQ"
    _signed, _out, again = sign_file(demo_ws, target, lead(), role="thu_ky", on_behalf=reason)
    assert again is not None and "«Nguyễn Hải Hoàng»" in again.warning and reason in again.warning
    assert again.record["signers"][2]["on_behalf"] == reason


def test_a_draft_file_is_never_signed(demo_ws: Workspace, tmp_path: Path) -> None:
    draft = tmp_path / "du-thao.pdf"
    draft.write_bytes(draft_minutes(demo_ws, inspection_of(demo_ws, "Xã Khánh Xuân")).result.pdf)
    before = draft.read_bytes()
    for ws in (demo_ws, None):
        with pytest.raises(UserError, match="dự thảo không ký được"):
            sign_file(ws, draft, lead(), role="truong_doan")
    assert draft.read_bytes() == before
