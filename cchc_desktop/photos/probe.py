"""What a file is, before anything is stored: a photo we accept, or a refusal saying why.

Refusals name the file and say, in Vietnamese first, what is wrong: not a photo, an empty
file, a damaged or cut-short file, a picture too large to open safely (a decompression bomb),
or HEIC without the HEIF reader.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

# A 12 MP phone photo is 12 million pixels; a 100 MP medium-format frame is the most a
# person plausibly brings. Anything bigger is refused before a single pixel is decoded.
MAX_PIXELS = 100_000_000
MAX_BYTES = 200 * 1024 * 1024

# Pillow's format names we take, and the MIME type stored. Phones often write MPO (a JPEG
# with a second, depth or preview, picture appended): the first picture is an ordinary JPEG.
MIME_BY_FORMAT = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "HEIF": "image/heif",
}
JPEG_FORMATS = frozenset({"JPEG", "MPO"})
ACCEPTED_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".webp", ".heic", ".heif", ".hif"})

# What Pillow's and pillow-heif's decoders raise on a damaged file: Pillow says OSError,
# SyntaxError (a broken PNG chunk), ValueError, EOFError or struct.error; pillow-heif says
# RuntimeError (libheif's "Invalid input", "Security limit exceeded"…).
DECODER_ERRORS = (OSError, SyntaxError, ValueError, EOFError, RuntimeError, struct.error)

# ISO base-media "brands" of HEIF stills (the 4 bytes after "ftyp" at offset 4).
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")


@dataclass(frozen=True)
class Refusal:
    """A file that was not stored, and why (both languages; picklable across processes)."""

    filename: str
    vi: str
    en: str
    # The traceback of a failure no check foresaw (a bug to log), else "".
    detail: str = ""

    def message(self) -> str:
        """One line naming the file, in the current message language."""
        from cchc_desktop.domain.text import printable
        from cchc_desktop.errors import pick

        name = printable(self.filename)
        return pick(f"Không nhận tệp «{name}»: {self.vi}", f"Refused '{name}': {self.en}")


class Refused(Exception):
    """Raised inside the checks; turned into a Refusal naming the file."""

    def __init__(self, vi: str, en: str, *, detail: str = "") -> None:
        super().__init__(en)
        self.vi = vi
        self.en = en
        self.detail = detail


def display_name(path: Path) -> str:
    """The file's name as shown and stored: NFC, and bytes that are not UTF-8 (a name made on
    another system) shown as U+FFFD rather than carried as unstorable surrogates."""
    from cchc_desktop.domain.text import nfc

    name = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return nfc(name)


def not_found() -> Refused:
    return Refused(
        "không tìm thấy tệp (đã bị xóa hoặc đổi tên?).",
        "the file does not exist (deleted or renamed?).",
    )


def damaged(vi: str = "", en: str = "") -> Refused:
    """The refusal of a file whose data cannot be read to the end (``vi``/``en``: the detail)."""
    return Refused(
        f"tệp ảnh bị hỏng hoặc chưa chép hết{f' ({vi})' if vi else ''}. "
        "Hãy chép lại ảnh từ điện thoại/thẻ nhớ.",
        f"the photo is damaged or cut short{f' ({en or vi})' if vi else ''}. "
        "Copy it again from the phone or card.",
    )


def register_heif() -> bool:
    """Teach Pillow to open HEIC/HEIF (iPhone photos); False when pillow-heif is missing."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def _looks_like_heif(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def check_size(path: Path) -> int:
    """The file's size in bytes, or Refused for a missing, empty or oversized file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise not_found() from None
    if not path.is_file():
        raise Refused("đây không phải một tệp ảnh.", "this is not a photo file.")
    if size == 0:
        raise Refused(
            "tệp rỗng (0 byte). Hãy chép lại ảnh từ điện thoại/thẻ nhớ.",
            "the file is empty (0 bytes). Copy the photo again from the phone or card.",
        )
    if size > MAX_BYTES:
        mb = size / (1024 * 1024)
        raise Refused(
            f"tệp quá lớn ({mb:,.0f} MB; tối đa {MAX_BYTES // (1024 * 1024)} MB).",
            f"the file is too large ({mb:,.0f} MB; at most {MAX_BYTES // (1024 * 1024)} MB).",
        )
    return size


def open_checked(path: Path) -> Image.Image:
    """Open ``path`` lazily (header only) as a photo we accept, or raise Refused.

    Nothing is decoded here: the size guard runs on the header's dimensions, so a
    decompression bomb is refused before it can take the memory it asks for.
    """
    import warnings

    from PIL import Image, UnidentifiedImageError

    # Pillow's own guard (a warning above, an error at twice the limit) backs ours up.
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    heif = register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # Only the openers we take (MPO is opened by the JPEG one); never TIFF, EPS & co.
            Image.init()
            formats: list[str] = [n for n in ("JPEG", "PNG", "WEBP", "HEIF") if n in Image.OPEN]
            image = Image.open(path, formats=formats)
    except FileNotFoundError:
        raise not_found() from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow checks the header's size while opening; its message carries the count.
        count = re.search(r"\((\d+) pixels\)", str(exc))
        raise _too_many_pixels(int(count.group(1)) if count else None) from exc
    except UnidentifiedImageError:
        with path.open("rb") as handle:
            head = handle.read(16)
        if _looks_like_heif(head) and not heif:
            raise Refused(
                "ảnh HEIC/HEIF cần thư viện pillow-heif, máy này chưa có. Hãy cài lại ứng dụng "
                "hoặc chuyển ảnh sang JPEG trên điện thoại.",
                "HEIC/HEIF photos need the pillow-heif library, which is missing here. "
                "Reinstall the app or have the phone save JPEG.",
            ) from None
        raise Refused(
            "không phải ảnh, hoặc định dạng không hỗ trợ (chỉ nhận JPEG, PNG, WebP, HEIC).",
            "not a photo, or a format we do not take (JPEG, PNG, WebP and HEIC only).",
        ) from None
    except DECODER_ERRORS as exc:
        raise damaged(*decoder_reason(exc)) from exc
    width, height = image.size
    if width <= 0 or height <= 0:
        image.close()
        raise damaged("kích thước 0", "zero size")
    if width * height > MAX_PIXELS:
        image.close()
        raise _too_many_pixels(width * height, f"{width}×{height} = ")
    return image


def decoder_reason(exc: BaseException) -> tuple[str, str]:
    """What a decoder's error says about the file, briefly (Vietnamese, English)."""
    text = str(exc).lower()
    if "truncated" in text or isinstance(exc, EOFError):
        return "tệp bị cắt cụt", "the file ends too early"
    if "security limit" in text or "exceeds the maximum" in text:
        return (
            "kích thước ảnh ghi trong tệp sai",
            "the picture size it declares is wrong",
        )
    return type(exc).__name__, type(exc).__name__


def _too_many_pixels(pixels: int | None, dims: str = "") -> Refused:
    limit = MAX_PIXELS // 1_000_000
    if pixels is None:
        return Refused(
            f"ảnh quá lớn (hơn {limit} triệu điểm ảnh), có thể là tệp độc hại.",
            f"the picture is too large (over {limit} megapixels), possibly a malicious file.",
        )
    mp = pixels / 1_000_000
    return Refused(
        f"ảnh quá lớn: {dims}{mp:,.0f} triệu điểm ảnh (tối đa {limit} triệu).",
        f"the picture is too large: {dims}{mp:,.0f} megapixels (at most {limit}).",
    )
