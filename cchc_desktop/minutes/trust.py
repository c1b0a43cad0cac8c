"""The user's list of trusted root certificates (CAs), kept as PEM files in keys/trusted-roots/.

A signature is "tin cậy" (trusted) only when its certificate chains to one of these roots. The
operating system's web-site roots are deliberately not used: the CAs that issue Vietnamese
signing certificates (Ban Cơ yếu, VNPT-CA, Viettel-CA, FPT-CA…) are the ones a province adds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cchc_desktop.atomic import write_atomic
from cchc_desktop.errors import UserError, read_named_file
from cchc_desktop.minutes.certificates import CertificateInfo, common_name, describe

if TYPE_CHECKING:
    from cryptography import x509

    from cchc_desktop.store.datafolder import DataFolder


def roots_dir(folder: DataFolder) -> Path:
    return folder.keys_dir / "trusted-roots"


def read_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (one or several) or DER bytes."""
    from cryptography import x509 as x

    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x.load_pem_x509_certificates(data)
        return [x.load_der_x509_certificate(data)]
    except (ValueError, x.InvalidVersion) as exc:  # a version field no X.509 has: damaged too
        raise UserError(
            "Tệp không chứa chứng thư số hợp lệ (PEM hoặc DER, .pem/.cer/.crt).",
            "The file holds no valid certificate (PEM or DER, .pem/.cer/.crt).",
        ) from exc


def add_root(folder: DataFolder, source: Path) -> list[CertificateInfo]:
    """Trust the CA certificate(s) in ``source``; return what was added."""
    from cryptography import x509 as x
    from cryptography.hazmat.primitives.serialization import Encoding

    added = []
    for cert in read_certificates(read_named_file(source)):
        try:
            is_ca = cert.extensions.get_extension_for_class(x.BasicConstraints).value.ca
        except x.ExtensionNotFound:
            is_ca = cert.issuer == cert.subject
        if not is_ca:
            raise UserError(
                f"«{common_name(cert.subject)}» là chứng thư của người ký, không phải của tổ chức "
                "cấp chứng thư (CA); chỉ thêm chứng thư gốc của CA vào danh sách tin cậy.",
                f"'{common_name(cert.subject)}' is a signer's certificate, not a certification "
                "authority's; only add CA root certificates to the trusted list.",
            )
        info = describe(cert)
        target = roots_dir(folder) / f"{info.fingerprint}.pem"
        write_atomic(target, cert.public_bytes(Encoding.PEM))
        added.append(info)
    return added


def list_roots(folder: DataFolder) -> list[CertificateInfo]:
    """The trusted roots, by subject name."""
    return sorted((describe(c) for c in _certificates(folder)), key=lambda i: i.subject)


def remove_root(folder: DataFolder, fingerprint: str) -> CertificateInfo:
    """Stop trusting the root whose SHA-256 fingerprint starts with ``fingerprint``."""
    wanted = fingerprint.lower().replace(":", "").strip()
    matches = [p for p in _files(folder) if wanted and p.stem.startswith(wanted)]
    if len(matches) != 1:
        raise UserError(
            f"Không có (hoặc có nhiều hơn một) chứng thư gốc với dấu vân tay «{fingerprint}». "
            "Xem danh sách: cchc minutes trust list",
            f"No (or more than one) trusted root with fingerprint '{fingerprint}'. "
            "See: cchc minutes trust list",
        )
    info = describe(read_certificates(matches[0].read_bytes())[0])
    matches[0].unlink()
    return info


def _files(folder: DataFolder) -> list[Path]:
    directory = roots_dir(folder)
    return sorted(directory.glob("*.pem")) if directory.is_dir() else []


def _certificates(folder: DataFolder) -> list[x509.Certificate]:
    found = []
    for path in _files(folder):
        try:
            found.extend(read_certificates(path.read_bytes()))
        except (OSError, UserError):
            continue  # a damaged file is skipped, not fatal: the others still count
    return found


def load_roots(folder: DataFolder | None, extra: list[Path] | None = None) -> list[Any]:
    """The trusted roots as pyHanko's validator takes them (asn1crypto certificates)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding

    certs = _certificates(folder) if folder is not None else []
    for path in extra or []:
        certs.extend(read_certificates(read_named_file(path)))
    return [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certs]
