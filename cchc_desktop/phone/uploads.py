"""The small rules of taking an upload: the token, a safe file name, sizes and the refusals the
server itself gives (before the desktop import has a look), in Vietnamese and English."""

from __future__ import annotations

import base64
import re
import secrets
import unicodedata

from cchc_desktop.errors import pick

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def new_token() -> str:
    """128 random bits as 26 characters of lower-case base32 (a–z, 2–7): no capitals, no
    look-alikes such as 0/O or 1/l, so the address can still be typed on a phone."""
    return base64.b32encode(secrets.token_bytes(16)).decode("ascii").rstrip("=").lower()


def safe_filename(name: str) -> str:
    """The phone's file name as a plain file name: no folders, nothing Windows refuses, NFC,
    at most 120 characters (the suffix kept); "anh-dien-thoai.jpg" when nothing is left."""
    base = re.split(r"[/\\]", name)[-1]
    base = unicodedata.normalize("NFC", _UNSAFE.sub("_", base)).strip(" .")
    if _RESERVED.match(base):
        base = "_" + base
    if len(base) > 120:
        stem, dot, suffix = base.rpartition(".")
        base = f"{stem[: 119 - len(suffix)]}.{suffix}" if dot and len(suffix) <= 10 else base[:120]
    return base or "anh-dien-thoai.jpg"


def size_mb(size: int) -> tuple[str, str]:
    """A size in MB as Vietnamese and English write it: ("1.234", "1,234"), ("0,4", "0.4")."""
    mb = size / (1024 * 1024)
    english = f"{mb:,.0f}" if mb >= 10 else f"{mb:.1f}"
    return english.replace(",", "\0").replace(".", ",").replace("\0", "."), english


def too_large(size: int, limit: int) -> str:
    have, most = size_mb(size), size_mb(limit)
    return pick(
        f"tệp quá lớn ({have[0]} MB; tối đa {most[0]} MB một ảnh).",
        f"the file is too large ({have[1]} MB; at most {most[1]} MB a photo).",
    )


def over_total(limit: int) -> str:
    most = size_mb(limit)
    return pick(
        f"lần mở này đã nhận đủ {most[0]} MB; hãy đóng rồi mở lại mã QR trên máy tính.",
        f"this opening has taken its {most[1]} MB; close and reopen the QR code on the laptop.",
    )


def disk_nearly_full() -> str:
    return pick(
        "ổ đĩa của máy tính sắp đầy; hãy giải phóng dung lượng rồi gửi lại.",
        "the laptop's disk is nearly full; free some space and send again.",
    )


def not_an_image(kind: str) -> str:
    return pick(
        f"không phải ảnh ({kind}); chỉ nhận ảnh JPEG, PNG, WebP, HEIC.",
        f"not a photo ({kind}); only JPEG, PNG, WebP and HEIC photos are taken.",
    )


def stopping() -> str:
    return pick(
        "máy tính đang dừng nhận ảnh; hãy mở lại mã QR trên máy tính.",
        "the laptop is stopping; open the QR code on the laptop again.",
    )
