"""PAdES signatures with certificates made by the test's own CA, checked independently with
pyHanko's validator, then broken on purpose."""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO
from typing import Any

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from cchc_desktop.errors import UserError
from cchc_desktop.minutes.certificates import check_for_signing
from cchc_desktop.minutes.render import render
from cchc_desktop.minutes.signing import P12Signer, sign_pdf, signature_fields
from cchc_desktop.minutes.snapshot import SignerEntry
from cchc_desktop.minutes.verify import INVALID, UNVERIFIED, VALID, verify_pdf
from tests import minutes_samples as samples
from tests.pki import PASSWORD, Identity, resigned_with_sha1, standard


def asn1(identity: Identity) -> Any:
    return asn1_x509.Certificate.load(identity.cert.public_bytes(Encoding.DER))


def signer(name: str) -> P12Signer:
    return P12Signer.from_bytes(standard()[name].p12(), PASSWORD)


def printed(lead: str = "Nguyễn Văn An", unit: str = "Hoàng Văn Bình") -> bytes:
    """The sample biên bản with the given names printed for the team lead and the unit."""
    signers = (
        SignerEntry("dai_dien_don_vi", unit, "Chủ tịch UBND xã Khánh Xuân"),
        SignerEntry("truong_doan", lead, "Phó Giám đốc Sở Nội vụ"),
    )
    return render(samples.snapshot(signers=signers), lambda _sha: None).pdf


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    """The names printed are those of the test CA's certificates for the two roles."""
    return printed()


@pytest.fixture(scope="module")
def signed_once(unsigned: bytes) -> bytes:
    return sign_pdf(unsigned, signer("lead"), role="truong_doan", location="Lạng Sơn").pdf


@pytest.fixture(scope="module")
def signed_twice(signed_once: bytes) -> bytes:
    return sign_pdf(signed_once, signer("chairman"), role="dai_dien_don_vi").pdf


def pyhanko_statuses(pdf: bytes, roots: list[Identity]) -> list[Any]:
    """pyHanko's own verdicts, with our CA as the only trust root (the independent check)."""
    reader = PdfFileReader(BytesIO(pdf))
    context = ValidationContext(trust_roots=[asn1(r) for r in roots], allow_fetching=False)
    return [
        validate_pdf_signature(sig, signer_validation_context=context)
        for sig in reader.embedded_signatures
    ]


def test_signature_is_intact_valid_and_trusted_for_pyhanko(signed_once: bytes) -> None:
    (status,) = pyhanko_statuses(signed_once, [standard()["ca"]])
    assert status.intact and status.valid and status.trusted
    assert status.bottom_line
    assert status.signing_cert.subject.native["common_name"] == "Nguyễn Văn An"
    assert status.md_algorithm == "sha256"
    # PAdES, not the older adbe.pkcs7.detached
    sig = PdfFileReader(BytesIO(signed_once)).embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.sig_object["/Location"] == "Lạng Sơn"


def test_signing_time_is_vietnam_time_and_the_stamp_is_in_the_lead_block(
    unsigned: bytes,
) -> None:
    vietnam = dt.timezone(dt.timedelta(hours=7))
    moment = (dt.datetime.now(vietnam) - dt.timedelta(days=1)).replace(microsecond=0)
    result = sign_pdf(unsigned, signer("lead"), role="truong_doan", now=moment)
    assert result.signed_at == moment.isoformat() and result.signed_at.endswith("+07:00")
    assert result.visible
    sig = PdfFileReader(BytesIO(result.pdf)).embedded_signatures[0]
    assert str(sig.sig_object["/M"]).startswith(moment.strftime("D:%Y%m%d%H%M%S+07"))
    assert sig.self_reported_timestamp == moment
    fields = signature_fields(result.pdf)
    lead = fields["ky_so_truong_doan"]
    assert lead.filled and lead.rect is not None
    assert lead.printed == "Nguyễn Văn An"  # the name printed under the field, kept in its /TU
    assert fields["ky_so_dai_dien_don_vi"].filled is False  # the other party's field waits
    assert result.names_match and result.printed_name == "Nguyễn Văn An"


def test_one_flipped_byte_breaks_the_signature(signed_once: bytes) -> None:
    data = bytearray(signed_once)
    # A byte deep inside the first embedded font program: inside the signed range, and the
    # file still parses.
    start = data.index(b"stream", data.index(b"/FontFile2")) + 200
    data[start] ^= 0x01
    broken = bytes(data)
    (status,) = pyhanko_statuses(broken, [standard()["ca"]])
    assert not status.intact and not status.bottom_line
    report = verify_pdf(broken, [asn1(standard()["ca"])])
    assert not report.ok
    assert (report.verdict, report.exit_code) == (INVALID, 1)
    text = "\n".join(report.lines())
    assert "KHÔNG HỢP LỆ" in text and "mã băm không khớp" in text
    # After a hash mismatch nothing else is said about the certificate's trust.
    assert "tin cậy" not in text and "thu hồi:" not in text.lower()


def test_appending_content_after_signing_is_reported_as_a_change(signed_once: bytes) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed_once))
    extra = writer.add_object(generic.StreamObject(stream_data=b"0 0 m 100 100 l S"))
    writer.add_stream_to_page(0, extra)  # a line drawn over page 1 after signing
    out = BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [asn1(standard()["ca"])])
    (check,) = report.signatures
    assert check.intact and not check.unchanged and check.broken
    assert not report.ok
    assert (report.verdict, report.exit_code) == (INVALID, 1)


def test_two_sequential_signatures_are_both_valid(signed_once: bytes, signed_twice: bytes) -> None:
    assert signed_twice.startswith(signed_once)  # an incremental update: nothing rewritten
    statuses = pyhanko_statuses(signed_twice, [standard()["ca"]])
    assert len(statuses) == 2
    for status in statuses:
        assert status.intact and status.valid and status.trusted and status.bottom_line
    report = verify_pdf(signed_twice, [asn1(standard()["ca"])])
    assert report.ok and report.trusted
    assert (report.verdict, report.exit_code) == (VALID, 0)
    assert [(s.role, s.signer) for s in report.signatures] == [
        ("truong_doan", "Nguyễn Văn An"),
        ("dai_dien_don_vi", "Hoàng Văn Bình"),
    ]
    assert report.signatures[1].certificate is not None
    assert report.signatures[1].certificate.key.startswith("ECDSA")


def test_a_role_signs_only_once(signed_once: bytes) -> None:
    with pytest.raises(UserError, match="đã ký số văn bản này"):
        sign_pdf(signed_once, signer("lead"), role="truong_doan")


def test_an_unknown_root_is_not_verified_though_the_document_is_intact() -> None:
    pdf = sign_pdf(printed(lead="Người Lạ"), signer("stranger"), role="truong_doan").pdf
    report = verify_pdf(pdf, [asn1(standard()["ca"])])
    (check,) = report.signatures
    assert check.intact and check.valid and not check.trusted and check.names_match
    assert report.ok and not report.trusted
    assert (report.verdict, report.exit_code) == (UNVERIFIED, 3)
    text = "\n".join(report.lines())
    assert "nguyên vẹn" in text and "Chứng thư: chưa được xác thực" in text
    assert "Thông tin thu hồi: chưa kiểm tra (chứng thư chưa được xác thực)" in text
    assert "không dẫn tới chứng thư gốc nào trong danh sách tin cậy" in text
    assert "Người Lạ" in text and "Trưởng đoàn kiểm tra" in text
    assert "Kết luận: CHƯA XÁC THỰC ĐƯỢC" in text and "HỢP LỆ (" not in text


def test_verify_report_says_who_when_and_which_certificate(signed_twice: bytes) -> None:
    lines = verify_pdf(signed_twice, [asn1(standard()["ca"])]).lines()
    text = "\n".join(lines)
    lead = standard()["lead"].cert
    first = lines[: lines.index("Chữ ký 2: Đại diện đơn vị được kiểm tra")]
    assert first[0] == "Chữ ký 1: Trưởng đoàn kiểm tra"
    assert "  Tên in trên văn bản: Nguyễn Văn An" in first
    assert "  Người giữ chứng thư: Nguyễn Văn An" in first
    assert "  Đối chiếu tên: khớp" in first
    assert f"số hiệu {lead.serial_number:X}, do CA Thử nghiệm CCHC cấp" in text
    # Vietnamese local form: "15:04:05 ngày 26/11/2026 (giờ Việt Nam)", never ISO 8601.
    assert re.search(r"Thời gian ký: \d\d:\d\d:\d\d ngày \d\d/\d\d/\d{4} \(giờ Việt Nam\)", text)
    assert "+07:00" not in text and "T" not in text.split("Thời gian ký: ")[1][:10]
    assert "CA không công bố thông tin thu hồi" in text  # the test CA publishes no CRL
    assert lines[-1].startswith("Kết luận: HỢP LỆ")


def test_the_report_speaks_english_through_the_same_switch(signed_twice: bytes) -> None:
    from cchc_desktop.errors import set_language

    set_language("en")
    try:
        text = "\n".join(verify_pdf(signed_twice, [asn1(standard()["ca"])]).lines())
    finally:
        set_language(None)
    assert "Signature 1: Team lead" in text and "Names: match" in text
    assert "(Vietnam time)" in text and text.endswith(
        "every signature trusted and by the person named."
    )
    assert "Chữ ký" not in text


def test_an_unsigned_or_damaged_file_is_not_valid(unsigned: bytes) -> None:
    assert not verify_pdf(unsigned, []).ok
    assert verify_pdf(unsigned, []).lines() == ["Văn bản chưa có chữ ký số nào."]
    damaged = verify_pdf(b"%PDF-1.7\nnot really", [])
    assert not damaged.ok and damaged.error and damaged.exit_code == 1
    assert damaged.lines() == ["KHÔNG HỢP LỆ: tệp không phải PDF hoặc đã bị hỏng, không đọc được."]
    assert verify_pdf(b"", []).lines() == ["KHÔNG HỢP LỆ: tệp rỗng, không có nội dung PDF."]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("expired", "đã hết hạn"),
        ("future", "chưa có hiệu lực"),
        ("weak", r"quá yếu \(RSA 1024 bit\)"),
        ("no_usage", "không được phép dùng để ký"),
    ],
)
def test_unfit_certificates_are_refused_before_signing(
    unsigned: bytes, name: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        sign_pdf(unsigned, signer(name), role="truong_doan")


def test_a_certificate_signed_with_sha1_is_refused() -> None:
    weak_hash = resigned_with_sha1(standard()["lead"], standard()["ca"])
    with pytest.raises(UserError, match=r"thuật toán băm yếu \(sha1\)"):
        check_for_signing(weak_hash)


def test_a_wrong_password_is_refused_clearly() -> None:
    with pytest.raises(UserError, match="Mật khẩu không đúng"):
        P12Signer.from_bytes(standard()["lead"].p12(), "sai mật khẩu")


def test_an_ecdsa_key_signs_and_validates(unsigned: bytes) -> None:
    pdf = sign_pdf(unsigned, signer("chairman"), role="dai_dien_don_vi").pdf
    (status,) = pyhanko_statuses(pdf, [standard()["ca"]])
    assert status.bottom_line


def test_the_stamp_fonts_are_embedded(signed_twice: bytes) -> None:
    reader = PdfFileReader(BytesIO(signed_twice))
    seen = 0

    def walk(resources: Any) -> None:
        nonlocal seen
        fonts = resources.get("/Font")
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            font = ref.get_object()
            seen += 1
            if "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            else:
                descriptor = font["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
        xobjects = resources.get("/XObject")
        for xobject in (xobjects.get_object() if xobjects is not None else {}).values():
            inner = xobject.get_object()
            if "/Resources" in inner:
                walk(inner["/Resources"])

    for page in reader.root["/Pages"]["/Kids"]:
        for annot in page.get_object().get("/Annots", []):
            appearance = annot.get_object().get("/AP")
            if appearance is not None:
                normal = appearance["/N"].get_object()
                walk(normal.get("/Resources", {}))
    assert seen > 0
