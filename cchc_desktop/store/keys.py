"""The device's Ed25519 key pair: made once per data folder, readable by its user alone.

The private key signs every package this data folder exports; the public key travels in the
package's manifest and, once a secretary accepts it, identifies the laptop like an SSH host key.
"""

from __future__ import annotations

import base64
import os
import stat
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cchc_desktop.atomic import write_atomic
from cchc_desktop.domain.devices import device_label
from cchc_desktop.errors import UserError
from cchc_desktop.store import fingerprint as fingerprint_digits

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from cchc_desktop.store.datafolder import DataFolder

KEY_FILE = "device-ed25519.pem"


@dataclass(frozen=True)
class PublicIdentity:
    """What a package says about the laptop that made it."""

    device_id: str
    public_key: str  # base64 of the 32 raw bytes
    name: str

    @property
    def fingerprint(self) -> str:
        """SSH's form, ``SHA256:…``: what the manifest and the trusted devices' table keep."""
        return fingerprint(self.public_key)

    @property
    def digits(self) -> str:
        """The fingerprint as people compare it: 12 groups of 5 digits."""
        return fingerprint_digits.shown(self.public_key)

    @property
    def label(self) -> str:
        """The one way this laptop is shown: its name and short id."""
        return device_label(self.name, self.device_id)


def fingerprint(public_key_b64: str) -> str:
    """``SHA256:`` and the unpadded base64 of the key's hash, as SSH shows host keys."""
    return fingerprint_digits.sha256_form(public_key_b64)


def ensure_key(folder: DataFolder) -> Ed25519PrivateKey:
    """The folder's private key, made on first use (keys/ 0700, the file 0600)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = folder.keys_dir / KEY_FILE
    try:
        folder.keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            folder.keys_dir.chmod(0o700)
        if not path.exists():
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            write_atomic(path, pem)  # mkstemp makes the file 0600
            return key
        if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(0o600)  # someone loosened it: the key is this user's alone
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise UserError(
            f"Không đọc/tạo được khóa thiết bị {path}: {exc.strerror}. Hãy kiểm tra quyền "
            "của thư mục dữ liệu.",
            f"Cannot read or create the device key {path}: {exc.strerror}. Check the data "
            "folder's permissions.",
        ) from exc
    except ValueError as exc:
        raise UserError(
            f"Khóa thiết bị {path} bị hỏng. Hãy khôi phục nó; nếu không thể, xóa tệp đó và "
            "báo thư ký chấp nhận lại máy này.",
            f"The device key {path} is damaged. Restore it; failing that, delete it and ask "
            "the secretary to accept this laptop again.",
        ) from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise UserError(f"Tệp {path} không phải khóa Ed25519.", f"{path} is not an Ed25519 key.")
    return loaded


def public_key_b64(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def own_identity(folder: DataFolder) -> PublicIdentity:
    """This data folder's device id, public key and name (the one a person gave it; the
    hostname for a folder whose laptop was never named, as packages of older versions say)."""
    device = folder.device()
    return PublicIdentity(device.device_id, public_key_b64(ensure_key(folder)), device.shown_name)


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return key.sign(data)


def signature_ok(public_key: str, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is the key's Ed25519 signature of exactly ``data``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True)).verify(
            signature, data
        )
    except (InvalidSignature, ValueError):
        return False
    return True
