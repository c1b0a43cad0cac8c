"""Reading a signing certificate, and the checks it must pass before anything is signed with it.

Refusals are clear Vietnamese sentences: an expired or not yet valid certificate, one whose key
usage does not allow signing, a key below RSA 2048 / ECDSA 256 bits, or a weak hash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc_desktop.domain.dates import VIETNAM_TZ
from cchc_desktop.errors import UserError

if TYPE_CHECKING:
    from cryptography import x509

MIN_RSA_BITS = 2048
MIN_EC_BITS = 256
WEAK_HASHES = {"md5", "sha1", "md2", "md4"}


@dataclass(frozen=True)
class CertificateInfo:
    """What a person needs to know about a certificate, as plain strings."""

    subject: str  # the holder's name (CN)
    organisation: str
    issuer: str  # the CA's name (CN)
    serial: str  # hex, as CAs print it
    not_before: str  # ISO 8601, +07:00
    not_after: str
    key: str  # "RSA 2048", "ECDSA P-256"
    fingerprint: str  # SHA-256, hex

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def _name_part(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def common_name(name: x509.Name) -> str:
    from cryptography.x509.oid import NameOID

    return _name_part(name, NameOID.COMMON_NAME) or name.rfc4514_string()


def key_description(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa

    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"ECDSA {key.curve.name} ({key.key_size} bit)"
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448"
    return type(key).__name__


def local_time(moment: dt.datetime) -> str:
    """ISO 8601 on Vietnam's clock, e.g. 2026-11-26T15:04:05+07:00."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(VIETNAM_TZ).isoformat(timespec="seconds")


def describe(cert: x509.Certificate) -> CertificateInfo:
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    return CertificateInfo(
        subject=common_name(cert.subject),
        organisation=_name_part(cert.subject, NameOID.ORGANIZATION_NAME),
        issuer=common_name(cert.issuer),
        serial=f"{cert.serial_number:X}",
        not_before=local_time(cert.not_valid_before_utc),
        not_after=local_time(cert.not_valid_after_utc),
        key=key_description(cert),
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
    )


def check_for_signing(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    """Refuse a certificate that must not sign a biên bản (each reason said in Vietnamese)."""
    from cryptography import x509 as x
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    now = now or dt.datetime.now(dt.UTC)
    who = common_name(cert.subject)
    if now < cert.not_valid_before_utc:
        raise UserError(
            f"Chứng thư số của {who} chưa có hiệu lực (hiệu lực từ "
            f"{local_time(cert.not_valid_before_utc)}). Hãy kiểm tra đồng hồ máy tính hoặc "
            "dùng chứng thư khác.",
            f"{who}'s certificate is not valid yet (valid from "
            f"{local_time(cert.not_valid_before_utc)}). Check the computer's clock or use "
            "another certificate.",
        )
    if now > cert.not_valid_after_utc:
        raise UserError(
            f"Chứng thư số của {who} đã hết hạn ngày {local_time(cert.not_valid_after_utc)}. "
            "Hãy gia hạn chứng thư với tổ chức cung cấp dịch vụ chứng thực rồi ký lại.",
            f"{who}'s certificate expired on {local_time(cert.not_valid_after_utc)}. Renew it "
            "with the certification authority, then sign again.",
        )
    try:
        usage = cert.extensions.get_extension_for_class(x.KeyUsage).value
    except x.ExtensionNotFound:
        usage = None  # no restriction stated: any use is allowed
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise UserError(
            f"Chứng thư số của {who} không được phép dùng để ký (thiếu mục đích "
            "digitalSignature/nonRepudiation). Hãy dùng chứng thư ký số cá nhân.",
            f"{who}'s certificate may not be used for signing (key usage lacks "
            "digitalSignature/nonRepudiation). Use a personal signing certificate.",
        )
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < MIN_RSA_BITS:
            raise _weak_key(who, f"RSA {key.key_size} bit", f"RSA {MIN_RSA_BITS} bit")
    elif isinstance(key, ec.EllipticCurvePublicKey):
        if key.key_size < MIN_EC_BITS:
            raise _weak_key(who, f"ECDSA {key.key_size} bit", f"ECDSA {MIN_EC_BITS} bit")
    else:
        raise UserError(
            f"Khóa của chứng thư số {who} ({key_description(cert)}) chưa được hỗ trợ; "
            "hãy dùng chứng thư RSA hoặc ECDSA.",
            f"The key of {who}'s certificate ({key_description(cert)}) is not supported; "
            "use an RSA or ECDSA certificate.",
        )
    algorithm = cert.signature_hash_algorithm
    name = algorithm.name.lower() if algorithm is not None else "không rõ"
    if algorithm is None or name in WEAK_HASHES:
        raise UserError(
            f"Chứng thư số của {who} được ký bằng thuật toán băm yếu ({name}); cần SHA-256 "
            "trở lên. Hãy đề nghị tổ chức cấp chứng thư cấp lại.",
            f"{who}'s certificate is signed with a weak hash ({name}); SHA-256 or stronger is "
            "needed. Ask the certification authority for a new one.",
        )


def _weak_key(who: str, has: str, needs: str) -> UserError:
    return UserError(
        f"Khóa của chứng thư số {who} quá yếu ({has}); cần tối thiểu {needs}. "
        "Hãy dùng chứng thư số khác.",
        f"The key of {who}'s certificate is too weak ({has}); at least {needs} is needed. "
        "Use another certificate.",
    )
