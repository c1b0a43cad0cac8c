"""A device key's fingerprint as people compare it: 60 digits in 12 groups of 5.

``SHA256:`` and 43 base64 characters (SSH's form) mixes l, I, 1, 0 and O and cannot be read
over the phone. The digits come from the same hash: SHA-256 of the 32 raw bytes of the
Ed25519 public key, read as one big-endian 256-bit number, reduced modulo 10^60 and written
with leading zeros (``docs/PACKAGE_FORMAT.md`` §4.5). That keeps about 199 bits of the hash,
far more than anyone could match by trying keys, and a person compares 12 short numbers.
"""

from __future__ import annotations

import base64
import hashlib
import re

from cchc_desktop.domain.text import printable
from cchc_desktop.errors import UserError

DIGITS = 60
GROUP = 5
GROUPS = DIGITS // GROUP
SHA256_PREFIX = "SHA256:"

# What a person may put between the groups when typing or pasting them.
_SEPARATORS = re.compile(r"[\s\-–.·]+")


def digits(public_key_b64: str) -> str:
    """The key's 60 fingerprint digits, ungrouped."""
    raw = base64.b64decode(public_key_b64)
    number = int.from_bytes(hashlib.sha256(raw).digest(), "big") % 10**DIGITS
    return f"{number:0{DIGITS}d}"


def groups(public_key_b64: str) -> list[str]:
    """The 12 groups of 5 digits, in reading order."""
    text = digits(public_key_b64)
    return [text[i : i + GROUP] for i in range(0, DIGITS, GROUP)]


def shown(public_key_b64: str, per_line: int = 0) -> str:
    """The digits as shown everywhere: groups apart by a space; ``per_line`` groups a line
    (3 lines of 4 in the window) when given."""
    parts = groups(public_key_b64)
    if not per_line:
        return " ".join(parts)
    return "\n".join(" ".join(parts[i : i + per_line]) for i in range(0, GROUPS, per_line))


def sha256_form(public_key_b64: str) -> str:
    """``SHA256:`` and the unpadded base64 of the key's hash, as SSH shows host keys."""
    raw = base64.b64decode(public_key_b64)
    return SHA256_PREFIX + base64.b64encode(hashlib.sha256(raw).digest()).decode().rstrip("=")


def typed_digits(text: str) -> str | None:
    """The 60 digits in what a person typed or pasted (spaces, dashes and dots between the
    groups are ignored); None when it is not the digit form at all."""
    compact = _SEPARATORS.sub("", text.strip())
    if not compact or not compact.isascii() or not compact.isdigit():
        return None
    if len(compact) != DIGITS:
        raise UserError(
            f"Vân tay đã nhập có {len(compact)} chữ số; cần đủ {DIGITS} chữ số ({GROUPS} nhóm "
            f"{GROUP} số). Hãy đọc lại từng nhóm với máy gửi.",
            f"The fingerprint typed has {len(compact)} digits; it needs {DIGITS} ({GROUPS} "
            f"groups of {GROUP}). Read the groups again with the sending laptop.",
        )
    return compact


def check_typed(typed: str) -> None:
    """Refuse (UserError) text that is neither the digits nor the ``SHA256:`` form."""
    if typed_digits(typed) is not None:
        return
    text = printable(typed.strip())
    if not text.startswith(SHA256_PREFIX):
        raise UserError(
            f"«{text[:80]}» không phải vân tay: cần {GROUPS} nhóm {GROUP} chữ số (như máy gửi "
            "hiện trong Cài đặt hoặc «cchc devices self») hoặc dạng SHA256:….",
            f"'{text[:80]}' is not a fingerprint: give {GROUPS} groups of {GROUP} digits (as "
            "the sending laptop shows in its settings or 'cchc devices self') or the SHA256:… "
            "form.",
        )


def matches(typed: str, public_key_b64: str) -> bool:
    """Whether a typed or pasted fingerprint is this key's: the digits (any spacing) or the
    ``SHA256:`` form. Text that is neither form is a UserError, not a mismatch."""
    check_typed(typed)
    wanted = typed_digits(typed)
    if wanted is not None:
        return wanted == digits(public_key_b64)
    return typed.strip() == sha256_form(public_key_b64)
