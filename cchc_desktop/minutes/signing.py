"""PAdES signatures (pyHanko): who signs is a ``DocumentSigner``: a PKCS#12 file
(``P12Signer``) or a USB token (``tokens.TokenSigner``, pyHanko's PKCS#11 signer).

Each signature is an incremental update appended to the PDF, so every earlier signature stays
valid. It fills the empty field the render left in the signer's block (role in the field name,
printed name in its /TU) with a visible stamp; a PDF without that field gets an invisible
signature. Before anything is signed, the certificate's holder is held against the printed
name: a mismatch is refused unless the signer states why they sign on that person's behalf,
and the reason goes into the signature's /Reason for every verifier to read. Revocation
information is embedded when it can be had (PAdES-LT), and a time-stamp server's RFC 3161
token added when one is set. The password of a .p12/.pfx file is used to open it and then
forgotten: it is never stored or logged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cchc_desktop.domain.dates import vietnam_now
from cchc_desktop.domain.roles import SignerRole
from cchc_desktop.errors import UserError, read_named_file
from cchc_desktop.minutes import revocation
from cchc_desktop.minutes.certificates import CertificateInfo, check_for_signing, describe
from cchc_desktop.minutes.identity import Holder, check_identity, holder_of, on_behalf_text
from cchc_desktop.minutes.key_signer import KeySigner
from cchc_desktop.minutes.render import field_name
from cchc_desktop.progress import Progress, step

if TYPE_CHECKING:
    from cryptography import x509

REASONS = {
    "truong_doan": "Trưởng đoàn kiểm tra ký biên bản kiểm tra",
    "dai_dien_don_vi": "Đại diện đơn vị được kiểm tra ký biên bản kiểm tra",
    "thu_ky": "Thư ký đoàn kiểm tra ký biên bản kiểm tra",
}


class DocumentSigner(Protocol):
    """Whatever holds a signing key: a PKCS#12 file or a PKCS#11 token."""

    @property
    def certificate(self) -> x509.Certificate: ...

    def pyhanko_signer(self) -> Any:
        """A ``pyhanko.sign.signers.Signer`` that makes the CMS signature."""
        ...


class P12Signer(KeySigner):
    """A key and certificate opened from a .p12/.pfx file with its password."""

    @classmethod
    def from_file(cls, path: Path, password: str) -> P12Signer:
        return cls.from_bytes(read_named_file(path), password, name=path.name)

    @classmethod
    def from_bytes(cls, data: bytes, password: str, *, name: str = "chứng thư số") -> P12Signer:
        """Open PKCS#12 data; a wrong password is refused clearly."""
        from cryptography.hazmat.primitives.serialization import pkcs12
        from pyhanko.sign.signers import SimpleSigner

        try:
            secret = password.encode("utf-8")
        except UnicodeEncodeError as exc:  # bytes that were not UTF-8 (surrogate escapes)
            raise UserError(
                "Mật khẩu không phải văn bản UTF-8 hợp lệ; hãy nhập lại. Chưa có gì được ký.",
                "The password is not valid UTF-8 text; enter it again. Nothing was signed.",
            ) from exc
        try:
            key, cert, _others = pkcs12.load_key_and_certificates(data, secret or None)
        except (ValueError, TypeError) as exc:
            raise UserError(
                f"Mật khẩu không đúng, hoặc {name} không phải tệp chứng thư số PKCS#12 "
                "(.p12/.pfx). Hãy nhập lại mật khẩu; chưa có gì được ký.",
                f"Wrong password, or {name} is not a PKCS#12 certificate file (.p12/.pfx). "
                "Enter the password again; nothing was signed.",
            ) from exc
        if key is None or cert is None:
            raise UserError(
                f"Tệp {name} không chứa khóa ký và chứng thư số.",
                f"{name} holds no signing key and certificate.",
            )
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=secret or None)
        return cls(cert, signer)


@dataclass(frozen=True)
class SignedPdf:
    """The signed PDF and what was done."""

    pdf: bytes
    role: str
    field: str
    signed_at: str  # ISO 8601, +07:00
    certificate: CertificateInfo
    visible: bool
    holder: Holder | None = None
    printed_name: str = ""  # the name printed for the role ("" when the PDF names nobody)
    names_match: bool = False
    on_behalf: str = ""  # the stated reason when the holder signed for the printed person
    revocation: str = revocation.NOT_ASKED  # what was done about revocation information
    timestamped: bool = False


@dataclass(frozen=True)
class FieldInfo:
    """A signature field of the PDF."""

    filled: bool
    rect: list[float] | None
    page: int | None
    printed: str  # the field's /TU: the name printed under it ("" if none)


def signature_fields(pdf: bytes) -> dict[str, FieldInfo]:
    """The PDF's signature fields by name."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(pdf)
    pages = {page.idnum: index for index, page in enumerate(_page_refs(reader))}
    found: dict[str, FieldInfo] = {}
    for name, value, ref in enumerate_sig_fields(reader, filled_status=None):
        field = ref.get_object()
        rect = field.get("/Rect")
        page_ref = field.get_value_as_reference("/P") if "/P" in field else None
        page = pages.get(page_ref.idnum) if page_ref is not None else None
        box = [float(v) for v in rect] if rect is not None else None
        found[str(name)] = FieldInfo(value is not None, box, page, str(field.get("/TU", "")))
    return found


def _page_refs(reader: Any) -> list[Any]:
    root = reader.root["/Pages"]
    refs: list[Any] = []

    def walk(node_ref: Any) -> None:
        node = node_ref.get_object()
        if node.get("/Type") == "/Pages":
            for kid in node["/Kids"]:
                walk(kid)
        else:
            refs.append(node_ref)

    for kid in root["/Kids"]:
        walk(kid)
    return refs


def _reader(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return PdfFileReader(BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise UserError(
            "Tệp này không phải PDF hợp lệ hoặc đã bị hỏng; không ký được.",
            "This file is not a valid PDF or is damaged; it cannot be signed.",
        ) from exc


def sign_pdf(
    pdf: bytes,
    signer: DocumentSigner,
    *,
    role: str,
    location: str = "",
    tsa_url: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    printed_name: str = "",
    on_behalf: str | None = None,
    revocation_setup: revocation.RevocationSetup | None = None,
) -> SignedPdf:
    """Add ``role``'s PAdES signature as an incremental update; earlier signatures stay valid.

    Refused (nothing produced) when the certificate fails the checks, its holder is not the
    person printed for the role (unless ``on_behalf`` states why), the role has already
    signed, an earlier signature is already broken, or the time-stamp server cannot be
    reached. ``printed_name`` is used when the PDF's field does not carry the name itself.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from cchc_desktop.minutes.verify import quiet_pyhanko

    quiet_pyhanko()
    role = SignerRole.parse(role).value
    label = SignerRole(role)
    moment = (now or vietnam_now()).replace(microsecond=0)
    step(progress, 0, 3, "Kiểm tra chứng thư số")
    check_for_signing(signer.certificate, moment)
    info = describe(signer.certificate)
    holder = holder_of(signer.certificate)
    name = field_name(role)
    existing = signature_fields(pdf)
    field = existing.get(name)
    if field is not None and field.filled:
        raise UserError(
            f"{label.label_vi} đã ký số văn bản này; không ký lại được.",
            f"The {label.label} has already signed this document.",
        )
    printed = (field.printed if field is not None else "") or printed_name
    vi, en = SignerRole._labels()[role]
    matched, reason = check_identity((vi.lower(), en.lower()), printed, holder, on_behalf)
    _ensure_earlier_signatures_intact(pdf)
    step(progress, 1, 3, "Ký số")
    signed_at = moment.isoformat(timespec="seconds")
    rect = field.rect if field is not None else None
    style = None
    if rect is not None and rect[2] > rect[0] and rect[3] > rect[1]:
        from cchc_desktop.minutes.stamp import stamp_pdf, stamp_style

        style = stamp_style(stamp_pdf(rect[2] - rect[0], rect[3] - rect[1], info, signed_at))
    context, outcome = (
        revocation.signing_context(revocation_setup, signer.certificate)
        if revocation_setup is not None
        else (None, revocation.NOT_ASKED)
    )
    statement = REASONS[role] + (f". {on_behalf_text(printed, reason)}" if reason else "")

    def attempt(validation: Any) -> bytes:
        meta = signers.PdfSignatureMetadata(
            field_name=name,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=statement,
            location=location or None,
            embed_validation_info=validation is not None,
            validation_context=validation,
        )
        pdf_signer = _timed_signer(
            meta,
            signer.pyhanko_signer(),
            moment,
            stamp_style=style,
            timestamper=_timestamper(tsa_url),
            new_field_spec=None if field is not None else fields.SigFieldSpec(sig_field_name=name),
        )
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
        try:
            out = pdf_signer.sign_pdf(writer, existing_fields_only=field is not None)
        except UserError:
            raise
        except Exception as exc:
            raise _signing_failure(exc, tsa_url) from exc
        return bytes(out.getvalue())

    try:
        signed = attempt(context)
    except _ChainNotValidated:
        # The chain could not be validated with what we have (no CRL for it yet, the CA's
        # server out of reach): sign without embedding, and say so.
        signed, outcome = attempt(None), revocation.UNAVAILABLE
    step(progress, 3, 3, "Đã ký")
    return SignedPdf(
        signed, role, name, signed_at, info, style is not None, holder, printed, matched,
        reason, outcome, bool(tsa_url),
    )  # fmt: skip


class _ChainNotValidated(Exception):
    """pyHanko could not validate the signer's chain to embed its revocation information."""


def _timestamper(tsa_url: str | None) -> Any:
    if not tsa_url:
        return None
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(tsa_url, timeout=20)


def _signing_failure(exc: Exception, tsa_url: str | None) -> Exception:
    """What went wrong in pyHanko, said for a person (or marked for the LT fallback)."""
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps import TimestampRequestError

    chain = [exc]
    while chain[-1].__cause__ is not None and len(chain) < 8:
        chain.append(chain[-1].__cause__)  # type: ignore[arg-type]
    if any(isinstance(e, UserError) for e in chain):
        return next(e for e in chain if isinstance(e, UserError))
    if tsa_url and (
        any(isinstance(e, (TimestampRequestError, OSError, TimeoutError)) for e in chain)
        or "timestamp" in str(exc).lower()
    ):
        return UserError(
            f"Không lấy được dấu thời gian từ máy chủ {tsa_url} (không kết nối được hoặc máy "
            "chủ trả lời sai). Kiểm tra địa chỉ và mạng, hoặc ký không kèm dấu thời gian; chưa "
            "có gì được ký.",
            f"Could not get a time-stamp from {tsa_url} (no connection, or a wrong answer). "
            "Check the address and the network, or sign without a time-stamp; nothing was "
            "signed.",
        )
    if isinstance(exc, SigningError) and "could not be validated" in str(exc):
        return _ChainNotValidated()
    return exc


def _timed_signer(meta: Any, cms_signer: Any, moment: dt.datetime, **kwargs: Any) -> Any:
    """A PdfSigner whose signing time is ``moment`` (Vietnam time, the same as on the stamp)."""
    from pyhanko.sign.signers import PdfSigner

    class _Timed(PdfSigner):
        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(
                pdf_out, existing_fields_only=existing_fields_only
            )
            session.system_time = moment
            return session

    return _Timed(meta, cms_signer, **kwargs)


def _ensure_earlier_signatures_intact(pdf: bytes) -> None:
    """A document whose earlier signature is broken must not collect a further one."""
    from cchc_desktop.minutes.verify import verify_pdf

    report = verify_pdf(pdf, roots=())
    broken = [check for check in report.signatures if check.broken]
    if report.error or broken:
        which = ", ".join(check.field for check in broken) or "?"
        raise UserError(
            f"Chữ ký đã có trong văn bản ({which}) không còn nguyên vẹn: văn bản đã bị sửa sau "
            "khi ký. Không ký tiếp; hãy lập lại biên bản.",
            f"An existing signature ({which}) is broken: the document changed after signing. "
            "Not signing; make the minutes again.",
        )
