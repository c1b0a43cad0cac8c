"""A real PKCS#11 token for tests: SoftHSM2 (Debian's softhsm2), its tokens kept in tmp_path.

Each test gets its own configuration (SOFTHSM2_CONF) and token folder, initialises a token with
softhsm2-util, imports a private key made by the test CA (tests/pki.py) with softhsm2-util and
the matching certificate (and the CA's) through PKCS#11 itself, as a CA's issuing station does.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from tests.pki import Identity

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
PIN = "246810"
SO_PIN = "13579111"


@dataclass(frozen=True)
class SoftToken:
    label: str
    pin: str
    folder: Path

    def delete(self) -> None:
        """Take the token away, as pulling a USB token out of the laptop does."""
        subprocess.run(
            ["softhsm2-util", "--delete-token", "--token", self.label],
            check=True,
            capture_output=True,
        )


def softhsm_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SoftHSM2 configuration whose tokens live in tmp_path, in force for this test."""
    folder = tmp_path / "softhsm"
    (folder / "tokens").mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\n"
        "objectstore.backend = file\nlog.level = ERROR\nslots.removable = true\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    return folder


def _util(*args: str) -> None:
    subprocess.run(["softhsm2-util", *args], check=True, capture_output=True, text=True)


def make_token(
    folder: Path,
    owner: Identity,
    *,
    label: str = "Token Thử",
    key_id: str = "a1",
    cert_label: str = "Chứng thư ký số",
    pin: str = PIN,
) -> SoftToken:
    """A token holding ``owner``'s key and certificate, and its CA's certificate."""
    _util("--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", SO_PIN)
    add_identity(label, owner, key_id=key_id, cert_label=cert_label, pin=pin, with_chain=True)
    return SoftToken(label, pin, folder)


def add_identity(
    label: str,
    owner: Identity,
    *,
    key_id: str,
    cert_label: str,
    pin: str = PIN,
    with_chain: bool = False,
) -> None:
    """Put ``owner``'s key pair (softhsm2-util) and certificate (PKCS#11) on the token."""
    import os
    import tempfile

    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    folder = Path(os.environ["SOFTHSM2_CONF"]).parent
    with tempfile.NamedTemporaryFile(dir=folder, suffix=".pem") as key_file:
        key_file.write(
            owner.key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        key_file.flush()
        _util("--import", key_file.name, "--token", label, "--label", cert_label,
              "--id", key_id, "--pin", pin)  # fmt: skip
    lib = pkcs11.lib(str(MODULE))
    lib.reinitialize()  # SoftHSM reads SOFTHSM2_CONF and the token folder on C_Initialize
    certs = [(owner.cert, cert_label, bytes.fromhex(key_id))]
    certs += [(ca, "CA", b"") for ca in owner.chain] if with_chain else []
    with lib.get_token(token_label=label).open(rw=True, user_pin=pin) as session:
        for cert, name, ident in certs:
            session.create_object(
                {
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.PRIVATE: False,
                    Attribute.LABEL: name,
                    Attribute.ID: ident,
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                    Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                }
            )
