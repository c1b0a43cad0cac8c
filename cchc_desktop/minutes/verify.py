"""Checking a signed biên bản with pyHanko's validator, and the verdict that tells the truth.

Three verdicts, each with its exit code (``cchc minutes verify``):

- HỢP LỆ (0): unchanged since signing, the certificate chains to a trusted root and was valid
  (not expired, not revoked) when it signed, and its holder is the person printed for the role.
- CHƯA XÁC THỰC ĐƯỢC (3): unchanged, but trust or identity is not established: a root nobody
  trusted, a holder who is not the printed person (also when signing on their behalf, whose
  reason is shown), no printed name to compare, revocation status unknown.
- KHÔNG HỢP LỆ (1): changed after signing, a broken or forged signature, a certificate expired,
  not yet valid or revoked when it signed, or a file that cannot be read.

The moment a certificate is judged at is the RFC 3161 time-stamp's when one from a trusted TSA
is present, otherwise the time the signer's software wrote. Revocation is checked, offline,
against the CRL/OCSP answers embedded in the PDF (PAdES-LT) and the CRLs stored with `cchc
minutes trust add-crl`; which of them were used is part of the report. The report's words are in
``verify_report``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.errors import pick
from cchc_desktop.minutes.certificates import CertificateInfo, describe, local_time
from cchc_desktop.minutes.identity import Holder, holder_of, names_match, parse_on_behalf
from cchc_desktop.minutes.render import role_of_field
from cchc_desktop.minutes.revocation import Embedded, embedded_revocation, revocation_sources

VALID, UNVERIFIED, INVALID = "hop_le", "chua_xac_thuc", "khong_hop_le"
EXIT_CODES = {VALID: 0, INVALID: 1, UNVERIFIED: 3}
_RANK = {VALID: 0, UNVERIFIED: 1, INVALID: 2}

# Revocation status of a signer's certificate at the moment it signed.
REV_CHECKED, REV_NOT_PUBLISHED, REV_UNKNOWN = "checked", "not_published", "unknown"
REV_REVOKED, REV_REVOKED_LATER = "revoked", "revoked_later"
REV_NOT_CHECKED = "not_checked"  # the certificate is not validated: revocation is moot

Text = tuple[str, str]  # (Vietnamese, English): said in the reader's language when shown


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one signature, and everything it rests on."""

    field: str
    role: str | None
    signer: str  # the certificate holder's name
    signed_at: str | None  # ISO 8601 on Vietnam's clock
    reason: str
    certificate: CertificateInfo | None
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the cryptographic signature matches the certificate's key
    trusted: bool  # the certificate chains to a trusted root and was valid when it signed
    unchanged: bool  # after signing, only further signatures were added
    problems: tuple[Text, ...] = ()  # what makes it less than HỢP LỆ
    holder: Holder | None = None
    printed_name: str = ""
    on_behalf: tuple[str, str] | None = None  # (for whom, why) as the signature states
    timestamped: bool = False  # the time comes from a trusted RFC 3161 time-stamp
    revocation: str = REV_UNKNOWN
    revocation_sources: tuple[Text, ...] = ()
    when_problem: bool = False  # expired, not yet valid or revoked when it signed
    notes: tuple[Text, ...] = ()  # facts worth knowing that change nothing

    @property
    def broken(self) -> bool:
        """The document no longer is what this signer signed (or the signature is forged)."""
        return not (self.intact and self.valid and self.unchanged)

    @property
    def names_match(self) -> bool:
        return (
            self.holder is not None
            and bool(self.printed_name)
            and names_match(self.printed_name, self.holder)
        )

    @property
    def verdict(self) -> str:
        if self.broken or self.when_problem:
            return INVALID
        if not self.trusted or not self.names_match or self.revocation == REV_UNKNOWN:
            return UNVERIFIED
        if self.revocation == REV_REVOKED_LATER and not self.timestamped:
            return UNVERIFIED
        return VALID

    @property
    def role_label(self) -> str:
        if self.role and self.role in {r.value for r in SignerRole}:
            return SignerRole(self.role).label
        return pick("không rõ vai trò", "unknown role")

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "role": self.role,
            "role_label": self.role_label,
            "printed_name": self.printed_name,
            "signer": self.signer,
            "holder": self.holder.as_dict() if self.holder else None,
            "names_match": self.names_match,
            "on_behalf": (
                {"name": self.on_behalf[0], "reason": self.on_behalf[1]} if self.on_behalf else None
            ),
            "signed_at": self.signed_at,
            "timestamped": self.timestamped,
            "reason": self.reason,
            "certificate": self.certificate.as_dict() if self.certificate else None,
            "intact": self.intact,
            "valid": self.valid,
            "trusted": self.trusted,
            "unchanged": self.unchanged,
            "broken": self.broken,
            "revocation": self.revocation,
            "revocation_sources": [pick(*s) for s in self.revocation_sources],
            "verdict": self.verdict,
            "problems": [pick(*p) for p in self.problems],
        }


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...] = ()
    error: Text | None = None

    @property
    def ok(self) -> bool:
        """Signed, and no signature is broken (trust and identity are judged apart)."""
        return (
            self.error is None
            and bool(self.signatures)
            and not any(s.broken for s in self.signatures)
        )

    @property
    def verdict(self) -> str:
        """The document's verdict: its worst signature's (an unreadable file is INVALID)."""
        if self.error is not None:
            return INVALID
        return max((s.verdict for s in self.signatures), key=_RANK.__getitem__, default=INVALID)

    @property
    def trusted(self) -> bool:
        return bool(self.signatures) and self.verdict == VALID

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "verdict": self.verdict,
            "exit_code": self.exit_code,
            "trusted": self.trusted,
            "error": pick(*self.error) if self.error else "",
            "signatures": [s.as_dict() for s in self.signatures],
        }

    def lines(self) -> list[str]:
        """The report for a person, in the language of the messages (CCHC_LANG / the window)."""
        from cchc_desktop.minutes.verify_report import report_lines

        return report_lines(self)


_TRUST_PROBLEMS: dict[str, Text] = {
    "NO_CERTIFICATE_CHAIN_FOUND": (
        "chứng thư không dẫn tới chứng thư gốc nào trong danh sách tin cậy",
        "the certificate does not chain to any trusted root",
    ),
    "CHAIN_CONSTRAINTS_FAILURE": (
        "chuỗi chứng thư không thỏa ràng buộc",
        "the certificate chain breaks its constraints",
    ),
    "CRYPTO_CONSTRAINTS_FAILURE": (
        "thuật toán mật mã không còn được chấp nhận",
        "the cryptographic algorithm is no longer accepted",
    ),
    "SIG_CONSTRAINTS_FAILURE": (
        "mục đích sử dụng khóa không cho phép ký",
        "the key usage does not allow signing",
    ),
}
_WHEN_PROBLEMS = {
    "EXPIRED": ("chứng thư đã hết hạn khi ký", "the certificate had expired when it signed"),
    "OUT_OF_BOUNDS_NO_POE": (
        "chứng thư đã hết hạn khi ký",
        "the certificate had expired when it signed",
    ),
    "NOT_YET_VALID": (
        "chứng thư chưa có hiệu lực khi ký",
        "the certificate was not yet valid when it signed",
    ),
}


def quiet_pyhanko() -> None:
    """pyHanko logs every failed path search with a traceback; the report already says it.

    A NullHandler keeps those lines off a terminal that has no logging set up, while an app
    that does configure logging still receives them in its log file.
    """
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def verify_pdf(pdf: bytes, roots: Sequence[Any], crls: Sequence[Any] = ()) -> VerifyReport:
    """Every signature of the PDF, checked against ``roots`` (asn1crypto certificates) and the
    stored ``crls`` (asn1crypto CRLs) besides what the PDF embeds."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    quiet_pyhanko()
    if not pdf.strip():
        return VerifyReport(error=("tệp rỗng, không có nội dung PDF", "the file is empty"))
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
        embedded = embedded_revocation(reader)
    except Exception:  # a damaged file: whatever pyHanko trips over, the answer is "broken"
        return VerifyReport(
            error=(
                "tệp không phải PDF hoặc đã bị hỏng, không đọc được",
                "the file is not a PDF or is damaged and cannot be read",
            )
        )
    return VerifyReport(tuple(_check(sig, roots, list(crls), embedded) for sig in signatures))


def _context(
    roots: Sequence[Any], crls: list[Any], embedded: Embedded, moment: Any, mode: str
) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=list(roots),
        other_certs=list(embedded.certs),
        crls=[*embedded.crls, *crls],
        ocsps=list(embedded.ocsps),
        allow_fetching=False,
        revocation_mode=mode,
        moment=moment,
    )


def _validate(sig: Any, context: Any, *, skip_diff: bool = False) -> Any:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    return validate_pdf_signature(
        sig,
        signer_validation_context=context,
        key_usage_settings=KeyUsageConstraints(
            key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
        ),
        skip_diff=skip_diff,
    )


def _check(sig: Any, roots: Sequence[Any], crls: list[Any], embedded: Embedded) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import SignatureCoverageLevel

    name = str(sig.field_name)
    role = role_of_field(name)
    reason = str(sig.sig_object.get("/Reason", ""))
    printed = str(sig.sig_field.get("/TU", ""))
    on_behalf = parse_on_behalf(reason)
    try:
        cert = _to_cryptography(sig.signer_cert)
        cert_info, holder = describe(cert), holder_of(cert)
        signer = holder.name
    except Exception:
        cert, cert_info, holder = None, None, None
        signer = pick("không đọc được người ký", "the signer cannot be read")
    base: dict[str, Any] = {
        "field": name, "role": role, "signer": signer, "reason": reason,
        "certificate": cert_info, "holder": holder, "printed_name": printed,
        "on_behalf": on_behalf,
    }  # fmt: skip
    try:
        moment = sig.self_reported_timestamp
        status = _validate(sig, _context(roots, crls, embedded, moment, "soft-fail"))
        stamp = status.timestamp_validity
        timestamped = bool(stamp is not None and stamp.valid and stamp.trusted)
        if timestamped and stamp.timestamp != moment:
            moment = stamp.timestamp
            status = _validate(sig, _context(roots, crls, embedded, moment, "soft-fail"))
    except Exception:  # a malformed signature container is a broken signature
        return SignatureCheck(
            **base, signed_at=None, intact=False, valid=False, trusted=False, unchanged=False,
            problems=(("chữ ký hỏng, không kiểm tra được", "the signature is damaged and cannot be checked"),),
        )  # fmt: skip
    coverage, level = status.coverage, status.modification_level
    unchanged = (
        coverage is not None
        and coverage >= SignatureCoverageLevel.ENTIRE_REVISION
        and (level is None or level <= ModificationLevel.FORM_FILLING)
        and status.docmdp_ok is not False
    )
    problems: list[Text] = []
    notes: list[Text] = []
    if not status.intact:
        problems.append(("nội dung đã bị sửa: mã băm không khớp với phần đã ký",
                         "the content was altered: the hash does not match what was signed"))  # fmt: skip
    elif not status.valid:
        problems.append(("chữ ký mật mã không khớp với chứng thư",
                         "the cryptographic signature does not match the certificate"))  # fmt: skip
    if not unchanged:
        problems.append(("tệp có thay đổi ngoài việc thêm chữ ký sau khi ký",
                         "the file changed after signing beyond further signatures"))  # fmt: skip
    elif coverage == SignatureCoverageLevel.ENTIRE_REVISION:
        notes.append(("sau chữ ký này chỉ có thêm chữ ký của bên khác (không đổi nội dung)",
                      "after this signature only other parties' signatures were added"))  # fmt: skip
    broken = bool(problems)
    trusted, when_problem = bool(status.trusted), False
    revocation, sources = REV_UNKNOWN, tuple[Text, ...]()
    if not broken:
        indic = getattr(status.trust_problem_indic, "name", "")
        revocation, sources, trusted, when_problem = _judge(
            sig, status, indic, cert, moment, roots, crls, embedded, problems, timestamped
        )
        _identity_problems(printed, holder, on_behalf, problems)
    return SignatureCheck(
        **base, signed_at=local_time(moment) if moment else None,
        intact=bool(status.intact), valid=bool(status.valid), trusted=trusted,
        unchanged=unchanged, problems=tuple(problems), timestamped=timestamped,
        revocation=revocation, revocation_sources=sources, when_problem=when_problem,
        notes=tuple(notes),
    )  # fmt: skip


def _judge(
    sig: Any, status: Any, indic: str, cert: Any, moment: Any, roots: Sequence[Any],
    crls: list[Any], embedded: Embedded, problems: list[Text], timestamped: bool,
) -> tuple[str, tuple[Text, ...], bool, bool]:  # fmt: skip
    """Trust, validity when signed and revocation of an intact signature's certificate:
    (revocation status, sources used, trusted, expired/revoked when signed)."""
    from cchc_desktop.minutes.revocation import names_revocation_source

    sources = revocation_sources(cert, crls, embedded)
    if indic.startswith("REVOKED"):
        when = getattr(status.revocation_details, "revocation_date", None)
        date = local_time(when) if when else "?"
        if when is None or moment is None or when <= moment:
            problems.append((f"chứng thư đã bị thu hồi từ {date}, trước khi ký",
                             f"the certificate was revoked on {date}, before it signed"))  # fmt: skip
            return REV_REVOKED, sources, False, True
        problems.append((f"chứng thư bị thu hồi từ {date}, sau thời điểm ký",
                         f"the certificate was revoked on {date}, after it signed"))  # fmt: skip
        return REV_REVOKED_LATER, sources, timestamped, False
    if indic in _WHEN_PROBLEMS:
        problems.append(_WHEN_PROBLEMS[indic])
        return REV_NOT_CHECKED, sources, False, True
    if not status.trusted:
        problems.append(_TRUST_PROBLEMS.get(indic, ("chứng thư chưa được xác thực",
                                                    "the certificate is not validated")))  # fmt: skip
        return REV_NOT_CHECKED, sources, False, False
    if cert is None or not names_revocation_source(cert):
        return REV_NOT_PUBLISHED, (), True, False
    strict = _validate(sig, _context(roots, crls, embedded, moment, "hard-fail"), skip_diff=True)
    if strict.trusted:
        return REV_CHECKED, sources, True, False
    problems.append(("không có thông tin thu hồi chứng thư (CRL/OCSP) để kiểm tra",
                     "no revocation information (CRL/OCSP) to check the certificate against"))  # fmt: skip
    return REV_UNKNOWN, (), True, False


def _identity_problems(
    printed: str, holder: Holder | None, on_behalf: tuple[str, str] | None, problems: list[Text]
) -> None:
    if holder is None:
        return
    if not printed:
        problems.append(("văn bản không ghi tên người ký cho vai trò này để đối chiếu",
                         "the document prints no name for this role to compare with"))  # fmt: skip
    elif not names_match(printed, holder):
        if on_behalf is not None:
            problems.append((f"{holder.name} ký thay {printed}; lý do: {on_behalf[1]}",
                             f"{holder.name} signed on behalf of {printed}; reason: {on_behalf[1]}"))  # fmt: skip
        else:
            problems.append((f"người giữ chứng thư ({holder.name}) không phải người có tên trên "
                             f"văn bản ({printed})",
                             f"the certificate holder ({holder.name}) is not the person printed "
                             f"({printed})"))  # fmt: skip


def _to_cryptography(cert: Any) -> Any:
    from cryptography import x509

    return x509.load_der_x509_certificate(cert.dump())
