"""Who signed, whether it is the person printed, whether the certificate could be revoked, and
when: name matching and signing on someone's behalf, the three verdicts, PAdES-LT with an
embedded CRL checked offline by pyHanko, and RFC 3161 time-stamps from a TSA on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from typing import Any

import pytest
from asn1crypto import crl as asn1_crl
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext

from cchc_desktop.errors import UserError
from cchc_desktop.minutes import revocation
from cchc_desktop.minutes.identity import NameMismatch, holder_of, names_match
from cchc_desktop.minutes.signing import P12Signer, sign_pdf
from cchc_desktop.minutes.verify import (
    INVALID,
    REV_CHECKED,
    REV_UNKNOWN,
    UNVERIFIED,
    VALID,
    verify_pdf,
)
from tests.pki import (
    PASSWORD,
    Identity,
    make_crl,
    make_signer,
    make_tsa,
    standard,
    vietnamese_subject,
)
from tests.pki_server import ca_server
from tests.unit.test_minutes_signing import printed

CLOSED_PORT_URL = "http://127.0.0.1:9/ca.crl"  # the discard port: nothing listens there


def asn1(identity: Identity) -> Any:
    return asn1_x509.Certificate.load(identity.cert.public_bytes(Encoding.DER))


def p12(identity: Identity) -> P12Signer:
    return P12Signer.from_bytes(identity.p12(), PASSWORD)


def roots() -> list[Any]:
    return [asn1(standard()["ca"])]


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return printed(lead="Hồ Tiến Thiệu", unit="Lương Văn Hùng")


@pytest.fixture(scope="module")
def thieu_with_crl() -> Identity:
    """Hồ Tiến Thiệu's certificate as Vietnamese CAs write it, with a CRL distribution point."""
    return make_signer(
        standard()["ca"],
        "HỒ TIẾN THIỆU",
        subject=vietnamese_subject("HO TIEN THIEU", "CCCD:020088001234"),
        crl_url=CLOSED_PORT_URL,
    )


def test_a_vietnamese_subject_is_read_and_matched_without_case_or_diacritics(
    thieu_with_crl: Identity,
) -> None:
    holder = holder_of(thieu_with_crl.cert)
    assert holder.name == "HO TIEN THIEU"
    assert holder.identifiers == {"CCCD": "020088001234"}
    assert names_match("Hồ Tiến Thiệu", holder)
    assert names_match("hồ  tiến thiệu", holder)  # NFD, spacing, case
    assert not names_match("Hồ Tiến Thiện", holder)
    assert not names_match("Thiệu", holder)  # a part of the name is not the name


def test_a_certificate_of_someone_else_is_refused(unsigned: bytes) -> None:
    with pytest.raises(NameMismatch) as caught:
        sign_pdf(unsigned, p12(standard()["lead"]), role="truong_doan")
    assert "«Nguyễn Văn An»" in caught.value.vi and "«Hồ Tiến Thiệu»" in caught.value.vi
    with pytest.raises(UserError, match="ghi rõ lý do"):
        sign_pdf(unsigned, p12(standard()["lead"]), role="truong_doan", on_behalf="  vì  ")


def test_signing_on_behalf_is_accepted_with_its_reason_and_verify_prints_it(
    unsigned: bytes,
) -> None:
    reason = "Được ủy quyền theo Giấy ủy quyền số 12/UQ-UBND ngày 01/7/2024"
    done = sign_pdf(unsigned, p12(standard()["lead"]), role="truong_doan", on_behalf=reason)
    assert not done.names_match and done.on_behalf == reason
    report = verify_pdf(done.pdf, roots())
    (check,) = report.signatures
    assert check.on_behalf == ("Hồ Tiến Thiệu", reason)
    assert (report.verdict, report.exit_code) == (UNVERIFIED, 3)
    text = "\n".join(report.lines())
    assert f"Đối chiếu tên: KHÔNG KHỚP — ký thay Hồ Tiến Thiệu, lý do: {reason}" in text
    assert "Người giữ chứng thư: Nguyễn Văn An" in text


def test_a_mismatched_signature_made_by_other_software_is_not_verified(unsigned: bytes) -> None:
    """Another program signs the lead's field with a third person's certificate."""
    meta = signers.PdfSignatureMetadata(
        field_name="ky_so_truong_doan", subfilter=fields.SigSeedSubFilter.PADES
    )
    pdf_signer = signers.PdfSigner(meta, p12(standard()["chairman"]).pyhanko_signer())
    out = pdf_signer.sign_pdf(
        IncrementalPdfFileWriter(BytesIO(unsigned)), existing_fields_only=True
    )
    report = verify_pdf(out.getvalue(), roots())
    assert (report.verdict, report.exit_code) == (UNVERIFIED, 3)
    text = "\n".join(report.lines())
    assert "Đối chiếu tên: KHÔNG KHỚP" in text
    assert "người giữ chứng thư (Hoàng Văn Bình) không phải người có tên trên văn bản" in text


def test_a_matching_signature_is_valid(unsigned: bytes, thieu_with_crl: Identity) -> None:
    crl = asn1_crl.CertificateList.load(make_crl(standard()["ca"]))
    setup = revocation.RevocationSetup(tuple(roots()), (crl,))
    done = sign_pdf(unsigned, p12(thieu_with_crl), role="truong_doan", revocation_setup=setup)
    assert done.names_match and done.revocation == revocation.EMBEDDED
    report = verify_pdf(done.pdf, roots())
    assert (report.verdict, report.exit_code) == (VALID, 0), report.lines()


def test_pades_lt_embeds_the_crl_and_pyhanko_validates_it_offline(
    unsigned: bytes, thieu_with_crl: Identity
) -> None:
    crl_der = make_crl(standard()["ca"])
    setup = revocation.RevocationSetup(
        tuple(roots()), (asn1_crl.CertificateList.load(crl_der),), fetch=False
    )
    done = sign_pdf(unsigned, p12(thieu_with_crl), role="truong_doan", revocation_setup=setup)
    reader = PdfFileReader(BytesIO(done.pdf))
    dss = DocumentSecurityStore.read_dss(reader)
    assert [r.get_object().data for r in dss.crls] == [crl_der]
    # pyHanko on its own: no network, revocation checking required, only what the PDF holds.
    context = dss.as_validation_context(
        {"trust_roots": roots(), "allow_fetching": False, "revocation_mode": "require"}
    )
    status = validate_pdf_signature(reader.embedded_signatures[0], context)
    assert status.bottom_line and status.trusted
    # Without the embedded CRL the same check fails: the CRL is what makes it pass.
    bare = ValidationContext(
        trust_roots=roots(), crls=[], ocsps=[], allow_fetching=False, revocation_mode="require"
    )
    assert not validate_pdf_signature(reader.embedded_signatures[0], bare).trusted
    (check,) = verify_pdf(done.pdf, roots()).signatures
    assert check.revocation == REV_CHECKED
    text = "\n".join(verify_pdf(done.pdf, roots()).lines())
    assert (
        "Thông tin thu hồi: đã kiểm tra, chưa bị thu hồi — nguồn: CRL nhúng trong văn bản" in text
    )


def test_without_revocation_information_the_signature_is_not_verified(
    unsigned: bytes, thieu_with_crl: Identity
) -> None:
    setup = revocation.RevocationSetup(tuple(roots()), (), fetch=True)  # the CRL URL is closed
    done = sign_pdf(unsigned, p12(thieu_with_crl), role="truong_doan", revocation_setup=setup)
    assert done.revocation == revocation.UNAVAILABLE
    report = verify_pdf(done.pdf, roots())
    (check,) = report.signatures
    assert check.revocation == REV_UNKNOWN and check.trusted
    assert (report.verdict, report.exit_code) == (UNVERIFIED, 3)
    text = "\n".join(report.lines())
    assert "Thông tin thu hồi: không có nguồn nào" in text
    # The CRL the secretary downloads later and stores settles it, and is named as the source.
    crl = asn1_crl.CertificateList.load(make_crl(standard()["ca"]))
    later = verify_pdf(done.pdf, roots(), [crl])
    assert later.verdict == VALID
    assert "nguồn: CRL trong kho của máy" in "\n".join(later.lines())


def test_a_certificate_revoked_before_signing_is_not_valid(
    unsigned: bytes, thieu_with_crl: Identity
) -> None:
    done = sign_pdf(unsigned, p12(thieu_with_crl), role="truong_doan")
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    crl = asn1_crl.CertificateList.load(
        make_crl(standard()["ca"], ((thieu_with_crl.cert, earlier),))
    )
    report = verify_pdf(done.pdf, roots(), [crl])
    assert (report.verdict, report.exit_code) == (INVALID, 1)
    assert "đã bị thu hồi từ" in "\n".join(report.lines())


def test_the_crl_is_fetched_from_the_cas_server_at_signing(unsigned: bytes) -> None:
    ca = standard()["ca"]
    with ca_server(make_tsa(ca), make_crl(ca)) as server:
        who = make_signer(ca, "Hồ Tiến Thiệu", crl_url=server.crl_url)
        setup = revocation.RevocationSetup(tuple(roots()), (), fetch=True)
        done = sign_pdf(unsigned, p12(who), role="truong_doan", revocation_setup=setup)
    assert "GET /ca.crl" in server.requests
    assert done.revocation == revocation.EMBEDDED
    assert verify_pdf(done.pdf, roots()).verdict == VALID


def test_a_time_stamp_from_the_tsa_dates_the_signature(unsigned: bytes) -> None:
    ca = standard()["ca"]
    with ca_server(make_tsa(ca)) as server:
        done = sign_pdf(
            printed(), p12(standard()["lead"]), role="truong_doan", tsa_url=server.tsa_url
        )
    # pyHanko asks once to size the signature, then for the token itself.
    assert set(server.requests) == {"POST /tsa application/timestamp-query"}
    assert done.timestamped
    sig = PdfFileReader(BytesIO(done.pdf)).embedded_signatures[0]
    context = ValidationContext(trust_roots=roots(), allow_fetching=False)
    status = validate_pdf_signature(sig, context)
    assert status.timestamp_validity is not None and status.timestamp_validity.trusted
    report = verify_pdf(done.pdf, roots())
    assert report.signatures[0].timestamped and report.verdict == VALID
    assert "theo dấu thời gian tin cậy" in "\n".join(report.lines())


def test_an_unreachable_tsa_refuses_clearly(unsigned: bytes) -> None:
    with pytest.raises(UserError, match="Không lấy được dấu thời gian từ máy chủ"):
        sign_pdf(printed(), p12(standard()["lead"]), role="truong_doan", tsa_url=CLOSED_PORT_URL)
