"""Checking a signed biên bản with pyHanko's validator and saying the result in Vietnamese.

For each signature: who signed (certificate CN), in which role (from the field name), when,
with which certificate, whether the document is unchanged since (only later signatures were
added), and whether the certificate chains to one of the user's trusted roots. A certificate is
judged at the time the signer's software reported, as PDF readers do by default.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.minutes.certificates import CertificateInfo, describe, local_time
from cchc_desktop.minutes.render import role_of_field


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one signature."""

    field: str
    role: str | None
    signer: str
    signed_at: str | None
    reason: str
    certificate: CertificateInfo | None
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the cryptographic signature matches the certificate's key
    trusted: bool  # the certificate chains to a trusted root
    unchanged: bool  # after signing, only further signatures were added
    problems: tuple[str, ...] = ()

    @property
    def broken(self) -> bool:
        """The document no longer is what this signer signed (or the signature is forged)."""
        return not (self.intact and self.valid and self.unchanged)

    @property
    def role_label(self) -> str:
        if self.role and self.role in {r.value for r in SignerRole}:
            return SignerRole(self.role).label_vi
        return "không rõ vai trò"

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "role": self.role,
            "role_label": self.role_label,
            "signer": self.signer,
            "signed_at": self.signed_at,
            "reason": self.reason,
            "certificate": self.certificate.as_dict() if self.certificate else None,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "unchanged": self.unchanged,
            "broken": self.broken,
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...] = ()
    error: str = ""

    @property
    def ok(self) -> bool:
        """Signed, and no signature is broken (trust is reported apart)."""
        return (
            not self.error and bool(self.signatures) and not any(s.broken for s in self.signatures)
        )

    @property
    def trusted(self) -> bool:
        return self.ok and all(s.trusted for s in self.signatures)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "trusted": self.trusted,
            "error": self.error,
            "signatures": [s.as_dict() for s in self.signatures],
        }

    def lines(self) -> list[str]:
        """The report for a person, in Vietnamese."""
        if self.error:
            return [f"KHÔNG HỢP LỆ: {self.error}"]
        if not self.signatures:
            return ["Văn bản chưa có chữ ký số nào."]
        out = []
        for number, s in enumerate(self.signatures, start=1):
            out.append(f"Chữ ký {number}: {s.signer} — {s.role_label}")
            if s.signed_at:
                out.append(f"  Thời gian ký: {s.signed_at}")
            if s.certificate:
                c = s.certificate
                out.append(f"  Chứng thư số: số hiệu {c.serial}, do {c.issuer} cấp")
                out.append(f"  Hiệu lực: từ {c.not_before} đến {c.not_after}; khóa {c.key}")
            out.append(
                "  Nội dung: nguyên vẹn, không bị sửa đổi sau khi ký"
                if not s.broken
                else "  Nội dung: ĐÃ BỊ THAY ĐỔI hoặc chữ ký không hợp lệ"
            )
            out.append(
                "  Chứng thư: tin cậy (thuộc tổ chức chứng thực trong danh sách tin cậy)"
                if s.trusted
                else "  Chứng thư: không tin cậy (không dẫn tới chứng thư gốc nào trong danh "
                "sách tin cậy)"
            )
            out.extend(f"  - {p}" for p in s.problems)
        if self.ok:
            verdict = "HỢP LỆ" + ("" if self.trusted else " (có chữ ký không tin cậy)")
        else:
            verdict = "KHÔNG HỢP LỆ: văn bản đã bị thay đổi sau khi ký hoặc có chữ ký hỏng"
        out.append(f"Kết luận: {verdict}.")
        return out


_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "không tìm thấy chuỗi chứng thư tới một chứng thư gốc tin cậy",
    "EXPIRED": "chứng thư đã hết hạn tại thời điểm ký",
    "NOT_YET_VALID": "chứng thư chưa có hiệu lực tại thời điểm ký",
    "REVOKED": "chứng thư đã bị thu hồi",
    "REVOKED_NO_POE": "chứng thư đã bị thu hồi",
    "CHAIN_CONSTRAINTS_FAILURE": "chuỗi chứng thư không thỏa ràng buộc",
    "CRYPTO_CONSTRAINTS_FAILURE": "thuật toán mật mã không còn được chấp nhận",
    "SIG_CONSTRAINTS_FAILURE": "mục đích sử dụng khóa không cho phép ký",
}


def quiet_pyhanko() -> None:
    """pyHanko logs every failed path search with a traceback; the report already says it.

    A NullHandler keeps those lines off a terminal that has no logging set up, while an app
    that does configure logging still receives them in its log file.
    """
    logger = logging.getLogger("pyhanko")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def verify_pdf(pdf: bytes, roots: Sequence[Any]) -> VerifyReport:
    """Every signature of the PDF, checked against ``roots`` (asn1crypto certificates)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    quiet_pyhanko()
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:  # a damaged file: whatever pyHanko trips over, the answer is "broken"
        return VerifyReport(error=f"tệp PDF bị hỏng, không đọc được ({type(exc).__name__}).")
    return VerifyReport(tuple(_check(sig, roots) for sig in signatures))


def _check(sig: Any, roots: Sequence[Any]) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name)
    role = role_of_field(name)
    reason = str(sig.sig_object.get("/Reason", ""))
    try:
        cert_info = describe(_to_cryptography(sig.signer_cert))
        signer = cert_info.subject
    except Exception:
        cert_info, signer = None, "không đọc được người ký"
    try:
        moment = sig.self_reported_timestamp
        context = ValidationContext(
            trust_roots=list(roots),
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=moment,
        )
        status = validate_pdf_signature(
            sig,
            signer_validation_context=context,
            key_usage_settings=KeyUsageConstraints(
                key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
            ),
        )
    except Exception as exc:  # a malformed signature container is a broken signature
        return SignatureCheck(
            name, role, signer, None, reason, cert_info, False, False, False, False,
            (f"không kiểm tra được chữ ký ({type(exc).__name__})",),
        )  # fmt: skip
    problems = []
    coverage = status.coverage
    level = status.modification_level
    unchanged = (
        coverage is not None
        and coverage >= SignatureCoverageLevel.ENTIRE_REVISION
        and (level is None or level <= ModificationLevel.FORM_FILLING)
        and status.docmdp_ok is not False
    )
    if not status.intact:
        problems.append("nội dung đã bị sửa: mã băm không khớp với phần đã ký")
    elif not status.valid:
        problems.append("chữ ký mật mã không khớp với chứng thư")
    if not unchanged:
        problems.append("tệp có thay đổi ngoài việc thêm chữ ký sau khi ký")
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        problems.append("sau chữ ký này chỉ có thêm chữ ký của bên khác (không đổi nội dung)")
    if not status.trusted:
        indic = getattr(status.trust_problem_indic, "name", "")
        problems.append(_TRUST_PROBLEMS.get(indic, "chứng thư không được xác thực"))
    when = status.signer_reported_dt
    return SignatureCheck(
        field=name,
        role=role,
        signer=signer,
        signed_at=local_time(when) if when else None,
        reason=reason,
        certificate=cert_info,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        unchanged=unchanged,
        problems=tuple(problems),
    )


def _to_cryptography(cert: Any) -> Any:
    from cryptography import x509

    return x509.load_der_x509_certificate(cert.dump())
