"""A small certification authority for tests: real keys and certificates made with `cryptography`.

Signing tests use these instead of anything downloaded: a root CA, signer certificates (RSA 2048,
ECDSA P-256), and the bad ones the app must refuse (expired, RSA 1024, no signing key usage).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PASSWORD = "mật-khẩu-thử 123"


@dataclass(frozen=True)
class Identity:
    key: Any
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    def p12(self, password: str = PASSWORD) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"test",
            self.key,
            self.cert,
            list(self.chain) or None,
            serialization.BestAvailableEncryption(password.encode("utf-8")),
        )

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _name(cn: str, org: str = "Sở Nội vụ tỉnh Lạng Sơn") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _key(kind: str, bits: int = 2048) -> Any:
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def make_ca(cn: str = "CA Thử nghiệm CCHC") -> Identity:
    key = _key("rsa")
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, "CA thử"))
        .issuer_name(_name(cn, "CA thử"))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=3650))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(key, cert)


def make_signer(
    ca: Identity,
    cn: str,
    *,
    kind: str = "rsa",
    bits: int = 2048,
    valid_from_days: int = -30,
    valid_days: int = 730,
    signing_usage: bool = True,
    hash_algorithm: Any = None,
    crl_url: str | None = None,
    subject: x509.Name | None = None,
) -> Identity:
    key = _key(kind, bits)
    now = dt.datetime.now(dt.UTC)
    start = now + dt.timedelta(days=valid_from_days)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject or _name(cn))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=signing_usage,
                content_commitment=signing_usage,
                key_encipherment=not signing_usage,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
    )
    if crl_url:
        point = x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(crl_url)],
            relative_name=None,
            reasons=None,
            crl_issuer=None,
        )
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    cert = builder.sign(ca.key, hash_algorithm or hashes.SHA256())
    return Identity(key, cert, (ca.cert,))


def make_crl(ca: Identity, revoked: tuple[tuple[x509.Certificate, dt.datetime], ...] = ()) -> bytes:
    """The CA's certificate revocation list (DER), valid from yesterday for a month."""
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(now - dt.timedelta(days=1))
        .next_update(now + dt.timedelta(days=30))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
    )
    for cert, when in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(when)
            .build()
        )
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def make_tsa(ca: Identity, cn: str = "Dấu thời gian thử nghiệm") -> Identity:
    """A time-stamping authority certified by ``ca`` (extended key usage timeStamping)."""
    from cryptography.x509.oid import ExtendedKeyUsageOID

    key = _key("rsa")
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn, "CA thử"))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=30))
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
        .sign(ca.key, hashes.SHA256())
    )
    return Identity(key, cert, (ca.cert,))


def vietnamese_subject(cn: str, uid: str) -> x509.Name:
    """A subject as Vietnamese CAs write it: C, L, CN in capitals, UID "CCCD:…"."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, "Lạng Sơn"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.USER_ID, uid),
        ]
    )


def resigned_with_sha1(identity: Identity, ca: Identity) -> x509.Certificate:
    """The same certificate re-signed by the CA with SHA-1 (cryptography no longer makes one)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.asymmetric import padding

    cert = asn1_x509.Certificate.load(identity.cert.public_bytes(serialization.Encoding.DER))
    tbs = cert["tbs_certificate"]
    tbs["signature"] = asn1_x509.SignedDigestAlgorithm({"algorithm": "sha1_rsa"})
    signature = ca.key.sign(tbs.dump(force=True), padding.PKCS1v15(), hashes.SHA1())
    weak = asn1_x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": {"algorithm": "sha1_rsa"},
            "signature_value": signature,
        }
    )
    return x509.load_der_x509_certificate(weak.dump())


@cache
def standard() -> dict[str, Identity]:
    """One CA and its signers, made once per test run (RSA key generation takes a moment)."""
    ca = make_ca()
    other_ca = make_ca("CA Lạ không tin cậy")
    return {
        "ca": ca,
        "other_ca": other_ca,
        "lead": make_signer(ca, "Nguyễn Văn An"),
        "chairman": make_signer(ca, "Hoàng Văn Bình", kind="ec"),
        "stranger": make_signer(other_ca, "Người Lạ"),
        "expired": make_signer(ca, "Hết Hạn", valid_from_days=-800, valid_days=365),
        "future": make_signer(ca, "Chưa Tới", valid_from_days=30),
        "weak": make_signer(ca, "Khóa Yếu", bits=1024),
        "no_usage": make_signer(ca, "Không Ký", signing_usage=False),
    }
