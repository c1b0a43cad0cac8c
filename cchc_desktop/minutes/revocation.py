"""Revocation information: the CRLs kept on this computer, and what signing can embed.

A signature must still be checkable years later at an office with no internet. When the
signer's CA publishes revocation information (a CRL distribution point or an OCSP responder in
the certificate), signing embeds what can be had at that moment into the PDF's Document
Security Store (PAdES-LT, through pyHanko): from the CRLs a secretary downloaded from the CA's
portal and added (`cchc minutes trust add-crl FILE`, kept in keys/crls/), and from the network
when ``fetch`` allows it. What was embedded, or why nothing was, is said to the signer; verify
later says which sources it used.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.atomic import write_atomic
from cchc_desktop.errors import UserError, pick, read_named_file
from cchc_desktop.minutes.certificates import common_name, local_time

if TYPE_CHECKING:
    from cryptography import x509

    from cchc_desktop.store.datafolder import DataFolder

# What signing did about revocation information, as SignedPdf.revocation says it.
EMBEDDED = "embedded"  # the CRL/OCSP answers for the chain are in the PDF (PAdES-LT)
NOT_PUBLISHED = "not_published"  # the certificate names no revocation source
UNAVAILABLE = "unavailable"  # sources named, none could be had: a plain PAdES signature
NOT_TRUSTED = "not_trusted"  # no trusted root for the chain: nothing can be validated
NOT_ASKED = "not_asked"


@dataclass(frozen=True)
class CrlInfo:
    """A CRL as a person checks it: who issued it, when, until when, how many entries."""

    issuer: str
    this_update: str
    next_update: str
    revoked: int
    fingerprint: str

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class RevocationSetup:
    """What signing may use to embed revocation information (asn1crypto objects)."""

    roots: tuple[Any, ...] = ()
    crls: tuple[Any, ...] = ()
    fetch: bool = False  # ask the CA's servers over the network (when there is one)


def crls_dir(folder: DataFolder) -> Path:
    return folder.keys_dir / "crls"


def read_crl(data: bytes) -> x509.CertificateRevocationList:
    """A CRL from DER or PEM bytes; anything else refused clearly."""
    from cryptography import x509 as x

    try:
        if b"-----BEGIN X509 CRL-----" in data:
            return x.load_pem_x509_crl(data)
        return x.load_der_x509_crl(data)
    except ValueError as exc:
        raise UserError(
            "Tệp không phải danh sách chứng thư bị thu hồi (CRL, .crl dạng DER hoặc PEM).",
            "The file is not a certificate revocation list (CRL, .crl in DER or PEM).",
        ) from exc


def describe_crl(crl: x509.CertificateRevocationList) -> CrlInfo:
    from cryptography.hazmat.primitives.serialization import Encoding

    der = crl.public_bytes(Encoding.DER)
    after = crl.next_update_utc
    return CrlInfo(
        issuer=common_name(crl.issuer),
        this_update=local_time(crl.last_update_utc),
        next_update=local_time(after) if after else "",
        revoked=len(crl),
        fingerprint=hashlib.sha256(der).hexdigest(),
    )


def add_crl(folder: DataFolder, source: Path) -> CrlInfo:
    """Keep the CRL in ``source`` for signing and verifying (one file per CRL, by hash).

    A CRL from the same CA replaces nothing: an older one still tells about the time it
    covered, and the validator picks the right one for each moment.
    """
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        crl = read_crl(read_named_file(source))
    except UserError as exc:
        raise UserError(f"{source}: {exc.vi}", f"{source}: {exc.en}") from exc
    info = describe_crl(crl)
    write_atomic(crls_dir(folder) / f"{info.fingerprint}.crl", crl.public_bytes(Encoding.DER))
    return info


def list_crls(folder: DataFolder) -> list[CrlInfo]:
    return sorted(
        (describe_crl(c) for c in _stored(folder)), key=lambda i: (i.issuer, i.this_update)
    )


def _stored(folder: DataFolder) -> list[x509.CertificateRevocationList]:
    directory = crls_dir(folder)
    found = []
    for path in sorted(directory.glob("*.crl")) if directory.is_dir() else []:
        try:
            found.append(read_crl(path.read_bytes()))
        except (OSError, UserError):
            continue  # a damaged file is skipped: the other CRLs still count
    return found


def load_crls(folder: DataFolder | None) -> list[Any]:
    """The stored CRLs as pyHanko's validator takes them (asn1crypto)."""
    from asn1crypto import crl as asn1_crl
    from cryptography.hazmat.primitives.serialization import Encoding

    if folder is None:
        return []
    return [asn1_crl.CertificateList.load(c.public_bytes(Encoding.DER)) for c in _stored(folder)]


def names_revocation_source(cert: x509.Certificate) -> bool:
    """Whether the certificate tells where its revocation status is published."""
    from cryptography import x509 as x

    try:
        cert.extensions.get_extension_for_class(x.CRLDistributionPoints)
        return True
    except x.ExtensionNotFound:
        pass
    try:
        access = cert.extensions.get_extension_for_class(x.AuthorityInformationAccess).value
    except x.ExtensionNotFound:
        return False
    return any(d.access_method == x.oid.AuthorityInformationAccessOID.OCSP for d in access)


def signing_context(setup: RevocationSetup, cert: x509.Certificate) -> tuple[Any | None, str]:
    """The validation context to embed revocation information with, or None and why not."""
    if not names_revocation_source(cert):
        return None, NOT_PUBLISHED
    if not setup.roots:
        return None, NOT_TRUSTED
    if not setup.crls and not setup.fetch:
        return None, UNAVAILABLE
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(
        trust_roots=list(setup.roots),
        crls=list(setup.crls),
        ocsps=[],
        allow_fetching=setup.fetch,
        revocation_mode="hard-fail",
        moment=dt.datetime.now(dt.UTC),
    )
    return context, EMBEDDED


def revocation_note(outcome: str) -> str:
    """What signing did about revocation information, for the person who signed."""
    notes = {
        EMBEDDED: (
            "Đã nhúng thông tin thu hồi chứng thư (CRL/OCSP) vào văn bản (PAdES-LT): kiểm tra "
            "được về sau mà không cần mạng.",
            "Revocation information (CRL/OCSP) is embedded in the document (PAdES-LT): it can "
            "be checked later without a network.",
        ),
        NOT_PUBLISHED: (
            "Chứng thư không nêu nơi công bố thông tin thu hồi; không có gì để nhúng.",
            "The certificate names no revocation source; there is nothing to embed.",
        ),
        UNAVAILABLE: (
            "Chưa có thông tin thu hồi của chứng thư (chưa thêm CRL, không có mạng): chữ ký "
            "không kèm CRL. Tải CRL từ cổng của CA rồi chạy «cchc minutes trust add-crl».",
            "No revocation information for the certificate (no CRL added, no network): the "
            "signature carries none. Download the CA's CRL and run 'cchc minutes trust add-crl'.",
        ),
        NOT_TRUSTED: (
            "Chứng thư gốc của CA chưa có trong danh sách tin cậy, nên chưa nhúng được thông tin "
            "thu hồi.",
            "The CA's root is not in the trusted list, so no revocation information could be "
            "embedded.",
        ),
    }
    vi, en = notes.get(outcome, ("", ""))
    return pick(vi, en)


@dataclass(frozen=True)
class Embedded:
    """The revocation information a PDF carries in its Document Security Store."""

    crls: tuple[Any, ...] = ()
    ocsps: tuple[Any, ...] = ()
    certs: tuple[Any, ...] = ()


def embedded_revocation(reader: Any) -> Embedded:
    """The CRLs, OCSP answers and certificates in the PDF's Document Security Store."""
    from asn1crypto import crl as asn1_crl
    from asn1crypto import ocsp as asn1_ocsp
    from pyhanko.pdf_utils.decode_limits import DecodePurpose
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import NoDSSFoundError

    try:
        dss = DocumentSecurityStore.read_dss(reader)
    except NoDSSFoundError:
        return Embedded()
    try:
        crls = tuple(
            asn1_crl.CertificateList.load(r.get_object().read_data(DecodePurpose.CRL))
            for r in dss.crls
        )
        ocsps = tuple(
            asn1_ocsp.OCSPResponse.load(r.get_object().read_data(DecodePurpose.OCSP_RESPONSE))
            for r in dss.ocsps
        )
        certs = tuple(dss.load_certs())
    except Exception:  # a damaged store tells nothing; the signatures are judged without it
        return Embedded()
    return Embedded(crls, ocsps, certs)


def revocation_sources(
    cert: Any, crls: list[Any], embedded: Embedded
) -> tuple[tuple[str, str], ...]:
    """Which revocation sources speak about the signer's certificate."""
    if cert is None:
        return ()
    issuer = cert.issuer.public_bytes()
    found: list[tuple[str, str]] = []
    for crl in embedded.crls:
        if crl["tbs_cert_list"]["issuer"].dump() == issuer:
            found.append(_crl_text(crl, "nhúng trong văn bản", "embedded in the document"))
    for crl in crls:
        if crl["tbs_cert_list"]["issuer"].dump() == issuer:
            found.append(_crl_text(crl, "trong kho của máy", "stored on this computer"))
    serial = cert.serial_number
    for response in embedded.ocsps:
        try:
            basic = response["response_bytes"]["response"].parsed
            single = basic["tbs_response_data"]["responses"]
            if any(s["cert_id"]["serial_number"].native == serial for s in single):
                found.append(("phản hồi OCSP nhúng trong văn bản", "an OCSP answer embedded in the document"))  # fmt: skip
        except (KeyError, ValueError, TypeError):
            continue
    return tuple(dict.fromkeys(found))


def _crl_text(crl: Any, where_vi: str, where_en: str) -> tuple[str, str]:
    issued = crl["tbs_cert_list"]["this_update"].native
    day = local_time(issued)[:10] if isinstance(issued, dt.datetime) else "?"
    who = crl["tbs_cert_list"]["issuer"].native.get("common_name", "CA")
    return (f"CRL {where_vi} (do {who} phát hành ngày {_dmy(day)})",
            f"CRL {where_en} (issued by {who} on {_dmy(day)})")  # fmt: skip


def _dmy(iso_day: str) -> str:
    parts = iso_day.split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso_day
