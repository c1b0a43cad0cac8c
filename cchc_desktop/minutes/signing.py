"""PAdES signatures (pyHanko): who signs is a ``DocumentSigner``; today a PKCS#12 file.

Each signature is an incremental update appended to the PDF, so every earlier signature stays
valid. It fills the empty field the render left in the signer's block (role in the field name)
with a visible stamp; a PDF without that field gets an invisible signature. The password of a
.p12/.pfx file is used to open it and then forgotten: it is never stored or logged.

The seam for USB tokens (VNPT-CA, Viettel-CA, FPT-CA, Ban Cơ yếu): a class with the same two
members as ``P12Signer`` (``certificate`` and ``pyhanko_signer()``) built on
``pyhanko.sign.pkcs11.PKCS11Signer`` plugs into ``sign_pdf`` unchanged.
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
from cchc_desktop.minutes.certificates import CertificateInfo, check_for_signing, describe
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
    """Whatever holds a signing key: a PKCS#12 file today, a PKCS#11 token later."""

    @property
    def certificate(self) -> x509.Certificate: ...

    def pyhanko_signer(self) -> Any:
        """A ``pyhanko.sign.signers.Signer`` that makes the CMS signature."""
        ...


class P12Signer:
    """A key and certificate opened from a .p12/.pfx file with its password."""

    def __init__(self, certificate: x509.Certificate, signer: Any) -> None:
        self._certificate = certificate
        self._signer = signer

    @property
    def certificate(self) -> x509.Certificate:
        return self._certificate

    def pyhanko_signer(self) -> Any:
        return self._signer

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


def signature_fields(pdf: bytes) -> dict[str, tuple[bool, list[float] | None, int | None]]:
    """The PDF's signature fields: name → (already signed, rectangle, page index)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = _reader(pdf)
    pages = {page.idnum: index for index, page in enumerate(_page_refs(reader))}
    found: dict[str, tuple[bool, list[float] | None, int | None]] = {}
    for name, value, ref in enumerate_sig_fields(reader, filled_status=None):
        field = ref.get_object()
        rect = field.get("/Rect")
        page_ref = field.get_value_as_reference("/P") if "/P" in field else None
        page = pages.get(page_ref.idnum) if page_ref is not None else None
        box = [float(v) for v in rect] if rect is not None else None
        found[str(name)] = (value is not None, box, page)
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
) -> SignedPdf:
    """Add ``role``'s PAdES signature as an incremental update; earlier signatures stay valid.

    Refused (nothing produced) when the certificate fails the checks, the role has already
    signed, or an earlier signature is already broken.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    role = SignerRole.parse(role).value
    moment = (now or vietnam_now()).replace(microsecond=0)
    step(progress, 0, 3, "Kiểm tra chứng thư số")
    check_for_signing(signer.certificate, moment)
    info = describe(signer.certificate)
    name = field_name(role)
    existing = signature_fields(pdf)
    if existing.get(name, (False, None, None))[0]:
        raise UserError(
            f"{SignerRole(role).label_vi} đã ký số văn bản này; không ký lại được.",
            f"The {SignerRole(role).label} has already signed this document.",
        )
    _ensure_earlier_signatures_intact(pdf)
    step(progress, 1, 3, "Ký số")
    signed_at = moment.isoformat(timespec="seconds")
    rect = existing.get(name, (False, None, None))[1]
    style = None
    if rect is not None and rect[2] > rect[0] and rect[3] > rect[1]:
        from cchc_desktop.minutes.stamp import stamp_pdf, stamp_style

        style = stamp_style(stamp_pdf(rect[2] - rect[0], rect[3] - rect[1], info, signed_at))
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=REASONS[role],
        location=location or None,
    )
    timestamper = None
    if tsa_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(tsa_url)
    pdf_signer = _timed_signer(
        meta,
        signer.pyhanko_signer(),
        moment,
        stamp_style=style,
        timestamper=timestamper,
        new_field_spec=None if name in existing else fields.SigFieldSpec(sig_field_name=name),
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    out = pdf_signer.sign_pdf(writer, existing_fields_only=name in existing)
    step(progress, 3, 3, "Đã ký")
    return SignedPdf(out.getvalue(), role, name, signed_at, info, style is not None)


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
